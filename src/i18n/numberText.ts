import type { Language } from "./language";

/**
 * A number written in text for people: Vietnamese writes the decimal comma (69,67), English the point
 * (69.67). Whole numbers stay whole; `digits` fixes the decimals when given. Cells keep real numbers.
 */
export function numberText(value: number, language: Language, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return language === "vi" ? text.replace(".", ",") : text;
}
