import { rangeAddress, type CellRange } from "../workbook/cellAddress";
import type { ExcelContext, RangeApi, RangeAreasApi, WorksheetApi } from "./excelApi";
import { PayloadBudget } from "./payload";
import type { LoadedRange, SheetCells } from "./readGrid";
import type { SheetOutline } from "./sheetOutlines";
import {
  READ_BYTES_PER_CELL,
  criteriaBodyRead,
  criteriaIdBytes,
  sheetReadOf,
  type SheetRead,
} from "./sheetReadPlan";

/**
 * Reads the cells of the outlined sheets the parser needs in as few syncs as Excel on the web's 5 MB
 * response limit allows, each step one sync plus one per `budgetBytes` of cells. The outlines (used
 * ranges and marker areas, sheetOutlines.ts) are read already; then:
 * 1. every cell of the generated sheets other than criteria sheets, and the hidden id row and id column of
 *    criteria sheets (a user's own sheet is read no further: the parser only looks for a marker);
 * 2. the rest of each criteria sheet the parser looks at (sheetReadPlan.criteriaBodyRead) with its formula
 *    and error cells.
 * Outlines without a marker area (a host without ExcelApi 1.9) have every cell read in step 1 instead, and
 * there is no step 2. With the default 4 MB budget, 300 products with 9 members take one sync a step.
 */
export async function readSheetsInSlices(
  context: ExcelContext,
  outlines: readonly SheetOutline[],
  budgetBytes: number,
): Promise<SheetCells[]> {
  const sheets = outlines.map((outline) => outline.sheet);
  const used = outlines.map((outline) => outline.used);
  const markerAreas = outlines.map((outline) => outline.markerArea);
  const budget = new PayloadBudget(context, budgetBytes);
  const boxes = used.map((range) => (range.isNullObject ? null : boxOf(range)));
  // What to read of each sheet, from its marker area; every cell where no marker area was read.
  const reads = boxes.map((box, index): SheetRead | null => {
    const area = markerAreas[index];
    return !box ? null : area ? sheetReadOf(area.values) : { kind: "every-cell" };
  });

  const slices: { sheet: number; range: RangeApi }[] = [];
  const queueEveryCell = async (index: number, box: CellRange) => {
    const columns = box.right - box.left + 1;
    const rowBytes = columns * READ_BYTES_PER_CELL;
    const rowsPerSlice = Math.max(1, Math.floor(budgetBytes / rowBytes));
    for (let top = box.top; top <= box.bottom; top += rowsPerSlice) {
      const bottom = Math.min(box.bottom, top + rowsPerSlice - 1);
      await budget.spend((bottom - top + 1) * rowBytes);
      const slice = sheets[index].getRange(rangeAddress({ ...box, top, bottom }));
      slice.load("values,formulas,valueTypes");
      slices.push({ sheet: index, range: slice });
    }
  };

  const idRanges = new Map<number, CriteriaIdRanges>();
  for (const [index, read] of reads.entries()) {
    const box = boxes[index];
    if (!read || !box) continue;
    if (read.kind === "every-cell") await queueEveryCell(index, box);
    if (read.kind !== "criteria") continue;
    await budget.spend(criteriaIdBytes(box));
    idRanges.set(index, queueCriteriaIds(sheets[index], box, read));
  }
  await budget.flush();

  const bodies = new Map<number, CriteriaBodyRanges>();
  for (const [index, ids] of idRanges) {
    const box = boxes[index];
    if (!box) continue;
    const rowIds: unknown[] = [];
    ids.column.values.forEach((line, r) => (rowIds[box.top + r] = line[0]));
    const columnIds: unknown[] = [];
    ids.row.values[0]?.forEach((id, c) => (columnIds[box.left + c] = id));
    const body = criteriaBodyRead({ used: box, idRow: ids.idRow, idColumn: ids.idColumn, rowIds, columnIds });
    // A sheet too big for one response (never a generated one) is read cell by cell, in slices.
    if (body.estimatedBytes > budgetBytes) {
      idRanges.delete(index);
      await queueEveryCell(index, box);
      continue;
    }
    await budget.spend(body.estimatedBytes);
    bodies.set(index, queueCriteriaBody(sheets[index], used[index], body.rectangles));
  }
  await budget.flush();

  return boxes.map((box, index) => {
    const parts = slices.filter((slice) => slice.sheet === index).map((slice) => slice.range);
    const sheet = { box, read: reads[index], markerArea: markerAreas[index], parts };
    return cellsOfSheet(sheet, idRanges.get(index), bodies.get(index));
  });
}

