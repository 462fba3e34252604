import type { CouncilLevel } from "../domain/round";
import type { Language } from "../i18n/language";
import { textCell } from "./cellArgument";
import { failure, value, type FunctionResult } from "./functionResult";

/** Council levels as secretaries type them: English ids, or Vietnamese with or without "cấp" and accents. */
const levelWords: Readonly<Record<string, CouncilLevel>> = {
  commune: "commune",
  district: "district",
  province: "province",
  national: "national",
  xa: "commune",
  huyen: "district",
  tinh: "province",
  "trung uong": "national",
  "quoc gia": "national",
};

export function levelArgument(cell: unknown, language: Language): FunctionResult<CouncilLevel> {
  const text = textCell(cell, "level", language);
  if (text.kind === "error") return text;
  const level = levelWords[plainWords(text.value).replace(/^cap /, "")];
  return level
    ? value(level)
    : failure("notAvailable", { code: "unknown-level", value: text.value }, language);
}

/** "Cấp Huyện" → "cap huyen": lower case, no accents (đ has no combining form, so it is mapped by hand). */
function plainWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
