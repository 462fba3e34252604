import { writeRoundToWorkbook } from "../../src/cli/roundWorkbook";
import { insertCriteriaSheets, setUpRound } from "../../src/commands";
import { allowedPoints, criteriaOf, type Product, type Round } from "../../src/domain";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { ALL_EXCEL_FEATURES } from "../../src/excel/requirements";
import { cellAddress } from "../../src/workbook/cellAddress";
import { catalogWithSynthetic, setOf, SYNTHETIC } from "../domain/testRounds";
import { cellOf } from "../workbook/workbookFixtures";
import { FakeExcel } from "./fakeExcel";

const now = () => new Date("2024-10-15T08:00:00Z");
const catalog = catalogWithSynthetic();
const WITHOUT_COPIES = new Set([...ALL_EXCEL_FEATURES].filter((feature) => feature !== "sheet-copy"));

const product = (id: string, productSet: string, more: Partial<Product> = {}): Product => ({
  id,
  name: `Sản phẩm ${id}`,
  producer: `HTX ${id}`,
  commune: `Xã ${id}`,
  productSet,
  ...more,
});

/**
 * Products on two criteria sets, interleaved, with header lines of every length: a long name and producer,
 * no commune, an empty commune, a name Excel would take for a formula.
 */
const products: Product[] = [
  product("P01", "SYN-01"),
  product("P02", "SYN-02"),
  product("P03", "SYN-01", {
    name: "Mật ong hoa nhãn rừng tự nhiên thu hoạch thủ công đóng chai thủy tinh 500 ml ".repeat(3),
    producer: "Hợp tác xã nông nghiệp dịch vụ tổng hợp và du lịch cộng đồng",
    commune: undefined,
  }),
  product("P04", "SYN-02", { name: "=1+1", producer: undefined, commune: "" }),
  product("P05", "SYN-01", { commune: "" }),
  product("P06", "SYN-02"),
];

function round(scored: Record<string, readonly string[]> = {}): Round {
  const members = Array.from({ length: 7 }, (_, m) => ({ id: `M${m + 1}`, name: `Thành viên ${m + 1}` }));
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  for (const [productId, memberIds] of Object.entries(scored)) {
    const { productSet } = products.find((p) => p.id === productId) as Product;
    const criteria = criteriaOf(setOf(catalog, SYNTHETIC, productSet));
    scores[productId] = Object.fromEntries(
      memberIds.map((memberId, m) => [
        memberId,
        Object.fromEntries(
          criteria.map((c, i) => [c.id, allowedPoints(c)[(m + i) % allowedPoints(c).length]]),
        ),
      ]),
    );
  }
  return {
    criteriaVersion: SYNTHETIC,
    council: { level: "district", name: "Hội đồng thử", date: "2024-10-15" },
    members,
    products,
    scores,
  };
}

/** Runs the same steps on a workbook with and without sheet copies; returns both fakes. */
async function withAndWithoutCopies(
  steps: (port: ExcelWorkbook, excel: FakeExcel) => Promise<void>,
): Promise<{ copied: FakeExcel; drawn: FakeExcel }> {
  const copied = new FakeExcel([]);
  await steps(new ExcelWorkbook(copied.run), copied);
  const drawn = new FakeExcel([]);
  await steps(new ExcelWorkbook(drawn.run, { features: WITHOUT_COPIES }), drawn);
  return { copied, drawn };
}

const operations = (excel: FakeExcel) => excel.syncs.reduce((sum, sync) => sum + sync.operations, 0);

describe("criteria sheets inserted as copies of the first of their criteria set", () => {
  it("leave the workbook exactly as drawing every sheet in full does", async () => {
    const insertOperations = new Map<FakeExcel, number>();
    const { copied, drawn } = await withAndWithoutCopies(async (port, excel) => {
      await setUpRound(port, { catalog, round: round(), now });
      const before = operations(excel);
      expect(await insertCriteriaSheets(port, { catalog, now })).toMatchObject({ kind: "inserted" });
      insertOperations.set(excel, operations(excel) - before);
    });
    // Cells, formulas, number formats, styles, borders, merges, validations, conditional formats, widths,
    // hidden rows and columns, protection, page setup, panes, tab colours, and the order of the sheets.
    expect(copied.sheets).toEqual(drawn.sheets);
    expect(copied.tables).toEqual(drawn.tables);
    expect(copied.sheets.map((sheet) => sheet.name).slice(-6)).toEqual(products.map((p) => `Phiếu ${p.id}`));
    // The copies did happen: two sheets drawn in full, four copied at a fraction of the calls.
    expect(insertOperations.get(copied)).toBeLessThan((insertOperations.get(drawn) as number) * 0.6);
  });

  it("carry each product's own scores and none of the template's", async () => {
    const scored = round({ P01: ["M1", "M2"], P02: ["M7"], P03: ["M3"] });
    const { copied, drawn } = await withAndWithoutCopies(async (port) => {
      await writeRoundToWorkbook(port, scored, { catalog, now });
    });
    expect(copied.sheets).toEqual(drawn.sheets);
  });

  it("keep what members typed when inserted again, and copy the new products' sheets", async () => {
    const more = [...products, product("P07", "SYN-01"), product("P08", "SYN-01")];
    let typed = { sheet: "", cell: "" };
    const { copied, drawn } = await withAndWithoutCopies(async (port, excel) => {
      await setUpRound(port, { catalog, round: round(), now });
      await insertCriteriaSheets(port, { catalog, now });
      const [grid] = await port.readSheets(["Phiếu P05"]);
      const criterion = criteriaOf(setOf(catalog, SYNTHETIC, "SYN-01"))[0];
      const { row, column } = cellOf(grid, `criterion:${criterion.id}`, "member:M2");
      typed = { sheet: grid.name, cell: cellAddress(row, column) };
      excel.put(typed.sheet, typed.cell, { value: allowedPoints(criterion)[1] });
      await setUpRound(port, { catalog, round: { ...round(), products: more }, now });
      await insertCriteriaSheets(port, { catalog, now });
    });
    expect(copied.cell(typed.sheet, typed.cell)?.value).toEqual(expect.any(Number));
    expect(copied.sheets).toEqual(drawn.sheets);
    expect(copied.sheets.map((sheet) => sheet.name).slice(-2)).toEqual(["Phiếu P07", "Phiếu P08"]);
  });
});
