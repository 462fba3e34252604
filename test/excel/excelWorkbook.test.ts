import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { ALL_EXCEL_FEATURES } from "../../src/excel/requirements";
import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { FakeExcel } from "./fakeExcel";
import { emptyPlan, roundPlans } from "./syntheticPlans";

function workbookOn(
  excel: FakeExcel,
  options?: ConstructorParameters<typeof ExcelWorkbook>[1],
): ExcelWorkbook {
  return new ExcelWorkbook(excel.run, options);
}

/** A host without ExcelApi 1.9: the adapter reads every cell of every sheet, as the file adapters do. */
const everyCell = {
  features: new Set([...ALL_EXCEL_FEATURES].filter((feature) => feature !== "partial-read")),
};

const criteriaPlan: SheetPlan = {
  ...emptyPlan("P01", "criteria:P01"),
  clear: ["A1:E6"],
  blocks: [
    {
      at: "A1",
      rows: [
        [{ value: "ocop:criteria:P01" }, { value: "Tiêu chí" }, { value: "Điểm" }],
        [{ value: "criterion:A.1.1" }, { value: "Nguồn nguyên liệu" }, { keep: true }],
        [{ value: "total" }, { value: "Tổng" }, { formula: "=SUM(C2:C2)" }],
      ],
    },
  ],
  formats: [
    { range: "B1:C1", bold: true, fill: "#D9E1F2", border: "thin", horizontal: "center" },
    { range: "C2", locked: false, numberFormat: "0.00" },
  ],
  merges: ["D1:E1"],
  columnWidths: [{ column: 1, width: 40 }],
  hiddenColumns: [0],
  hiddenRows: [5],
  validations: [
    {
      range: "C2",
      list: [0, 1, 3],
      errorTitle: "Điểm không hợp lệ",
      errorMessage: "Chọn 0, 1 hoặc 3.",
      prompt: "Chọn điểm",
    },
  ],
  conditionalFormats: [{ range: "C2", formula: "=ISBLANK(C2)", fill: "#FFF2CC" }],
  freeze: { rows: 1, columns: 2 },
  protect: true,
  print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: "1:1", header: "Hội đồng" },
  tabColor: "#2E7D32",
};

