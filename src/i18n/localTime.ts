/**
 * Times and dates as Vietnamese papers print them: local time (Vietnam, UTC+7, no daylight saving),
 * dd/mm/yyyy and HH:mm — never a raw ISO "…T…Z" string.
 */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

export interface CalendarDay {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

const two = (n: number) => String(n).padStart(2, "0");

/** "2024-10-15T08:00:00.000Z" → "15/10/2024 15:00"; text that is no ISO time is returned as it is. */
export function localDateTime(text: string): string {
  const time = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(time)) return text;
  const local = new Date(time + VIETNAM_OFFSET_MINUTES * 60_000);
  return (
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}

/**
 * The calendar day a text names: "2024-10-15", "15/10/2024", "15/10/2024 15:00" or an ISO time (its day in
 * Vietnam); undefined for anything else.
 */
export function calendarDay(text: string | undefined): CalendarDay | undefined {
  if (!text) return undefined;
  const local = localDateTime(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(local);
  if (iso) return valid({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(\s+\d{1,2}:\d{2})?$/.exec(local);
  if (vn) return valid({ day: Number(vn[1]), month: Number(vn[2]), year: Number(vn[3]) });
  return undefined;
}

function valid(day: CalendarDay): CalendarDay | undefined {
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31 ? day : undefined;
}

/** "15/10/2024". */
export function dayText(day: CalendarDay): string {
  return `${two(day.day)}/${two(day.month)}/${day.year}`;
}

/** Day and month with a leading zero, as the date line prints them ("ngày 05 tháng 03 năm 2024"). */
export function dayParts(day: CalendarDay): { day: string; month: string; year: string } {
  return { day: two(day.day), month: two(day.month), year: String(day.year) };
}
