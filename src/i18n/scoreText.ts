import type { Language } from "./language";

/** A score in running text, two decimals: "69,67" in Vietnamese (decimal comma), "69.67" in English. */
export function scoreText(score: number, language: Language): string {
  const fixed = (Math.round(score * 100) / 100).toFixed(2);
  return language === "vi" ? fixed.replace(".", ",") : fixed;
}
