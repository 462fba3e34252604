import ExcelJS from "exceljs";
import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { SheetGrid, WorkbookPort } from "../workbook/port";
import { encodeTextForFile } from "./encodeTextForFile";
import { readGrid } from "./readGrid";
import { renderPlan } from "./renderPlan";

/**
 * The workbook port over an exceljs workbook in memory, with no file-system side, so the command line
 * (XlsxWorkbook adds files) and the task pane's member copies (exceljs's browser build) share one renderer,
 * one reader and one way of turning the workbook into .xlsx bytes.
 */
export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A new exceljs workbook with no sheets. */
  static newWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "OCOP Scoring";
    return workbook;
  }

  async readSheets(names?: readonly string[]): Promise<readonly SheetGrid[]> {
    const date1904 = Boolean(this.workbook.properties.date1904);
    return this.workbook.worksheets
      .filter((sheet) => !names || names.includes(sheet.name))
      .map((sheet) => readGrid(sheet, date1904));
  }

  async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
    for (const plan of plans)
      renderPlan(this.workbook.getWorksheet(plan.name) ?? this.workbook.addWorksheet(plan.name), plan);
  }

  async deleteSheets(names: readonly string[]): Promise<void> {
    for (const name of names) {
      const sheet = this.workbook.getWorksheet(name);
      if (sheet) this.workbook.removeWorksheet(sheet.id);
    }
  }

  /** A file has no cursor to move. */
  async select(): Promise<void> {}

  sheetNames(): string[] {
    return this.workbook.worksheets.map((sheet) => sheet.name);
  }

  /** The .xlsx bytes. */
  async toBytes(): Promise<Uint8Array> {
    // Formulas are written without cached results; Excel must calculate them when it opens the file.
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    // Cells hold their true text in memory (exceljs decodes _xHHHH_ on load); only the file gets the escapes.
    const restore = encodeTextForFile(this.workbook);
    try {
      return new Uint8Array(await this.workbook.xlsx.writeBuffer());
    } finally {
      restore();
    }
  }
}
