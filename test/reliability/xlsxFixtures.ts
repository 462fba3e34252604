import type ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { Round } from "../../src/domain";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { buildRound, commandOptions, smallRound } from "./validRound";

/** The valid round as an .xlsx file, and a temp folder for files the cases make from it. */
export class XlsxFixtures {
  private constructor(
    readonly dir: string,
    private readonly valid: Buffer,
  ) {}

  static async create(round?: Round): Promise<XlsxFixtures> {
    const dir = await mkdtemp(join(tmpdir(), "ocop-reliability-"));
    const catalog = shippedCatalog();
    const workbook = XlsxWorkbook.empty();
    await buildRound(
      workbook,
      (sheet, address, value) => {
        const target = workbook.workbook.getWorksheet(sheet);
        if (!target) throw new Error(`no sheet ${sheet}`);
        target.getCell(address).value = value;
      },
      round ?? smallRound(catalog),
      commandOptions(catalog),
    );
    return new XlsxFixtures(dir, await workbook.toBuffer());
  }

  /** The valid round's bytes (a copy: cases may cut or scribble on them). */
  validBytes(): Buffer {
    return Buffer.from(this.valid);
  }

  /** Writes bytes to a file in the temp folder and returns its path. */
  async file(name: string, bytes: Uint8Array): Promise<string> {
    const path = join(this.dir, name);
    await writeFile(path, bytes);
    return path;
  }

  /** The valid round changed through exceljs (as Excel would save it), written to a file. */
  async edited(name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const opened = await XlsxWorkbook.fromBuffer(this.validBytes());
    edit(opened.workbook);
    return this.file(name, await opened.toBuffer());
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
