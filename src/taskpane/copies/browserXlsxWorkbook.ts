import ExcelJS from "exceljs";
import type { SheetPlan } from "../../workbook/plan/sheetPlan";
import type { SheetGrid, WorkbookPort } from "../../workbook/port";
import { readGrid } from "../../xlsx/readGrid";
import { renderPlan } from "../../xlsx/renderPlan";

/**
 * The workbook port over .xlsx bytes in the browser, for members' copies: the same plan renderer and grid
 * reader as the command line's XlsxWorkbook, without its file-system side (the pane has none). webpack picks
 * exceljs's browser build, and this module is only loaded when a copy is exported or imported.
 */
export class BrowserXlsxWorkbook implements WorkbookPort {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  static empty(): BrowserXlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "OCOP Scoring";
    return new BrowserXlsxWorkbook(workbook);
  }

  static async fromBytes(bytes: Uint8Array): Promise<BrowserXlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings name its own Buffer type; an ArrayBuffer is what its browser build reads.
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy as unknown as ExcelJS.Buffer);
    return new BrowserXlsxWorkbook(workbook);
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

  async select(): Promise<void> {}

  async toBytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }
}
