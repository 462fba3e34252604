import { councilIssuer, councilPlace } from "../../domain/councilRoles";
import type { Council } from "../../domain";
import { documentLabels } from "../../i18n/documentLabels";
import type { Language } from "../../i18n/language";
import { calendarDay, dayParts } from "../../i18n/localTime";
import type { DocumentFrame } from "./documentFrame";

export interface HeadingInput {
  readonly council: Council;
  readonly language: Language;
  /** The meeting date, else the computation time: the date line's day. */
  readonly when: string | undefined;
  readonly title: string;
  readonly subtitle?: string;
}

/**
 * The top of a Vietnamese administrative paper (Nghị định 30/2020): issuing body over the council, left;
 * national heading over the underlined motto, right; the place and date in italics under them; then the
 * title, centred, uppercase bold, and its subtitle. Returns the first row after it.
 */
export function writeHeading(frame: DocumentFrame, input: HeadingInput, top = 1): number {
  const labels = documentLabels(input.language);
  const issuer = (councilIssuer(input.council) ?? labels.blank).toLocaleUpperCase("vi");
  let row = top;
  row = frame.pair(row, issuer, { uppercase: true }, labels.nation, { bold: true, uppercase: true });
  row = frame.pair(row, labels.councilBody, { bold: true, uppercase: true }, labels.motto, {
    bold: true,
    underline: true,
  });
  row = frame.space(row, 8);
  frame.text(row, dateLine(input), { italic: true, horizontal: "center" }, frame.split + 1, frame.last);
  row = frame.space(row + 1, 10);
  row = frame.text(row, input.title, { bold: true, size: 14, uppercase: true, horizontal: "center" });
  if (input.subtitle) row = frame.text(row, input.subtitle, { bold: true, horizontal: "center" });
  return frame.space(row, 8);
}

/** "Tuyên Quang, ngày 15 tháng 10 năm 2026", or dotted blanks for what the round does not say. */
export function dateLine(input: Pick<HeadingInput, "council" | "language" | "when">): string {
  const labels = documentLabels(input.language);
  const place = councilPlace(input.council) ?? labels.blank;
  const day = calendarDay(input.council.date) ?? calendarDay(input.when);
  const parts = day ? dayParts(day) : { day: "……", month: "……", year: "……" };
  return labels.dateLine(place, parts.day, parts.month, parts.year);
}
