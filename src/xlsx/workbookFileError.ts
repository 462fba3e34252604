/** Why a workbook file could not be opened or saved; wording lives in src/i18n/fileErrors.ts. */
export type WorkbookFileProblem =
  | "file-missing"
  | "file-unreadable"
  | "file-empty"
  | "file-not-xlsx"
  | "file-old-xls"
  | "file-encrypted"
  | "file-corrupt"
  | "file-not-writable"
  /** Saving over the file would lose what exceljs cannot write back (charts, pivot tables, macros…). */
  | "file-content-would-be-lost";

/** A file the user pointed at that is not a workbook we can use: a message to show, never a stack trace. */
export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly path: string | undefined,
    /** What the system or the zip reader said, for the curious; not needed to understand the problem. */
    readonly detail?: string,
    /** For file-content-would-be-lost: what would be lost. */
    readonly content: readonly UnkeptContent[] = [],
  ) {
    super(`${problem}${path ? `: ${path}` : ""}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookFileError";
  }
}

/** Content of a workbook that exceljs does not write back. */
export type UnkeptContent =
  | "charts"
  | "pivot-tables"
  | "macros"
  | "slicers"
  | "form-controls"
  | "activex"
  | "timelines"
  | "threaded-comments";
