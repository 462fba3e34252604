/** Excel refuses these in sheet names, and names longer than 31 characters. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name Excel accepts, not already taken (compared case-insensitively, as Excel does): forbidden
 * characters become spaces, long names are cut, and a clash gets " (2)", " (3)"… .
 */
export function safeSheetName(wanted: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    wanted
      .replace(FORBIDDEN, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX_LENGTH) || "Sheet";
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
