import { FakeExcel, PropertyNotLoaded, type FakeSheet } from "./fakeExcel";

// The adapter's tests are only as strict as this fake: these show it fails where office-js fails.
describe("the fake Excel the adapter is tested on", () => {
  it("refuses to read a property before the sync that loads it", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load("items/name");
      expect(() => worksheets.items).toThrow(PropertyNotLoaded);
      await context.sync();
      expect(worksheets.items.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    });
  });

  it("refuses to read a property that was not loaded", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load("items/name");
      await context.sync();
      expect(() => worksheets.items[0].visibility).toThrow(PropertyNotLoaded);
    });
  });

  it("does nothing until sync", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[5]];
      expect(excel.cell("Sheet1", "A1")).toBeUndefined();
      await context.sync();
    });
    expect(excel.cell("Sheet1", "A1")?.value).toBe(5);
  });

  it("turns text written without a guard into a formula, as Excel does", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["=1+1", "0912"]];
      await context.sync();
    });
    expect(excel.cell("Sheet1", "A1")?.formula).toBe("=1+1");
    expect(excel.cell("Sheet1", "B1")?.value).toBe(912);
  });

  it("fails the sync that writes to a protected sheet", async () => {
    const excel = new FakeExcel();
    excel.sheet("Sheet1").protected = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toThrow(/protected/);
  });

  it("records the bytes of cell arrays each sync carries", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [["'ab", 12]];
      await context.sync();
    });
    expect(excel.syncs).toEqual([
      { writeBytes: JSON.stringify([["'ab", 12]]).length, readBytes: 0, operations: 1 },
    ]);
  });

  it("finds formula and error cells as rectangles, and a null object when none match", async () => {
    const excel = new FakeExcel();
    excel.put("Sheet1", "B2", { value: 3, formula: "=1+2" });
    excel.put("Sheet1", "C2", { value: 4, formula: "=2+2" });
    excel.put("Sheet1", "B3", { value: "#N/A", error: "#N/A" });
    excel.put("Sheet1", "A1", { value: "text" });
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      const formulas = used.getSpecialCellsOrNullObject("Formulas");
      formulas.load("isNullObject,areas/items/rowIndex,areas/items/columnIndex,areas/items/formulas");
      const typedErrors = used.getSpecialCellsOrNullObject("Constants", "Errors");
      typedErrors.load("isNullObject,areas/items/rowIndex,areas/items/columnIndex");
      const formulaErrors = used.getSpecialCellsOrNullObject("Formulas", "Errors");
      formulaErrors.load("isNullObject,areas/items/rowIndex");
      expect(() => formulas.isNullObject).toThrow(PropertyNotLoaded);
      await context.sync();
      expect(formulas.areas.items.map((area) => [area.rowIndex, area.columnIndex, area.formulas])).toEqual([
        [1, 1, [["=1+2", "=2+2"]]],
      ]);
      expect(typedErrors.areas.items.map((area) => [area.rowIndex, area.columnIndex])).toEqual([[2, 1]]);
      expect(formulaErrors.isNullObject).toBe(true);
      expect(() => formulaErrors.areas.items).toThrow(PropertyNotLoaded);
    });
  });

  it("reads several rectangles of a sheet at once and counts their bytes", async () => {
    const excel = new FakeExcel();
    excel.put("Sheet1", "A1", { value: 1 });
    excel.put("Sheet1", "C3", { value: "ba" });
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges("A1:B1,C3");
      areas.load("areas/items/values");
      expect(() => areas.areas.items).toThrow(PropertyNotLoaded);
      await context.sync();
      expect(areas.areas.items.map((area) => area.values)).toEqual([[[1, ""]], [["ba"]]]);
    });
    expect(excel.syncs[0].readBytes).toBe(JSON.stringify([[1, ""]]).length + JSON.stringify([["ba"]]).length);
  });
});