describe("ExcelWorkbook.writeSheets", () => {
  it("creates the sheet with the plan's values, formulas and number formats", async () => {
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets([criteriaPlan]);
    expect(excel.cell("P01", "A1")?.value).toBe("ocop:criteria:P01");
    expect(excel.cell("P01", "B2")?.value).toBe("Nguồn nguyên liệu");
    expect(excel.cell("P01", "C3")?.formula).toBe("=SUM(C2:C2)");
    expect(excel.sheet("P01").numberFormats.get("C2")).toBe("0.00");
  });

  it("leaves a `keep` cell as the member typed it", async () => {
    const excel = new FakeExcel(["P01"]);
    excel.put("P01", "C2", { value: 3 });
    await workbookOn(excel).writeSheets([{ ...criteriaPlan, clear: ["A1:B3"] }]);
    expect(excel.cell("P01", "C2")?.value).toBe(3);
  });

  it.each(["=1+1", "+84 912 345 678", "-5 kg", "@home", "0912345678", "TRUE", "#N/A", "'quoted"])(
    "keeps the user's text %s as text, never a formula, number or error",
    async (name) => {
      const excel = new FakeExcel();
      await workbookOn(excel).writeSheets([
        { ...emptyPlan("Sản phẩm"), blocks: [{ at: "B2", rows: [[{ value: name }]] }] },
      ]);
      const cell = excel.cell("Sản phẩm", "B2");
      expect(cell?.formula).toBeUndefined();
      expect(cell?.error).toBeUndefined();
      expect(cell?.value).toBe(name);
    },
  );

  it("sets fonts, fills, borders, merges, widths and hidden rows and columns", async () => {
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets([criteriaPlan]);
    const sheet = excel.sheet("P01");
    expect(sheet.styles.get("B1")).toMatchObject({ bold: true, fill: "#D9E1F2", horizontal: "Center" });
    expect(sheet.borders.filter((b) => b.address === "B1:C1").map((b) => b.edge)).toEqual(
      expect.arrayContaining(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"]),
    );
    expect(sheet.merges).toEqual(["D1:E1"]);
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(200); // 40 characters in points
    expect([...sheet.hiddenColumns]).toEqual([0]);
    expect([...sheet.hiddenRows]).toEqual([5]);
  });

  it("puts a dropdown of the allowed points with a stop alert on score cells", async () => {
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets([criteriaPlan]);
    const [validation] = excel.sheet("P01").validations;
    expect(validation.address).toBe("C2");
    expect(validation.rule?.list).toEqual({ inCellDropDown: true, source: "0,1,3" });
    expect(validation.errorAlert).toMatchObject({
      showAlert: true,
      style: "Stop",
      title: "Điểm không hợp lệ",
    });
    expect(validation.prompt).toMatchObject({ showPrompt: true, message: "Chọn điểm" });
  });

  it("protects the sheet and leaves its input cells unlocked", async () => {
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets([criteriaPlan]);
    const sheet = excel.sheet("P01");
    expect(sheet.protected).toBe(true);
    expect(sheet.styles.get("C2")).toMatchObject({ locked: false });
    expect(sheet.styles.get("B2")?.locked).toBeUndefined();
  });

  it("highlights with conditional formats, freezes panes, sets the print layout and tab colour", async () => {
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets([criteriaPlan]);
    const sheet = excel.sheet("P01");
    expect(sheet.conditionalFormats).toEqual([{ address: "C2", formula: "=ISBLANK(C2)", fill: "#FFF2CC" }]);
    expect(sheet.freeze).toEqual({ at: "A1:B1" });
    expect(sheet.page).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$1:$1",
      header: "Hội đồng",
    });
    expect(sheet.tabColor).toBe("#2E7D32");
  });

  it("prints a wide sheet two pages across with its columns repeated, in points of margin and a named font", async () => {
    const excel = new FakeExcel();
    const wide: SheetPlan = {
      ...criteriaPlan,
      formats: [...criteriaPlan.formats, { range: "B2", fontName: "Times New Roman" }],
      print: {
        paper: "A4",
        orientation: "landscape",
        fitToWidth: true,
        pagesWide: 2,
        repeatColumns: "B:E",
        pageOrder: "over-then-down",
        margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      },
    };
    await workbookOn(excel).writeSheets([wide]);
    const sheet = excel.sheet("P01");
    expect(sheet.page).toMatchObject({
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 },
      titleColumns: "$B:$E",
      printOrder: "OverThenDown",
      margins: { top: 56.69, bottom: 56.69, left: 85.04, right: 42.52, header: 22.68, footer: 22.68 },
    });
    expect(sheet.styles.get("B2")).toMatchObject({ fontName: "Times New Roman" });
  });

  it("breaks the pages where the plan keeps a block together, and a redraw replaces the breaks", async () => {
    const excel = new FakeExcel();
    const print = { ...criteriaPlan.print!, rowBreaks: [30, 61] };
    await workbookOn(excel).writeSheets([{ ...criteriaPlan, print }]);
    // Excel puts a break above a cell: rows 31 and 62 (1-based) begin pages.
    expect(excel.sheet("P01").page.rowBreaks).toEqual([31, 62]);
    await workbookOn(excel).writeSheets([{ ...criteriaPlan, print: { ...print, rowBreaks: [45] } }]);
    expect(excel.sheet("P01").page.rowBreaks).toEqual([46]);
  });

  it("keeps two highlight rules on one range, and a rerun does not stack them", async () => {
    const excel = new FakeExcel();
    const plan: SheetPlan = {
      ...emptyPlan("P01"),
      conditionalFormats: [
        { range: "C2:C9", formula: "=ISBLANK(C2)", fill: "#FFF2CC" },
        { range: "C2:C9", formula: "=C2>3", fill: "#F8CBAD" },
      ],
    };
    await workbookOn(excel).writeSheets([plan]);
    await workbookOn(excel).writeSheets([plan]);
    expect(excel.sheet("P01").conditionalFormats.map((f) => f.formula)).toEqual(["=ISBLANK(C2)", "=C2>3"]);
  });

  it("rewrites a protected sheet and a second run leaves the workbook as the first left it", async () => {
    const excel = new FakeExcel();
    const plans = roundPlans(3);
    await workbookOn(excel).writeSheets(plans);
    const first = state(excel);
    await workbookOn(excel).writeSheets(plans);
    // A boolean, so a failure does not print two whole workbooks.
    expect(state(excel) === first).toBe(true);
    expect(excel.tables).toHaveLength(1);
  });

  it("draws a new sheet as a copy of one of the same shape, exactly as drawing it in full", async () => {
    const plans = roundPlans(4);
    const copied = new FakeExcel();
    await workbookOn(copied).writeSheets(plans);
    const drawn = new FakeExcel();
    const features = new Set([...ALL_EXCEL_FEATURES].filter((f) => f !== "sheet-copy"));
    await workbookOn(drawn, { features }).writeSheets(plans);
    expect(state(copied) === state(drawn)).toBe(true);
    expect(copied.syncs[1].operations).toBeLessThan(drawn.syncs[1].operations / 2);
  });

  it("does not copy a sheet drawn over again in the same call", async () => {
    const [, first, second] = roundPlans(2);
    const redrawn: SheetPlan = { ...first, blocks: [{ at: "J1", rows: [[{ value: "vẽ lại" }]] }] };
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets([first, redrawn, second]);
    expect(excel.cell(first.name, "J1")?.value).toBe("vẽ lại");
    expect(excel.cell(second.name, "J1")).toBeUndefined();
  });

  it("finds an existing sheet whatever the case of its name", async () => {
    const excel = new FakeExcel(["sản phẩm"]);
    await workbookOn(excel).writeSheets([
      { ...emptyPlan("Sản phẩm"), blocks: [{ at: "A1", rows: [[{ value: 1 }]] }] },
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["sản phẩm"]);
    expect(excel.cell("sản phẩm", "A1")?.value).toBe(1);
  });

  it("skips what the host cannot do instead of failing the batch", async () => {
    const excel = new FakeExcel();
    const features = new Set(
      [...ALL_EXCEL_FEATURES].filter((f) => f !== "data-validation" && f !== "page-layout"),
    );
    await workbookOn(excel, { features }).writeSheets([criteriaPlan]);
    const sheet = excel.sheet("P01");
    expect(sheet.validations).toEqual([]);
    expect(sheet.page).toEqual({});
    expect(sheet.conditionalFormats).toHaveLength(1);
  });
});

