import { ExcelHostError } from "../../excel/excelHostError";

/** How a member's copy reached the user: opened as a new, unsaved workbook, or downloaded as a file. */
export type CopyDelivery = "opened" | "downloaded";

export interface CopyFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** What the host offers for handing over a file. */
export interface CopyHost {
  /** Excel.createWorkbook (ExcelApi 1.8): opens the copy as a new workbook the member saves. */
  readonly openWorkbook?: (base64: string) => Promise<void>;
  /** An <a download> link saves a file here: a browser and Excel on the web; not Excel for Mac's webview. */
  readonly canDownload: boolean;
  /** Where both work, download: in Excel on the web a new workbook opens in a tab a pop-up blocker may stop. */
  readonly preferDownload: boolean;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The pane outside Excel (browser tests, demos): a plain browser download. */
export const BROWSER_COPY_HOST: CopyHost = { canDownload: true, preferDownload: true };

/**
 * What this Excel offers, from Office.context.diagnostics.platform ("PC", "Mac", "OfficeOnline"…). A
 * download does nothing in Excel for Mac's webview (office-js #2700, #3385) and shows a download bar inside
 * the pane on Windows (#1793), so desktop Excel opens the copy as a new workbook where ExcelApi 1.8 allows.
 */
export function excelCopyHost(
  platform: string,
  hasExcelApi18: boolean,
  createWorkbook: (base64: string) => Promise<void>,
): CopyHost {
  return {
    openWorkbook: hasExcelApi18 ? createWorkbook : undefined,
    canDownload: platform === "OfficeOnline" || platform === "PC",
    preferDownload: platform === "OfficeOnline",
  };
}

/**
 * Hands a member's copy over the way this host can; when it can neither open a workbook nor download,
 * says so (ExcelHostError "cannot-open-copy") rather than seeming to work.
 */
export async function deliverCopy(copy: CopyFile, host: CopyHost): Promise<CopyDelivery> {
  const download = host.canDownload && (host.preferDownload || !host.openWorkbook);
  if (download) {
    downloadFile(copy);
    return "downloaded";
  }
  if (!host.openWorkbook) throw new ExcelHostError("cannot-open-copy");
  await host.openWorkbook(base64Of(copy.bytes));
  return "opened";
}

/** Hands bytes to the browser as a file download (the pane has no file system of its own). */
function downloadFile(copy: CopyFile): void {
  const url = URL.createObjectURL(new Blob([copy.bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = copy.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some webviews start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Base64 of bytes, in slices: String.fromCharCode over a whole workbook would overflow the call stack. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
