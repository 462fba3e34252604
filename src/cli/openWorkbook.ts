import { fileErrorText } from "../i18n/fileErrors";
import type { Language } from "../i18n";
import { WorkbookFileError, XlsxWorkbook } from "../xlsx";
import { inputError } from "./cliIo";

/** Opens an .xlsx for a command; a file that cannot be used is a usage error with a message to act on. */
export async function openWorkbook(path: string, language: Language): Promise<XlsxWorkbook> {
  return asUsageError(() => XlsxWorkbook.fromFile(path), language);
}

/** Saves atomically: a failed save leaves the file as it was. */
export async function saveWorkbook(workbook: XlsxWorkbook, path: string, language: Language): Promise<void> {
  return asUsageError(() => workbook.saveAs(path), language);
}

async function asUsageError<T>(action: () => Promise<T>, language: Language): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof WorkbookFileError) throw inputError(fileErrorText(error, language));
    throw error;
  }
}
