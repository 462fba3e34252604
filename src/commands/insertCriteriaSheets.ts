import type { Issue } from "../domain";
import { locateIssue } from "../workbook/parse/locateIssue";
import type { WorkbookPort } from "../workbook/port";
import { ABORTED, type Aborted, type CommandOptions } from "./commandOptions";
import { criteriaSheetPlans } from "./criteriaSheetPlans";
import { WorkbookSession } from "./workbookSession";

export interface InsertCriteriaSheetsOptions extends CommandOptions {
  /** Only these products; default every product on the Products sheet. */
  readonly products?: readonly string[];
  /**
   * Also delete criteria sheets of products no longer on the Products sheet (their scores go with them).
   * Off by default: a product taken off by mistake keeps its sheet until the user says so.
   */
  readonly removeOrphans?: boolean;
}

export type InsertCriteriaSheetsOutcome =
  | {
      readonly kind: "inserted";
      readonly sheets: readonly { readonly product: string; readonly sheet: string }[];
      /** Products left without a sheet, each with the reason (located on the Products sheet). */
      readonly skipped: readonly Issue[];
      /** Criteria sheets deleted because their product left the round (only with removeOrphans). */
      readonly removed: readonly string[];
    }
  | Aborted;

/**
 * Chèn phiếu đánh giá: one criteria sheet per product, for every council member. Existing entries are
 * read first and drawn again, so adding products or members later keeps every score. One read, one write.
 */
export async function insertCriteriaSheets(
  port: WorkbookPort,
  options: InsertCriteriaSheetsOptions,
): Promise<InsertCriteriaSheetsOutcome> {
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const { round, catalog, layout } = session.reading;
  const planned = criteriaSheetPlans(session, round, catalog, options);
  if (planned.aborted) return ABORTED;
  if (planned.plans.length > 0) await port.writeSheets(planned.plans);
  const removed = options.removeOrphans ? layout.orphanSheets : [];
  if (removed.length > 0) await port.deleteSheets(removed);
  return {
    kind: "inserted",
    sheets: planned.sheets,
    removed,
    skipped: planned.skipped.map((found) => locateIssue(found, layout)),
  };
}
