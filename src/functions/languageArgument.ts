import type { Language } from "../i18n/language";
import { isBlankCell, singleCell } from "./cellArgument";
import { failure, value, type FunctionResult } from "./functionResult";

/**
 * The language a function writes its answer in: Vietnamese unless the formula asks for English, so a
 * sheet reads the same whoever opens it (the display language only shapes error messages).
 */
export function languageArgument(cell: unknown, messages: Language): FunctionResult<Language> {
  const one = singleCell(cell, "lang", messages);
  if (one.kind === "error") return one;
  if (isBlankCell(one.value)) return value("vi");
  const text = String(one.value).trim().toLowerCase();
  if (/^vi([-_].*)?$/.test(text) || text === "tiếng việt" || text === "tieng viet") return value("vi");
  if (/^en([-_].*)?$/.test(text) || text === "english") return value("en");
  return failure("invalidValue", { code: "unknown-language", value: String(one.value) }, messages);
}
