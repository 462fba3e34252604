import { indexRuns, runsWhere } from "../../src/workbook/indexRuns";

describe("indexRuns", () => {
  it("joins adjacent columns into one run, whatever order they come in", () => {
    expect(indexRuns([5, 3, 4, 8])).toEqual([
      { from: 3, to: 5 },
      { from: 8, to: 8 },
    ]);
  });

  it("counts an index given twice once", () => {
    expect(indexRuns([2, 2, 3])).toEqual([{ from: 2, to: 3 }]);
  });

  it("has no run for no index", () => {
    expect(indexRuns([])).toEqual([]);
  });
});

describe("runsWhere", () => {
  it("keeps the rows a test holds for, split where it does not", () => {
    expect(runsWhere(1, 9, (row) => row % 4 !== 0)).toEqual([
      { from: 1, to: 3 },
      { from: 5, to: 7 },
      { from: 9, to: 9 },
    ]);
  });
});
