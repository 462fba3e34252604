export * from "./workbookFileError";
export * from "./xlsxWorkbook";
export * from "./writeFileAtomically";
export * from "./exceljsWorkbook";
