import type { CellRange } from "./cellAddress";

/**
 * A sheet's cells as a sparse row store: one array per row that holds anything, indexed by column. A
 * thousand criteria sheets of a few thousand cells each fit in tens of MB, where an object and an "A1" key
 * per cell took a gigabyte. `undefined` is an empty cell.
 */
export class SparseGrid<T> {
  private readonly rows = new Map<number, (T | undefined)[]>();

  get(row: number, column: number): T | undefined {
    return this.rows.get(row)?.[column];
  }

  set(row: number, column: number, value: T): void {
    let line = this.rows.get(row);
    if (!line) this.rows.set(row, (line = []));
    while (line.length < column) line.push(undefined);
    line[column] = value;
  }

  delete(row: number, column: number): void {
    const line = this.rows.get(row);
    if (line && column < line.length) line[column] = undefined;
  }

  /** Empties every cell of a range. */
  clear(range: CellRange): void {
    for (const [row, line] of this.rows) {
      if (row < range.top || row > range.bottom) continue;
      const end = Math.min(range.right, line.length - 1);
      for (let column = range.left; column <= end; column += 1) line[column] = undefined;
    }
  }

  /** The last row and column holding a cell (-1 when the grid is empty). */
  extent(): { readonly bottom: number; readonly right: number } {
    let bottom = -1;
    let right = -1;
    for (const [row, line] of this.rows)
      for (let column = line.length - 1; column >= 0; column -= 1)
        if (line[column] !== undefined) {
          bottom = Math.max(bottom, row);
          right = Math.max(right, column);
          break;
        }
    return { bottom, right };
  }
}
