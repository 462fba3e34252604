import { writeRoundToWorkbook } from "../../src/cli/roundWorkbook";
import { computeResults } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { ALL_EXCEL_FEATURES } from "../../src/excel/requirements";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { SheetGrid, WorkbookPort } from "../../src/workbook/port";
import { FakeExcel } from "./fakeExcel";
import { syntheticRound } from "./syntheticRound";

const now = () => new Date("2024-10-15T08:00:00Z");

/** What a reader sees: texts and numbers where there is no formula, formula texts where there is one. */
function cellsOf(grids: readonly SheetGrid[]): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const grid of grids)
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = grid.formulas[r]?.[c];
        // Neither the memory port nor the fake calculates, so a formula is compared by its text alone.
        const content = formula ?? value;
        // Excel keeps no empty text: writing "" empties the cell. The memory port keeps "", so both count as blank.
        if (content !== null && content !== "") cells[`${grid.name}!${r},${c}`] = content;
      }),
    );
  return cells;
}

async function roundIn(port: WorkbookPort): Promise<Record<string, unknown>> {
  const catalog = shippedCatalog();
  const round = syntheticRound(catalog, 4, 3);
  const named = { ...round, products: round.products.map((p, i) => (i === 0 ? { ...p, name: "=1+1" } : p)) };
  await writeRoundToWorkbook(port, named, { catalog, now });
  const outcome = await computeResults(port, { catalog, now });
  expect(outcome.kind).toBe("computed");
  return cellsOf(await port.readSheets());
}

/** Every cell, criterion texts included: this compares what the commands wrote, not what the parser reads. */
const everyCell = {
  features: new Set([...ALL_EXCEL_FEATURES].filter((feature) => feature !== "partial-read")),
};

describe("the Excel adapter and the in-memory workbook", () => {
  it("hold the same cells after the same commands, user text '=1+1' included", async () => {
    const excel = await roundIn(new ExcelWorkbook(new FakeExcel([]).run, everyCell));
    const memory = await roundIn(new MemoryWorkbook());
    expect(excel).toEqual(memory);
    expect(Object.values(excel)).toContain("=1+1");
  });
});
