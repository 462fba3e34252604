/**
 * What real Excel hosts do that a plain fake would not: the list separator of Windows regional settings,
 * Excel 2019's requirement sets, password-protected sheets, tables already there, and Excel's own errors.
 */
import { computeResults, insertCriteriaSheets, setUpRound, validateRound } from "../../src/commands";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { checkRequirements } from "../../src/excel/requirements";
import { catalog, sampleRound } from "../workbook/workbookFixtures";
import { FakeExcel, type FakeHost } from "./fakeExcel";

const now = () => new Date("2024-10-15T08:00:00Z");

/** A fake Excel of this kind, and the adapter as the pane builds it there (features from the host's sets). */
function excelOf(host: FakeHost): { excel: FakeExcel; port: ExcelWorkbook } {
  const excel = new FakeExcel(["Sheet1"], host);
  const { features } = checkRequirements(excel.isSetSupported);
  return { excel, port: new ExcelWorkbook(excel.run, { features }) };
}

async function roundSetUp(port: ExcelWorkbook): Promise<void> {
  await setUpRound(port, { catalog, round: sampleRound(), now });
  expect((await insertCriteriaSheets(port, { catalog, now })).kind).toBe("inserted");
}

describe("Excel under Vietnamese regional settings (list separator ';')", () => {
  it("validates and computes a round with criteria sheets, reading no multi-area address", async () => {
    const { port } = excelOf({ listSeparator: ";" });
    await roundSetUp(port);
    const validated = await validateRound(port, { catalog, now });
    expect(validated.kind).toBe("validated");
    const computed = await computeResults(port, { catalog, now });
    expect(computed.kind).toBe("computed");
  });
});
