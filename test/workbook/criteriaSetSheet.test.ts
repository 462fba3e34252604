import type { CriteriaSet } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { planCriteriaSetSheet } from "../../src/workbook/plan/criteriaSetSheet";
import type { SheetGrid } from "../../src/workbook/port";
import { catalog, editGrid, freshProduce, gridsOf, typedFoodSet } from "./workbookFixtures";

const sheetOf = async (set: CriteriaSet) =>
  gridsOf([planCriteriaSetSheet({ name: "Bộ tiêu chí", set, language: "vi" })]);

function cellWith(grid: SheetGrid, text: string | number): { row: number; column: number } {
  for (const [row, line] of grid.values.entries()) {
    const column = line.indexOf(text);
    if (column >= 0) return { row, column };
  }
  throw new Error(`no cell holds ${text}`);
}

describe("criteria set sheet", () => {
  it("writes a shipped set out and reads it back as the same set, marked as coming from the workbook", async () => {
    const shipped = freshProduce();
    const reading = parseWorkbook(await sheetOf(shipped), catalog);
    expect(reading.issues.filter((i) => i.code.startsWith("criteria"))).toEqual([]);
    expect(reading.criteriaSets).toEqual([{ ...shipped, origin: "workbook" }]);
    expect(reading.criteriaSets[0].notes).toBe(shipped.notes);
  });

  it("makes a product set the add-in does not ship usable through the workbook's catalog", async () => {
    expect(catalog.criteriaSet("148/2023", "148-01")).toBeUndefined();
    const reading = parseWorkbook(await sheetOf(typedFoodSet()), catalog);
    expect(reading.catalog.criteriaSet("148/2023", "148-01")).toEqual(typedFoodSet());
  });

  it("names the cell of points typed as words", async () => {
    const grids = await sheetOf(typedFoodSet());
    const { row, column } = cellWith(grids[0], 20);
    const edited = editGrid(grids, "Bộ tiêu chí", (values) => (values[row][column] = "hai mươi"));
    const reading = parseWorkbook(edited, catalog);
    expect(reading.criteriaSets).toEqual([]);
    expect(reading.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "criteria-cell-invalid",
          sheet: "Bộ tiêu chí",
          cell: cellAddress(row, column),
        }),
      ]),
    );
  });

  it("checks the table against the decision: a part worth other points than the decision names the part's cell", async () => {
    const grids = await sheetOf(typedFoodSet());
    const best = cellWith(grids[0], 25);
    const part = cellWith(grids[0], "B. Khả năng tiếp thị");
    const edited = editGrid(grids, "Bộ tiêu chí", (values) => (values[best.row][best.column] = 30));
    const reading = parseWorkbook(edited, catalog);
    expect(reading.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "criteria-total-not-100", sheet: "Bộ tiêu chí" }),
      ]),
    );
    const withVersionCheck = editGrid(grids, "Bộ tiêu chí", (values) => {
      values[best.row][best.column] = 30;
      const c = cellWith(grids[0], 35);
      values[c.row][c.column] = 30;
    });
    expect(parseWorkbook(withVersionCheck, catalog).issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "criteria-version-mismatch",
          part: "B",
          cell: cellAddress(part.row, part.column),
        }),
      ]),
    );
  });

  it("takes an empty template for what it is: no set and no error", async () => {
    const { parts: _parts, ...header } = typedFoodSet();
    const grids = await gridsOf([planCriteriaSetSheet({ name: "Bộ tiêu chí", set: header, language: "vi" })]);
    const reading = parseWorkbook(grids, catalog);
    expect(reading.criteriaSets).toEqual([]);
    expect(reading.issues.filter((i) => i.code.startsWith("criteria"))).toEqual([]);
  });
});
