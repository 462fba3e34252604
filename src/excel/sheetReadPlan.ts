import type { CellRange } from "../workbook/cellAddress";
import { columnId, findMarker, kindOfKey, splitId } from "../workbook/hiddenIds";
import { runsWhere, type IndexRun } from "../workbook/indexRuns";
import { FORMULA_ROW_KINDS } from "../workbook/parse/parseCriteriaSheet";

/** Where the parser looks for a sheet's marker (hiddenIds.findMarker): read first, to decide the rest. */
export const MARKER_AREA = "A1:E10";

/**
 * What the adapter reads of a sheet, decided from its marker area:
 * - marker-area: a sheet the add-in did not generate; the parser only looks for a marker in it;
 * - every-cell: values, formulas and value types of the whole used range (setup, result, log sheets);
 * - criteria: a product's criteria sheet, read by its hidden ids (criteriaRectangles).
 */
export type SheetRead =
  | { readonly kind: "marker-area" }
  | { readonly kind: "every-cell" }
  | { readonly kind: "criteria"; readonly idRow: number; readonly idColumn: number };

export function sheetReadOf(markerArea: readonly (readonly unknown[])[]): SheetRead {
  const values = markerArea.map((row) => row.map((value) => (typeof value === "string" ? value : null)));
  const marker = findMarker({ name: "", visible: true, values, formulas: [] });
  if (!marker) return { kind: "marker-area" };
  if (kindOfKey(marker.key) !== "criteria") return { kind: "every-cell" };
  return { kind: "criteria", idRow: marker.row, idColumn: marker.column };
}

/** A criteria sheet's hidden ids as read: row ids by row and column ids by column, 0-based from A1. */
export interface CriteriaIds {
  readonly used: CellRange;
  readonly idRow: number;
  readonly idColumn: number;
  readonly rowIds: readonly unknown[];
  readonly columnIds: readonly unknown[];
}

/** What to read of a criteria sheet besides its ids, and what that may cost. */
export interface CriteriaBodyRead {
  readonly rectangles: readonly CellRange[];
  readonly estimatedBytes: number;
}

/**
 * What one cell costs in a read response: its value, its formula text (office-js repeats a constant there)
 * and its type name, as JSON. Measured at 27 bytes on a generated 30-product round (most cells are empty
 * or short numbers); counted at 48 so a workbook heavier in long criteria texts still fits the budget.
 */
export const READ_BYTES_PER_CELL = 48;

/**
 * Bytes a criteria sheet's read may take, counted high so the response stays under the budget. Measured
 * on the 1048-01 sheet (the fake counts cell arrays only): ids 16 bytes a cell (counted 32); member,
 * points and required cells 3 bytes, a blank or a small number (counted 6, twice that); the code column
 * about 8 bytes on rows with an id (counted 16); formula texts up to 40 bytes a cell of a formula row (the
 * "filled" row's COUNT lists every criterion); and each rectangle's JSON envelope in the response, which
 * the fake does not see (counted 64). A column without a known id, and the code column on a row without an
 * id (the header lines), may hold anything a user typed: counted like a full read's cell, 48 bytes.
 * 300 products × 9 members: counted 3.4 MB, 1.75 MB of cells in the fake (12 members: 4.2 MB, a sync more).
 */
export const ID_BYTES_PER_CELL = 32;
export const NUMBER_BYTES_PER_CELL = 6;
export const CODE_BYTES_PER_CELL = 16;
export const OTHER_BYTES_PER_CELL = READ_BYTES_PER_CELL;
export const FORMULA_BYTES_PER_CELL = 40;
export const AREA_BYTES = 64;

const NUMBER_COLUMNS: ReadonlySet<string> = new Set([columnId.field("points"), columnId.field("required")]);

function columnBytesPerCell(id: unknown): number {
  const text = idText(id);
  if (splitId(text)[0] === "member" || NUMBER_COLUMNS.has(text)) return NUMBER_BYTES_PER_CELL;
  return text === columnId.field("code") ? CODE_BYTES_PER_CELL : OTHER_BYTES_PER_CELL;
}

export function criteriaIdBytes(used: CellRange): number {
  return (used.bottom - used.top + 1 + (used.right - used.left + 1)) * ID_BYTES_PER_CELL;
}

/**
 * The rectangles of a criteria sheet the parser reads, besides its id row and id column: every used cell
 * except option rows (locked, they hold an option's text and points, never a score) and the criterion text
 * column (long Vietnamese texts no check looks at). The code column is read only on rows without an id,
 * where the parser looks for a criterion that lost its id but still shows its code; on rows with an id it
 * only names cells. What is left is a fifth of the sheet's bytes: scores, points, formula rows and whatever
 * a user typed in a row or column without an id.
 */
export function criteriaBodyRead(ids: CriteriaIds): CriteriaBodyRead {
  const { used } = ids;
  const body = (row: number) => row !== ids.idRow && !isOptionRow(ids.rowIds[row]);
  const withId = runsWhere(used.top, used.bottom, (row) => body(row) && idText(ids.rowIds[row]) !== "");
  const withoutId = runsWhere(used.top, used.bottom, (row) => body(row) && idText(ids.rowIds[row]) === "");
  const readColumn = (column: number) =>
    column !== ids.idColumn && idText(ids.columnIds[column]) !== columnId.field("text");
  const scoreColumns = runsWhere(
    used.left,
    used.right,
    (column) => readColumn(column) && idText(ids.columnIds[column]) !== columnId.field("code"),
  );
  const allColumns = runsWhere(used.left, used.right, readColumn);
  const rectanglesOf = (rows: readonly IndexRun[], columns: readonly IndexRun[]) =>
    rows.flatMap((r) => columns.map((c) => ({ top: r.from, bottom: r.to, left: c.from, right: c.to })));
  const rectangles = [...rectanglesOf(withId, scoreColumns), ...rectanglesOf(withoutId, allColumns)].sort(
    (a, b) => a.top - b.top || a.left - b.left,
  );
  // On a row without an id the code column may hold anything (the header lines are there): counted high.
  const bytesPerRow = (columns: readonly IndexRun[], codeBytes = CODE_BYTES_PER_CELL) => {
    let bytes = 0;
    for (const run of columns)
      for (let column = run.from; column <= run.to; column += 1) {
        const id = idText(ids.columnIds[column]);
        bytes += id === columnId.field("code") ? codeBytes : columnBytesPerCell(id);
      }
    return bytes;
  };
  const formulaRows = ids.rowIds.filter((id) => FORMULA_ROW_KINDS.has(splitId(idText(id))[0])).length;
  return {
    rectangles,
    estimatedBytes:
      height(withId) * bytesPerRow(scoreColumns) +
      height(withoutId) * bytesPerRow(allColumns, OTHER_BYTES_PER_CELL) +
      formulaRows * width(scoreColumns) * FORMULA_BYTES_PER_CELL +
      rectangles.length * AREA_BYTES,
  };
}

const height = (rows: readonly IndexRun[]) => rows.reduce((sum, run) => sum + run.to - run.from + 1, 0);
const width = height;

function isOptionRow(id: unknown): boolean {
  return splitId(idText(id))[0] === "option";
}

function idText(id: unknown): string {
  return id === null || id === undefined ? "" : String(id).trim();
}
