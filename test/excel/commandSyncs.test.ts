import { writeRoundToWorkbook } from "../../src/cli/roundWorkbook";
import { computeResults, validateRound } from "../../src/commands";
import { insertCriteriaSheets } from "../../src/commands/insertCriteriaSheets";
import { setUpRound } from "../../src/commands/setUpRound";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { DEFAULT_PAYLOAD_BUDGET_BYTES } from "../../src/excel/payload";
import { FakeExcel } from "./fakeExcel";
import { syntheticRound } from "./syntheticRound";

const now = () => new Date("2024-10-15T08:00:00Z");

interface VerbSyncs {
  readonly setUp: number;
  readonly insert: number;
  /** Cell-array bytes of the insert's largest sync. */
  readonly insertMaxBytes: number;
}

/** Syncs each user verb costs in Excel, on a round of `products` products set up through the real commands. */
async function syncsOfVerbs(products: number, payloadBudgetBytes?: number): Promise<VerbSyncs> {
  const catalog = shippedCatalog();
  const excel = new FakeExcel();
  const port = new ExcelWorkbook(excel.run, { payloadBudgetBytes });
  await setUpRound(port, { catalog, round: syntheticRound(catalog, products), now });
  const setUp = excel.syncs.length;
  const outcome = await insertCriteriaSheets(port, { catalog, now });
  expect(outcome.kind).toBe("inserted");
  const insertSyncs = excel.syncs.slice(setUp);
  return {
    setUp,
    insert: insertSyncs.length,
    insertMaxBytes: Math.max(...insertSyncs.map((sync) => sync.writeBytes)),
  };
}

describe("user verbs in Excel", () => {
  it("set up a round and insert criteria sheets with as many syncs for 300 products as for 3", async () => {
    // A budget no round reaches: what is left are the syncs the verbs need whatever the bytes.
    const small = await syncsOfVerbs(3, Number.MAX_SAFE_INTEGER);
    const large = await syncsOfVerbs(300, Number.MAX_SAFE_INTEGER);
    const counts = ({ setUp, insert }: VerbSyncs) => ({ setUp, insert });
    expect(counts(large)).toEqual(counts(small));
    expect(small.insert).toBeLessThanOrEqual(5);
  }, 120_000);

  it("insert criteria sheets for 300 products in as many syncs as for 3 under Excel on the web's limit", async () => {
    // The adapter's default budget: 300 criteria sheets drawn in full would pass it several times over;
    // copies of the first sheet of each criteria set keep the insert in one write.
    const small = await syncsOfVerbs(3);
    const large = await syncsOfVerbs(300);
    expect(large.insert).toBe(small.insert);
    expect(large.insertMaxBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET_BYTES);
  }, 120_000);
});

/** Syncs of validate and compute on a scored round, with the default budget, and the largest sync's bytes. */
async function syncsOfChecks(
  products: number,
): Promise<{ validate: number; compute: number; maxBytes: number }> {
  const catalog = shippedCatalog();
  const excel = new FakeExcel();
  const port = new ExcelWorkbook(excel.run);
  await writeRoundToWorkbook(port, syntheticRound(catalog, products, 9), { catalog, now });
  let before = excel.syncs.length;
  const validated = await validateRound(port, { catalog, now });
  expect(validated.kind).toBe("validated");
  const validate = excel.syncs.length - before;
  before = excel.syncs.length;
  const computed = await computeResults(port, { catalog, now });
  expect(computed.kind).toBe("computed");
  const checks = excel.syncs.slice(before - validate);
  return {
    validate,
    compute: excel.syncs.length - before,
    maxBytes: Math.max(...checks.map((sync) => Math.max(sync.readBytes, sync.writeBytes))),
  };
}

describe("validate and compute in Excel", () => {
  it("take as many syncs for 300 products of 9 members as for 3, no sync over the default budget", async () => {
    const small = await syncsOfChecks(3);
    const large = await syncsOfChecks(300);
    expect({ validate: large.validate, compute: large.compute }).toEqual({
      validate: small.validate,
      compute: small.compute,
    });
    // A read of 3 syncs (the adapter wrote the round, so it lists the sheets and outlines them in one
    // sync) and a write of 2.
    expect(small.validate).toBe(5);
    expect(small.compute).toBe(5);
    expect(large.maxBytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET_BYTES);
    // 300 products read every criteria cell the parser needs: well over a budget's worth without the partial read.
    expect(large.maxBytes).toBeGreaterThan(1_000_000);
  }, 300_000);
});
