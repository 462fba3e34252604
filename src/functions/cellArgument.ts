import type { FunctionArgument } from "../i18n/functionText";
import type { Language } from "../i18n/language";
import { failure, value, type FunctionResult } from "./functionResult";

/**
 * Excel hands a custom function null, undefined or "" for an empty cell or an omitted optional argument,
 * depending on host and version; all three mean "nothing there".
 */
export function isBlankCell(cell: unknown): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

/** A one-cell argument: a single value, or a 1×1 range (some hosts pass any reference as a 2-D array). */
export function singleCell(
  cell: unknown,
  argument: FunctionArgument,
  language: Language,
): FunctionResult<unknown> {
  if (!Array.isArray(cell)) return value(cell);
  const rows = cell as unknown[];
  if (rows.length === 1 && Array.isArray(rows[0]) && (rows[0] as unknown[]).length === 1)
    return value((rows[0] as unknown[])[0]);
  return failure("invalidValue", { code: "not-one-cell", argument }, language);
}

/**
 * A number argument as the engine reads entries: a real number only. Text that looks like a number is
 * refused rather than guessed at ("69,5" is 69.5 in Vietnamese but 695 in English), like the engine does.
 */
export function numberCell(
  cell: unknown,
  argument: FunctionArgument,
  range: { readonly min: number; readonly max: number },
  language: Language,
): FunctionResult<number> {
  const one = singleCell(cell, argument, language);
  if (one.kind === "error") return one;
  return numberInRange(one.value, argument, range, language);
}

export function numberInRange(
  cell: unknown,
  argument: FunctionArgument,
  range: { readonly min: number; readonly max: number },
  language: Language,
): FunctionResult<number> {
  if (isBlankCell(cell)) return failure("invalidValue", { code: "blank", argument }, language);
  if (typeof cell !== "number" || !Number.isFinite(cell))
    return failure("invalidValue", { code: "not-a-number", argument, value: String(cell) }, language);
  if (cell < range.min || cell > range.max)
    return failure("invalidNumber", { code: "out-of-range", argument, value: cell, ...range }, language);
  return value(cell);
}

/** A text argument such as a level or an id, trimmed; a number counts as its text ("148"). */
export function textCell(
  cell: unknown,
  argument: FunctionArgument,
  language: Language,
): FunctionResult<string> {
  const one = singleCell(cell, argument, language);
  if (one.kind === "error") return one;
  if (isBlankCell(one.value)) return failure("invalidValue", { code: "blank", argument }, language);
  return value(String(one.value).trim());
}

/** Every cell of a range argument, row by row; a single value counts as a one-cell range. */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  return (range as unknown[]).flatMap((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}
