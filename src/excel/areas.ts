import { parseRange, rangeAddress, type CellRange } from "../workbook/cellAddress";
import type { CellFormat, ListValidation } from "../workbook/plan/sheetPlan";

/**
 * Plans describe formats the way a reader thinks of them (this header bold, that cell unlocked), often one
 * cell at a time: a criteria sheet has hundreds of formats and a validation per score cell, but only a
 * dozen distinct looks. Each office-js call costs a request entry, so the adapter first works out what
 * every cell ends up with (later entries win, property by property, exactly as applying them in order
 * would) and then covers the cells that end up alike with as few rectangles as it can. One approximation:
 * a thin-bordered cell next to a "none" cell shares an edge whose final look depends on which Excel draws
 * last; plans border whole tables, so no generated sheet has such a pair.
 */
export function formatAreas(formats: readonly CellFormat[]): CellFormat[] {
  // Property by property: a border usually spans a whole table while bold marks a few labels, so each
  // property gets its own rectangles; properties whose rectangles coincide share one call again.
  const perProperty = new Map<string, Map<number, unknown>>();
  for (const format of formats) {
    const cells = cellKeys(format.range);
    for (const [property, value] of Object.entries(format)) {
      if (property === "range" || value === undefined) continue;
      const values = perProperty.get(property) ?? new Map<number, unknown>();
      for (const cell of cells) values.set(cell, value);
      perProperty.set(property, values);
    }
  }
  const byRange = new Map<string, { box: CellRange; format: Record<string, unknown> }>();
  for (const [property, values] of perProperty)
    for (const { box, value } of cover(values)) {
      const range = rangeAddress(box);
      const entry = byRange.get(range) ?? { box, format: { range } };
      entry.format[property] = value;
      byRange.set(range, entry);
    }
  return inSheetOrder(
    [...byRange.values()].map(({ box, format }) => ({ box, item: format as unknown as CellFormat })),
  );
}

/** A cell has one validation in Excel: the last plan entry covering it. */
export function validationAreas(validations: readonly ListValidation[]): ListValidation[] {
  const looks = new Map<string, ListValidation>();
  const perCell = new Map<number, string>();
  for (const validation of validations) {
    const { range: _range, ...look } = validation;
    const key = JSON.stringify(look);
    looks.set(key, validation);
    for (const cell of cellKeys(validation.range)) perCell.set(cell, key);
  }
  return inSheetOrder(
    cover(perCell).map(({ box, value }) => ({
      box,
      item: { ...(looks.get(value) as ListValidation), range: rangeAddress(box) },
    })),
  );
}

/** A cell as one number (row × 2^14 + column: Excel has 16,384 columns), cheap to hash. */
const COLUMNS = 16384;

function cellKeys(range: string): number[] {
  const box = parseRange(range);
  const keys: number[] = [];
  for (let row = box.top; row <= box.bottom; row += 1)
    for (let column = box.left; column <= box.right; column += 1) keys.push(row * COLUMNS + column);
  return keys;
}

/** Rectangles of cells holding the same value (compared by identity: plans repeat the same literals). */
function cover<V>(values: ReadonlyMap<number, V>): { box: CellRange; value: V }[] {
  const groups = new Map<V, { row: number; column: number }[]>();
  for (const [key, value] of values) {
    const cells = groups.get(value) ?? [];
    cells.push({ row: Math.floor(key / COLUMNS), column: key % COLUMNS });
    groups.set(value, cells);
  }
  return [...groups].flatMap(([value, cells]) => rectangles(cells).map((box) => ({ box, value })));
}

function inSheetOrder<T>(areas: { box: CellRange; item: T }[]): T[] {
  return areas.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left).map((area) => area.item);
}

/** Runs of adjacent cells in each row, then runs of identical column spans stacked over adjacent rows. */
export function rectangles(cells: readonly { row: number; column: number }[]): CellRange[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const columns = byRow.get(row) ?? [];
    columns.push(column);
    byRow.set(row, columns);
  }
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = (byRow.get(row) ?? []).sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const column of columns) {
      const last = runs[runs.length - 1];
      if (last && column === last[1] + 1) last[1] = column;
      else runs.push([column, column]);
    }
    const extended = new Set<string>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      const box = open.get(key);
      if (box && box.bottom === row - 1) open.set(key, { ...box, bottom: row });
      else {
        if (box) done.push(box);
        open.set(key, { top: row, left, bottom: row, right });
      }
      extended.add(key);
    }
    for (const [key, box] of open)
      if (!extended.has(key)) {
        done.push(box);
        open.delete(key);
      }
  }
  return [...done, ...open.values()];
}
