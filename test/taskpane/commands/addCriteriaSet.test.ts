import { shippedCatalog } from "../../../src/criteria/shippedCatalog";
import { bindCommands } from "../../../src/taskpane/commands/bindCommands";
import { cellAddress } from "../../../src/workbook/cellAddress";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { tsvRows } from "../../../src/workbook/parse/pastedTable/readPastedTable";
import { CRITERIA_SET_HEADER_ROW } from "../../../src/workbook/plan/criteriaSetSheet";
import { pastedTsv } from "../../workbook/pastedTable/pastedFixtures";

jest.setTimeout(30_000);

describe("the pane's Thêm bộ tiêu chí", () => {
  it("adds the sheet a secretary pastes the decision's table into; the product then gets its criteria sheet", async () => {
    const workbook = new MemoryWorkbook();
    const commands = bindCommands(workbook, shippedCatalog());
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
    expect(added).toEqual({ sheet: "Bộ tiêu chí 1048-04", prefilled: "blank", gaps: [] });

    const rows = tsvRows(pastedTsv("1048-04"));
    rows[159][2] = "2 điểm"; // the decision's misprinted total of 9.1, corrected by the secretary
    rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== "")
          workbook.setCell(added.sheet, cellAddress(CRITERIA_SET_HEADER_ROW + 1 + r, 1 + c), value);
      }),
    );
    expect(await commands.insertCriteriaSheets("vi")).toMatchObject({ sheets: 1, missingSets: [] });
    const { issues } = await commands.validate("vi");
    // Only "no member has scored yet" remains: nothing about the set or its sheet.
    expect(issues.map((i) => i.code)).toEqual(["too-few-members"]);
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
    expect(added.prefilled).toBe("shipped");
    expect(workbook.sheetNames()).toEqual(["Bộ tiêu chí 1048-01"]);
  });
});
