import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { ALL_EXCEL_FEATURES } from "../../src/excel/requirements";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx";
import { FakeExcel } from "../excel/fakeExcel";
import { describePortContract } from "./portContract";

describePortContract({
  name: "MemoryWorkbook",
  create: () => new MemoryWorkbook(),
  reopen: async (port) => port,
  protection: async (port, sheet, cell) => {
    const memory = port as MemoryWorkbook;
    return { sheet: memory.sheet(sheet)?.protect ?? false, cellOpen: memory.isEditable(sheet, cell) };
  },
  hiddenColumns: async (port, sheet) => [...((port as MemoryWorkbook).sheet(sheet)?.hiddenColumns ?? [])],
});

/**
 * The office-js adapter over the fake host. It reads every cell here: with ExcelApi 1.9 it may leave
 * blank what the parser never reads (partialRead.test.ts), which is its own rule, not the port's.
 */
const hosts = new WeakMap<WorkbookPort, FakeExcel>();
const everyCell = {
  features: new Set([...ALL_EXCEL_FEATURES].filter((feature) => feature !== "partial-read")),
};
describePortContract({
  name: "ExcelWorkbook (office-js over the fake host)",
  create: () => {
    const excel = new FakeExcel([]);
    const port = new ExcelWorkbook(excel.run, everyCell);
    hosts.set(port, excel);
    return port;
  },
  reopen: async (port) => port,
  protection: async (port, sheet, cell) => {
    const fake = hosts.get(port)!.sheet(sheet);
    return { sheet: fake.protected, cellOpen: fake.styles.get(cell)?.locked === false };
  },
  hiddenColumns: async (port, sheet) => [...hosts.get(port)!.sheet(sheet).hiddenColumns],
});

async function rawSheet(port: WorkbookPort, sheet: string): Promise<ExcelJS.Worksheet> {
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.load((await (port as XlsxWorkbook).toBuffer()) as unknown as ExcelJS.Buffer);
  const found = raw.getWorksheet(sheet);
  if (!found) throw new Error(`no sheet ${sheet} in the saved file`);
  return found;
}

describePortContract({
  name: "XlsxWorkbook (exceljs, saved and opened again)",
  create: () => XlsxWorkbook.empty(),
  reopen: async (port) => XlsxWorkbook.fromBuffer(await (port as XlsxWorkbook).toBuffer()),
  protection: async (port, sheet, cell) => {
    const raw = await rawSheet(port, sheet);
    const protection = (raw as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    return { sheet: protection?.sheet === true, cellOpen: raw.getCell(cell).protection?.locked === false };
  },
  hiddenColumns: async (port, sheet) => {
    const raw = await rawSheet(port, sheet);
    return Array.from({ length: raw.columnCount }, (_, i) => i).filter((i) => raw.getColumn(i + 1).hidden);
  },
});
