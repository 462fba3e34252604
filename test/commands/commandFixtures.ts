import { insertCriteriaSheets, setUpRound } from "../../src/commands";
import type { Round, ScoreValue } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { SheetGrid } from "../../src/workbook/port";
import { catalog, cellOf, sampleRound } from "../workbook/workbookFixtures";

export { catalog, sampleRound };

/** A fixed clock: command tests must not depend on when they run. */
export const clock = (iso: string) => () => new Date(iso);

/** The round's setup sheets and criteria sheets, set up through the commands, with no score typed yet. */
export async function setUpWorkbook(round: Round, workbook = new MemoryWorkbook()): Promise<MemoryWorkbook> {
  await setUpRound(workbook, { catalog, round });
  await insertCriteriaSheets(workbook, { catalog });
  return workbook;
}

/** Where a member's score for a criterion sits on a product's criteria sheet (found by hidden ids). */
export async function scoreAddress(
  workbook: MemoryWorkbook,
  product: string,
  member: string,
  criterion: string,
): Promise<{ sheet: string; cell: string }> {
  const grid = await sheetWithKey(workbook, `criteria:${product}`);
  const { row, column } = cellOf(grid, `criterion:${criterion}`, `member:${member}`);
  return { sheet: grid.name, cell: cellAddress(row, column) };
}

export async function sheetWithKey(workbook: MemoryWorkbook, key: string): Promise<SheetGrid> {
  const grid = (await workbook.readSheets()).find((g) => g.values[0]?.[0] === `ocop:${key}`);
  if (!grid) throw new Error(`no sheet with key ${key}`);
  return grid;
}

/** Types scores the way a secretary would, cell by cell. */
export async function typeScores(
  workbook: MemoryWorkbook,
  scores: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, ScoreValue>>>>>>,
): Promise<void> {
  const grids = await workbook.readSheets();
  for (const [product, byMember] of Object.entries(scores)) {
    const grid = grids.find((g) => g.values[0]?.[0] === `ocop:criteria:${product}`);
    if (!grid) throw new Error(`no criteria sheet for ${product}`);
    for (const [member, entries] of Object.entries(byMember))
      for (const [criterion, value] of Object.entries(entries)) {
        const { row, column } = cellOf(grid, `criterion:${criterion}`, `member:${member}`);
        workbook.setCell(grid.name, cellAddress(row, column), value as string | number | boolean | null);
      }
  }
}

/** The sample round, set up and fully typed in. */
export async function scoredWorkbook(round: Round = sampleRound()): Promise<MemoryWorkbook> {
  const workbook = await setUpWorkbook(round);
  await typeScores(workbook, round.scores);
  workbook.calls.readSheets = 0;
  workbook.calls.writeSheets = 0;
  return workbook;
}
