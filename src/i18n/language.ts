export type Language = "vi" | "en";
export const LANGUAGES: readonly Language[] = ["vi", "en"];

/** Office's display language (e.g. "vi-VN", "en-US") to ours; Vietnamese unless it is clearly English. */
export function languageOf(locale: string | undefined | null): Language {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}
