import { cellAddress } from "../workbook/cellAddress";
import type { CellValue } from "../workbook/plan/sheetPlan";
import type { SheetGrid } from "../workbook/port";

/** A used range as office-js returns it after load: its position and three arrays of the same shape. */
export interface LoadedRange {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/**
 * Turns a loaded used range into a grid anchored at A1 (the used range may start anywhere: a sheet whose
 * column A is empty starts at B1), so row and column numbers mean the same in Excel and in a file.
 */
export function gridOf(name: string, visible: boolean, used: LoadedRange | null): SheetGrid {
  if (!used) return { name, visible, values: [], formulas: [] };
  const height = used.rowIndex + used.values.length;
  const width = used.columnIndex + (used.values[0]?.length ?? 0);
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    Array<string | null>(width).fill(null),
  );
  const errors: Record<string, string> = {};
  used.values.forEach((row, r) =>
    row.forEach((raw, c) => {
      const at = { row: used.rowIndex + r, column: used.columnIndex + c };
      const type = used.valueTypes[r]?.[c];
      const formula = used.formulas[r]?.[c];
      if (type === "Error") errors[cellAddress(at.row, at.column)] = String(raw);
      // An error is not a value: null, with its text in `errors` (as the exceljs adapter reads it).
      values[at.row][at.column] = type === "Empty" || type === "Error" || raw === "" ? null : cellValue(raw);
      if (isFormula(formula, raw)) formulas[at.row][at.column] = formula;
    }),
  );
  return { name, visible, values, formulas, ...(Object.keys(errors).length > 0 ? { errors } : {}) };
}

function cellValue(raw: unknown): CellValue {
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  return raw === null || raw === undefined ? null : String(raw);
}

/**
 * office-js returns a text cell's text in `formulas` too, without its apostrophe, so text "=1+1" reads back
 * as formulas "=1+1" and values "=1+1". A real formula's value is its result, which is not its own text
 * (a formula whose result is exactly its own text would be misread as text; no generated sheet has one).
 */
function isFormula(formula: unknown, value: unknown): formula is string {
  return (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    !(typeof value === "string" && value === formula)
  );
}
