import type { ExcelContext, RunBatch } from "./excelApi";
import { asHostError, hostProblemOf, isRetried } from "./excelHostError";

/** One port call's batch, given the payload budget this try may use. */
export type BudgetedBatch<T> = (context: ExcelContext, budgetBytes: number) => Promise<T>;

/**
 * Runs a port call's batch and, when Excel refuses it for a reason one more try may clear, runs it once
 * more (never more): after a payload limit with a quarter of the budget (more, smaller syncs), after a
 * co-author's conflict, a sheet gone missing or a busy host as it was, after `delayMs`. Every batch of the
 * adapter starts by reading the workbook's state, so running one again after a failure part-way redoes
 * what is left. What Excel still refuses comes out as an ExcelHostError; other errors as they are.
 */
export async function retryingRun<T>(
  run: RunBatch,
  budgetBytes: number,
  batch: BudgetedBatch<T>,
  delayMs = 0,
): Promise<T> {
  try {
    return await run((context) => batch(context, budgetBytes));
  } catch (error) {
    const problem = hostProblemOf(error);
    const retryBudget =
      problem === "payload-too-large" ? Math.floor(budgetBytes / 4) : isRetried(problem) ? budgetBytes : 0;
    if (retryBudget <= 0) throw asHostError(error);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    try {
      return await run((context) => batch(context, retryBudget));
    } catch (again) {
      throw asHostError(again);
    }
  }
}
