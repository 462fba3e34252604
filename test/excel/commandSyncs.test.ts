import { insertCriteriaSheets } from "../../src/commands/insertCriteriaSheets";
import { setUpRound } from "../../src/commands/setUpRound";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { FakeExcel } from "./fakeExcel";
import { syntheticRound } from "./syntheticRound";

const now = () => new Date("2024-10-15T08:00:00Z");

/** Syncs each user verb costs in Excel, on a round of `products` products set up through the real commands. */
async function syncsOfVerbs(products: number): Promise<{ setUp: number; insert: number }> {
  const catalog = shippedCatalog();
  const excel = new FakeExcel();
  // A budget no round reaches: what is left are the syncs the verbs need whatever the bytes (on Excel on
  // the web the 5 MB request limit adds syncs by bytes; the adapter's tests check that split).
  const port = new ExcelWorkbook(excel.run, { payloadBudgetBytes: Number.MAX_SAFE_INTEGER });
  await setUpRound(port, { catalog, round: syntheticRound(catalog, products), now });
  const setUp = excel.syncs.length;
  const outcome = await insertCriteriaSheets(port, { catalog, now });
  expect(outcome.kind).toBe("inserted");
  return { setUp, insert: excel.syncs.length - setUp };
}

describe("user verbs in Excel", () => {
  it("set up a round and insert criteria sheets with as many syncs for 300 products as for 3", async () => {
    const small = await syncsOfVerbs(3);
    const large = await syncsOfVerbs(300);
    expect(large).toEqual(small);
    expect(small.insert).toBeLessThanOrEqual(5);
  }, 120_000);
});
