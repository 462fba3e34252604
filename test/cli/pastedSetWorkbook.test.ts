import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { tsvRows } from "../../src/workbook/parse/pastedTable/readPastedTable";
import { CRITERIA_SET_HEADER_ROW } from "../../src/workbook/plan/criteriaSetSheet";
import { fixtureJson, pastedTsv, pointsById } from "../workbook/pastedTable/pastedFixtures";
import { ocop } from "./cliHarness";

jest.setTimeout(60_000);

/** Pastes the decision's 1048-04 table (9.1's misprint corrected) under the Bộ tiêu chí sheet's header. */
async function pasteInto(path: string, sheetName: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rows = tsvRows(pastedTsv("1048-04"));
  rows[159][2] = "2 điểm";
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== "") sheet.getCell(CRITERIA_SET_HEADER_ROW + 2 + r, 2 + c).value = value;
    }),
  );
  await book.xlsx.writeFile(path);
}

describe("a set pasted into a workbook, from the command line", () => {
  it("is added with `ocop criteria sheet`, read after save and reopen, and travels through `ocop export` and `init --round`", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocop-paste-"));
    const products = join(dir, "sp.csv");
    const members = join(dir, "tv.csv");
    writeFileSync(products, "id,name,productSet\nH1,Mật ong bạc hà,1048-04\n");
    writeFileSync(members, "id,name\nM1,Nguyễn Văn Hùng\n");
    const workbook = join(dir, "w.xlsx");
    const init = await ocop(
      "init",
      "--version",
      "1048/2019",
      "--products",
      products,
      "--members",
      members,
      "--out",
      workbook,
    );
    // 1048-04 ships; a council holding the official table may still paste it, and the pasted set takes the
    // shipped one's place in this workbook.
    expect(init.code).toBe(0);
    // The council's own wording of the set's name and group, shown on the sheet and carried with the set.
    const sheet = await ocop(
      "criteria",
      "sheet",
      workbook,
      "--version",
      "1048/2019",
      "--set",
      "1048-04",
      "--name",
      "Mật ong bạc hà Hà Giang",
      "--group",
      "Thực phẩm — mật ong",
    );
    expect(sheet.code).toBe(0);
    await pasteInto(workbook, "Bộ tiêu chí 1048-04");

    const validate = await ocop("validate", workbook);
    expect(validate.out).not.toMatch(/criteria-sheet-missing|pasted-/);

    const exported = await ocop("export", workbook);
    expect(exported.code).toBe(0);
    const round = JSON.parse(exported.out) as {
      criteriaSets: {
        productSet: { name: string; group: string };
        parts: Parameters<typeof pointsById>[0];
      }[];
    };
    expect(round.criteriaSets[0].productSet).toMatchObject({
      code: "1048-04",
      name: "Mật ong bạc hà Hà Giang",
      group: "Thực phẩm — mật ong",
    });
    expect(pointsById(round.criteriaSets[0].parts)).toEqual(
      pointsById(fixtureJson("1048-04.expected.json").parts),
    );

    const roundFile = join(dir, "round.json");
    writeFileSync(roundFile, exported.out);
    expect((await ocop("validate", roundFile)).out).not.toContain("criteria-sheet-missing");
    const again = join(dir, "w2.xlsx");
    expect((await ocop("init", "--round", roundFile, "--out", again)).code).toBe(0);
    const reexported = JSON.parse((await ocop("export", again)).out) as typeof round;
    expect(pointsById(reexported.criteriaSets[0].parts)).toEqual(pointsById(round.criteriaSets[0].parts));
  });
});
