import type { CellValue, SheetPlan } from "./plan/sheetPlan";

/**
 * What a sheet holds, read in one go: values and formulas from A1 to the end of its used range. The
 * office-js adapter may leave blank what the parser never reads (a criteria sheet's option rows and
 * criterion texts, a user's own sheet beyond the marker search), so as to read 300 products in one sync.
 */
export interface SheetGrid {
  readonly name: string;
  readonly visible: boolean;
  /** values[row][column], 0-based from A1; blank cells are null. */
  readonly values: readonly (readonly CellValue[])[];
  /** formulas[row][column]: the formula text ("=SUM(…)") where the cell has one, else null. */
  readonly formulas: readonly (readonly (string | null)[])[];
  /** Cells whose value is an Excel error (#N/A, #VALUE!…), as A1 address → error text. */
  readonly errors?: Readonly<Record<string, string>>;
}

/**
 * The workbook as the commands see it. Each call is one batch: the office-js adapter does it in a fixed
 * number of context.sync() calls whatever the number of sheets; the exceljs adapter on a file in memory.
 */
export interface WorkbookPort {
  /** Every sheet (or only those named) with its values and formulas, as far as the parser reads them. */
  readSheets(names?: readonly string[]): Promise<readonly SheetGrid[]>;
  /** Creates or updates sheets from plans; other sheets and cells outside plan.clear are untouched. */
  writeSheets(plans: readonly SheetPlan[]): Promise<void>;
  /** Removes sheets by name (a product taken off the round). */
  deleteSheets(names: readonly string[]): Promise<void>;
  /** Selects a cell for the user (task pane: click an issue). No-op for files. */
  select(sheet: string, cell: string): Promise<void>;
}
