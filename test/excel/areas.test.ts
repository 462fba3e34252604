import fc from "fast-check";
import { formatAreas, validationAreas } from "../../src/excel/areas";
import { cellsOf, parseRange, rangeAddress } from "../../src/workbook/cellAddress";
import type { CellFormat, ListValidation } from "../../src/workbook/plan/sheetPlan";

/** What each cell looks like after applying formats one after the other, as Excel would. */
function lookOfCells(formats: readonly CellFormat[]): Map<string, Record<string, unknown>> {
  const cells = new Map<string, Record<string, unknown>>();
  for (const { range, ...look } of formats)
    for (const { row, column } of cellsOf(parseRange(range))) {
      const at = `${row},${column}`;
      const defined = Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined));
      cells.set(at, { ...cells.get(at), ...defined });
    }
  // A format with nothing in it leaves a cell as it was: the same look as no format at all.
  for (const [at, look] of cells) if (Object.keys(look).length === 0) cells.delete(at);
  return cells;
}

const smallRange = fc
  .tuple(fc.nat(6), fc.nat(4), fc.nat(3), fc.nat(3))
  .map(([top, left, height, width]) =>
    rangeAddress({ top, left, bottom: top + height, right: left + width }),
  );

const format: fc.Arbitrary<CellFormat> = fc.record(
  {
    range: smallRange,
    bold: fc.boolean(),
    fill: fc.constantFrom("#D9E1F2", "#E2EFDA"),
    locked: fc.boolean(),
    numberFormat: fc.constantFrom("0", "0.00"),
    border: fc.constantFrom("thin" as const, "none" as const),
  },
  { requiredKeys: ["range"] },
);

describe("formatAreas", () => {
  it("leaves every cell looking as the plan's formats applied in order would", () => {
    fc.assert(
      fc.property(fc.array(format, { maxLength: 12 }), (formats) => {
        expect(lookOfCells(formatAreas(formats))).toEqual(lookOfCells(formats));
      }),
    );
  });

  it("turns a column of one-cell bold labels into one range", () => {
    const formats = ["B3", "B4", "B5", "B6"].map((range) => ({ range, bold: true }));
    expect(formatAreas(formats)).toEqual([{ range: "B3:B6", bold: true }]);
  });

  it("lets a later format win over an earlier one on the cells they share", () => {
    const areas = formatAreas([
      { range: "A1:C1", fill: "#D9E1F2" },
      { range: "B1", fill: "#E2EFDA" },
    ]);
    expect(lookOfCells(areas).get("0,1")).toEqual({ fill: "#E2EFDA" });
    expect(lookOfCells(areas).get("0,2")).toEqual({ fill: "#D9E1F2" });
  });
});

describe("validationAreas", () => {
  const points = (range: string, list: number[]): ListValidation => ({
    range,
    list,
    errorTitle: "Điểm không hợp lệ",
    errorMessage: `Chọn ${list.join(", ")}`,
  });

  it("merges one validation per score cell into one per row of members", () => {
    const perCell = ["F11", "G11", "H11", "F12", "G12", "H12"].map((range) => points(range, [1, 2, 3]));
    expect(validationAreas(perCell).map((v) => v.range)).toEqual(["F11:H12"]);
  });

  it("keeps rows with different allowed points apart", () => {
    const areas = validationAreas([points("F11:H11", [1, 2, 3]), points("F12:H12", [0, 2])]);
    expect(areas.map((v) => [v.range, v.list])).toEqual([
      ["F11:H11", [1, 2, 3]],
      ["F12:H12", [0, 2]],
    ]);
  });
});
