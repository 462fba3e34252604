import { buildNextLevelRound, WorkbookSession } from "../../src/commands";
import { forwardRefusalText } from "../../src/i18n/chainText";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { ExcelJsWorkbook } from "../../src/xlsx/exceljsWorkbook";
import { scoreAddress, sheetWithKey } from "../commands/commandFixtures";
import { chainCatalog, resultWorkbook, round26, SET26, tableRecords } from "./chainFixtures";

const catalog = chainCatalog();
const province = () =>
  round26("province", "Hội đồng tỉnh Lào Cai", [
    { id: "P01", name: "Chè Shan tuyết", producer: "HTX Tả Phìn", productSet: SET26, points: [100, 90] },
    { id: "P02", name: "Gạo Séng Cù", producer: "HTX Mường Vi", productSet: SET26, points: [50, 100] },
  ]);

describe('the pane\'s "Tạo đợt cấp trên" over the open workbook', () => {
  test("a computed province workbook gives a new central workbook holding its products of 90 and up", async () => {
    const open = await resultWorkbook(province(), catalog);
    const target = new ExcelJsWorkbook(ExcelJsWorkbook.newWorkbook());
    const outcome = await buildNextLevelRound(open, target, { catalog, file: "lao-cai.xlsx" });
    expect(outcome.kind).toBe("planned");
    const session = await WorkbookSession.open(target, catalog);
    expect(session.reading.round.council.level).toBe("national");
    expect(session.reading.round.products.map((p) => p.name)).toEqual(["Chè Shan tuyết"]);
    const grid = (await target.readSheets()).find((g) => g.values[0]?.[0] === "ocop:products");
    expect(grid && tableRecords(grid)[0]["ref-score"]).toBe(95);
    expect((await target.toBytes()).byteLength).toBeGreaterThan(0);
  });

  test("an open workbook whose result is stale is refused and nothing is written", async () => {
    const open = await resultWorkbook(province(), catalog);
    const { sheet, cell } = await scoreAddress(open, "P01", "M1", "A.1.1");
    open.setCell(sheet, cell, 70);
    const target = new MemoryWorkbook();
    const outcome = await buildNextLevelRound(open, target, { catalog, file: "lao-cai.xlsx" });
    if (outcome.kind !== "refused") throw new Error("not refused");
    expect(forwardRefusalText(outcome.refusals[0], "en")).toMatch(/^lao-cai\.xlsx: the result is stale/);
    expect(target.sheetNames()).toEqual([]);
    await expect(sheetWithKey(open, "result")).resolves.toBeDefined();
  });
});
