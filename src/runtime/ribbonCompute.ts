import { blockingIssues } from "../commands/blockingIssues";
import { computeResultsFrom } from "../commands/computeResults";
import { WorkbookSession } from "../commands/workbookSession";
import { loadShippedCatalog } from "../criteria/shippedCatalog";
import type { Catalog } from "../domain/catalog";
import { checkRequirements } from "../excel/requirements";
import { ExcelWorkbook } from "../excel/excelWorkbook";
import { officeRun } from "../excel/officeRun";
import type { RibbonOutcome } from "../i18n/ribbonText";
import type { WorkbookPort } from "../workbook/port";

// One adapter for every click while the workbook is open (the shared runtime lives as long as it): from the
// second compute on, it reads the sheet list and the sheets' outlines in one sync (sheetOutlines.ts).
let ribbonPort: ExcelWorkbook | undefined;

/**
 * "Tính kết quả" from the ribbon: the same compute command the pane runs, on the open workbook. Loaded with
 * import() on the first click, so the engine, the catalog's schemas and the Excel adapter stay out of the
 * functions bundle that every workbook using OCOP.* loads.
 */
export async function computeInExcel(): Promise<RibbonOutcome> {
  const requirements = checkRequirements((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  if (!requirements.canRun) return { kind: "host-too-old" };
  const catalog = await loadShippedCatalog();
  ribbonPort ??= new ExcelWorkbook(officeRun, { features: requirements.features });
  return computeOnPort(ribbonPort, catalog);
}

/**
 * Computes and shows the result sheet; the sheets' language stays the one stored on the Round sheet. A
 * workbook with no round gets no result sheet: the notice says what to do first.
 */
export async function computeOnPort(port: WorkbookPort, catalog: Catalog): Promise<RibbonOutcome> {
  const session = await WorkbookSession.open(port, catalog);
  if (blockingIssues(session.reading).length > 0) return { kind: "no-round" };
  const outcome = await computeResultsFrom(session, port, { catalog });
  if (outcome.kind !== "computed") return { kind: "failed", detail: "" };
  await port.select(outcome.sheet, "A1");
  return {
    kind: "computed",
    sheet: outcome.sheet,
    rated: outcome.totals.complete,
    incomplete: outcome.totals.incomplete,
    invalid: outcome.totals.invalid,
    errors: outcome.errors,
    warnings: outcome.warnings,
  };
}
