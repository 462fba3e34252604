export * from "./excelApi";
export * from "./excelWorkbook";
export * from "./requirements";
export * from "./payload";
export { textInput, cellInput } from "./cellInput";
export { officeRun } from "./officeRun";