describe("ExcelWorkbook.readSheets", () => {
  it("reads values, formulas and error cells anchored at A1", async () => {
    const excel = new FakeExcel(["P01"]);
    excel.put("P01", "B2", { value: "Nguồn nguyên liệu" });
    excel.put("P01", "C2", { value: 3 });
    excel.put("P01", "C3", { value: 3, formula: "=SUM(C2:C2)" });
    excel.put("P01", "D3", { value: "#DIV/0!", formula: "=C3/0", error: "#DIV/0!" });
    const [grid] = await workbookOn(excel, everyCell).readSheets();
    expect(grid.name).toBe("P01");
    expect(grid.visible).toBe(true);
    expect(grid.values).toEqual([
      [null, null, null, null],
      [null, "Nguồn nguyên liệu", 3, null],
      [null, null, 3, null],
    ]);
    expect(grid.formulas[2]).toEqual([null, null, "=SUM(C2:C2)", "=C3/0"]);
    expect(grid.formulas[1]).toEqual([null, null, null, null]);
    expect(grid.errors).toEqual({ D3: "#DIV/0!" });
  });

  it("reads only the sheets asked for and skips a name that is not there", async () => {
    const excel = new FakeExcel(["A", "B", "C"]);
    const grids = await workbookOn(excel).readSheets(["c", "Gone", "A"]);
    expect(grids.map((g) => g.name)).toEqual(["C", "A"]);
    expect(grids[0].values).toEqual([]);
  });

  it("tells hidden sheets apart", async () => {
    const excel = new FakeExcel(["Visible", "Ids"]);
    excel.sheet("Ids").visibility = "VeryHidden";
    const grids = await workbookOn(excel).readSheets();
    expect(grids.map((g) => g.visible)).toEqual([true, false]);
  });
});

