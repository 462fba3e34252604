import type { Language } from "../../i18n";

/** ISO dates as councils write them: 24/02/2023 in Vietnamese, 24 Feb 2023 in English (no US ambiguity). */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (language === "vi") return `${day}/${month}/${year}`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}
