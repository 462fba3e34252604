import { cellAddress } from "../cellAddress";
import { ID_COLUMN, ID_ROW, keyOfGrid } from "../hiddenIds";
import type { CellValue } from "../plan/sheetPlan";
import type { SheetGrid } from "../port";

/** A sheet's grid with its hidden ids looked up once: rows by column-A id, columns by row-1 id. */
export class GridIndex {
  readonly key: string | undefined;
  readonly rowIds: readonly { readonly row: number; readonly id: string }[];
  readonly columnIds: readonly { readonly column: number; readonly id: string }[];

  constructor(readonly grid: SheetGrid) {
    this.key = keyOfGrid(grid);
    const rows: { row: number; id: string }[] = [];
    grid.values.forEach((line, row) => {
      const id = line[ID_COLUMN];
      if (row !== ID_ROW && id !== null && id !== undefined && String(id).trim() !== "")
        rows.push({ row, id: String(id).trim() });
    });
    this.rowIds = rows;
    const columns: { column: number; id: string }[] = [];
    (grid.values[ID_ROW] ?? []).forEach((id, column) => {
      if (column !== ID_COLUMN && id !== null && String(id).trim() !== "")
        columns.push({ column, id: String(id).trim() });
    });
    this.columnIds = columns;
  }

  get name(): string {
    return this.grid.name;
  }

  get rowCount(): number {
    return this.grid.values.length;
  }

  get columnCount(): number {
    return this.grid.values.reduce((max, line) => Math.max(max, line.length), 0);
  }

  value(row: number, column: number): CellValue {
    return this.grid.values[row]?.[column] ?? null;
  }

  formula(row: number, column: number): string | null {
    return this.grid.formulas[row]?.[column] ?? null;
  }

  /** The error text (#N/A, #VALUE!…) a cell shows, if any. */
  error(row: number, column: number): string | undefined {
    return this.grid.errors?.[cellAddress(row, column)];
  }

  firstRow(id: string): number | undefined {
    return this.rowIds.find((entry) => entry.id === id)?.row;
  }

  column(id: string): number | undefined {
    return this.columnIds.find((entry) => entry.id === id)?.column;
  }

  /** Text of a cell, trimmed; numbers and booleans as typed; blank as "". */
  text(row: number, column: number | undefined): string {
    if (column === undefined) return "";
    const value = this.value(row, column);
    return value === null ? "" : String(value).trim();
  }

  isBlankRow(row: number, columns: readonly number[]): boolean {
    return columns.every((column) => this.text(row, column) === "");
  }
}

export const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === "string" && value.trim() === "");
