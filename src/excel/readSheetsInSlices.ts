import { rangeAddress } from "../workbook/cellAddress";
import type { ExcelContext, RangeApi, WorksheetApi } from "./excelApi";
import type { LoadedRange } from "./readGrid";

/**
 * What one cell costs in a read response: its value, its formula text (office-js repeats a constant there)
 * and its type name, as JSON. Measured at 27 bytes on a generated 30-product round (most cells are empty
 * or short numbers); counted at 48 so a workbook heavier in long criteria texts still fits the budget.
 */
export const READ_BYTES_PER_CELL = 48;

/**
 * Reads the used ranges of `sheets` (values, formulas, value types) in as few syncs as Excel on the web's
 * 5 MB response limit allows: one sync for the used ranges' sizes, then one per `budgetBytes` of cells.
 * With the default 4 MB budget one data sync holds about 87,000 cells (some 40 products' criteria sheets);
 * only bigger workbooks add syncs, by size.
 */
export async function readSheetsInSlices(
  context: ExcelContext,
  sheets: readonly WorksheetApi[],
  budgetBytes: number,
): Promise<(LoadedRange | null)[]> {
  const used = sheets.map((sheet) => {
    // valuesOnly: a formatted but empty region (a pre-formatted input area) is not part of the grid.
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();

  const slices: { sheet: number; range: RangeApi }[] = [];
  let queued = 0;
  for (const [index, range] of used.entries()) {
    if (range.isNullObject) continue;
    const rowBytes = range.columnCount * READ_BYTES_PER_CELL;
    const rowsPerSlice = Math.max(1, Math.floor(budgetBytes / rowBytes));
    for (let start = 0; start < range.rowCount; start += rowsPerSlice) {
      const rows = Math.min(rowsPerSlice, range.rowCount - start);
      if (queued > 0 && queued + rows * rowBytes > budgetBytes) {
        await context.sync();
        queued = 0;
      }
      const top = range.rowIndex + start;
      const slice = sheets[index].getRange(
        rangeAddress({
          top,
          left: range.columnIndex,
          bottom: top + rows - 1,
          right: range.columnIndex + range.columnCount - 1,
        }),
      );
      slice.load("values,formulas,valueTypes");
      slices.push({ sheet: index, range: slice });
      queued += rows * rowBytes;
    }
  }
  if (queued > 0) await context.sync();

  return used.map((range, index) => {
    if (range.isNullObject) return null;
    const parts = slices.filter((slice) => slice.sheet === index).map((slice) => slice.range);
    return {
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      values: parts.flatMap((part) => part.values),
      formulas: parts.flatMap((part) => part.formulas),
      valueTypes: parts.flatMap((part) => part.valueTypes),
    };
  });
}
