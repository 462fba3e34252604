/** A cell position, 0-based row and column (A1 is { row: 0, column: 0 }). */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of cells, 0-based and inclusive at both ends. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new Error(`column index must be ≥ 0, got ${column}`);
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function parseCell(address: string): CellPosition {
  const match = A1.exec(address.trim());
  if (!match) throw new Error(`expected an A1 cell address such as "B4", got "${address}"`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B4:H40" or a single cell "B4". */
export function parseRange(range: string): CellRange {
  const [first, second = first] = range.split(":");
  const a = parseCell(first);
  const b = parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  const last = cellAddress(range.bottom, range.right);
  return first === last ? first : `${first}:${last}`;
}

export function inRange(range: CellRange, row: number, column: number): boolean {
  return row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;
}

export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Every cell of a range, row by row. */
export function* cellsOf(range: CellRange): Generator<CellPosition> {
  for (let row = range.top; row <= range.bottom; row += 1)
    for (let column = range.left; column <= range.right; column += 1) yield { row, column };
}
