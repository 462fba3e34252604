import ExcelJS from "exceljs";
import { readFile } from "fs/promises";
import { ExcelJsWorkbook } from "./exceljsWorkbook";
import { WorkbookFileError, type UnkeptContent } from "./workbookFileError";
import { writeFileAtomically } from "./writeFileAtomically";

/** The start of an OLE compound file: an old .xls, or an .xlsx encrypted with a password to open. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from("PK\u0003\u0004", "latin1");
const ZIP_END = Buffer.from("PK\u0005\u0006", "latin1");
/** An encrypted OOXML package keeps its key data in a stream of this name (UTF-16 in the directory). */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");
/** Zip entry names are stored as plain text, so a workbook part is visible without unzipping. */
const WORKBOOK_PART = Buffer.from("xl/workbook.xml", "latin1");

/**
 * Parts exceljs reads past and does not write back: saving such a workbook over itself would silently
 * drop a council's charts, pivot tables, macros or form controls. Zip entry names are plain text.
 */
const PARTS_EXCELJS_DROPS: readonly (readonly [UnkeptContent, Buffer])[] = (
  [
    ["charts", "xl/charts/"],
    ["pivot-tables", "xl/pivotTables/"],
    ["macros", "xl/vbaProject.bin"],
    ["slicers", "xl/slicers/"],
    ["form-controls", "xl/ctrlProps/"],
    ["activex", "xl/activeX/"],
    ["timelines", "xl/timelines/"],
    ["threaded-comments", "xl/threadedComments/"],
  ] as const
).map(([what, part]) => [what, Buffer.from(part, "latin1")] as const);

/** The workbook port over an .xlsx file held in memory (exceljs): the command line's and the tests' Excel. */
export class XlsxWorkbook extends ExcelJsWorkbook {
  private constructor(
    workbook: ExcelJS.Workbook,
    /** What the file holds that saving through exceljs would lose; empty if nothing. */
    readonly unkeptContent: readonly UnkeptContent[] = [],
  ) {
    super(workbook);
  }

  /** A new workbook with no sheets. */
  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(ExcelJsWorkbook.newWorkbook());
  }

  /** Opens an .xlsx file; any reason it cannot be used becomes a WorkbookFileError. */
  static async fromFile(path: string): Promise<XlsxWorkbook> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new WorkbookFileError(code === "ENOENT" ? "file-missing" : "file-unreadable", path, code);
    }
    return XlsxWorkbook.fromBuffer(bytes, path);
  }

  /** Reads .xlsx bytes; `path` only names the file in messages. */
  static async fromBuffer(bytes: Uint8Array, path?: string): Promise<XlsxWorkbook> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.length === 0) throw new WorkbookFileError("file-empty", path);
    if (buffer.subarray(0, 8).equals(OLE_SIGNATURE))
      throw new WorkbookFileError(
        buffer.includes(ENCRYPTION_STREAM) ? "file-encrypted" : "file-old-xls",
        path,
      );
    if (!buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new WorkbookFileError("file-not-xlsx", path);
    // Every zip ends with its directory; a download or copy cut short loses it first.
    if (!buffer.subarray(Math.max(0, buffer.length - 65_557)).includes(ZIP_END))
      throw new WorkbookFileError("file-corrupt", path);
    if (!buffer.includes(WORKBOOK_PART)) throw new WorkbookFileError("file-not-xlsx", path);
    const workbook = new ExcelJS.Workbook();
    try {
      // exceljs's typings want its own Buffer type; Node's Buffer is what it reads.
      await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new WorkbookFileError(
        "file-corrupt",
        path,
        error instanceof Error ? error.message : String(error),
      );
    }
    const dropped = PARTS_EXCELJS_DROPS.filter(([, part]) => buffer.includes(part)).map(([what]) => what);
    return new XlsxWorkbook(workbook, dropped);
  }

  async toBuffer(): Promise<Buffer> {
    const bytes = await this.toBytes();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Saves to `path` so that a crash or a full disk never leaves a half-written workbook behind. */
  async saveAs(path: string): Promise<void> {
    await writeFileAtomically(path, await this.toBuffer());
  }
}
