import { officeRun } from "../../src/excel/officeRun";
import { FakeExcel } from "./fakeExcel";

describe("officeRun", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("runs each port call as one Excel.run batch", async () => {
    const excel = new FakeExcel(["Sản phẩm"]);
    const runs: unknown[] = [];
    // Stands in for office.js's global: Excel.run(batch) hands the batch a request context.
    (globalThis as { Excel?: unknown }).Excel = {
      run: (batch: (context: unknown) => Promise<unknown>) => {
        runs.push(batch);
        return excel.run(batch as Parameters<FakeExcel["run"]>[0]);
      },
    };
    const names = await officeRun(async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    });
    expect(names).toEqual(["Sản phẩm"]);
    expect(runs).toHaveLength(1);
  });
});
