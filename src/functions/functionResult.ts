import { functionProblemText, type FunctionProblem } from "../i18n/functionText";
import type { Language } from "../i18n/language";

/**
 * The Excel errors the OCOP functions give, named as in CustomFunctions.ErrorCode: #VALUE! for an argument
 * of the wrong kind, #NUM! for a number out of range, #N/A for something not known or not there yet.
 */
export type ExcelErrorCode = "invalidValue" | "invalidNumber" | "notAvailable";

/**
 * What a custom function computes, before it meets Excel: a value, or an error with the reason. Keeping this
 * plain lets the rules run in Node tests; functions.ts turns an error into a CustomFunctions.Error.
 */
export type FunctionResult<T> =
  | { readonly kind: "value"; readonly value: T }
  | {
      readonly kind: "error";
      readonly code: ExcelErrorCode;
      readonly problem: FunctionProblem;
      readonly message: string;
    };

export const value = <T>(found: T): FunctionResult<T> => ({ kind: "value", value: found });

export function failure<T>(
  code: ExcelErrorCode,
  problem: FunctionProblem,
  language: Language,
): FunctionResult<T> {
  return { kind: "error", code, problem, message: functionProblemText(problem, language) };
}
