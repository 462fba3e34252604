import { shippedCatalog } from "../../../src/criteria/shippedCatalog";
import { shippedDocuments } from "../../../src/criteria/shippedDocuments";
import { buildCatalog } from "../../../src/domain";
import { bindCommands } from "../../../src/taskpane/commandBinding/bindCommands";
import { cellAddress } from "../../../src/workbook/cellAddress";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { tsvRows } from "../../../src/workbook/parse/pastedTable/readPastedTable";
import { CRITERIA_SET_HEADER_ROW } from "../../../src/workbook/plan/criteriaSetSheet";
import { pastedTsv } from "../../workbook/pastedTable/pastedFixtures";

jest.setTimeout(30_000);

/** The shipped catalog as a council has it before honey (1048-04) ships: the set is brought in by pasting. */
function catalogWithoutHoney() {
  const documents = shippedDocuments().filter((d) => !d.name.startsWith("1048-2019/mat-ong"));
  return buildCatalog(documents).catalog;
}

describe("the pane's Thêm bộ tiêu chí", () => {
  it("adds the sheet a secretary pastes the decision's table into; the product then gets its criteria sheet", async () => {
    const workbook = new MemoryWorkbook();
    const commands = bindCommands(workbook, catalogWithoutHoney());
    await commands.setUpRound({
      criteriaVersion: "1048/2019",
      council: { level: "district", name: "Hội đồng huyện Chợ Mới" },
      products: { mode: "replace", rows: [{ name: "Mật ong bạc hà", productSet: "1048-04" }] },
      members: [{ name: "Nguyễn Văn A" }],
      language: "vi",
    });
    expect(await commands.insertCriteriaSheets("vi")).toMatchObject({ sheets: 0, missingSets: ["1048-04"] });

    const added = await commands.addCriteriaSetSheet({
      criteriaVersion: "1048/2019",
      productSet: "1048-04",
      fromShipped: false,
      language: "vi",
    });
    expect(added).toEqual({ kind: "written", sheet: "Bộ tiêu chí 1048-04", prefilled: "blank", gaps: [] });
    if (added.kind !== "written") throw new Error("the sheet was written");

    const rows = tsvRows(pastedTsv("1048-04"));
    rows[159][2] = "2 điểm"; // the decision's misprinted total of 9.1, corrected by the secretary
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== "")
          workbook.setCell(added.sheet, cellAddress(CRITERIA_SET_HEADER_ROW + 1 + r, 1 + c), value);
      }),
    );
    expect(await commands.insertCriteriaSheets("vi")).toMatchObject({ sheets: 1, missingSets: [] });
    const report = await commands.validate();
    // Nothing about the set or its sheet; that no member has scored yet is progress, not an issue.
    expect(report.issues.map((i) => i.code)).toEqual([]);
    expect(report.notStarted).toBeGreaterThan(0);
  });

  it("pre-fills the sheet from a shipped set when asked", async () => {
    const workbook = new MemoryWorkbook();
    const commands = bindCommands(workbook, shippedCatalog());
    const added = await commands.addCriteriaSetSheet({
      criteriaVersion: "1048/2019",
      productSet: "1048-01",
      fromShipped: true,
      language: "vi",
    });
    expect(added).toMatchObject({ kind: "written", prefilled: "shipped" });
    expect(workbook.sheetNames()).toEqual(["Bộ tiêu chí 1048-01"]);
  });
});
