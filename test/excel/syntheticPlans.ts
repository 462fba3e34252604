import type { PlannedCell, SheetPlan } from "../../src/workbook/plan/sheetPlan";

/** A plain plan with nothing set, to spread a test's few fields over. */
export function emptyPlan(name: string, key = name): SheetPlan {
  return {
    name,
    kind: "criteria",
    key,
    clear: [],
    blocks: [],
    formats: [],
    merges: [],
    columnWidths: [],
    hiddenColumns: [],
    hiddenRows: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    protect: false,
  };
}

const text = (value: string): PlannedCell => ({ value });

/**
 * Sheets shaped like a round's: a products list and one member sheet per product (criteria rows × member
 * columns, with a dropdown, totals as formulas, protection and print setup). Sizes follow the real
 * 1048-01 sheet: 27 criteria, 7 members.
 */
export function roundPlans(products: number, members = 7, criteria = 27): SheetPlan[] {
  const productRows: PlannedCell[][] = Array.from({ length: products }, (_, i) => [
    text(`product:P${i + 1}`),
    text(`P${String(i + 1).padStart(3, "0")}`),
    text(`Sản phẩm số ${i + 1} của hợp tác xã`),
    text("1048-01"),
  ]);
  const list: SheetPlan = {
    ...emptyPlan("Sản phẩm", "products"),
    kind: "products",
    clear: [`A1:D${products + 1}`],
    blocks: [
      { at: "A1", rows: [[text("ocop:products"), text("Mã"), text("Tên"), text("Bộ")], ...productRows] },
    ],
    tables: [{ name: "SanPham", range: `B1:D${products + 1}` }],
  };
  const sheets = Array.from({ length: products }, (_, i): SheetPlan => {
    const last = criteria + 2;
    const header: PlannedCell[] = [
      text(`ocop:criteria:P${i + 1}`),
      text("Tiêu chí"),
      ...Array.from({ length: members }, (_, m) => text(`Thành viên ${m + 1}`)),
    ];
    const rows: PlannedCell[][] = Array.from({ length: criteria }, (_, c) => [
      text(`criterion:A.${c + 1}`),
      text(`Tiêu chí ${c + 1}: nguồn nguyên liệu và tổ chức sản xuất`),
      ...Array.from({ length: members }, () => ({ keep: true }) as const),
    ]);
    const totals: PlannedCell[] = [
      text("total"),
      text("Tổng điểm"),
      ...Array.from({ length: members }, (_, m) => {
        const column = String.fromCharCode(67 + m);
        return { formula: `=SUM(${column}2:${column}${last - 1})` };
      }),
    ];
    const lastColumn = String.fromCharCode(66 + members);
    return {
      ...emptyPlan(`P${i + 1}`, `criteria:P${i + 1}`),
      clear: [`A1:B${last}`, `A${last}:${lastColumn}${last}`],
      blocks: [{ at: "A1", rows: [header, ...rows, totals] }],
      formats: [
        { range: `A1:${lastColumn}1`, bold: true, fill: "#D9E1F2", border: "thin" },
        { range: `C2:${lastColumn}${last - 1}`, locked: false, numberFormat: "0" },
      ],
      merges: [],
      columnWidths: [{ column: 1, width: 50 }],
      hiddenColumns: [0],
      validations: [
        {
          range: `C2:${lastColumn}${last - 1}`,
          list: [0, 1, 2, 3],
          errorTitle: "Điểm không hợp lệ",
          errorMessage: "Chọn một trong các mức điểm của tiêu chí.",
        },
      ],
      conditionalFormats: [
        { range: `C2:${lastColumn}${last - 1}`, formula: "=ISBLANK(C2)", fill: "#FFF2CC" },
      ],
      freeze: { rows: 1, columns: 2 },
      protect: true,
      print: {
        paper: "A4",
        orientation: "landscape",
        fitToWidth: true,
        repeatRows: "1:1",
        footer: "Trang &P",
      },
      tabColor: "#2E7D32",
    };
  });
  return [list, ...sheets];
}
