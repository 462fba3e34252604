import { downloadFile, XLSX_TYPE } from "./downloadFile";

/**
 * Opens .xlsx bytes as a new workbook in Excel where the host can (Excel.createWorkbook, ExcelApi 1.8), else
 * hands them to the browser as a file to save. Outside Excel (the browser harness) it is always a file.
 */
export async function openAsNewWorkbook(
  fileName: string,
  bytes: Uint8Array,
): Promise<"opened" | "downloaded"> {
  if (canCreateWorkbook()) {
    await Excel.createWorkbook(toBase64(bytes));
    return "opened";
  }
  downloadFile(fileName, bytes, XLSX_TYPE);
  return "downloaded";
}

function canCreateWorkbook(): boolean {
  return (
    typeof Office !== "undefined" &&
    typeof Excel !== "undefined" &&
    Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", "1.8"))
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
