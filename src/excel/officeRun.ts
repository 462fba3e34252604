import type { ExcelContext, RunBatch } from "./excelApi";

/** Compile-time proof that the real request context has every member the adapter uses. */
const asExcelContext = (context: Excel.RequestContext): ExcelContext => context;

/** The production batch runner: one Excel.run per port call. Only the task pane bundle imports this. */
export const officeRun: RunBatch = (batch) => Excel.run((context) => batch(asExcelContext(context)));
