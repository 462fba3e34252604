import { languageOf } from "../i18n/language";
import { ribbonNotice, type RibbonOutcome } from "../i18n/ribbonText";
import { showNotice } from "./showNotice";

/**
 * "Tính kết quả" on the ribbon: computes the round without opening the pane, then says what it did. The
 * command is imported on first use (its own chunk) to keep the functions bundle small.
 */
export async function computeFromRibbon(): Promise<void> {
  let outcome: RibbonOutcome;
  try {
    const { computeInExcel } = await import(/* webpackChunkName: "ribbon-compute" */ "./ribbonCompute");
    outcome = await computeInExcel();
  } catch (error) {
    outcome = { kind: "failed", detail: error instanceof Error ? error.message : String(error) };
  }
  await showNotice(ribbonNotice(outcome, languageOf(Office.context.displayLanguage)));
}
