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
 * The smallest print scale this model allows: LibreOffice lays columns out about 4 % wider than the model
 * counts (a sheet put at 86 % printed at 84 %), so 90 % here prints the 10 pt column header at 8.6 pt or
 * more and 11 pt text at 9.5 pt, above issue 12's 8 pt floor.
 */
const MIN_SCALE = 0.9;

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
 * A4 for a council of any size, never below MIN_SCALE: portrait while that scale holds (a member's copy,
 * a council of up to 2), else landscape one page wide (up to 8), else landscape over as many pages across
 * as keep the scale (two for 9 to 19 members), the code, criterion, points and marks columns repeated on
 * each (print titles) and the pages of one stretch of rows numbered side by side.
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
  const scale = (orientation: "portrait" | "landscape", pages: number) =>
    (pages * printablePixels(orientation)) / (pages * fixed + members);
  const common = {
    paper: "A4",
    fitToWidth: true,
    repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    footer: `${FOOTER_FONT}${footer}`,
    margins: PAPER_MARGINS,
  } as const;
  if (scale("portrait", 1) >= MIN_SCALE) return { ...common, orientation: "portrait" };
  let pages = 1;
  while (pages < memberCount && scale("landscape", pages) < MIN_SCALE) pages += 1;
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
