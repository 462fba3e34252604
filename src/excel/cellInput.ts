import type { PlannedCell } from "../workbook/plan/sheetPlan";

/** What one planned cell becomes in a `range.formulas` array. */
export type CellInput = string | number | boolean | null;

/**
 * Excel parses what it is given as if a user typed it: a string starting with = + - or @ becomes a formula,
 * "0912…" loses its zero, "TRUE" turns boolean, "1/2" a date, "#N/A" an error (office-js documents this on
 * Range.values). A leading apostrophe is Excel's own "this is text" mark: Excel stores the rest as text, sets
 * the cell's quote-prefix flag, and never shows or returns the apostrophe (values and formulas read back
 * without it — office-js issue #6687). We prefer it to numberFormat "@" because it travels inside the same
 * 2-D array (no extra request per cell), leaves the cell's number format alone (a score typed later into
 * that cell is still a number), and is exactly what exceljs writes as a typed string. Every non-empty
 * string gets it, not only those starting with = + - @: Excel's list of things it parses is too long to
 * guess (dates, fractions, percents, currencies, error literals), and text must stay text.
 */
export function textInput(text: string): string {
  return text === "" ? "" : `'${text}`;
}

/**
 * `null` leaves a cell unchanged in office-js 2-D arrays, and "" empties it; so a `keep` cell is null and a
 * blank value is "".
 */
export function cellInput(cell: PlannedCell): CellInput {
  if ("keep" in cell) return null;
  if ("formula" in cell) {
    if (!cell.formula.startsWith("="))
      throw new Error(`a planned formula must start with "=", got "${cell.formula}"`);
    return cell.formula;
  }
  const { value } = cell;
  if (value === null) return "";
  if (typeof value === "string") return textInput(value);
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error(`cannot write ${value} into a cell: not a finite number`);
  return value;
}
