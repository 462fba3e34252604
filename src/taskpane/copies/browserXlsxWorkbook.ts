import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../xlsx/exceljsWorkbook";

/**
 * Members' copies in the pane: the command line's exceljs port without its file-system side (the pane has
 * none). webpack picks exceljs's browser build, and this module is only loaded when a copy is exported or
 * imported.
 */
export class BrowserXlsxWorkbook extends ExcelJsWorkbook {
  static empty(): BrowserXlsxWorkbook {
    return new BrowserXlsxWorkbook(ExcelJsWorkbook.newWorkbook());
  }

  static async fromBytes(bytes: Uint8Array): Promise<BrowserXlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings name its own Buffer type; an ArrayBuffer is what its browser build reads.
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy as unknown as ExcelJS.Buffer);
    return new BrowserXlsxWorkbook(workbook);
  }
}
