import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";

/** A plan that uses every feature a sheet plan has, for adapter tests. */
export function samplePlan(overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: "Phiếu P01",
    kind: "criteria",
    key: "criteria:P01",
    clear: ["A1:F8"],
    blocks: [
      { at: "A1", rows: [[{ value: "criteria:P01" }, { value: "Phiếu đánh giá: Bưởi Phúc Trạch" }]] },
      {
        at: "A3",
        rows: [
          [{ value: "id" }, { value: "Tiêu chí" }, { value: "M1" }, { value: "M2" }],
          [{ value: "A.1.1" }, { value: "Nguồn nguyên liệu" }, { value: 3 }, { value: 2 }],
          [{ value: "A.1.2" }, { value: "=1+1" }, { value: 1 }, { keep: true }],
          [{ value: "" }, { value: "Tổng" }, { formula: "=SUM(C4:C5)" }, { formula: "=SUM(D4:D5)" }],
        ],
      },
    ],
    formats: [
      { range: "A3:D3", bold: true, fill: "#DDEBF7", border: "thin", horizontal: "center", wrap: true },
      { range: "C4:D5", locked: false, fill: "#FFF2CC", numberFormat: "0" },
      {
        range: "C6:D6",
        numberFormat: "0.00",
        italic: true,
        fontColor: "#C00000",
        fontSize: 12,
        vertical: "center",
      },
    ],
    merges: ["B1:D1"],
    columnWidths: [{ column: 1, width: 40 }],
    rowHeights: [{ row: 4, height: 45 }],
    hiddenColumns: [0],
    hiddenRows: [1],
    validations: [
      {
        range: "C4:D5",
        list: [0, 1, 2, 3],
        errorTitle: "Điểm không hợp lệ",
        errorMessage: "Chọn 0, 1, 2 hoặc 3.",
        prompt: "Chọn điểm",
      },
    ],
    conditionalFormats: [{ range: "C6:D6", formula: "=C6<50", fill: "#F8CBAD", fontColor: "#9C0006" }],
    tables: [],
    freeze: { rows: 3, columns: 2 },
    protect: true,
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: "3:3",
      header: "Hội đồng OCOP huyện",
      footer: "Trang &P / &N",
    },
    tabColor: "#2E75B6",
    ...overrides,
  };
}
