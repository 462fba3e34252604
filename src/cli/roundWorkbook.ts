import { criteriaSheetPlans, setUpRound, WorkbookSession, type CommandOptions } from "../commands";
import type { Issue, Round } from "../domain";
import { locateIssue } from "../workbook/parse/locateIssue";
import type { WorkbookPort } from "../workbook/port";

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
  const planned = criteriaSheetPlans(session, round, session.reading.catalog, {});
  if (planned.plans.length > 0) await port.writeSheets(planned.plans);
  return planned.skipped.map((found) => locateIssue(found, session.reading.layout));
}
