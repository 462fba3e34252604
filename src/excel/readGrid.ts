import { cellAddress, type CellRange } from "../workbook/cellAddress";
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

/** A rectangle of cells as read, its top-left cell 0-based from A1. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * What was read of a sheet: nothing (an empty sheet), its whole used range, or some of its cells (the rest
 * of the used range reads as blank): blocks of values, blocks of formula cells' formulas, error cells.
 */
export type SheetCells =
  | null
  | { readonly kind: "all"; readonly range: LoadedRange }
  | {
      readonly kind: "some";
      readonly used: CellRange;
      readonly blocks: readonly CellBlock[];
      readonly formulas?: readonly CellBlock[];
      readonly errors?: readonly CellRange[];
    };

/**
 * Turns what was read of a sheet into a grid anchored at A1 (the used range may start anywhere: a sheet
 * whose column A is empty starts at B1), so row and column numbers mean the same in Excel and in a file.
 */
export function gridOf(name: string, visible: boolean, cells: SheetCells): SheetGrid {
  if (!cells) return { name, visible, values: [], formulas: [] };
  if (cells.kind === "some") return someCellsGrid(name, visible, cells);
  const used = cells.range;
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

/** Cells not read are blank; a cell in an error area holds no value, its text goes to `errors`. */
function someCellsGrid(
  name: string,
  visible: boolean,
  cells: Extract<SheetCells, { kind: "some" }>,
): SheetGrid {
  const height = cells.used.bottom + 1;
  const width = cells.used.right + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    Array<string | null>(width).fill(null),
  );
  const place = (blocks: readonly CellBlock[], put: (row: number, column: number, raw: unknown) => void) => {
    for (const block of blocks)
      block.values.forEach((line, r) =>
        line.forEach((raw, c) => {
          const row = block.top + r;
          const column = block.left + c;
          if (row < height && column < width) put(row, column, raw);
        }),
      );
  };
  place(cells.blocks, (row, column, raw) => (values[row][column] = raw === "" ? null : cellValue(raw)));
  place(cells.formulas ?? [], (row, column, formula) => {
    // Only formula cells are listed, so a text that looks like a formula ("=1+1" typed as text) is not one.
    if (typeof formula === "string" && formula.startsWith("=")) formulas[row][column] = formula;
  });
  const errors: Record<string, string> = {};
  for (const area of cells.errors ?? [])
    for (let row = area.top; row <= Math.min(area.bottom, height - 1); row += 1)
      for (let column = area.left; column <= Math.min(area.right, width - 1); column += 1) {
        const shown = values[row][column];
        // An error cell not read (an option row, the text column) is no concern of the parser's.
        if (shown === null) continue;
        errors[cellAddress(row, column)] = String(shown);
        values[row][column] = null;
      }
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
