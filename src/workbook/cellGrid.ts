import type { CellRange } from "./cellAddress";

/**
 * A sheet's cells in one row-major array, `width` slots a row: a thousand criteria sheets of 179 × 20 cells
 * fit in about 30 MB, where an array per row (and an object and an "A1" key per cell before that) took
 * several times as much. The array grows when a cell lands past its width or height. `undefined` is an
 * empty cell.
 */
export class CellGrid<T> {
  private cells: (T | undefined)[] = [];
  private width = 0;
  private height = 0;

  get(row: number, column: number): T | undefined {
    if (row >= this.height || column >= this.width) return undefined;
    return this.cells[row * this.width + column];
  }

  set(row: number, column: number, value: T): void {
    if (column >= this.width) this.widen(column + 1);
    if (row >= this.height) this.height = row + 1;
    this.cells[row * this.width + column] = value;
  }

  delete(row: number, column: number): void {
    if (row < this.height && column < this.width) this.cells[row * this.width + column] = undefined;
  }

  /** Empties every cell of a range. */
  clear(range: CellRange): void {
    const bottom = Math.min(range.bottom, this.height - 1);
    const right = Math.min(range.right, this.width - 1);
    for (let row = range.top; row <= bottom; row += 1)
      for (let column = range.left; column <= right; column += 1)
        this.cells[row * this.width + column] = undefined;
  }

  /** The last row and column holding a cell (-1 when the grid is empty). */
  extent(): { readonly bottom: number; readonly right: number } {
    let bottom = -1;
    let right = -1;
    for (let row = 0; row < this.height; row += 1)
      for (let column = this.width - 1; column > right; column -= 1)
        if (this.cells[row * this.width + column] !== undefined) {
          bottom = row;
          right = column;
          break;
        }
    for (let row = this.height - 1; row > bottom; row -= 1)
      for (let column = 0; column < this.width; column += 1)
        if (this.cells[row * this.width + column] !== undefined) return { bottom: row, right };
    return { bottom, right };
  }

  /** Lays the rows out again `width` slots apart (plans set a sheet's widest row early, so this is rare). */
  private widen(wanted: number): void {
    const width = Math.max(wanted, this.width + (this.width >> 2), 8);
    const cells = new Array<T | undefined>(this.height * width);
    for (let row = 0; row < this.height; row += 1)
      for (let column = 0; column < this.width; column += 1)
        cells[row * width + column] = this.cells[row * this.width + column];
    this.cells = cells;
    this.width = width;
  }
}
