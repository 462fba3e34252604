/**
 * The slice of Excel's custom functions runtime the OCOP functions use (CustomFunctionsRuntime 1.2). Declared
 * here because @types/custom-functions-runtime would add a dependency for two names.
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
  }
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
