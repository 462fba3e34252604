import { cellAddress, parseRange, rangeAddress } from "../cellAddress";
import type { SheetGrid } from "../port";
import type { SheetExtent } from "./sheetDraft";
import type { PlannedCell, SheetPlan } from "./sheetPlan";

/**
 * A document that grew (one more product, a longer conclusion) would reach rows a user typed under it
 * last time (a note, an extra line). Those rows move down with it instead: written again, values and
 * formulas, one empty row below the document, and their old place cleared. A compute never writes over a
 * row a user added. The cells' formats stay behind; their content does not.
 */
export function keepUserRows(
  plan: SheetPlan,
  grid: SheetGrid | undefined,
  extent: SheetExtent | undefined,
): SheetPlan {
  if (!grid || !extent) return plan;
  const userRows = rowsWithContent(grid, extent.rows);
  const bottom = Math.max(...plan.blocks.map((block) => parseRange(block.at).top + block.rows.length - 1));
  if (userRows.length === 0 || userRows[0] > bottom + 1) return plan;
  const shift = bottom + 2 - userRows[0];
  const last = userRows[userRows.length - 1];
  const width = Math.max(...userRows.map((row) => grid.values[row].length));
  const rows: PlannedCell[][] = [];
  for (let row = userRows[0]; row <= last; row += 1)
    rows.push(Array.from({ length: width }, (_, column) => userCell(grid, row, column)));
  return {
    ...plan,
    clear: [...plan.clear, rangeAddress({ top: userRows[0], left: 0, bottom: last, right: width - 1 })],
    blocks: [
      ...plan.blocks,
      {
        at: cellAddress(userRows[0] + shift, 0),
        rows,
      },
    ],
  };
}

function rowsWithContent(grid: SheetGrid, from: number): number[] {
  const rows: number[] = [];
  for (let row = from; row < grid.values.length; row += 1)
    if (
      grid.values[row].some(
        (value, column) => (value !== null && value !== "") || grid.formulas[row]?.[column],
      )
    )
      rows.push(row);
  return rows;
}

function userCell(grid: SheetGrid, row: number, column: number): PlannedCell {
  const formula = grid.formulas[row]?.[column];
  if (formula) return { formula };
  const value = grid.values[row]?.[column] ?? null;
  return value === null || value === "" ? { keep: true } : { value };
}