/** Queues the read of a criteria sheet's hidden id row and id column, across its used range. */
function queueCriteriaIds(
  sheet: WorksheetApi,
  box: CellRange,
  read: Extract<SheetRead, { kind: "criteria" }>,
): CriteriaIdRanges {
  const row = sheet.getRange(rangeAddress({ ...box, top: read.idRow, bottom: read.idRow }));
  const column = sheet.getRange(rangeAddress({ ...box, left: read.idColumn, right: read.idColumn }));
  row.load("values");
  column.load("values");
  return { idRow: read.idRow, idColumn: read.idColumn, row, column };
}

/**
 * Queues the reads of a criteria sheet's body: one getRange per rectangle, never a multi-area
 * "B2:B9,D2:L9" (desktop Excel parses that list with the system's list separator, ";" under vi-VN
 * regional settings, so a "," list fails there), its formula cells and its error cells.
 */
function queueCriteriaBody(
  sheet: WorksheetApi,
  used: RangeApi,
  rectangles: readonly CellRange[],
): CriteriaBodyRanges {
  const areas = rectangles.map((box) => {
    const range = sheet.getRange(rangeAddress(box));
    range.load("values");
    return { top: box.top, left: box.left, range };
  });
  const formulas = used.getSpecialCellsOrNullObject("Formulas");
  formulas.load("isNullObject,areas/items/rowIndex,areas/items/columnIndex,areas/items/formulas");
  // Error values (#N/A…) typed or computed: office-js shows their text in `values`, like a typed text.
  const errors = ["Constants", "Formulas"].map((cellType) => {
    const cells = used.getSpecialCellsOrNullObject(cellType, "Errors");
    cells.load(
      "isNullObject,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount",
    );
    return cells;
  });
  return { areas, formulas, errors };
}

/** What was read of one sheet once every sync is done: its marker area, its criteria reads, or its slices. */
function cellsOfSheet(
  sheet: {
    readonly box: CellRange | null;
    readonly read: SheetRead | null;
    readonly markerArea: RangeApi | undefined;
    readonly parts: readonly RangeApi[];
  },
  ids: CriteriaIdRanges | undefined,
  body: CriteriaBodyRanges | undefined,
): SheetCells {
  const { box, read, markerArea, parts } = sheet;
  if (!box || !read) return null;
  if (read.kind === "marker-area" && markerArea)
    return { kind: "some", used: box, blocks: [{ top: 0, left: 0, values: markerArea.values }] };
  if (ids && body)
    return {
      kind: "some",
      used: box,
      blocks: [
        { top: ids.idRow, left: box.left, values: ids.row.values },
        { top: box.top, left: ids.idColumn, values: ids.column.values },
        ...body.areas.map((area) => ({ top: area.top, left: area.left, values: area.range.values })),
      ],
      formulas: body.formulas.isNullObject
        ? []
        : body.formulas.areas.items.map((area) => ({
            top: area.rowIndex,
            left: area.columnIndex,
            values: area.formulas,
          })),
      errors: body.errors.flatMap((cells) => (cells.isNullObject ? [] : cells.areas.items.map(boxOf))),
    };
  const range: LoadedRange = {
    rowIndex: box.top,
    columnIndex: box.left,
    values: parts.flatMap((part) => part.values),
    formulas: parts.flatMap((part) => part.formulas),
    valueTypes: parts.flatMap((part) => part.valueTypes),
  };
  return { kind: "all", range };
}

interface CriteriaIdRanges {
  readonly idRow: number;
  readonly idColumn: number;
  readonly row: RangeApi;
  readonly column: RangeApi;
}

interface CriteriaBodyRanges {
  readonly areas: readonly { readonly top: number; readonly left: number; readonly range: RangeApi }[];
  readonly formulas: RangeAreasApi;
  readonly errors: readonly RangeAreasApi[];
}

function boxOf(range: RangeApi): CellRange {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}
