import ExcelJS from "exceljs";
import { shippedCatalog } from "../../../src/criteria/shippedCatalog";
import { allowedPoints, criteriaOf } from "../../../src/domain";
import { bindCommands } from "../../../src/taskpane/commandBinding/bindCommands";
import type { ExportCopyOutcome, MemberCopy } from "../../../src/taskpane/commandBinding/paneCommands";
import { BrowserXlsxWorkbook } from "../../../src/taskpane/copies/browserXlsxWorkbook";
import { copyFileName } from "../../../src/taskpane/copies/copyFileName";
import { sampleWorkbook } from "../../../src/taskpane/host/sampleWorkbook";

// Writing and reading .xlsx files with exceljs takes seconds on a busy machine.
jest.setTimeout(30_000);

const catalog = shippedCatalog();
const set = catalog.criteriaSet("1048/2019", "1048-01");
if (!set) throw new Error("1048-01 ships with the add-in");
const first = criteriaOf(set)[0];

async function round() {
  const workbook = sampleWorkbook();
  const commands = bindCommands(workbook, catalog);
  await commands.setUpRound({
    criteriaVersion: "1048/2019",
    council: { level: "district", name: "Hội đồng huyện" },
    products: "sheet",
    members: [{ name: "Nguyễn Văn An" }, { name: "Trần Thị Bình" }],
    language: "vi",
  });
  await commands.insertCriteriaSheets("vi");
  return { workbook, commands };
}

describe("members' copies", () => {
  it("names a copy after its member in plain letters", () => {
    expect(copyFileName("M2", "Trần Thị Bình")).toBe("OCOP-M2-Tran Thi Binh.xlsx");
    expect(copyFileName("M3", "Đỗ Đức / Anh")).toBe("OCOP-M3-Do Duc  Anh.xlsx");
  });

  it("exports a member's own column only, as an .xlsx file", async () => {
    const { commands } = await round();
    const copy = exported(await commands.exportMemberCopy("M2", "vi"));
    expect(copy.fileName).toBe("OCOP-M2-Tran Thi Binh.xlsx");
    const grids = await (await BrowserXlsxWorkbook.fromBytes(copy.bytes)).readSheets();
    const sheet = grids.find((g) => g.values[0]?.[0] === "ocop:criteria:P01");
    expect(sheet).toBeDefined();
    const memberColumns = (sheet?.values[0] ?? []).filter(
      (id) => typeof id === "string" && id.startsWith("member:"),
    );
    expect(memberColumns).toEqual(["member:M2"]);
  });

  it("brings a member's scores typed in their copy back into the shared workbook", async () => {
    const { workbook, commands } = await round();
    const copy = exported(await commands.exportMemberCopy("M2", "vi"));
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(copy.bytes) as unknown as ExcelJS.Buffer);
    // The copy has only M2's column, so the cell is found there by its hidden ids, as the parser does.
    const grids = await (await BrowserXlsxWorkbook.fromBytes(copy.bytes)).readSheets();
    const grid = grids.find((g) => g.values[0]?.[0] === "ocop:criteria:P01");
    if (!grid) throw new Error("the copy has P01's sheet");
    const row = grid.values.findIndex((cells) => cells[0] === `criterion:${first.id}`);
    const column = grid.values[0].indexOf("member:M2");
    const points = allowedPoints(first)[0];
    const sheet = file.getWorksheet(grid.name);
    if (!sheet) throw new Error(`the copy has the sheet ${grid.name}`);
    sheet.getCell(row + 1, column + 1).value = points;
    const bytes = new Uint8Array(await file.xlsx.writeBuffer());
    const outcome = await commands.importMemberCopies([{ name: copy.fileName, bytes }], "vi");
    expect(outcome).toMatchObject({ members: 1, entries: 1 });
    const progress = await commands.memberProgress("M2");
    expect(progress.products.find((p) => p.id === "P01")?.missing).toBe(criteriaOf(set).length - 1);
    const main = (await workbook.readSheets()).find((g) => g.values[0]?.[0] === "ocop:criteria:P01");
    const mainRow = main?.values.find((cells) => cells[0] === `criterion:${first.id}`);
    expect(mainRow?.[main?.values[0].indexOf("member:M2") ?? -1]).toBe(points);
  });
});

/** The copy of an export that made one; the test fails here, naming the outcome, when none was made. */
function exported(outcome: ExportCopyOutcome): MemberCopy {
  if (outcome.kind !== "exported") throw new Error(`no copy: ${JSON.stringify(outcome)}`);
  return outcome;
}
