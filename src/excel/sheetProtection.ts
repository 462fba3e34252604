import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { ExcelContext, WorksheetApi } from "./excelApi";
import { ExcelHostError, hostProblemOf } from "./excelHostError";
import { OPERATION_BYTES, type PayloadBudget } from "./payload";

/** What the first sync of a write loads of every sheet: its name and protection, with the options to restore. */
export const SHEET_PROTECTION_PROPERTIES = "items/name,items/protection/protected,items/protection/options";

/** The existing sheets some plan draws on that are protected now, in the order the plans draw them. */
export function protectedTargets(
  plans: readonly SheetPlan[],
  find: (name: string) => WorksheetApi | undefined,
): WorksheetApi[] {
  const targets: WorksheetApi[] = [];
  for (const plan of plans) {
    const sheet = find(plan.name);
    if (sheet && sheet.protection.protected && !targets.includes(sheet)) targets.push(sheet);
  }
  return targets;
}

/**
 * Queues unprotect() on every target before any other request of the write, so the write's first sync
 * fails on a sheet Excel will not unprotect (a password) before a single cell has changed.
 */
export async function unprotectFirst(targets: readonly WorksheetApi[], budget: PayloadBudget): Promise<void> {
  for (const sheet of targets) {
    await budget.spend(OPERATION_BYTES);
    sheet.protection.unprotect();
  }
}

/**
 * Whether a failed first write sync may be a sheet Excel would not unprotect: Excel gives no documented
 * code for it, so any refusal but those that say what they are (cell-edit mode, a payload limit, a
 * co-author, a busy host…); AccessDenied stays possible.
 */
export function mayBeRefusedProtection(error: unknown): boolean {
  const problem = hostProblemOf(error);
  return problem === undefined || problem === "read-only";
}

/**
 * After the write's first sync failed: finds the target Excel would not unprotect (the first still
 * protected, in the order they were queued), protects again, with their own options, the targets whose
 * unprotect ran before it, and returns the error naming that sheet. Returns `error` itself when every
 * target was unprotected (the failure lies elsewhere) or when Excel does not answer the check either.
 * A password cannot be told from a read-only workbook here (isPasswordProtected is Excel on the web's
 * only): the message says both.
 */
export async function refusedProtection(
  context: ExcelContext,
  targets: readonly WorksheetApi[],
  error: unknown,
): Promise<unknown> {
  if (targets.length === 0) return error;
  try {
    for (const sheet of targets) sheet.protection.load("protected");
    await context.sync();
    const refused = targets.find((sheet) => sheet.protection.protected);
    if (!refused) return error;
    for (const sheet of targets.slice(0, targets.indexOf(refused)))
      sheet.protection.protect(sheet.protection.options);
    await context.sync();
    return new ExcelHostError("sheet-password-protected", refused.name);
  } catch {
    return error;
  }
}
