import ExcelJS from "exceljs";
import { productSetLabel, type ProductSetRef } from "../../src/domain";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { fitsInline, MAX_INLINE_LIST_CHARS } from "../../src/workbook/plan/listSource";
import { planProductsSheet } from "../../src/workbook/plan/productsSheet";
import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { XlsxWorkbook } from "../../src/xlsx";
import { FakeExcel } from "../excel/fakeExcel";
import { catalog, roundPlans, sampleRound } from "./workbookFixtures";

/**
 * The 26 product sets of 1048/2019 as the Products sheet offers them, each with its name ("1048-01 Rau,
 * củ…"): far over Excel's 255 characters, with commas inside items.
 */
const version = catalog.version("1048/2019")!;
const namedSets = version.productSets.map(productSetLabel);

// Writing and reading back a real .xlsx takes a few seconds on a busy machine; nothing here is about time.
jest.setTimeout(30_000);

function productsPlan(productSets: readonly ProductSetRef[] = version.productSets): SheetPlan {
  return planProductsSheet({
    name: "Sản phẩm",
    products: sampleRound().products,
    productSets,
    language: "vi",
  });
}

describe("drop-down lists and Excel's 255 characters", () => {
  it("keeps every list a round's sheets write within 255 characters, or refers to cells", () => {
    for (const plan of [...roundPlans(sampleRound()), productsPlan()])
      for (const validation of plan.validations)
        expect([
          plan.name,
          validation.range,
          validation.source !== undefined || fitsInline(validation.list),
        ]).toEqual([plan.name, validation.range, true]);
    expect(namedSets).toHaveLength(26);
    expect(namedSets.join(",").length).toBeGreaterThan(MAX_INLINE_LIST_CHARS);
  });

  it("writes a 26-set list with names down a hidden column and points the drop-down at it", () => {
    const plan = productsPlan();
    const sets = plan.validations.find((validation) => validation.list.length === 26)!;
    expect(sets.source).toMatch(/^\$([A-Z]+)\$2:\$\1\$27$/);
    const column = sets.source!.replace(/^\$([A-Z]+)\$.*$/, "$1").charCodeAt(0) - 65;
    expect(plan.hiddenColumns).toContain(column);
    const cells = plan.blocks[0].rows.slice(1, 27).map((row) => row[column]);
    expect(cells).toEqual(namedSets.map((label) => ({ value: label })));
  });

  it("reads each product's set back as its code from the label the sheet shows", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([productsPlan()]);
    const products = parseWorkbook(await workbook.readSheets(), catalog).round.products;
    expect(products.map((p) => p.productSet)).toEqual(sampleRound().products.map((p) => p.productSet));
  });

  it("gives Excel and the .xlsx file a rule that refers to the list's cells", async () => {
    const plan = productsPlan();
    const source = plan.validations.find((validation) => validation.list.length === 26)!.source!;
    const excel = new FakeExcel([]);
    await new ExcelWorkbook(excel.run).writeSheets([plan]);
    const rules = excel.sheet("Sản phẩm").validations.map((validation) => validation.rule?.list?.source);
    expect(rules).toContain(`=${source}`);
    expect(rules.every((rule) => typeof rule === "string" && rule.length <= MAX_INLINE_LIST_CHARS)).toBe(
      true,
    );

    const file = XlsxWorkbook.empty();
    await file.writeSheets([plan]);
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load((await file.toBuffer()) as unknown as ExcelJS.Buffer);
    const model = (
      raw.getWorksheet("Sản phẩm") as unknown as {
        dataValidations: { model: Record<string, { formulae: string[] }> };
      }
    ).dataValidations.model;
    expect(Object.values(model).map((rule) => rule.formulae[0])).toContain(source);
  });
});