describe("ExcelWorkbook: syncs and request size", () => {
  async function syncsFor(products: number): Promise<{ write: number; read: number }> {
    const excel = new FakeExcel();
    // A budget no test round reaches: what is left are the syncs a call needs whatever the bytes.
    const workbook = workbookOn(excel, { payloadBudgetBytes: Number.MAX_SAFE_INTEGER });
    await workbook.writeSheets(roundPlans(products));
    const write = excel.syncs.length;
    await workbook.readSheets();
    return { write, read: excel.syncs.length - write };
  }

  it("writes and reads 300 products with as many syncs as 3", async () => {
    const small = await syncsFor(3);
    const large = await syncsFor(300);
    expect(large).toEqual(small);
    expect(small).toEqual({ write: 2, read: 4 });
  });

  it("splits a write larger than the payload budget so no sync carries more than the budget", async () => {
    const budget = 20_000;
    const excel = new FakeExcel();
    const plans = roundPlans(60);
    await workbookOn(excel, { payloadBudgetBytes: budget }).writeSheets(plans);
    expect(excel.syncs.length).toBeGreaterThan(3);
    expect(excel.maxWriteBytesPerSync).toBeLessThanOrEqual(budget);
    const unbudgeted = new FakeExcel();
    await workbookOn(unbudgeted).writeSheets(plans);
    expect(state(excel) === state(unbudgeted)).toBe(true);
  });

  it("reads a workbook larger than the budget in slices, no sync loading more than the budget", async () => {
    const budget = 30_000;
    const excel = new FakeExcel();
    await workbookOn(excel).writeSheets(roundPlans(40));
    const whole = await workbookOn(excel).readSheets();
    const before = excel.syncs.length;
    const sliced = await workbookOn(excel, { payloadBudgetBytes: budget }).readSheets();
    expect(excel.syncs.length - before).toBeGreaterThan(3);
    expect(Math.max(...excel.syncs.slice(before).map((sync) => sync.readBytes))).toBeLessThanOrEqual(budget);
    expect(sliced).toEqual(whole);
  });

  it("reads one sheet taller than the budget in row slices", async () => {
    const excel = new FakeExcel(["Lớn"]);
    for (let row = 1; row <= 3000; row += 1) excel.put("Lớn", `B${row}`, { value: `Dòng ${row}` });
    const [grid] = await workbookOn(excel, { ...everyCell, payloadBudgetBytes: 10_000 }).readSheets();
    expect(grid.values).toHaveLength(3000);
    expect(grid.values[2999]).toEqual([null, "Dòng 3000"]);
    expect(excel.maxReadBytesPerSync).toBeLessThanOrEqual(10_000);
  });

  it("splits one block larger than the budget into row slices", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 2000 }, (_, r) => [
      { value: `Dòng ${r} với một đoạn chữ dài` },
      { value: r },
    ]);
    await workbookOn(excel, { payloadBudgetBytes: 10_000 }).writeSheets([
      { ...emptyPlan("Lớn"), blocks: [{ at: "B2", rows }] },
    ]);
    expect(excel.maxWriteBytesPerSync).toBeLessThanOrEqual(10_000);
    expect(excel.cell("Lớn", "B2001")?.value).toBe("Dòng 1999 với một đoạn chữ dài");
    expect(excel.cell("Lớn", "C2001")?.value).toBe(1999);
  });
});

describe("ExcelWorkbook.deleteSheets and select", () => {
  it("deletes the named sheets and ignores a name already gone", async () => {
    const excel = new FakeExcel(["Keep", "P01", "P02"]);
    await workbookOn(excel).deleteSheets(["p01", "P99"]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Keep", "P02"]);
  });

  it("selects the cell an issue points at", async () => {
    const excel = new FakeExcel(["Keep", "P01"]);
    await workbookOn(excel).select("P01", "C7");
    expect(excel.selection).toEqual({ sheet: "P01", address: "C7" });
    expect(excel.syncs).toHaveLength(1);
  });
});

/** Maps and sets as sorted arrays, so two workbook states compare as JSON whatever the order of writes. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map)
    return [...value.entries()].sort(([a], [b]) => String(a).localeCompare(String(b)));
  if (value instanceof Set) return [...value.values()].sort();
  return value;
}

function state(excel: FakeExcel): string {
  return JSON.stringify(excel.sheets, replacer) + JSON.stringify(excel.tables);
}
