import { sheetKey } from "../workbook/hiddenIds";
import { planAuditSheet } from "../workbook/plan/auditSheet";
import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { RoundAssessment } from "./roundAssessment";
import type { WorkbookSession } from "./workbookSession";

/** The Nhật ký sheet with one more line for this run of validate or compute. */
export function auditPlan(
  session: WorkbookSession,
  assessment: RoundAssessment,
  action: "validate" | "compute",
  time: string,
): SheetPlan {
  return planAuditSheet({
    name: session.nameFor(sheetKey.audit, session.labels.sheetNames.audit),
    existingLines: session.reading.layout.auditLines,
    language: session.language,
    line: {
      time,
      action,
      fingerprint: assessment.fingerprint,
      products: assessment.products.length,
      complete: assessment.totals.complete,
      incomplete: assessment.totals.incomplete,
      invalid: assessment.totals.invalid,
      errors: assessment.errors,
      warnings: assessment.warnings,
    },
  });
}
