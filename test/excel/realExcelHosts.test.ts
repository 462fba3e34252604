/**
 * What real Excel hosts do that a plain fake would not: the list separator of Windows regional settings,
 * Excel 2019's requirement sets, password-protected sheets, tables already there, and Excel's own errors.
 */
import {
  computeResults,
  exportMemberCopy,
  importMemberCopies,
  insertCriteriaSheets,
  setUpRound,
  validateRound,
} from "../../src/commands";
import { ExcelHostError } from "../../src/excel/excelHostError";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { checkRequirements } from "../../src/excel/requirements";
import { describeFailure } from "../../src/i18n/hostErrors";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { typeScores } from "../commands/commandFixtures";
import { samplePlan } from "../xlsx/samplePlan";
import { catalog, sampleRound } from "../workbook/workbookFixtures";
import { FakeExcel, type FakeHost } from "./fakeExcel";

const now = () => new Date("2024-10-15T08:00:00Z");

/** A fake Excel of this kind, and the adapter as the pane builds it there (features from the host's sets). */
function excelOf(host: FakeHost): { excel: FakeExcel; port: ExcelWorkbook } {
  const excel = new FakeExcel(["Sheet1"], host);
  const { features } = checkRequirements(excel.isSetSupported);
  return { excel, port: new ExcelWorkbook(excel.run, { features, retryDelayMs: 0 }) };
}

async function roundSetUp(port: ExcelWorkbook): Promise<void> {
  await setUpRound(port, { catalog, round: sampleRound(), now });
  expect((await insertCriteriaSheets(port, { catalog, now })).kind).toBe("inserted");
}

describe("Excel under Vietnamese regional settings (list separator ';')", () => {
  it("validates and computes a round with criteria sheets, reading no multi-area address", async () => {
    const { port } = excelOf({ listSeparator: ";" });
    await roundSetUp(port);
    const validated = await validateRound(port, { catalog, now });
    expect(validated.kind).toBe("validated");
    const computed = await computeResults(port, { catalog, now });
    expect(computed.kind).toBe("computed");
  });
});

describe("Excel 2019 and volume-licensed Office (ExcelApi 1.8, no SharedRuntime)", () => {
  const excel2019: FakeHost = { excelApi: "1.8", sharedRuntime: false, listSeparator: ";" };

  it("sets up, inserts, validates and computes a round with the requirement sets it has", async () => {
    const { excel, port } = excelOf(excel2019);
    await roundSetUp(port);
    expect((await validateRound(port, { catalog, now })).kind).toBe("validated");
    const computed = await computeResults(port, { catalog, now });
    expect(computed.kind).toBe("computed");
    // The drop-downs (ExcelApi 1.8) are there; the print layout (1.9) is the one comfort missing.
    const criteria = excel.sheets.find((sheet) => sheet.validations.length > 0);
    expect(criteria).toBeDefined();
    expect(excel.sheets.every((sheet) => sheet.page.paperSize === undefined)).toBe(true);
  });

  it("exports a member's copy there and imports it back with the member's scores", async () => {
    const { port } = excelOf(excel2019);
    await roundSetUp(port);
    const copy = await exportMemberCopy(port, { catalog, now, member: "M1" });
    if (copy.kind !== "exported") throw new Error(`not exported: ${copy.kind}`);
    const file = new MemoryWorkbook();
    await file.writeSheets(copy.plans);
    await typeScores(file, { P01: { M1: sampleRound().scores.P01.M1 } });
    const imported = await importMemberCopies(port, {
      catalog,
      now,
      copies: [{ name: "M1.xlsx", port: file }],
    });
    expect(imported).toMatchObject({ kind: "imported", issues: [] });
    const reading = parseWorkbook(await port.readSheets(), catalog);
    expect(reading.round.scores.P01?.M1).toEqual(sampleRound().scores.P01.M1);
  });
});

