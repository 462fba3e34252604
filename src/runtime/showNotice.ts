import type { RibbonNotice } from "../i18n/ribbonText";

/**
 * Shows a short message from a ribbon command, which has no pane to write into: a small dialog page
 * (notice.html) reads the words from its query string. Resolves when the user closes it; a host without
 * dialogs (DialogApi 1.1) gets nothing rather than an error, since the work itself is already done.
 */
export function showNotice(notice: RibbonNotice): Promise<void> {
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  const url = new URL("notice.html", window.location.href);
  url.searchParams.set("title", notice.title);
  url.searchParams.set("message", notice.message);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 25, width: 30, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = opened.value;
        const close = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
