/**
 * What Excel itself refused, as a problem the user can act on; wording lives in src/i18n/hostErrors.ts.
 * office-js rejects a context.sync() with an OfficeExtension.Error whose `code` names the reason (the
 * office-js reference's Excel.ErrorCodes and OfficeExtension.ErrorCodes, and the "Office Common API error
 * codes" page); its `message` is English text from the host, shown to nobody.
 */
export type ExcelHostProblem =
  /** InvalidOperationInCellEditMode: a cell is being edited; Excel runs no add-in request until it ends. */
  | "cell-edit-mode"
  /** Request or response over Excel on the web's 5 MB, even after one retry in smaller slices. */
  | "payload-too-large"
  /** AccessDenied: the workbook is read-only, its structure protected, or the user may only view it. */
  | "read-only"
  /** Conflict: a co-author changed the same place at the same time (after one retry). */
  | "conflict"
  /** ItemNotFound: a sheet was deleted or renamed while the command ran (after one retry). */
  | "sheet-gone"
  /** InactiveWorkbook: several workbooks are open and this one lost focus. */
  | "inactive-workbook"
  /** ApiNotFound: the host lacks an API the command called. */
  | "host-too-old"
  /** GeneralException, ActivityLimitReached, RequestAborted, ServiceNotAvailable…: busy or a passing fault. */
  | "busy"
  /** A sheet the command must write is protected with a password: nothing was written. */
  | "sheet-password-protected"
  /** A member's copy can neither open as a new workbook (ExcelApi 1.8) nor download in this Excel. */
  | "cannot-open-copy";

/** An Excel refusal with what the user needs to act: the problem and, where there is one, the sheet. */
export class ExcelHostError extends Error {
  constructor(
    readonly problem: ExcelHostProblem,
    readonly sheet?: string,
    /** The office-js error code and English message, for support staff; not needed to act. */
    readonly detail?: string,
  ) {
    super(`${problem}${sheet ? `: ${sheet}` : ""}${detail ? ` (${detail})` : ""}`);
    this.name = "ExcelHostError";
  }
}

/** office-js codes by the problem they mean. A code not listed is not Excel's to explain: it stays as is. */
const PROBLEM_OF_CODE: Readonly<Record<string, ExcelHostProblem>> = {
  InvalidOperationInCellEditMode: "cell-edit-mode",
  EditModeCannotBeUsed: "cell-edit-mode",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  PayloadTooLarge: "payload-too-large",
  AccessDenied: "read-only",
  Conflict: "conflict",
  InsertDeleteConflict: "conflict",
  ItemNotFound: "sheet-gone",
  InactiveWorkbook: "inactive-workbook",
  ApiNotFound: "host-too-old",
  GeneralException: "busy",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  ServiceNotAvailable: "busy",
  Timeout: "busy",
  ConnectionFailure: "busy",
};

/**
 * Problems one more try may clear by itself, once: a co-author's edit lands, a deleted sheet is no longer
 * looked for, a busy host answers. Cell-edit mode waits on the user and is never retried behind their back.
 */
const RETRIED: ReadonlySet<ExcelHostProblem> = new Set(["conflict", "sheet-gone", "busy"]);

/** The office-js error code of a rejected sync, if it is one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** The problem an office-js error means, or undefined for one we do not know (or not an office-js one). */
export function hostProblemOf(error: unknown): ExcelHostProblem | undefined {
  if (error instanceof ExcelHostError) return error.problem;
  const code = officeErrorCode(error);
  return code === undefined ? undefined : PROBLEM_OF_CODE[code];
}

export function isRetried(problem: ExcelHostProblem | undefined): boolean {
  return problem !== undefined && RETRIED.has(problem);
}

/** An office-js error as the typed host error it means; anything else unchanged. */
export function asHostError(error: unknown): unknown {
  if (error instanceof ExcelHostError) return error;
  const problem = hostProblemOf(error);
  if (problem === undefined) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ExcelHostError(problem, undefined, `${officeErrorCode(error)}: ${message}`);
}
