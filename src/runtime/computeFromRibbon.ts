import { describeFailure } from "../i18n/hostErrors";
import { languageOf } from "../i18n/language";
import { ribbonNotice, type RibbonOutcome } from "../i18n/ribbonText";
import { showNotice } from "./showNotice";

/**
 * "Tính kết quả" on the ribbon: computes the round without opening the pane, then says what it did. The
 * command is imported on first use (its own chunk) to keep the functions bundle small.
 */
export async function computeFromRibbon(): Promise<void> {
  const language = languageOf(Office.context.displayLanguage);
  let outcome: RibbonOutcome;
  try {
    const { computeInExcel } = await import(/* webpackChunkName: "ribbon-compute" */ "./ribbonCompute");
    outcome = await computeInExcel();
  } catch (error) {
    // Excel's refusals (a cell being edited, a read-only workbook…) in the user's words, with what to do.
    outcome = { kind: "failed", detail: describeFailure(error, language) };
  }
  await showNotice(ribbonNotice(outcome, language));
}
