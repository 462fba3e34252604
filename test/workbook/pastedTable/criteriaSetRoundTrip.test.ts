import { buildCatalog } from "../../../src/domain";
import { shippedDocuments } from "../../../src/criteria/shippedDocuments";
import { parseWorkbook } from "../../../src/workbook/parse/parseWorkbook";
import { readPastedTable } from "../../../src/workbook/parse/pastedTable/readPastedTable";
import { planCriteriaSetSheet } from "../../../src/workbook/plan/criteriaSetSheet";
import { gridsOf } from "../workbookFixtures";
import {
  comparable,
  comparableDocument,
  fixtureJson,
  renderTwoColumnTable,
  version2026,
} from "./pastedFixtures";

describe("an imported 26/2026 set written to a Bộ tiêu chí sheet (as member copies and 'from shipped' do)", () => {
  it("reads back with its star marks, the decision's numbering, notes and options-not-printed", async () => {
    const doc = fixtureJson("26-2026/26-01-rau-cu-qua-hat-tuoi.json");
    const version = version2026();
    const reading = readPastedTable(
      { rows: renderTwoColumnTable(doc) },
      { version, code: "26-01", source: "test" },
    );
    if (reading.kind !== "ok") throw new Error(JSON.stringify(reading.issues));
    const grids = await gridsOf([
      planCriteriaSetSheet({ name: "Bộ tiêu chí", set: reading.set, language: "vi" }),
    ]);
    const { catalog } = buildCatalog([
      ...shippedDocuments(),
      { name: "26-2026/version.json", doc: { format: "ocop-version/1", ...version } },
    ]);
    const back = parseWorkbook(grids, catalog);
    expect(back.issues.filter((found) => found.sheet === "Bộ tiêu chí")).toEqual([]);
    expect(comparable(back.criteriaSets[0])).toEqual(comparableDocument(doc));
  });
});
