import { columnLetters } from "../cellAddress";
import type { CriteriaColumns } from "./criteriaSheetContext";
import { DOCUMENT_MARGINS } from "./printLayout";
import type { PageMargins, PrintSetup } from "./sheetPlan";

/**
 * Column widths in Excel's character units: code "A.1.1 (1.1)" (wraps at its space), criterion texts,
 * points, marks (up to five stars at 10 pt), a member's score column (their name wrapped at word breaks,
 * the widest word "Nguyễn" or "Phương" whole) and the one score column of a member's copy ("Điểm của tôi",
 * their signature block above it). Narrow enough that eight members sit beside the fixed columns on a
 * landscape page at 100 %.
 */
export const CRITERIA_WIDTHS = {
  code: 8,
  text: 27,
  points: 5,
  required: 8,
  member: 6.5,
  myScore: 12,
} as const;

/** Nghị định 30/2020 papers (documents.md): Times New Roman, named on every font so no viewer substitutes. */
export const PRINT_FONT = "Times New Roman";
export const FONT_SIZE = { body: 11, title: 14, small: 10 } as const;

/** documents.md: 20–25 mm top and bottom, 30–35 mm left, 15–20 mm right (the documents' own margins). */
export const PAPER_MARGINS: PageMargins = DOCUMENT_MARGINS;

/** Excel's header/footer codes for the font and size of what follows (a space ends the size's digits). */
const FOOTER_FONT = `&"${PRINT_FONT},Regular"&${FONT_SIZE.small} `;

/** The footer of a criteria sheet, in its own font and size. */
export function criteriaFooter(text: string): string {
  return `${FOOTER_FONT}${text}`;
}

/**
 * How wide a column of `width` characters prints, in points, in each reader: Excel 7 px a character plus
 * 5 px padding (0.75 pt a pixel); LibreOffice 7 pt a character (measured on its PDF of these sheets: eight 6.5-character
 * columns span 364 pt), counted at 7.1 to err wide.
 */
const PRINTED_POINTS = {
  excel: (width: number) => width * 5.25 + 3.75,
  libreOffice: (width: number) => width * 7.1,
} as const;

/** The wider of the two: a layout that fits it on the page fits in both, so neither shrinks the print. */
const widestPoints = (width: number) =>
  Math.max(PRINTED_POINTS.excel(width), PRINTED_POINTS.libreOffice(width));
/** The narrower of the two: text wrapped to fit it never runs past its cell in either. */
const narrowestPoints = (width: number) =>
  Math.min(PRINTED_POINTS.excel(width), PRINTED_POINTS.libreOffice(width));

const POINTS_PER_MM = 72 / 25.4;
const PAPER_MM = { portrait: 210, landscape: 297 } as const;
const printablePoints = (orientation: "portrait" | "landscape") =>
  (PAPER_MM[orientation] - PAPER_MARGINS.left - PAPER_MARGINS.right) * POINTS_PER_MM;

/**
 * Average advance of a character of 11 pt Times New Roman (Liberation Serif) Vietnamese text, in points,
 * erring wide: LibreOffice sets about 80 plain characters on 336 pt (4.2 pt each); bold runs wider.
 */
const CHARACTER_POINTS = { plain: 4.4, bold: 4.8 } as const;
/** A cell's padding left and right, in points. */
const CELL_PADDING = 4;

/**
 * The width, in SheetDraft.fitText's units (it sets floor(1.1 × width) characters on a line of 11 pt text),
 * that holds as many characters as a column `width` characters wide prints in the narrower reader: row
 * heights then fit the wrapped text at its real size in Excel and in LibreOffice.
 */
export function fitWidth(width: number, weight: keyof typeof CHARACTER_POINTS = "plain"): number {
  return (narrowestPoints(width) - CELL_PADDING) / CHARACTER_POINTS[weight] / 1.1;
}

/** Width of each member's score column: a member's copy has one, wide enough for "Điểm của tôi". */
export function memberColumnWidth(memberCopy: boolean | undefined): number {
  return memberCopy ? CRITERIA_WIDTHS.myScore : CRITERIA_WIDTHS.member;
}

/** Members whose score columns print at 100 % on one page beside the fixed columns. */
function membersPerPage(orientation: "portrait" | "landscape", memberWidth: number): number {
  const W = CRITERIA_WIDTHS;
  const fixed = [W.code, W.text, W.points, W.required].reduce((sum, w) => sum + widestPoints(w), 0);
  return Math.floor((printablePoints(orientation) - fixed) / widestPoints(memberWidth));
}

/**
 * The criterion column's width: 27 characters where the sheet prints over pages across (the fixed columns
 * repeat on each), else widened to fill the page beside the members' columns, so a sheet of a few members
 * wraps its criterion texts less and prints on fewer pages. Hidden columns (the cap helper) take no room.
 */
export function criteriaTextWidth(memberCount: number, memberWidth: number): number {
  const W = CRITERIA_WIDTHS;
  const count = Math.max(memberCount, 1);
  const orientation = count <= membersPerPage("portrait", memberWidth) ? "portrait" : "landscape";
  if (count > membersPerPage(orientation, memberWidth)) return W.text;
  const others = [W.code, W.points, W.required].reduce((sum, w) => sum + widestPoints(w), 0);
  const room = printablePoints(orientation) - others - count * widestPoints(memberWidth);
  // Half a character short of the page's edge: the layout errs wide (widestPoints), never onto a next page.
  return Math.max(W.text, Math.floor((room / widestPoints(1)) * 2) / 2 - 0.5);
}

/**
 * A4 at 100 % (never shrunk to fit: issue 12 wants no text below 8 pt, and its cells are set at 10 and
 * 11 pt): portrait while every member fits one page (a member's copy, a council of up to 2), else
 * landscape, over as many pages across as the member columns need (8 a page: one page up to 8, two up to
 * 16), the code, criterion, points and marks columns repeated on each (print titles) and the pages of one
 * stretch of rows numbered side by side.
 */
export function criteriaSheetPrint(
  columns: CriteriaColumns,
  memberWidth: number,
  headerRow: number,
  footer: string,
): PrintSetup {
  const memberCount = Math.max(columns.lastMember - columns.firstMember + 1, 1);
  const common = {
    paper: "A4",
    fitToWidth: false,
    repeatRows: `${headerRow + 1}:${headerRow + 1}`,
    footer: criteriaFooter(footer),
    margins: PAPER_MARGINS,
  } as const;
  if (memberCount <= membersPerPage("portrait", memberWidth)) return { ...common, orientation: "portrait" };
  const pages = Math.ceil(memberCount / Math.max(membersPerPage("landscape", memberWidth), 1));
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
