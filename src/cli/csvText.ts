/** A cell a spreadsheet would run as a formula or DDE call if it opened the CSV ("=…", "+…", "-…", "@…"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV, UTF-8 with a byte-order mark so Excel on a Vietnamese Windows reads the diacritics right;
 * CRLF line ends. Text that would start a formula gets a leading apostrophe (shown by no spreadsheet as
 * part of the value, kept as text by all), so a product named "=1+1" never runs.
 */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
