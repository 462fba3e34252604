import { isError, type Issue } from "../domain";
import type { WorkbookReading } from "../workbook/parse/parseWorkbook";

/** Problems that leave a workbook without a round to work on: not an OCOP workbook, a setup sheet lost. */
const BLOCKING = new Set(["setup-sheet-missing", "sheet-duplicated"]);

/** What stops export and compute: writing results into a workbook that holds no round would only confuse. */
export function blockingIssues(reading: WorkbookReading): readonly Issue[] {
  return reading.issues.filter((found) => isError(found) && BLOCKING.has(found.code));
}
