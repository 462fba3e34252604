import { criteriaBodyRead, sheetReadOf } from "../../src/excel/sheetReadPlan";

/** A criteria sheet's ids: the marker and column ids on row 1, row ids in column A. */
const rowIds = [
  "ocop:criteria:P01",
  "title",
  "header",
  "criterion:A.1.1",
  "option:A.1.1:1",
  "option:A.1.1:2",
  "criterion:A.1.2",
  "option:A.1.2:1",
  "total",
];
const columnIds = ["ocop:criteria:P01", "col:code", "col:text", "col:points", "member:M1", "member:M2"];
const ids = { used: { top: 0, left: 0, bottom: 8, right: 5 }, idRow: 0, idColumn: 0, rowIds, columnIds };

describe("sheetReadOf", () => {
  it("reads a sheet without a marker no further than its marker area", () => {
    expect(
      sheetReadOf([
        ["Ghi chú", ""],
        ["", "ocop"],
      ]),
    ).toEqual({ kind: "marker-area" });
  });

  it("reads every cell of a generated sheet other than a criteria sheet", () => {
    expect(sheetReadOf([["ocop:products"]])).toEqual({ kind: "every-cell" });
  });

  it("reads a criteria sheet by its ids, where the user moved them", () => {
    expect(sheetReadOf([[""], ["", "", "ocop:criteria:P01"]])).toEqual({
      kind: "criteria",
      idRow: 1,
      idColumn: 2,
    });
  });
});

describe("criteriaBodyRead", () => {
  it("leaves out the ids, option rows, the criterion text column and codes on rows with an id", () => {
    expect(criteriaBodyRead(ids).rectangles).toEqual([
      { top: 1, bottom: 3, left: 3, right: 5 },
      { top: 6, bottom: 6, left: 3, right: 5 },
      { top: 8, bottom: 8, left: 3, right: 5 },
    ]);
  });

  it("reads the code column of a row without an id, where a criterion that lost its id still shows its code", () => {
    const lost = [...rowIds];
    lost[6] = "";
    expect(criteriaBodyRead({ ...ids, rowIds: lost }).rectangles).toEqual(
      expect.arrayContaining([
        { top: 6, bottom: 6, left: 1, right: 1 },
        { top: 6, bottom: 6, left: 3, right: 5 },
      ]),
    );
  });

  it("reads a row whose id was altered or typed over, so the parser can report it", () => {
    const altered = [...rowIds];
    altered[4] = "Lựa chọn";
    const rows = criteriaBodyRead({ ...ids, rowIds: altered }).rectangles.map((box) => [box.top, box.bottom]);
    expect(rows).toContainEqual([1, 4]);
  });

  it("counts a sheet with more formula rows as costing more", () => {
    const more = criteriaBodyRead({ ...ids, rowIds: [...rowIds.slice(0, 8), "subtotal:A"] });
    expect(more.estimatedBytes).toBeGreaterThan(
      criteriaBodyRead({ ...ids, rowIds: [...rowIds.slice(0, 8), "x"] }).estimatedBytes,
    );
  });
});
