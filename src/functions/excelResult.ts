import type { FunctionResult } from "./functionResult";

/**
 * A computed result as Excel wants it: the value, or a thrown CustomFunctions.Error. #NUM! carries no custom
 * message in Excel (only #VALUE! and #N/A do), so its reason is left out rather than silently dropped later.
 */
export function excelResult<T>(result: FunctionResult<T>): T {
  if (result.kind === "value") return result.value;
  const code = CustomFunctions.ErrorCode[result.code];
  throw result.code === "invalidNumber"
    ? new CustomFunctions.Error(code)
    : new CustomFunctions.Error(code, result.message);
}
