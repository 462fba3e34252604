import { parseCell } from "../workbook/cellAddress";
import { indexRuns } from "../workbook/indexRuns";
import type { SheetPlan } from "../workbook/plan/sheetPlan";
import { cellInput, type CellInput } from "./cellInput";

/** A rectangle of cell inputs to write, anchored at a 0-based row and column. */
export interface CellWrite {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly CellInput[])[];
}

/** Cell inputs by row, then column. */
type Cells = Map<number, Map<number, CellInput>>;

/**
 * The writes that turn a new sheet drawn from `template` into one drawn from `plan`: every cell whose
 * content differs, and an emptied cell ("") where the template has content and the plan has none (a value
 * left over from the copy would be a lie on a member's sheet), grouped into rectangles of changed cells.
 *
 * Both plans are read as drawn on a new, empty sheet, where a `keep` cell is an empty cell. Rectangles hold
 * changed cells only, no null gaps: a gap cell may sit inside a merged area the copy already has, and Excel
 * refuses a write that covers part of a merge.
 */
export function cellChanges(template: SheetPlan, plan: SheetPlan): CellWrite[] {
  const before = contentOnNewSheet(template);
  const after = contentOnNewSheet(plan);
  const changed: Cells = new Map();
  for (const [row, line] of after)
    for (const [column, input] of line)
      if (before.get(row)?.get(column) !== input) put(changed, row, column, input);
  for (const [row, line] of before)
    for (const column of line.keys()) if (!after.get(row)?.has(column)) put(changed, row, column, "");
  return rectangles(changed);
}

/** The content a plan leaves on a new sheet; empty cells are absent. */
function contentOnNewSheet(plan: SheetPlan): Cells {
  const content: Cells = new Map();
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const input = cellInput(cell);
        // null leaves the cell as it is (empty on a new sheet, or an earlier block's value); "" empties it.
        if (input === "") content.get(origin.row + r)?.delete(origin.column + c);
        else if (input !== null) put(content, origin.row + r, origin.column + c, input);
      }),
    );
  }
  return content;
}

function put(cells: Cells, row: number, column: number, input: CellInput): void {
  let line = cells.get(row);
  if (!line) cells.set(row, (line = new Map()));
  line.set(column, input);
}

interface Rectangle {
  readonly top: number;
  readonly left: number;
  readonly rows: CellInput[][];
}

/**
 * Runs of adjacent changed cells in each row; a run right under a run of the same columns extends that
 * rectangle down (the header lines of a criteria sheet are one column of rows: one write, not five).
 */
function rectangles(changed: Cells): Rectangle[] {
  const all: Rectangle[] = [];
  let above = new Map<string, Rectangle>();
  let aboveRow = Number.NaN;
  for (const row of [...changed.keys()].sort((a, b) => a - b)) {
    const line = changed.get(row) as Map<number, CellInput>;
    const here = new Map<string, Rectangle>();
    for (const { from: left, to: right } of indexRuns(line.keys())) {
      const inputs = [];
      for (let column = left; column <= right; column += 1) inputs.push(line.get(column) as CellInput);
      const span = `${left}:${right}`;
      const extended = row === aboveRow + 1 ? above.get(span) : undefined;
      const rectangle = extended ?? { top: row, left, rows: [] };
      rectangle.rows.push(inputs);
      if (!extended) all.push(rectangle);
      here.set(span, rectangle);
    }
    above = here;
    aboveRow = row;
  }
  return all.sort((a, b) => a.top - b.top || a.left - b.left);
}
