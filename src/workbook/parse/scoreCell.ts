import type { IssueCode, ScoreValue } from "../../domain";
import type { CellValue } from "../plan/sheetPlan";

/** What a score cell holds, as the parser sees it before the engine checks the points. */
export type ScoreCell =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  /** Not a number: the raw value goes to the engine (so the member is invalid, not incomplete). */
  | { readonly kind: "problem"; readonly code: IssueCode; readonly value: ScoreValue };

const ERROR_TEXT = /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** Excel day numbers of 1950-01-01 and 2099-12-31: a whole number between them in a score cell is a date. */
const DATE_SERIAL_FROM = 18_264;
const DATE_SERIAL_TO = 73_050;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/;

/**
 * Reads one score cell. Problems a user can cause in Excel each get their own code so the message says
 * what happened: a number stored as text, "2,5" typed under a dot-decimal locale, a date, an error value.
 */
export function readScoreCell(
  value: CellValue,
  error: string | undefined,
  formula: string | null = null,
): ScoreCell {
  if (error !== undefined) return { kind: "problem", code: "score-error-value", value: error };
  // A score is a member's pick: a formula (=1+2, or =G11 copying another member) is not one, and a file
  // saved without calculation would read it as blank.
  if (formula !== null) return { kind: "problem", code: "score-formula", value: formula };
  if (value === null) return { kind: "blank" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "problem", code: "score-not-a-number", value: String(value) };
    // A date typed into a score cell is stored as a day number; no criterion is worth thousands of points.
    if (Number.isInteger(value) && value >= DATE_SERIAL_FROM && value <= DATE_SERIAL_TO)
      return { kind: "problem", code: "score-date", value: serialToIsoDate(value) };
    return { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "problem", code: "score-not-a-number", value };
  const text = value.trim();
  if (text === "") return { kind: "blank" };
  if (ERROR_TEXT.test(text)) return { kind: "problem", code: "score-error-value", value: text };
  if (PLAIN_NUMBER.test(text)) return { kind: "problem", code: "score-number-as-text", value: text };
  if (DECIMAL_COMMA.test(text)) return { kind: "problem", code: "score-decimal-comma", value: text };
  if (DATE_LIKE.test(text)) return { kind: "problem", code: "score-date", value: text };
  return { kind: "problem", code: "score-not-a-number", value: text };
}

/** Excel's day serial (1900 system) to an ISO date: a date typed into a text field reads back as a date. */
export function serialToIsoDate(serial: number): string {
  const epoch = Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}
