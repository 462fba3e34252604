import { criteriaOf, policyOf, type Issue, type Round } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import type { CellValue } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid } from "../../src/workbook/port";
import {
  catalog,
  cellOf,
  editGrid,
  freshProduce,
  gridNamed,
  gridsOf,
  moveColumn,
  roundPlans,
  sampleRound,
} from "./workbookFixtures";

const round = sampleRound();
const criteria = criteriaOf(freshProduce());
const expected = (r: Round): Round => ({ ...r, policy: policyOf(r) });
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);
const firstCriterion = criteria[0].id;

async function sample(): Promise<SheetGrid[]> {
  return gridsOf(roundPlans(round));
}

function scoreCell(grids: readonly SheetGrid[], sheet: string, criterion: string, member: string) {
  return cellOf(gridNamed(grids, sheet), `criterion:${criterion}`, `member:${member}`);
}

describe("parseWorkbook", () => {
  it("reads back the round the sheets were drawn from", async () => {
    const reading = parseWorkbook(await sample(), catalog);
    expect(reading.issues).toEqual([]);
    expect(reading.round).toEqual(expected(round));
    expect(reading.language).toBe("vi");
  });

  it("reads the same round from English labels", async () => {
    const reading = parseWorkbook(await gridsOf(roundPlans(round, "en")), catalog);
    expect(reading.round).toEqual(expected(round));
    expect(reading.language).toBe("en");
  });

  it("reads the same round after every sheet was renamed", async () => {
    const renamed = roundPlans(round, "vi", {
      round: "Round info",
      products: "SP",
      council: "HĐ",
      P01: "Sữa chua",
      P02: "x",
      P03: "y",
    });
    const reading = parseWorkbook(await gridsOf(renamed), catalog);
    expect(reading.round).toEqual(expected(round));
    expect(reading.layout.sheetNames["criteria:P01"]).toBe("Sữa chua");
  });

  it("reads the same scores after a member's column was moved", async () => {
    const grids = await sample();
    const sheet = gridNamed(grids, "Phiếu P01");
    const m1 = sheet.values[0].indexOf("member:M1");
    const m3 = sheet.values[0].indexOf("member:M3");
    const moved = editGrid(grids, "Phiếu P01", (values, formulas) => {
      moveColumn(values, m1, m3);
      moveColumn(formulas, m1, m3);
    });
    expect(gridNamed(moved, "Phiếu P01").values[0].indexOf("member:M1")).toBe(m3);
    const reading = parseWorkbook(moved, catalog);
    expect(reading.round.scores).toEqual(round.scores);
    expect(reading.issues).toEqual([]);
  });

  it("reads the same round after rows were inserted above and a column left of the hidden ids", async () => {
    const grids = await sample();
    const shifted = ["Phiếu P01", "Sản phẩm", "Đợt"].reduce(
      (current, name) =>
        editGrid(current, name, (values, formulas) => {
          for (const rows of [values, formulas] as unknown[][][]) {
            for (const row of rows) row.unshift(null);
            rows.unshift(
              rows[0].map(() => null),
              rows[0].map(() => null),
            );
          }
        }),
      grids,
    );
    expect(gridNamed(shifted, "Phiếu P01").values[2][1]).toBe("ocop:criteria:P01");
    const reading = parseWorkbook(shifted, catalog);
    expect(reading.issues).toEqual([]);
    expect(reading.round).toEqual(expected(round));
  });

  it("reads products whose setup columns were reordered", async () => {
    const grids = await sample();
    const moved = editGrid(grids, "Sản phẩm", (values, formulas) => {
      moveColumn(values, 1, 5);
      moveColumn(formulas, 1, 5);
    });
    expect(parseWorkbook(moved, catalog).round.products).toEqual(round.products);
  });

  it("names the cell of a score typed with a decimal comma", async () => {
    const grids = await sample();
    const { row, column } = scoreCell(grids, "Phiếu P02", firstCriterion, "M2");
    const edited = editGrid(grids, "Phiếu P02", (values) => {
      values[row][column] = "2,5";
    });
    const reading = parseWorkbook(edited, catalog);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        code: "score-decimal-comma",
        sheet: "Phiếu P02",
        cell: cellAddress(row, column),
        product: "P02",
        member: "M2",
        criterion: firstCriterion,
      }),
    ]);
  });

  it.each([
    ["a number stored as text", "2", "score-number-as-text"],
    ["a date", "2/5", "score-date"],
    ["a word", "hai", "score-not-a-number"],
    ["an error value", "#N/A", "score-error-value"],
    ["TRUE", true, "score-not-a-number"],
  ])("tells %s from other bad scores", async (_what, typed, code) => {
    const grids = await sample();
    const { row, column } = scoreCell(grids, "Phiếu P01", criteria[3].id, "M1");
    const edited = editGrid(grids, "Phiếu P01", (values) => {
      values[row][column] = typed;
    });
    const found = parseWorkbook(edited, catalog).issues;
    expect(found).toEqual([
      expect.objectContaining({ code, cell: cellAddress(row, column), sheet: "Phiếu P01" }),
    ]);
  });

  it("reads an error the adapter reports for a cell as an error value", async () => {
    const grids = await sample();
    const { row, column } = scoreCell(grids, "Phiếu P01", criteria[2].id, "M3");
    const address = cellAddress(row, column);
    const edited = editGrid(grids, "Phiếu P01", (values) => (values[row][column] = null), {
      errors: { [address]: "#DIV/0!" },
    });
    expect(parseWorkbook(edited, catalog).issues).toEqual([
      expect.objectContaining({ code: "score-error-value", cell: address, value: "#DIV/0!" }),
    ]);
  });

  it("reports a deleted criterion row, and does not read the criterion as scored", async () => {
    const grids = await sample();
    const { row } = scoreCell(grids, "Phiếu P01", criteria[4].id, "M1");
    const edited = editGrid(grids, "Phiếu P01", (values, formulas) => {
      values.splice(row, 1);
      formulas.splice(row, 1);
    });
    const reading = parseWorkbook(edited, catalog);
    expect(codes(reading.issues)).toEqual(["criterion-row-missing"]);
    const next = scoreCell(edited, "Phiếu P01", criteria[5].id, "M1").row;
    expect(reading.issues[0]).toMatchObject({
      criterion: criteria[4].id,
      sheet: "Phiếu P01",
      cell: cellAddress(next, 1),
    });
    expect(reading.round.scores.P01.M1[criteria[4].id]).toBeUndefined();
  });

  it("reports scores typed on an inserted row, at their cell", async () => {
    const grids = await sample();
    const { row, column } = scoreCell(grids, "Phiếu P01", criteria[4].id, "M2");
    const edited = editGrid(grids, "Phiếu P01", (values, formulas) => {
      const blank: CellValue[] = values[row].map(() => null);
      blank[column] = 1;
      values.splice(row, 0, blank);
      formulas.splice(
        row,
        0,
        values[row].map(() => null),
      );
    });
    const reading = parseWorkbook(edited, catalog);
    expect(reading.issues).toEqual([
      expect.objectContaining({ code: "criterion-row-inserted", cell: cellAddress(row, column) }),
    ]);
    expect(reading.round.scores).toEqual(round.scores);
  });

  it("reads moved criterion rows by their ids and warns that the printed subtotals may be off", async () => {
    const grids = await sample();
    const a = scoreCell(grids, "Phiếu P01", criteria[0].id, "M1").row;
    const b = scoreCell(grids, "Phiếu P01", criteria[1].id, "M1").row;
    const edited = editGrid(grids, "Phiếu P01", (values, formulas) => {
      [values[a], values[b]] = [values[b], values[a]];
      [formulas[a], formulas[b]] = [formulas[b], formulas[a]];
    });
    const reading = parseWorkbook(edited, catalog);
    expect(codes(reading.issues)).toEqual(["criterion-rows-moved"]);
    expect(reading.round.scores).toEqual(round.scores);
  });

  it("reports a copied criterion row and a hidden id changed to one the set does not have", async () => {
    const grids = await sample();
    const a = scoreCell(grids, "Phiếu P01", criteria[0].id, "M1").row;
    const b = scoreCell(grids, "Phiếu P01", criteria[1].id, "M1").row;
    const edited = editGrid(grids, "Phiếu P01", (values) => {
      values[b] = [...values[a]];
    });
    expect(codes(parseWorkbook(edited, catalog).issues)).toEqual(
      expect.arrayContaining(["criterion-row-duplicated", "criterion-row-missing"]),
    );
    const altered = editGrid(grids, "Phiếu P01", (values) => {
      values[a][0] = "criterion:Z.9.9";
    });
    expect(codes(parseWorkbook(altered, catalog).issues)).toEqual(
      expect.arrayContaining(["criterion-row-unknown", "criterion-row-missing"]),
    );
  });

  it("reports a member column added by hand and does not count its scores", async () => {
    const grids = await sample();
    const sheet = gridNamed(grids, "Phiếu P01");
    const extra = sheet.values[0].length;
    const { row } = scoreCell(grids, "Phiếu P01", firstCriterion, "M1");
    const header = sheet.values.findIndex((line) => line[0] === "header");
    const edited = editGrid(grids, "Phiếu P01", (values) => {
      values[header][extra] = "Khách mời";
      values[row][extra] = 3;
    });
    const reading = parseWorkbook(edited, catalog);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        code: "member-column-unknown",
        member: "Khách mời",
        cell: cellAddress(row, extra),
      }),
    ]);
    expect(reading.round.scores).toEqual(round.scores);
  });

  it("warns about a hidden id edited into something the add-in never writes, and a member id changed", async () => {
    const grids = await sample();
    const a = scoreCell(grids, "Phiếu P01", criteria[0].id, "M1");
    const option = a.row + 1;
    const edited = editGrid(grids, "Phiếu P01", (values) => {
      values[option][0] = "ghi chú";
      values[0][a.column] = "member:M9";
    });
    const reading = parseWorkbook(edited, catalog);
    expect(reading.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "hidden-id-altered",
          value: "ghi chú",
          cell: cellAddress(option, 0),
        }),
        expect.objectContaining({ code: "member-column-unknown", member: "M9" }),
        expect.objectContaining({ code: "member-column-missing", member: "M1" }),
      ]),
    );
    expect(reading.round.scores.P01.M1).toBeUndefined();
  });

  it("reports a product without a criteria sheet on its row of the Products sheet", async () => {
    const grids = (await sample()).filter((grid) => grid.name !== "Phiếu P02");
    const reading = parseWorkbook(grids, catalog);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        code: "product-sheet-missing",
        product: "P02",
        sheet: "Sản phẩm",
        cell: "B6",
      }),
    ]);
  });

  it("reads only the first of two sheets with the same hidden id", async () => {
    const grids = await sample();
    const copy = { ...gridNamed(grids, "Phiếu P01"), name: "Phiếu P01 (2)" };
    const reading = parseWorkbook([...grids, copy], catalog);
    expect(reading.issues).toEqual([
      expect.objectContaining({
        code: "sheet-duplicated",
        sheet: "Phiếu P01 (2)",
        cell: "B2",
        detail: "Phiếu P01",
      }),
    ]);
  });

  it("warns where a native formula was overwritten by a value", async () => {
    const grids = await sample();
    const { row, column } = cellOf(gridNamed(grids, "Phiếu P03"), "total", "member:M2");
    const edited = editGrid(grids, "Phiếu P03", (values, formulas) => {
      values[row][column] = 99;
      formulas[row][column] = null;
    });
    expect(parseWorkbook(edited, catalog).issues).toEqual([
      expect.objectContaining({
        code: "formula-overwritten",
        severity: "warning",
        cell: cellAddress(row, column),
      }),
    ]);
  });

  it("names the Round sheet cell of a council level nobody knows", async () => {
    const grids = await sample();
    const { row, column } = cellOf(gridNamed(grids, "Đợt"), "field:councilLevel", "col:value");
    const edited = editGrid(grids, "Đợt", (values) => (values[row][column] = "Cấp thôn"));
    expect(parseWorkbook(edited, catalog).issues).toEqual([
      expect.objectContaining({ code: "field-invalid", sheet: "Đợt", cell: cellAddress(row, column) }),
    ]);
  });

  it("reads choices typed in either language or as codes, and ticks typed as x", async () => {
    const grids = await sample();
    const level = cellOf(gridNamed(grids, "Đợt"), "field:councilLevel", "col:value");
    const rounding = cellOf(gridNamed(grids, "Đợt"), "field:rounding", "col:value");
    const products = gridNamed(grids, "Sản phẩm");
    const kind = products.values[0].indexOf("col:kind");
    const story = products.values[0].indexOf("col:productStory");
    const p02 = products.values.findIndex((row) => row.includes("P02"));
    let edited = editGrid(grids, "Đợt", (values) => {
      values[level.row][level.column] = "Province";
      values[rounding.row][rounding.column] = "integer-half-up";
    });
    edited = editGrid(edited, "Sản phẩm", (values) => {
      values[p02][kind] = "Renewal";
      values[p02][story] = "x";
    });
    const reading = parseWorkbook(edited, catalog);
    expect(reading.issues).toEqual([]);
    expect(reading.round.council.level).toBe("province");
    expect(reading.round.policy?.rounding).toBe("integer-half-up");
    expect(reading.round.products[1]).toMatchObject({ kind: "renewal", dossier: { productStory: true } });
  });

  it("reads a meeting date typed as a date (a day serial) as an ISO date", async () => {
    const grids = await sample();
    const { row, column } = cellOf(gridNamed(grids, "Đợt"), "field:date", "col:value");
    const edited = editGrid(grids, "Đợt", (values) => (values[row][column] = 45580));
    expect(parseWorkbook(edited, catalog).round.council.date).toBe("2024-10-15");
  });

  it("writes the meeting date as a real Excel date shown dd/mm/yyyy, and reads it back", async () => {
    const plan = roundPlans(round)[0];
    const grids = await sample();
    const { row, column } = cellOf(gridNamed(grids, "Đợt"), "field:date", "col:value");
    expect(gridNamed(grids, "Đợt").values[row][column]).toBe(45580);
    const address = cellAddress(row, column);
    expect(plan.formats.filter((f) => f.range === address).map((f) => f.numberFormat)).toContain(
      "dd/mm/yyyy",
    );
    expect(parseWorkbook(grids, catalog).round.council.date).toBe("2024-10-15");
  });

  it.each([
    ["ISO text, as older workbooks hold it", "2024-10-15"],
    ["a date typed day first into a text cell", "15/10/2024"],
  ])("reads a meeting date written as %s", async (_label, typed) => {
    const grids = await sample();
    const { row, column } = cellOf(gridNamed(grids, "Đợt"), "field:date", "col:value");
    const edited = editGrid(grids, "Đợt", (values) => (values[row][column] = typed));
    expect(parseWorkbook(edited, catalog).round.council.date).toBe("2024-10-15");
  });

  it("reports missing setup sheets instead of failing", () => {
    const reading = parseWorkbook([], catalog);
    expect(codes(reading.issues)).toEqual([
      "setup-sheet-missing",
      "setup-sheet-missing",
      "setup-sheet-missing",
    ]);
  });
});
