import {
  exportMemberCopy,
  insertCriteriaSheets,
  setUpRound,
  validateRound,
  writeCriteriaSetSheet,
} from "../../src/commands";
import type { Catalog, CriteriaVersion } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { tsvRows } from "../../src/workbook/parse/pastedTable/readPastedTable";
import { CRITERIA_SET_HEADER_ROW } from "../../src/workbook/plan/criteriaSetSheet";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { fixtureJson, pastedTsv, pointsById } from "../workbook/pastedTable/pastedFixtures";
import { catalog, sampleRound } from "./commandFixtures";

const SHEET = "Bộ tiêu chí 1048-04";
const honey = {
  ...sampleRound(),
  criteriaVersion: "1048/2019",
  products: [{ id: "H1", name: "Mật ong bạc hà", productSet: "1048-04" }],
};

/** "Thêm bộ tiêu chí" for 1048-04 (which does not ship), then the decision's table pasted under it. */
async function pastedWorkbook(fixPrintedTotal: boolean): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  const version = catalog.version("1048/2019") as CriteriaVersion;
  const ref = version.productSets.find((p) => p.code === "1048-04")!;
  await writeCriteriaSetSheet(workbook, {
    catalog,
    set: { version: version.id, decision: version.decision, productSet: ref, source: "test" },
  });
  const rows = tsvRows(pastedTsv("1048-04"));
  if (fixPrintedTotal) rows[159][2] = "2 điểm";
  // Pasted at the first cell of the table, as a secretary would (column B: A holds the hidden ids).
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== "") workbook.setCell(SHEET, cellAddress(CRITERIA_SET_HEADER_ROW + 1 + r, 1 + c), value);
    }),
  );
  await setUpRound(workbook, { catalog, round: honey });
  return workbook;
}

const read = async (workbook: MemoryWorkbook, using: Catalog = catalog) =>
  parseWorkbook(await workbook.readSheets(), using);

describe("a decision's table pasted into the Bộ tiêu chí sheet", () => {
  it("is read as the decision prints it and gives the product its criteria sheet", async () => {
    const workbook = await pastedWorkbook(true);
    const reading = await read(workbook);
    expect(reading.issues.filter((found) => found.sheet === SHEET)).toEqual([]);
    expect(pointsById(reading.criteriaSets[0].parts)).toEqual(
      pointsById(fixtureJson("1048-04.expected.json").parts),
    );
    const outcome = await insertCriteriaSheets(workbook, { catalog });
    expect(outcome).toMatchObject({ kind: "inserted", skipped: [], sheets: [{ product: "H1" }] });
    const inserted = await read(workbook);
    expect(inserted.issues).toEqual([]);
    expect(Object.keys(inserted.layout.criteria.H1.criterionRows)).toHaveLength(31);
  });

  it("survives a member's copy: the copy carries the set and reads on its own", async () => {
    const workbook = await pastedWorkbook(true);
    await insertCriteriaSheets(workbook, { catalog });
    const outcome = await exportMemberCopy(workbook, { catalog, member: honey.members[0].id });
    if (outcome.kind !== "exported") throw new Error(outcome.kind);
    const copy = new MemoryWorkbook();
    await copy.writeSheets(outcome.plans);
    const reading = await read(copy);
    expect(reading.issues).toEqual([]);
    expect(pointsById(reading.criteriaSets[0].parts)).toEqual(
      pointsById(fixtureJson("1048-04.expected.json").parts),
    );
  });

  it("a refused paste names the sheet and cell, scores nothing, and validating changes no other cell", async () => {
    const workbook = await pastedWorkbook(false);
    const before = await workbook.readSheets();
    const outcome = await validateRound(workbook, { catalog });
    expect(outcome).toMatchObject({ kind: "validated" });
    const issues = outcome.kind === "validated" ? outcome.issues : [];
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "pasted-criterion-total", sheet: SHEET, detail: "9.1" }),
    );
    const after = await workbook.readSheets();
    for (const grid of before) expect(after.find((g) => g.name === grid.name)?.values).toEqual(grid.values);
    expect((await read(workbook)).criteriaSets).toEqual([]);
  });
});
