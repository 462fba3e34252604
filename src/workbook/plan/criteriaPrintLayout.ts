import { columnLetters } from "../cellAddress";
import type { CriteriaColumns } from "./criteriaSheetContext";
import type { PageMargins, PrintSetup } from "./sheetPlan";

/** Column widths in Excel's character units: code "A.1.1 (1.1)", criterion texts, points, marks, members. */
export const CRITERIA_WIDTHS = { code: 11, text: 48, points: 6, required: 9, member: 8 } as const;

/** Nghị định 30/2020 papers (documents.md): Times New Roman, named on every font so no viewer substitutes. */
export const PRINT_FONT = "Times New Roman";
export const FONT_SIZE = { body: 11, title: 14, small: 10 } as const;

/** documents.md: 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right. */
export const PAPER_MARGINS: PageMargins = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 };

/**
 * The smallest print scale a sheet may get: 11 pt text prints at 8.8 pt, above issue 12's 8 pt floor with
 * room for the application's own rounding of the scale.
 */
const MIN_SCALE = 0.8;

/** Excel's header/footer codes for the font and size of what follows (a space ends the size's digits). */
const FOOTER_FONT = `&"${PRINT_FONT},Regular"&${FONT_SIZE.small} `;

/** A column `width` characters wide in pixels at 100 %: Calibri 11's 7 px a character plus 5 px padding. */
const pixels = (width: number) => width * 7 + 5;
const PAPER_MM = { portrait: 210, landscape: 297 } as const;

function printablePixels(orientation: "portrait" | "landscape"): number {
  const mm = PAPER_MM[orientation] - PAPER_MARGINS.left - PAPER_MARGINS.right;
  return (mm / 25.4) * 96;
}

/**
 * A4 for a council of any size up to 15 and beyond, never below MIN_SCALE: portrait when it fits, else
 * landscape one page wide, else landscape over as many pages across as keep the scale, the code, criterion
 * and points columns repeated on each (print titles), the halves printed side by side (pages 1 and 2).
 */
export function criteriaSheetPrint(
  columns: CriteriaColumns,
  memberCount: number,
  headerRow: number,
  footer: string,
): PrintSetup {
  const W = CRITERIA_WIDTHS;
  const fixed = pixels(W.code) + pixels(W.text) + pixels(W.points) + pixels(W.required);
  const members = Math.max(memberCount, 1) * pixels(W.member);
  const common = {
    paper: "A4",
    fitToWidth: true,
    repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    footer: `${FOOTER_FONT}${footer}`,
    margins: PAPER_MARGINS,
  } as const;
  if (fixed + members <= printablePixels("portrait")) return { ...common, orientation: "portrait" };
  const width = printablePixels("landscape");
  let pages = 1;
  while (pages < memberCount && (pages * width) / (pages * fixed + members) < MIN_SCALE) pages += 1;
  if (pages === 1) return { ...common, orientation: "landscape" };
  const lastFixed = columns.cap ?? columns.required;
  return {
    ...common,
    orientation: "landscape",
    pagesWide: pages,
    repeatColumns: `${columnLetters(columns.code)}:${columnLetters(lastFixed)}`,
    pageOrder: "over-then-down",
  };
}
