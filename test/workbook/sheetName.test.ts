import { safeSheetName } from "../../src/workbook/plan/sheetName";

describe("safeSheetName", () => {
  it("replaces characters Excel refuses in sheet names", () => {
    expect(safeSheetName("Phiếu P01/02: [mới]?")).toBe("Phiếu P01 02   mới");
  });

  it("cuts names to Excel's 31 characters", () => {
    expect(safeSheetName("Phiếu đánh giá sản phẩm mật ong bạc hà Đồng Văn")).toHaveLength(31);
  });

  it("numbers a name already taken, ignoring case as Excel does", () => {
    expect(safeSheetName("Kết quả", new Set(["kết quả"]))).toBe("Kết quả (2)");
    expect(safeSheetName("Kết quả", new Set(["Kết quả", "Kết quả (2)"]))).toBe("Kết quả (3)");
  });
});
