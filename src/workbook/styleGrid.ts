import type { CellRange } from "./cellAddress";

/**
 * Which format each cell of a sheet has, as a number into the workbook's list of distinct formats (0: none),
 * two bytes a cell in one row-major array: formats cover nearly every cell of a generated sheet, and a
 * pointer per cell cost four times as much.
 */
export class StyleGrid {
  private ids = new Uint16Array(0);
  private width = 0;
  private height = 0;

  get(row: number, column: number): number {
    if (row >= this.height || column >= this.width) return 0;
    return this.ids[row * this.width + column];
  }

  set(row: number, column: number, id: number): void {
    if (column >= this.width || row >= this.height) this.grow(row + 1, column + 1);
    this.ids[row * this.width + column] = id;
  }

  /** Takes every format off a range. */
  clear(range: CellRange): void {
    const bottom = Math.min(range.bottom, this.height - 1);
    const right = Math.min(range.right, this.width - 1);
    for (let row = range.top; row <= bottom; row += 1)
      this.ids.fill(0, row * this.width + range.left, row * this.width + right + 1);
  }

  private grow(rows: number, columns: number): void {
    const width = columns > this.width ? Math.max(columns, this.width + (this.width >> 2), 8) : this.width;
    const height = rows > this.height ? Math.max(rows, this.height + (this.height >> 1), 16) : this.height;
    const ids = new Uint16Array(height * width);
    for (let row = 0; row < this.height; row += 1)
      ids.set(this.ids.subarray(row * this.width, (row + 1) * this.width), row * width);
    this.ids = ids;
    this.width = width;
    this.height = height;
  }
}
