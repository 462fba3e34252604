import { languageOf } from "../i18n/language";
import { ribbonNotice } from "../i18n/ribbonText";
import { showNotice } from "./showNotice";

/**
 * "Tính kết quả" on the ribbon: computes the round without opening the pane. The compute command and the
 * Excel adapter are not part of this build yet, so the button says so instead of doing nothing.
 */
export async function computeFromRibbon(): Promise<void> {
  const language = languageOf(Office.context.displayLanguage);
  await showNotice(ribbonNotice("compute-unavailable", language));
}
