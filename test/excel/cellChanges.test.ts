import { cellChanges } from "../../src/excel/cellChanges";
import type { PlannedCell } from "../../src/workbook/plan/sheetPlan";
import { emptyPlan } from "./syntheticPlans";

const v = (value: string | number | null): PlannedCell => ({ value });
const keep: PlannedCell = { keep: true };

function planOf(rows: PlannedCell[][], at = "A1") {
  return { ...emptyPlan("P"), blocks: [{ at, rows }] };
}

describe("cellChanges: what a copy of one drawn sheet needs to become another", () => {
  it("writes nothing when the cells are the same", () => {
    const plan = planOf([[v("ocop:criteria:P1"), v(3)]]);
    expect(cellChanges(plan, plan)).toEqual([]);
  });

  it("writes only the cells that differ, as the full render would write them", () => {
    const template = planOf([[v("a"), v("b"), { formula: "=SUM(C1:C2)" }]]);
    const plan = planOf([[v("a"), v("=1+1"), { formula: "=SUM(C1:C3)" }]]);
    expect(cellChanges(template, plan)).toEqual([{ top: 0, left: 1, rows: [["'=1+1", "=SUM(C1:C3)"]] }]);
  });

  it("empties a cell the template has and the plan leaves empty or keeps", () => {
    const template = planOf([[v("Xã A"), v(2), v("x")]]);
    const plan = planOf([[v(null), keep, v("x")]]);
    expect(cellChanges(template, plan)).toEqual([{ top: 0, left: 0, rows: [["", ""]] }]);
  });

  it("writes a cell the plan has and the template keeps empty", () => {
    const template = planOf([[v("a"), keep]]);
    const plan = planOf([[v("a"), v(3)]]);
    expect(cellChanges(template, plan)).toEqual([{ top: 0, left: 1, rows: [[3]] }]);
  });

  it("groups changed cells of one column in consecutive rows into one write", () => {
    const template = planOf([[v("Sản phẩm: P1")], [v("Chủ thể: A")], [v("Xã: B")], [v("Bộ: 01")]], "B3");
    const plan = planOf([[v("Sản phẩm: P2")], [v("Chủ thể: C")], [v("Xã: ")], [v("Bộ: 01")]], "B3");
    expect(cellChanges(template, plan)).toEqual([
      { top: 2, left: 1, rows: [["'Sản phẩm: P2"], ["'Chủ thể: C"], ["'Xã: "]] },
    ]);
  });

  it("never spans an unchanged cell, which may sit inside a merged area", () => {
    const template = planOf([[v(1), v(2), v(3)]]);
    const plan = planOf([[v(9), v(2), v(9)]]);
    expect(cellChanges(template, plan)).toEqual([
      { top: 0, left: 0, rows: [[9]] },
      { top: 0, left: 2, rows: [[9]] },
    ]);
  });

  it("reads blocks in order: a later block's cell wins, its keep leaves the earlier one", () => {
    const template = planOf([[v(1), v(2)]]);
    const plan = {
      ...emptyPlan("P"),
      blocks: [
        { at: "A1", rows: [[v(1), v(5)]] },
        { at: "B1", rows: [[keep]] },
        { at: "A1", rows: [[v(null)]] },
      ],
    };
    expect(cellChanges(template, plan)).toEqual([{ top: 0, left: 0, rows: [["", 5]] }]);
  });
});
