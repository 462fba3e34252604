import type { PageMargins, PrintSetup, SheetFont } from "./sheetPlan";

/**
 * How the papers a council signs are printed (Nghị định 30/2020/NĐ-CP on văn thư): Times New Roman named
 * on every cell, A4, margins 20 mm top and bottom, 30 mm left (the binding), 15 mm right, and the page
 * number of each document in its footer.
 */
export const DOCUMENT_FONT: SheetFont = { name: "Times New Roman", size: 12 };

/** Working sheets (setup tables, criteria sheets) keep the size their layouts were measured in. */
export const SHEET_FONT: SheetFont = { name: DOCUMENT_FONT.name, size: 11 };

export const DOCUMENT_MARGINS: PageMargins = {
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
  header: 8,
  footer: 8,
};

/**
 * Printable width of an A4 page inside DOCUMENT_MARGINS, in column-width characters. Excel prints a
 * character of width as 5.25 pt (plus 3.75 pt of padding per column), LibreOffice as 7 pt: a document
 * laid out to fit LibreOffice's wider columns fits Excel's too, so its text is never shrunk to fit.
 */
export const PAGE_WIDTH_CHARACTERS = {
  // 210 − 45 mm = 165 mm = 468 pt.
  portrait: 66,
  // 297 − 45 mm = 252 mm = 714 pt.
  landscape: 101,
} as const;

/**
 * "Trang 1/3": the footer's own font named too, Excel's page code (&P) and the document's page count, or
 * Excel's pages code (&N) where the sheet's count is not known (&N counts a whole print job's pages).
 */
export function pageNumberFooter(word: string, pages?: number): string {
  return `&"${DOCUMENT_FONT.name},Regular"&11${word} &P/${pages ?? "&N"}`;
}

/** A4 print setup of a document: margins, page numbers, rows (and columns) repeated on every page. */
export function documentPrint(options: {
  readonly orientation: "portrait" | "landscape";
  readonly pageWord: string;
  readonly repeatRows?: string;
  readonly repeatColumns?: string;
  /** Shrink to the page's width: only for working tables whose width the user decides (setup sheets). */
  readonly fitToWidth?: boolean;
}): PrintSetup {
  return {
    paper: "A4",
    orientation: options.orientation,
    fitToWidth: options.fitToWidth ?? false,
    margins: DOCUMENT_MARGINS,
    footer: pageNumberFooter(options.pageWord),
    ...(options.repeatRows ? { repeatRows: options.repeatRows } : {}),
    ...(options.repeatColumns ? { repeatColumns: options.repeatColumns } : {}),
  };
}
