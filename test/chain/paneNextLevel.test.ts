import { bindCommands } from "../../src/taskpane/commandBinding/bindCommands";
import { XlsxWorkbook } from "../../src/xlsx";
import { chainCatalog, resultWorkbook, round26, SET26 } from "./chainFixtures";

const catalog = chainCatalog();
// Building and reading back an .xlsx in memory takes seconds on a busy machine; nothing here is about time.
jest.setTimeout(30_000);

describe("the pane's next-level round over the workbook port", () => {
  test("a computed province workbook gives the bytes of a central workbook holding its products of 90 and up", async () => {
    const open = await resultWorkbook(
      round26("province", "Hội đồng tỉnh Lào Cai", [
        { id: "P01", name: "Chè Shan tuyết", producer: "HTX Tả Phìn", productSet: SET26, points: [100, 90] },
        { id: "P02", name: "Gạo Séng Cù", producer: "HTX Mường Vi", productSet: SET26, points: [50, 100] },
      ]),
      catalog,
    );
    const made = await bindCommands(open, catalog).nextLevelRound?.("vi");
    if (made?.kind !== "built") throw new Error(JSON.stringify(made));
    expect(made.products).toBe(1);
    expect(made.fileName).toMatch(/^OCOP-cấp-trung-ương-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const next = await XlsxWorkbook.fromBuffer(made.bytes);
    const products = (await next.readSheets()).find((g) => g.values[0]?.[0] === "ocop:products");
    expect(products?.values.flat()).toContain("Chè Shan tuyết");
    expect(products?.values.flat()).not.toContain("Gạo Séng Cù");
  });
});
