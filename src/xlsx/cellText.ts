/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return, the
 * non-characters U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair. A product name
 * pasted from a web page or a PDF can carry one; written raw it makes the whole file unreadable.
 */
const CONTROLS_AND_NONCHARACTERS = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF";
const UNWRITABLE = new RegExp(
  [
    `[${CONTROLS_AND_NONCHARACTERS}]`,
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])",
    "(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  ].join("|"),
  "g",
);

/** "_x0041_" as typed, which a reader would otherwise decode to "A". */
const LOOKS_ESCAPED = /_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Whether a text may need either change above, tested once without the lookarounds: nearly every cell's
 * text needs neither, and a save runs this over every cell of every sheet.
 */
const MAY_NEED_ESCAPES = new RegExp(`[${CONTROLS_AND_NONCHARACTERS}\\uD800-\\uDFFF]|_x[0-9A-Fa-f]{4}_`);

const hex = (char: string) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * Cell text in the form OOXML gives for characters XML cannot carry (`_xHHHH_`, as Excel writes them): Excel,
 * LibreOffice and exceljs decode it back to the same text, so no character of a user's text is lost.
 */
export function encodeCellText(text: string): string {
  if (!MAY_NEED_ESCAPES.test(text)) return text;
  return text.replace(LOOKS_ESCAPED, "_x005F_").replace(UNWRITABLE, hex);
}

/** Text in places with no escape form (dropdown messages, headers, footers): unwritable characters go. */
export function stripUnwritable(text: string): string {
  return text.replace(UNWRITABLE, "");
}
