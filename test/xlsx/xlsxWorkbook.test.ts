import ExcelJS from "exceljs";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxWorkbook } from "../../src/xlsx";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { samplePlan } from "./samplePlan";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ocop-xlsx-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function savedAndReopened(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  const path = join(dir, "round.xlsx");
  await workbook.saveAs(path);
  return XlsxWorkbook.fromFile(path);
}

async function rawSheet(workbook: XlsxWorkbook, name: string): Promise<ExcelJS.Worksheet> {
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = raw.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  // exceljs keeps them on the sheet but leaves the array out of its typings.
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

describe("XlsxWorkbook", () => {
  it("reads back from a saved file what a plan wrote: text as text, formulas as formulas", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    const [grid] = await (await savedAndReopened(workbook)).readSheets();
    expect(grid.name).toBe("Phiếu P01");
    expect(grid.values[4][1]).toBe("=1+1");
    expect(grid.formulas[4][1]).toBeNull();
    expect(grid.formulas[5][2]).toBe("=SUM(C4:C5)");
    expect(grid.values[5][2]).toBeNull(); // never calculated: no cached result
    expect(grid.values[3]).toEqual(["A.1.1", "Nguồn nguyên liệu", 3, 2]);
  });

  it("gives the same grid as the in-memory workbook for the same plan", async () => {
    const file = XlsxWorkbook.empty();
    const memory = new MemoryWorkbook();
    await file.writeSheets([samplePlan()]);
    await memory.writeSheets([samplePlan()]);
    const [fromFile] = await (await savedAndReopened(file)).readSheets();
    const [fromMemory] = await memory.readSheets();
    expect(fromFile).toEqual(fromMemory);
  });

  it("keeps a typed score under a keep cell and a user's notes outside the cleared region", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan({ clear: ["A1:C8"] })]);
    const sheet = workbook.workbook.getWorksheet("Phiếu P01")!;
    sheet.getCell("D5").value = 3;
    sheet.getCell("H2").value = "Ghi chú của thư ký";
    const reopened = await savedAndReopened(workbook);
    await reopened.writeSheets([samplePlan({ clear: ["A1:C8"] })]);
    const [grid] = await (await savedAndReopened(reopened)).readSheets();
    expect(grid.values[4][3]).toBe(3);
    expect(grid.values[1][7]).toBe("Ghi chú của thư ký");
  });

  it("renders the plan's look: fills, fonts, borders, number formats, merges, widths and hidden ids", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    const sheet = await rawSheet(workbook, "Phiếu P01");
    expect(sheet.getCell("A3").font.bold).toBe(true);
    expect(sheet.getCell("A3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(sheet.getCell("A3").border.top?.style).toBe("thin");
    expect(sheet.getCell("B3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(sheet.getCell("C6").numFmt).toBe("0.00");
    expect(sheet.getCell("C6").font).toMatchObject({ italic: true, size: 12, color: { argb: "FFC00000" } });
    expect(sheet.getCell("C6").alignment.vertical).toBe("middle");
    expect(sheet.model.merges).toEqual(["B1:D1"]);
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getRow(5).height).toBe(45);
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getRow(2).hidden).toBe(true);
    expect(sheet.properties.tabColor).toEqual({ argb: "FF2E75B6" });
  });

  it("protects the sheet but leaves the score cells open, with a dropdown that rejects other values", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    const sheet = await rawSheet(workbook, "Phiếu P01");
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell("C4").protection?.locked).toBe(false);
    expect(sheet.getCell("B4").protection?.locked).not.toBe(false);
    const rule = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model["D5"];
    expect(rule).toMatchObject({
      type: "list",
      formulae: ['"0,1,2,3"'],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Điểm không hợp lệ",
      error: "Chọn 0, 1, 2 hoặc 3.",
      prompt: "Chọn điểm",
    });
  });

  it("sets conditional formats, frozen header, A4 landscape fit to width with print titles, header and footer", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    const sheet = await rawSheet(workbook, "Phiếu P01");
    expect(conditionalFormats(sheet)).toHaveLength(1);
    expect(conditionalFormats(sheet)[0].ref).toBe("C6:D6");
    expect(conditionalFormats(sheet)[0].rules[0]).toMatchObject({
      type: "expression",
      formulae: ["C6<50"],
    });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(sheet.headerFooter.oddHeader).toBe("&CHội đồng OCOP huyện");
    expect(sheet.headerFooter.oddFooter).toBe("&CTrang &P / &N");
  });

  it("rendering the same plan twice leaves one rule of each kind, not two", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    const reopened = await savedAndReopened(workbook);
    await reopened.writeSheets([samplePlan()]);
    const sheet = await rawSheet(reopened, "Phiếu P01");
    expect(conditionalFormats(sheet)).toHaveLength(1);
    expect(sheet.model.merges).toEqual(["B1:D1"]);
    const keys = Object.keys(
      (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
    );
    expect(keys.sort()).toEqual(["C4", "C5", "D4", "D5"]);
  });

  it("makes an Excel table over a setup range", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([
      samplePlan({
        name: "Sản phẩm",
        kind: "products",
        key: "products",
        protect: false,
        tables: [{ name: "SanPham", range: "A3:D5" }],
        merges: [],
      }),
    ]);
    const reopened = await savedAndReopened(workbook);
    await reopened.writeSheets([
      samplePlan({
        name: "Sản phẩm",
        kind: "products",
        key: "products",
        protect: false,
        tables: [{ name: "SanPham", range: "A3:D5" }],
        merges: [],
      }),
    ]);
    const sheet = await rawSheet(reopened, "Sản phẩm");
    const table = sheet.getTable("SanPham") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(table.table.tableRef).toBe("A3:D5");
    expect(table.table.columns.map((c) => c.name)).toEqual(["id", "Tiêu chí", "M1", "M2"]);
  });

  it("leaves other sheets alone and deletes only the sheets named", async () => {
    const workbook = XlsxWorkbook.empty();
    workbook.workbook.addWorksheet("Của tôi").getCell("B2").value = "giữ nguyên";
    await workbook.writeSheets([samplePlan(), samplePlan({ name: "Phiếu P02", key: "criteria:P02" })]);
    await workbook.deleteSheets(["Phiếu P01"]);
    const reopened = await savedAndReopened(workbook);
    expect(reopened.sheetNames()).toEqual(["Của tôi", "Phiếu P02"]);
    const [mine] = await reopened.readSheets(["Của tôi"]);
    expect(mine.values[1][1]).toBe("giữ nguyên");
  });

  it("reads dates as Excel serial numbers, rich text as text and error values as errors", async () => {
    const raw = new ExcelJS.Workbook();
    const sheet = raw.addWorksheet("Nhập tay");
    sheet.getCell("A1").value = new Date(Date.UTC(2024, 9, 15));
    sheet.getCell("A2").value = {
      richText: [{ text: "Bưởi " }, { text: "Phúc Trạch", font: { bold: true } }],
    };
    sheet.getCell("A3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("A4").value = { formula: "2+3", result: 5 };
    sheet.mergeCells("B1:C1");
    sheet.getCell("B1").value = "gộp";
    sheet.getCell("C2").value = 1;
    const workbook = await XlsxWorkbook.fromBuffer(Buffer.from(await raw.xlsx.writeBuffer()));
    const [grid] = await workbook.readSheets();
    expect(grid.values.map((row) => row[0])).toEqual([45580, "Bưởi Phúc Trạch", null, 5]);
    expect(grid.values[0].slice(1)).toEqual(["gộp", null]);
    expect(grid.errors).toEqual({ A3: "#DIV/0!" });
    expect(grid.formulas[3][0]).toBe("=2+3");
  });

  it("keeps every character of hostile text: controls, non-characters, lone surrogates, escape look-alikes", async () => {
    const hostile = [
      "Bưởi\u0001Diễn\u001f",
      "tab\tand\nline",
      "\uFFFE\uFFFF",
      "half \uD800 pair",
      "_x0041_ stays as typed",
      '=HYPERLINK("http://x")',
      "+84 912 345 678",
      "😀 Phở",
    ];
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([
      samplePlan({ clear: [], blocks: [{ at: "A1", rows: hostile.map((value) => [{ value }]) }] }),
    ]);
    const [grid] = await (await savedAndReopened(workbook)).readSheets();
    expect(grid.values.slice(0, hostile.length).map((row) => row[0])).toEqual(hostile);
    expect(grid.formulas.slice(0, hostile.length).every((row) => row[0] === null)).toBe(true);
  });

  it("keeps control characters on a sheet no plan rewrote through a second save", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([
      samplePlan({ clear: [], blocks: [{ at: "A1", rows: [[{ value: "Bưởi\u0001Diễn _x0041_" }]] }] }),
    ]);
    const reopened = await savedAndReopened(workbook);
    await reopened.writeSheets([samplePlan({ name: "Khác", key: "other", clear: [] })]);
    const [grid] = await (await savedAndReopened(reopened)).readSheets(["Phiếu P01"]);
    expect(grid.values[0][0]).toBe("Bưởi\u0001Diễn _x0041_");
  });

  it("saves atomically: no temporary file is left beside the workbook", async () => {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    await workbook.saveAs(join(dir, "a.xlsx"));
    await workbook.saveAs(join(dir, "a.xlsx"));
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  it("keeps the permissions of the file it replaces", async () => {
    const path = join(dir, "a.xlsx");
    writeFileSync(path, "old");
    chmodSync(path, 0o640);
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    await workbook.saveAs(path);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("says a save into a folder that does not exist cannot be written, and leaves nothing behind", async () => {
    const workbook = XlsxWorkbook.empty();
    await expect(workbook.saveAs(join(dir, "missing", "a.xlsx"))).rejects.toMatchObject({
      problem: "file-not-writable",
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("opening a file that is not a usable workbook", () => {
  async function problemOf(bytes: Buffer | null, name = "x.xlsx"): Promise<string> {
    const path = join(dir, name);
    if (bytes) writeFileSync(path, bytes);
    try {
      await XlsxWorkbook.fromFile(path);
      return "opened";
    } catch (error) {
      return (error as { problem?: string }).problem ?? `threw ${String(error)}`;
    }
  }

  async function realWorkbook(): Promise<Buffer> {
    const workbook = XlsxWorkbook.empty();
    await workbook.writeSheets([samplePlan()]);
    return workbook.toBuffer();
  }

  it("says the file is missing", async () => expect(await problemOf(null)).toBe("file-missing"));
  it("says an empty file is empty", async () => expect(await problemOf(Buffer.alloc(0))).toBe("file-empty"));
  it("says a CSV is not an .xlsx", async () =>
    expect(await problemOf(Buffer.from("id,name\nP01,Bưởi\n"))).toBe("file-not-xlsx"));
  it("says a zip that holds no workbook is not an .xlsx", async () => {
    const bytes = await realWorkbook();
    // Rename the workbook part inside the zip's own directory so the package is a zip but not a workbook.
    const renamed = Buffer.from(
      bytes.toString("latin1").split("xl/workbook.xml").join("xl/notebook.xml"),
      "latin1",
    );
    expect(await problemOf(renamed)).toBe("file-not-xlsx");
  });
  it("says a truncated download is damaged", async () => {
    const bytes = await realWorkbook();
    expect(await problemOf(bytes.subarray(0, Math.floor(bytes.length * 0.6)))).toBe("file-corrupt");
  });
  it("says a file with damaged bytes inside is damaged", async () => {
    const bytes = Buffer.from(await realWorkbook());
    bytes.fill(0x41, 200, 1200);
    expect(await problemOf(bytes)).toBe("file-corrupt");
  });
  it("says a file with a password to open is encrypted", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptionInfo", "utf16le").copy(ole, 1200);
    expect(await problemOf(ole)).toBe("file-encrypted");
  });
  it("says an old .xls must be saved as .xlsx", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("Workbook", "utf16le").copy(ole, 1200);
    expect(await problemOf(ole, "old.xls")).toBe("file-old-xls");
  });
  it("says a folder cannot be read", async () => {
    const { mkdirSync } = await import("fs");
    mkdirSync(join(dir, "folder.xlsx"));
    expect(await problemOf(null, "folder.xlsx")).toBe("file-unreadable");
  });
});
