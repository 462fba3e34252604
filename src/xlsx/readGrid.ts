import { ValueType, type Cell, type Worksheet } from "exceljs";
import type { SheetGrid } from "../workbook/port";
import type { CellValue } from "../workbook/plan/sheetPlan";

/** Days between Excel's day 0 (1899-12-30, with the 1900 leap-year bug) and 1970-01-01. */
const EPOCH_1900 = 25569;
/** The same for workbooks saved with the 1904 date system (old Mac Excel). */
const EPOCH_1904 = 24107;

/**
 * A worksheet as the commands read it: what Excel's `values` and `formulas` would give. Dates come back as
 * serial numbers (as office-js gives them), rich text as its plain text, formula cells as their cached
 * result (null when the file was never calculated), error values as null plus an entry in `errors`.
 */
export function readGrid(sheet: Worksheet, date1904: boolean): SheetGrid {
  const found: { row: number; column: number; value: CellValue; formula: string | null }[] = [];
  const errors: Record<string, string> = {};
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const read = readCell(cell, date1904);
      if (read.error) errors[cell.address] = read.error;
      if (read.value !== null || read.formula !== null)
        found.push({
          row: rowNumber - 1,
          column: columnNumber - 1,
          value: read.value,
          formula: read.formula,
        });
    });
  });
  const height = Math.max(0, ...found.map((cell) => cell.row + 1));
  const width = Math.max(0, ...found.map((cell) => cell.column + 1));
  const values: CellValue[][] = Array.from({ length: height }, () => Array<CellValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    Array<string | null>(width).fill(null),
  );
  for (const cell of found) {
    values[cell.row][cell.column] = cell.value;
    formulas[cell.row][cell.column] = cell.formula;
  }
  return {
    name: sheet.name,
    visible: sheet.state === "visible" || sheet.state === undefined,
    values,
    formulas,
    ...(Object.keys(errors).length ? { errors } : {}),
  };
}

interface ReadCell {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly error?: string;
}

function readCell(cell: Cell, date1904: boolean): ReadCell {
  // Only a merge's top-left cell holds the value; exceljs echoes it in the others, Excel reads them empty.
  if (cell.type === ValueType.Merge) return { value: null, formula: null };
  if (cell.type === ValueType.Formula) {
    const text = cell.formula;
    const result = plain((cell.value as { result?: unknown }).result, date1904);
    return { value: result.value, formula: text ? `=${text}` : null, error: result.error };
  }
  const read = plain(cell.value, date1904);
  return { value: read.value, formula: null, error: read.error };
}

function plain(raw: unknown, date1904: boolean): { value: CellValue; error?: string } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return { value: raw };
  if (raw instanceof Date) {
    // exceljs turns a serial into a UTC date; turning it back gives the serial Excel stores.
    const days = raw.getTime() / 86_400_000 + (date1904 ? EPOCH_1904 : EPOCH_1900);
    return { value: Math.round(days * 86_400_000) / 86_400_000 };
  }
  if (typeof raw === "object") {
    const object = raw as {
      error?: string;
      richText?: readonly { text: string }[];
      text?: unknown;
    };
    if (typeof object.error === "string") return { value: null, error: object.error };
    if (Array.isArray(object.richText)) return { value: object.richText.map((run) => run.text).join("") };
    // A hyperlink: its display text.
    if (typeof object.text === "string") return { value: object.text };
    if (object.text && typeof object.text === "object") return plain(object.text, date1904);
  }
  return { value: null };
}
