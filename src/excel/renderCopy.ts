import type { SheetPlan } from "../workbook/plan/sheetPlan";
import { cellChanges } from "./cellChanges";
import type { WorksheetApi } from "./excelApi";
import { OPERATION_BYTES, type PayloadBudget } from "./payload";
import { protect, renderSheetSettings, writeCells } from "./renderPlan";
import type { ExcelFeature } from "./requirements";

/** A sheet drawn in full earlier in the same batch, and the plan it was drawn from. */
export interface SheetTemplate {
  readonly sheet: WorksheetApi;
  readonly plan: SheetPlan;
}

/**
 * Queues a new sheet for `plan` as a copy of `template` (same copyShapeOf), placed last as a new sheet
 * would be, renamed to the plan's name, with only the cells that differ written. A criteria sheet drawn in
 * full is ~400 formatting calls; its copy is a dozen, so the request count of an insert stops growing with
 * the number of products.
 *
 * What this relies on: the office-js reference says only "Copies a worksheet and places it at the
 * specified position" and returns the new sheet (Worksheet.copy, [Api set: ExcelApi 1.7]; positionType
 * "End" puts it last, the default "None" first). It names neither the copy (Excel's Move or Copy makes
 * "<name> (2)"; it is renamed at once) nor what a copy keeps. So the copy is trusted only with what a sheet
 * copy is in Excel — cells, number formats, cell styles and borders, merges, column widths, hidden rows
 * and columns, data validation, conditional formats and the protection state — and the settings of the
 * sheet as a whole (panes, tab colour, print layout with its print titles, header and footer) are set
 * again, a few calls per sheet. Plans with tables are never copied (copyShapeOf): a table's name is unique
 * in the workbook, so Excel renames the copied one.
 */
export async function renderCopy(
  template: SheetTemplate,
  plan: SheetPlan,
  context: { readonly features: ReadonlySet<ExcelFeature>; readonly budget: PayloadBudget },
): Promise<WorksheetApi> {
  const { budget } = context;
  await budget.spend(OPERATION_BYTES * 2);
  const sheet = template.sheet.copy("End");
  sheet.name = plan.name;
  // The copy of a protected sheet is protected: its cells can be written only once it is unprotected.
  if (template.plan.protect) {
    await budget.spend(OPERATION_BYTES);
    sheet.protection.unprotect();
  }
  for (const change of cellChanges(template.plan, plan)) await writeCells(sheet, change, budget);
  await renderSheetSettings(sheet, plan, context.features, budget);
  if (plan.protect) await protect(sheet, budget);
  return sheet;
}
