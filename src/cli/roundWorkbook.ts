import { criteriaSheetPlans, setUpRound, WorkbookSession, type CommandOptions } from "../commands";
import type { Issue, Round } from "../domain";
import { locateIssue } from "../workbook/parse/locateIssue";
import type { WorkbookPort } from "../workbook/port";

/**
 * Criteria sheets planned and written per write: a sheet's plan weighs about as much as the sheet, so a
 * thousand plans held at once doubled the peak memory of setting up a large round.
 */
const SHEETS_PER_WRITE = 20;

/**
 * Puts a whole round into a workbook: the setup sheets, then one criteria sheet per product holding the
 * round's scores as entries (as typed, even when wrong, so validate reports them where they are).
 * Returns the products that could not get a sheet: their scores have no place in the workbook.
 */
export async function writeRoundToWorkbook(
  port: WorkbookPort,
  round: Round,
  options: CommandOptions,
): Promise<readonly Issue[]> {
  await setUpRound(port, { ...options, round });
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const skipped: Issue[] = [];
  for (const products of batches(round, SHEETS_PER_WRITE)) {
    const planned = criteriaSheetPlans(session, round, session.reading.catalog, { products });
    if (planned.plans.length > 0) await port.writeSheets(planned.plans);
    skipped.push(...planned.skipped);
  }
  return skipped.map((found) => locateIssue(found, session.reading.layout));
}

/** The round's distinct product ids in order, `size` at a time. */
function batches(round: Round, size: number): string[][] {
  const ids = [...new Set(round.products.map((product) => product.id))];
  const batched: string[][] = [];
  for (let start = 0; start < ids.length; start += size) batched.push(ids.slice(start, start + size));
  return batched;
}
