/** Excel's number format for the setup sheets' dates: day first, as Vietnamese paperwork writes them. */
export const DATE_FORMAT = "dd/mm/yyyy";

/**
 * An ISO date ("2026-10-20") as Excel's day serial (1900 system), so a date cell holds a real date that
 * Excel sorts, filters and shows in its format; anything else (a date typed as free text) stays as it is.
 */
export function dateCellValue(iso: string | undefined): string | number | undefined {
  if (iso === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
}
