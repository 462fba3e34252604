import { cellAddress, cellsOf, parseCell, parseRange } from "../../workbook/cellAddress";
import type { SheetPlan } from "../../workbook/plan/sheetPlan";
import type { SheetGrid } from "../../workbook/port";

/**
 * Cells of a generated sheet that differ from its plan: a value typed over the add-in's, a formula replaced,
 * or something typed into the generated region. Used on the result sheet with the plan of the inputs it was
 * last computed from, so any difference is somebody's hand edit.
 */
export function editedCells(plan: SheetPlan, grid: SheetGrid): readonly string[] {
  const planned = new Map<string, { value?: unknown; formula?: string; keep?: boolean }>();
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => planned.set(cellAddress(origin.row + r, origin.column + c), cell)),
    );
  }
  const edited = new Set<string>();
  const check = (row: number, column: number) => {
    const address = cellAddress(row, column);
    const want = planned.get(address);
    if (want?.keep) return;
    const value = grid.values[row]?.[column] ?? null;
    const formula = grid.formulas[row]?.[column] ?? null;
    if (want?.formula !== undefined) {
      if (formula !== want.formula) edited.add(address);
    } else if (formula !== null || !same(value, want?.value ?? null)) edited.add(address);
  };
  for (const address of planned.keys()) {
    const { row, column } = parseCell(address);
    check(row, column);
  }
  for (const range of plan.clear)
    for (const { row, column } of cellsOf(parseRange(range)))
      if (!planned.has(cellAddress(row, column)) && row < grid.values.length) check(row, column);
  return [...edited];
}

/** Excel hands numbers back as numbers and text as text; a number typed as text still counts as the same. */
function same(found: unknown, wanted: unknown): boolean {
  if (found === wanted) return true;
  if ((found === null || found === "") && (wanted === null || wanted === "")) return true;
  if (typeof found === "number" && typeof wanted === "number") return Math.abs(found - wanted) < 1e-9;
  return String(found) === String(wanted);
}
