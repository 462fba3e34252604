import { FakeExcel, PropertyNotLoaded } from "./fakeExcel";

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