describe("the fake's host", () => {
  it("refuses a multi-area address joined with another separator than the host's list separator", async () => {
    const excel = new FakeExcel(["Sheet1"], { listSeparator: ";" });
    excel.put("Sheet1", "A1", { value: 1 });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRanges("A1:B1,C3").load("areas/items/values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Sheet1").getRanges("A1:B1;C3");
      areas.load("areas/items/values");
      await context.sync();
      expect(areas.areas.items.map((area) => area.values)).toEqual([[[1, ""]], [[""]]]);
    });
  });

  it("throws ApiNotFound for a member newer than the host's ExcelApi, and answers isSetSupported", async () => {
    const excel = new FakeExcel(["Sheet1"], { excelApi: "1.8", sharedRuntime: false });
    expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
    expect(excel.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    await expect(
      excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRanges("A1")),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

// ---------------------------------------------------------------- sheet copies

describe("the fake's Worksheet.copy", () => {
  /** A sheet with something of every kind a copy must carry. */
  function furnished(excel: FakeExcel): FakeSheet {
    const sheet = excel.sheet("Sheet1");
    sheet.cells.set("A1", { value: "ocop:criteria:P1" });
    sheet.cells.set("B2", { value: "=1+1", quotePrefix: true });
    sheet.cells.set("C3", { value: 0, formula: "=SUM(C1:C2)" });
    sheet.numberFormats.set("C3", "0.00");
    sheet.styles.set("B2", { bold: true, fill: "#D9E1F2" });
    sheet.borders.push({ address: "B2:C3", edge: "EdgeTop", style: "Continuous" });
    sheet.merges.push("D1:E1");
    sheet.columnWidths.set(1, 200);
    sheet.hiddenColumns.add(0);
    sheet.hiddenRows.add(5);
    sheet.validations.push({ address: "C2", rule: { list: { inCellDropDown: true, source: "0,1" } } });
    sheet.conditionalFormats.push({ address: "C2", formula: "=ISBLANK(C2)", fill: "#FFF2CC" });
    sheet.protected = true;
    sheet.protectOptions = { allowFormatColumns: true };
    sheet.freeze = { rows: 1, columns: 2 };
    sheet.page = { paperSize: "A4", titleRows: "$1:$1", footer: "P1" };
    sheet.tabColor = "#2E7D32";
    return sheet;
  }

  it("adds a deep copy of everything on the sheet, last, named as Excel names it", async () => {
    const excel = new FakeExcel(["Sheet1", "Other"]);
    const source = furnished(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").copy("End");
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Other", "Sheet1 (2)"]);
    const copy = excel.sheet("Sheet1 (2)");
    expect({ ...copy, name: "Sheet1" }).toEqual(source);
    source.cells.set("A1", { value: "changed" });
    source.styles.get("B2")!.bold = false;
    source.hiddenRows.clear();
    expect(copy.cells.get("A1")?.value).toBe("ocop:criteria:P1");
    expect(copy.styles.get("B2")?.bold).toBe(true);
    expect([...copy.hiddenRows]).toEqual([5]);
  });

  it("numbers a second copy (3) and keeps a long name within 31 characters", async () => {
    const long = "Phiếu đánh giá sản phẩm P000123";
    const excel = new FakeExcel([long]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(long);
      sheet.copy("End");
      sheet.copy("End");
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual([
      long,
      `${long.slice(0, 27)} (2)`,
      `${long.slice(0, 27)} (3)`,
    ]);
  });

  it("renames the copy, and refuses a name another sheet has", async () => {
    const excel = new FakeExcel(["Sheet1", "Taken"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").copy("End").name = "Phiếu P2";
      await context.sync();
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Taken", "Phiếu P2"]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").copy("End").name = "taken";
        await context.sync();
      }),
    ).rejects.toThrow(/already exists/);
  });

  it("keeps a protected sheet's copy protected: writing needs unprotect first", async () => {
    const excel = new FakeExcel();
    furnished(excel);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").copy("End").getRange("B4").values = [[1]];
        await context.sync();
      }),
    ).rejects.toThrow(/protected/);
    const copied = new FakeExcel();
    furnished(copied);
    await copied.run(async (context) => {
      const copy = context.workbook.worksheets.getItem("Sheet1").copy("End");
      copy.protection.unprotect();
      copy.getRange("B4").values = [[1]];
      copy.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    expect(copied.cell("Sheet1 (2)", "B4")?.value).toBe(1);
    expect(copied.sheet("Sheet1 (2)").protected).toBe(true);
  });

  it("counts a copy as one operation with no cell arrays", async () => {
    const excel = new FakeExcel();
    furnished(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").copy("End");
      await context.sync();
    });
    expect(excel.syncs).toEqual([{ writeBytes: 0, readBytes: 0, operations: 1 }]);
  });

  it("refuses to copy a sheet with a table, whose copy Excel would rename", async () => {
    const excel = new FakeExcel();
    excel.tables.push({ name: "SanPham", sheet: "Sheet1", address: "A1:B3" });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").copy("End");
        await context.sync();
      }),
    ).rejects.toThrow(/table/);
  });
});
