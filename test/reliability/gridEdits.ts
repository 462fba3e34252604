import { cellAddress, parseCell } from "../../src/workbook/cellAddress";
import type { CellValue } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid } from "../../src/workbook/port";

/** A workbook's grids a test can change the way a user changes a workbook in Excel. */
export interface EditableGrid {
  name: string;
  visible: boolean;
  values: CellValue[][];
  formulas: (string | null)[][];
  errors: Record<string, string>;
}

export type Grids = EditableGrid[];

export function editable(grids: readonly SheetGrid[]): Grids {
  return grids.map((grid) => ({
    name: grid.name,
    visible: grid.visible,
    values: grid.values.map((row) => [...row]),
    formulas: grid.formulas.map((row) => [...row]),
    errors: { ...(grid.errors ?? {}) },
  }));
}

export function sheetOf(grids: Grids, name: string): EditableGrid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet "${name}" (sheets: ${grids.map((g) => g.name).join(", ")})`);
  return grid;
}

function reach(grid: EditableGrid, row: number, column: number): void {
  while (grid.values.length <= row) grid.values.push([]);
  while (grid.formulas.length <= row) grid.formulas.push([]);
  for (const line of [grid.values[row], grid.formulas[row]]) while (line.length <= column) line.push(null);
}

/** Types a value (replacing any formula or error), as a user does. */
export function typeValue(grids: Grids, sheet: string, address: string, value: CellValue): void {
  const grid = sheetOf(grids, sheet);
  const { row, column } = parseCell(address);
  reach(grid, row, column);
  grid.values[row][column] = value;
  grid.formulas[row][column] = null;
  delete grid.errors[cellAddress(row, column)];
}

/** Types a formula; `cached` is what Excel calculated for it. */
export function typeFormula(
  grids: Grids,
  sheet: string,
  address: string,
  formula: string,
  cached: CellValue,
): void {
  typeValue(grids, sheet, address, cached);
  const { row, column } = parseCell(address);
  sheetOf(grids, sheet).formulas[row][column] = formula;
}

/** A cell showing an Excel error value (#N/A…), as office-js and exceljs report it. */
export function showError(grids: Grids, sheet: string, address: string, error: string): void {
  typeValue(grids, sheet, address, null);
  sheetOf(grids, sheet).errors[address] = error;
}

export function valueAt(grids: Grids, sheet: string, address: string): CellValue {
  const { row, column } = parseCell(address);
  return sheetOf(grids, sheet).values[row]?.[column] ?? null;
}

/** Moves every error address in a grid when rows or columns shift. */
function shiftErrors(
  grid: EditableGrid,
  move: (row: number, column: number) => [number, number] | null,
): void {
  const moved: Record<string, string> = {};
  for (const [address, error] of Object.entries(grid.errors)) {
    const { row, column } = parseCell(address);
    const to = move(row, column);
    if (to) moved[cellAddress(to[0], to[1])] = error;
  }
  grid.errors = moved;
}

/** Right-click → Delete row: the rows below move up. `row` is 0-based. */
export function deleteRow(grids: Grids, sheet: string, row: number): void {
  const grid = sheetOf(grids, sheet);
  grid.values.splice(row, 1);
  grid.formulas.splice(row, 1);
  shiftErrors(grid, (r, c) => (r === row ? null : [r > row ? r - 1 : r, c]));
}

/** Right-click → Insert row: an empty row at `row`, the rows below move down. */
export function insertRow(grids: Grids, sheet: string, row: number): void {
  const grid = sheetOf(grids, sheet);
  grid.values.splice(row, 0, []);
  grid.formulas.splice(row, 0, []);
  shiftErrors(grid, (r, c) => [r >= row ? r + 1 : r, c]);
}

/** Cut rows [from, from + count) and insert them before row `before` (as Excel's "Insert cut cells"). */
export function moveRows(grids: Grids, sheet: string, from: number, count: number, before: number): void {
  const grid = sheetOf(grids, sheet);
  for (const lines of [grid.values, grid.formulas] as unknown[][]) {
    const cut = lines.splice(from, count);
    const at = before > from ? before - count : before;
    lines.splice(at, 0, ...cut);
  }
}

/** Deletes a column: the columns to its right move left. */
export function deleteColumn(grids: Grids, sheet: string, column: number): void {
  const grid = sheetOf(grids, sheet);
  for (const line of [...grid.values, ...grid.formulas] as unknown[][]) line.splice(column, 1);
  shiftErrors(grid, (r, c) => (c === column ? null : [r, c > column ? c - 1 : c]));
}

/** Copies a whole column (hidden id included) to another column, as copy + paste of a column would. */
export function copyColumn(grids: Grids, sheet: string, from: number, to: number): void {
  const grid = sheetOf(grids, sheet);
  grid.values.forEach((_, row) => {
    reach(grid, row, Math.max(from, to));
    grid.values[row][to] = grid.values[row][from];
    grid.formulas[row][to] = grid.formulas[row][from];
  });
}

export function renameSheet(grids: Grids, from: string, to: string): void {
  sheetOf(grids, from).name = to;
}

export function deleteSheet(grids: Grids, name: string): void {
  grids.splice(grids.indexOf(sheetOf(grids, name)), 1);
}

/** Right-click → Move or Copy → Create a copy: Excel names it "Name (2)". */
export function copySheet(grids: Grids, name: string, copyName: string): void {
  const [copy] = editable([sheetOf(grids, name)]);
  copy.name = copyName;
  grids.push(copy);
}

/** Every cell of every sheet, for "nothing the user typed changed" comparisons. */
export function cellsOfSheets(grids: readonly SheetGrid[], names: readonly string[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const grid of grids) {
    if (!names.includes(grid.name)) continue;
    grid.values.forEach((line, row) =>
      line.forEach((value, column) => {
        const formula = grid.formulas[row]?.[column] ?? null;
        const address = cellAddress(row, column);
        const error = grid.errors?.[address];
        if (value !== null || formula !== null || error !== undefined)
          cells[`${grid.name}!${address}`] = JSON.stringify({ value, formula, error });
      }),
    );
  }
  return cells;
}
