import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { emptyPlan } from "../excel/syntheticPlans";

function plan(overrides: Partial<SheetPlan>): SheetPlan {
  return { ...emptyPlan("Phiếu P01", "criteria:P01"), ...overrides };
}

describe("MemoryWorkbook", () => {
  it("writes values as values and formulas as formula text, and reads them back from A1", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([
      plan({ blocks: [{ at: "B2", rows: [[{ value: "=1+1" }, { formula: "=SUM(D2:D3)" }, { value: 4 }]] }] }),
    ]);
    const [grid] = await workbook.readSheets();
    expect(grid.values).toEqual([
      [null, null, null, null],
      [null, "=1+1", null, 4],
    ]);
    expect(grid.formulas[1]).toEqual([null, null, "=SUM(D2:D3)", null]);
    expect(workbook.calls).toEqual({ readSheets: 1, writeSheets: 1, deleteSheets: 0, select: 0 });
  });

  it("keeps a user's entry under a keep cell and everything outside the cleared region", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([plan({ blocks: [{ at: "A1", rows: [[{ value: "x" }, { value: 1 }]] }] })]);
    workbook.setCell("Phiếu P01", "B1", 3);
    workbook.setCell("Phiếu P01", "Z40", "ghi chú");
    workbook.setCell("Phiếu P01", "A2", "inside clear");
    await workbook.writeSheets([
      plan({ clear: ["A1:C5"], blocks: [{ at: "A1", rows: [[{ value: "y" }, { keep: true }]] }] }),
    ]);
    expect(workbook.value("Phiếu P01", "A1")).toBe("y");
    expect(workbook.value("Phiếu P01", "B1")).toBeNull(); // cleared first: keep leaves what clear left
    expect(workbook.value("Phiếu P01", "A2")).toBeNull();
    expect(workbook.value("Phiếu P01", "Z40")).toBe("ghi chú");
  });

  it("keeps a typed score when the plan neither clears nor writes over it", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([plan({ blocks: [{ at: "D12", rows: [[{ value: null }]] }] })]);
    workbook.setCell("Phiếu P01", "D12", 5);
    await workbook.writeSheets([
      plan({ blocks: [{ at: "C12", rows: [[{ value: "A.1.1" }, { keep: true }]] }] }),
    ]);
    expect(workbook.value("Phiếu P01", "D12")).toBe(5);
  });

  it("leaves only input cells editable on a protected sheet and remembers dropdowns", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([
      plan({
        protect: true,
        formats: [{ range: "D2:D4", locked: false, fill: "#FFF2CC" }],
        validations: [{ range: "D2:D4", list: [0, 1, 3], errorTitle: "t", errorMessage: "m" }],
      }),
    ]);
    expect(workbook.isEditable("Phiếu P01", "D3")).toBe(true);
    expect(workbook.isEditable("Phiếu P01", "C3")).toBe(false);
    expect(workbook.validationAt("Phiếu P01", "D4")?.list).toEqual([0, 1, 3]);
    expect(workbook.validationAt("Phiếu P01", "D5")).toBeUndefined();
    expect(workbook.styleAt("Phiếu P01", "D2").fill).toBe("#FFF2CC");
  });

  it("remembers the widths and heights a plan sets", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([
      plan({ columnWidths: [{ column: 2, width: 60 }], rowHeights: [{ row: 9, height: 30 }] }),
    ]);
    expect(workbook.sheet("Phiếu P01")?.columnWidths.get(2)).toBe(60);
    expect(workbook.sheet("Phiếu P01")?.rowHeights.get(9)).toBe(30);
  });
});
