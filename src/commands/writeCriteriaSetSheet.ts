import type { CriteriaSet, DraftSet } from "../domain";
import { sheetKey } from "../workbook/hiddenIds";
import { planCriteriaSetSheet, type CriteriaSetHeader } from "../workbook/plan/criteriaSetSheet";
import type { WorkbookPort } from "../workbook/port";
import type { CommandOptions } from "./commandOptions";
import { WorkbookSession } from "./workbookSession";

export interface WriteCriteriaSetSheetOptions extends CommandOptions {
  /** A shipped set to write out (to check or adapt), or a header for a blank sheet to paste a table into. */
  readonly set: CriteriaSet | CriteriaSetHeader | DraftSet;
}

export interface WriteCriteriaSetSheetOutcome {
  readonly kind: "written";
  readonly sheet: string;
}

/**
 * Bộ tiêu chí: writes a criteria set (or an empty template) to its own sheet; what a council types there
 * is read back by every later command and used for that workbook's criteria sheets.
 */
export async function writeCriteriaSetSheet(
  port: WorkbookPort,
  options: WriteCriteriaSetSheetOptions,
): Promise<WriteCriteriaSetSheetOutcome> {
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const code = options.set.productSet.code;
  const sheet = session.nameFor(
    sheetKey.criteriaSet(code),
    `${session.labels.sheetNames.criteriaSet} ${code}`,
  );
  await port.writeSheets([
    planCriteriaSetSheet({
      name: sheet,
      set: options.set,
      language: session.language,
      previous: session.extentOf(sheet),
    }),
  ]);
  return { kind: "written", sheet };
}
