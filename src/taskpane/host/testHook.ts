import type { MemoryWorkbook } from "../../workbook/memoryWorkbook";

declare global {
  interface Window {
    /** Set only when the pane runs over the in-memory workbook: the browser tests act as members through it. */
    ocopTest?: { readonly workbook: MemoryWorkbook };
  }
}

export {};
