import type { Language } from "./language";
import { sheetLabels, type SheetLabels } from "./sheetLabels";

/** A setup sheet's key ("round") as the user sees the sheet ("Đợt"), so no internal name reaches a message. */
export function setupSheetName(key: string | number | undefined, language: Language): string {
  const names = sheetLabels(language).sheetNames;
  const known = Object.keys(names).includes(String(key));
  return known ? String(names[String(key) as keyof SheetLabels["sheetNames"]]) : String(key ?? "");
}
