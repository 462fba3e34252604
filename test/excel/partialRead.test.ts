import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { ALL_EXCEL_FEATURES } from "../../src/excel/requirements";
import { parseWorkbook, type WorkbookReading } from "../../src/workbook/parse/parseWorkbook";
import type { SheetGrid } from "../../src/workbook/port";
import { badInputCases, placeOf, type Place } from "../reliability/badInputs";
import { editable, showError, typeFormula, typeValue, type Grids } from "../reliability/gridEdits";
import { validMemoryRound } from "../reliability/validRound";
import { a1, FakeExcel, type FakeCell } from "./fakeExcel";

const catalog = shippedCatalog();
let base: readonly SheetGrid[];
let place: Place;

/** Puts grids into a fake Excel cell by cell, as a user's workbook would hold them. */
function excelHolding(grids: readonly SheetGrid[]): FakeExcel {
  const excel = new FakeExcel([]);
  for (const grid of grids) {
    const sheet = excel.addSheet(grid.name);
    sheet.visibility = grid.visible ? "Visible" : "Hidden";
    grid.values.forEach((line, row) =>
      line.forEach((_, column) => {
        const address = a1(row, column);
        const value = grid.values[row]?.[column] ?? null;
        const formula = grid.formulas[row]?.[column] ?? null;
        const error = grid.errors?.[address];
        let cell: FakeCell | undefined;
        if (error !== undefined) cell = { value: error, error, ...(formula ? { formula } : {}) };
        else if (formula !== null) cell = { value: value ?? 0, formula };
        else if (value !== null && value !== "") cell = { value };
        if (cell) sheet.cells.set(address, cell);
      }),
    );
  }
  return excel;
}

/** What the parser makes of a workbook: the round, the issues with their cells, the layout. */
function meaning(reading: WorkbookReading): unknown {
  const { round, issues, layout, language, criteriaSets } = reading;
  return { round, issues, layout, language, criteriaSets };
}

async function readThroughExcel(grids: readonly SheetGrid[], partial = true): Promise<unknown> {
  const features = partial
    ? ALL_EXCEL_FEATURES
    : new Set([...ALL_EXCEL_FEATURES].filter((feature) => feature !== "partial-read"));
  const excel = excelHolding(grids);
  return meaning(parseWorkbook(await new ExcelWorkbook(excel.run, { features }).readSheets(), catalog));
}

function expectSameReading(grids: readonly SheetGrid[]): Promise<void> {
  return readThroughExcel(grids).then((read) => expect(read).toEqual(meaning(parseWorkbook(grids, catalog))));
}

beforeAll(async () => {
  base = (await validMemoryRound(catalog)).grids;
  place = placeOf(base, catalog);
});

describe("the partial read of criteria sheets (ExcelApi 1.9)", () => {
  it("reads a clean round as a full read does", async () => {
    await expectSameReading(base);
  });

  it("reads a formula typed in a score cell, with its text", async () => {
    const grids: Grids = editable(base);
    typeFormula(grids, place.sheet, place.entry("A.1.1"), "=G12+1", 3);
    const reading = meaning(parseWorkbook(grids, catalog)) as WorkbookReading;
    expect(reading.issues.some((found) => found.code === "score-formula" && found.value === "=G12+1")).toBe(
      true,
    );
    await expectSameReading(grids);
  });

  it("reads an error value in a score cell and one typed over a total formula", async () => {
    const grids: Grids = editable(base);
    showError(grids, place.sheet, place.entry("A.1.1"), "#N/A");
    const total = place.layout.criteria.P01?.totalRow ?? 0;
    showError(grids, place.sheet, `${place.headerCell("M2").replace(/\d+$/, "")}${total + 1}`, "#DIV/0!");
    await expectSameReading(grids);
  });

  it("reads a user's own sheet, wide and tall, only as far as the marker search", async () => {
    const grids: Grids = editable(base);
    grids.push({ name: "Ghi chú", visible: true, values: [], formulas: [], errors: {} });
    for (let row = 0; row < 400; row += 1) typeValue(grids, "Ghi chú", a1(row, 30), `Ghi chú dòng ${row}`);
    typeValue(grids, "Ghi chú", "B2", "ocop là gì");
    await expectSameReading(grids);
    const excel = excelHolding(grids);
    await new ExcelWorkbook(excel.run).readSheets(["Ghi chú"]);
    expect(excel.maxReadBytesPerSync).toBeLessThan(1000);
  });

  it("reads every edit of the reliability catalogue as a full read does", async () => {
    const cases = badInputCases.filter((testCase) => "grids" in testCase.make);
    expect(cases.length).toBeGreaterThan(20);
    for (const testCase of cases) {
      if (!("grids" in testCase.make)) continue;
      const built = await testCase.make.grids(editable(base), place);
      const full = meaning(parseWorkbook(built, catalog));
      await expect(readThroughExcel(built)).resolves.toEqual(full);
    }
  }, 120_000);

  it("falls back to reading every cell on a host without it", async () => {
    const grids: Grids = editable(base);
    typeFormula(grids, place.sheet, place.entry("A.1.2"), "=1+2", 3);
    expect(await readThroughExcel(grids, false)).toEqual(meaning(parseWorkbook(grids, catalog)));
  });
});
