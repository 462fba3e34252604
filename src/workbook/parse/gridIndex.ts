import { cellAddress } from "../cellAddress";
import { ID_COLUMN, ID_ROW, findMarker } from "../hiddenIds";
import type { CellValue } from "../plan/sheetPlan";
import type { SheetGrid } from "../port";

/** A sheet's grid with its hidden ids looked up once: rows by column-A id, columns by row-1 id. */
export class GridIndex {
  readonly key: string | undefined;
  readonly rowIds: readonly { readonly row: number; readonly id: string }[];
  readonly columnIds: readonly { readonly column: number; readonly id: string }[];
  /** The hidden id row and column: row 1 and column A unless the user inserted some before them. */
  readonly idRow: number;
  readonly idColumn: number;

  constructor(readonly grid: SheetGrid) {
    const marker = findMarker(grid);
    this.key = marker?.key;
    this.idRow = marker?.row ?? ID_ROW;
    this.idColumn = marker?.column ?? ID_COLUMN;
    const rows: { row: number; id: string }[] = [];
    grid.values.forEach((line, row) => {
      const id = line[this.idColumn];
      if (row > this.idRow && id !== null && id !== undefined && String(id).trim() !== "")
        rows.push({ row, id: String(id).trim() });
    });
    this.rowIds = rows;
    const columns: { column: number; id: string }[] = [];
    (grid.values[this.idRow] ?? []).forEach((id, column) => {
      if (column > this.idColumn && id !== null && String(id).trim() !== "")
        columns.push({ column, id: String(id).trim() });
    });
    this.columnIds = columns;
  }

  /** The first column right of the id column: labels and codes. */
  get firstColumn(): number {
    return this.idColumn + 1;
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
