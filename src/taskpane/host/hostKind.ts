/** Where the pane runs: inside Excel (office.js present), or in a plain browser over an in-memory workbook. */
export type HostKind = "excel" | "memory";

/**
 * The browser test harness opens the pane without office.js, or with `?host=memory` to force the
 * in-memory workbook even when office.js was loaded from the CDN.
 */
export function detectHost(search: string, officeDefined: boolean): HostKind {
  const wanted = new URLSearchParams(search).get("host");
  if (wanted === "memory" || !officeDefined) return "memory";
  return "excel";
}