describe("Excel's own refusals", () => {
  it("says in the user's language to leave the cell being edited, and does not retry behind their back", async () => {
    const { excel, port } = excelOf({});
    await roundSetUp(port);
    excel.editingCell = true;
    const batches = excel.batches;
    const failure = await validateRound(port, { catalog, now }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect(excel.batches - batches).toBe(1);
    expect(describeFailure(failure, "vi")).toContain(
      "Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại",
    );
    expect(describeFailure(failure, "en")).toContain("Press Enter or Esc");
  });

  it("retries once a request a co-author's edit refused, and succeeds", async () => {
    const { excel, port } = excelOf({});
    await roundSetUp(port);
    excel.refusals.push("Conflict");
    const batches = excel.batches;
    expect((await validateRound(port, { catalog, now })).kind).toBe("validated");
    // validate is a read and a write: the read ran twice, the write once.
    expect(excel.batches - batches).toBe(3);
  });

  it("retries only once, then names the problem", async () => {
    const { excel, port } = excelOf({});
    excel.refusals.push("GeneralException", "GeneralException", "GeneralException");
    const failure = await port.readSheets().catch((error: unknown) => error);
    expect(failure).toMatchObject({ problem: "busy" });
    expect(excel.refusals).toHaveLength(1);
    expect(describeFailure(failure, "vi")).toMatch(/^Excel đang bận/);
  });

  it("writes in smaller syncs after Excel on the web refused a request as too large", async () => {
    const unlimited = new FakeExcel(["Sheet1"]);
    await roundSetUp(new ExcelWorkbook(unlimited.run, { payloadBudgetBytes: 60_000 }));
    expect(unlimited.maxWriteBytesPerSync).toBeGreaterThan(30_000);
    const excel = new FakeExcel(["Sheet1"], { maxRequestBytes: 30_000 });
    const port = new ExcelWorkbook(excel.run, { payloadBudgetBytes: 60_000, retryDelayMs: 0 });
    await roundSetUp(port);
    expect(excel.maxWriteBytesPerSync).toBeLessThanOrEqual(30_000);
    expect(excel.batches).toBeGreaterThan(unlimited.batches);
  });

  it("names a read-only workbook and what to do instead of Excel's English", async () => {
    const { excel, port } = excelOf({});
    excel.refusals.push("AccessDenied");
    const failure = await setUpRound(port, { catalog, round: sampleRound(), now }).catch((e: unknown) => e);
    expect(describeFailure(failure, "vi")).toContain("chỉ đọc");
    expect(describeFailure(failure, "en")).toContain("read-only");
  });
});

describe("a sheet a user protected with a password", () => {
  it("names the sheet, says what to do, and writes nothing", async () => {
    const { excel, port } = excelOf({});
    await roundSetUp(port);
    expect((await computeResults(port, { catalog, now })).kind).toBe("computed");
    const result = excel.sheets.find((sheet) => sheet.protected && sheet.name.startsWith("Kết quả"));
    expect(result).toBeDefined();
    result!.password = "hoidong";
    const before = JSON.stringify(excel.sheets, (_key, value) =>
      value instanceof Map || value instanceof Set ? [...value] : value,
    );
    const failure = await computeResults(port, { catalog, now }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ problem: "sheet-password-protected", sheet: result!.name });
    expect(describeFailure(failure, "vi")).toContain(`Trang '${result!.name}'`);
    expect(describeFailure(failure, "vi")).toContain("Bỏ bảo vệ trang tính");
    expect(describeFailure(failure, "en")).toContain("Unprotect Sheet");
    const after = JSON.stringify(excel.sheets, (_key, value) =>
      value instanceof Map || value instanceof Set ? [...value] : value,
    );
    expect(after).toBe(before);
  });
});

describe("a setup sheet drawn again", () => {
  it("stretches its table over a longer list instead of leaving rows outside it", async () => {
    const round = sampleRound();
    const longer = {
      ...round,
      products: [
        ...round.products,
        ...["P04", "P05", "P06"].map((id) => ({ ...round.products[1], id, name: `Sản phẩm ${id}` })),
      ],
    };
    const { excel, port } = excelOf({});
    await setUpRound(port, { catalog, round, now });
    await setUpRound(port, { catalog, round: longer, now });
    const fresh = excelOf({});
    await setUpRound(fresh.port, { catalog, round: longer, now });
    const tables = (of: FakeExcel) => of.tables.map(({ name, sheet, address }) => ({ name, sheet, address }));
    expect(tables(excel)).toEqual(tables(fresh.excel));
  });
});

describe("a protected sheet and a busy Excel", () => {
  it("is not blamed when a busy Excel refuses the write's first request: the write is tried again", async () => {
    const excel = new FakeExcel([]);
    const port = new ExcelWorkbook(excel.run, { retryDelayMs: 0 });
    await port.writeSheets([samplePlan()]);
    expect(excel.sheet(samplePlan().name).protected).toBe(true);
    // The sheet list goes through; the first write request (unprotect first) is refused once.
    excel.refusals.push(null, "GeneralException");
    await expect(port.writeSheets([samplePlan()])).resolves.toBeUndefined();
    expect(excel.sheet(samplePlan().name).protected).toBe(true);
  });
});
