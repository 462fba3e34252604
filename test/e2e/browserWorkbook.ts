import type {} from "../../src/taskpane/host/testHook";
import type { Page } from "playwright-core";
import type { CellValue } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid } from "../../src/workbook/port";

/** entries[product][member][criterion] = what the member types (a number, or anything a person might). */
export type TypedEntries = Record<string, Record<string, Record<string, CellValue>>>;

/**
 * Acts on the pane's in-memory workbook through the test hook (window.ocopTest), as council members typing
 * into their columns would. Cells are found by the sheets' hidden ids, never by position.
 */
export async function typeEntries(page: Page, entries: TypedEntries): Promise<number> {
  return page.evaluate(async (wanted) => {
    const hook = window.ocopTest;
    if (!hook) throw new Error("the pane did not expose its test workbook (is ?host=memory set?)");
    const letters = (column: number): string => {
      let name = "";
      for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
      return name;
    };
    let typed = 0;
    for (const grid of await hook.workbook.readSheets()) {
      const marker = grid.values[0]?.[0];
      if (typeof marker !== "string" || !marker.startsWith("ocop:criteria:")) continue;
      const product = marker.slice("ocop:criteria:".length);
      const byMember = wanted[product];
      if (!byMember) continue;
      const columns = new Map<string, number>();
      grid.values[0].forEach((id, column) => {
        if (typeof id === "string" && id.startsWith("member:")) columns.set(id.slice(7), column);
      });
      grid.values.forEach((row, r) => {
        const id = row[0];
        if (typeof id !== "string" || !id.startsWith("criterion:")) return;
        const criterion = id.slice("criterion:".length);
        for (const [member, values] of Object.entries(byMember)) {
          const column = columns.get(member);
          if (column === undefined || !(criterion in values)) continue;
          hook.workbook.setCell(grid.name, `${letters(column)}${r + 1}`, values[criterion]);
          typed += 1;
        }
      });
    }
    return typed;
  }, entries);
}

export async function readGrids(page: Page): Promise<readonly SheetGrid[]> {
  return page.evaluate(async () => {
    const hook = window.ocopTest;
    if (!hook) throw new Error("no test workbook");
    return hook.workbook.readSheets();
  });
}

export async function setCell(page: Page, sheet: string, cell: string, value: CellValue): Promise<void> {
  await page.evaluate(([s, c, v]) => window.ocopTest?.workbook.setCell(s as string, c as string, v), [
    sheet,
    cell,
    value,
  ] as const);
}

/** Cells pasted at once (address → value), as Excel fills a pasted block in one go. */
export async function pasteCells(
  page: Page,
  sheet: string,
  cells: readonly (readonly [string, CellValue])[],
): Promise<void> {
  await page.evaluate(
    ([name, values]) => {
      const hook = window.ocopTest;
      if (!hook) throw new Error("no test workbook");
      for (const [address, value] of values) hook.workbook.setCell(name, address, value);
    },
    [sheet, cells] as const,
  );
}

export async function selectedCell(page: Page): Promise<{ sheet: string; cell: string } | undefined> {
  return page.evaluate(() => window.ocopTest?.workbook.selected);
}

/** The cell of a generated sheet where a row id and a column id (hidden column A and row 1) meet. */
export function cellByIds(
  grid: SheetGrid,
  rowId: string,
  columnId: string,
): { value: CellValue; address: string } | undefined {
  const row = grid.values.findIndex((cells) => cells[0] === rowId);
  const column = grid.values[0]?.findIndex((id) => id === columnId) ?? -1;
  if (row < 0 || column < 0) return undefined;
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return { value: grid.values[row][column] ?? null, address: `${name}${row + 1}` };
}
