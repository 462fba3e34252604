/**
 * A sheet plan: what one generated sheet looks like, as plain values. Both adapters (office-js and
 * exceljs) render the same plan, so Excel and an .xlsx file hold the same workbook.
 *
 * Addresses are A1 strings on the plan's own sheet ("B4", "B4:H40"). Rows and columns in numeric fields are
 * 0-based.
 */
export type CellValue = string | number | boolean | null;

/** One cell to write: a value (text stays text, never a formula) or a native formula ("=SUM(B2:B9)"). */
export type PlannedCell =
  | { readonly value: CellValue }
  | { readonly formula: string }
  /** Leave the cell as it is (a user's entry inside a written block). */
  | { readonly keep: true };

/** A rectangle of cells written in one 2-D array, anchored at its top-left address. */
export interface CellBlock {
  readonly at: string;
  readonly rows: readonly (readonly PlannedCell[])[];
}

export interface CellFormat {
  readonly range: string;
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A single line under the text (the motto of a national heading). */
  readonly underline?: boolean;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  /** Theme-free fill, as #RRGGBB, for headers and input cells (printed sheets need contrast, not colour). */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly fontSize?: number;
  /** Named on every printed font, so no viewer falls back to its own face ("Times New Roman"). */
  readonly fontName?: string;
  readonly border?: "thin" | "none";
  /** false marks an input cell that stays editable when the sheet is protected. */
  readonly locked?: boolean;
}

/** Dropdown of allowed values; anything else is rejected by Excel with the given message. */
export interface ListValidation {
  readonly range: string;
  readonly list: readonly (string | number)[];
  /**
   * Where the items sit when they cannot be typed into the rule (over 255 characters, or an item with a
   * comma): an absolute range on the same sheet, "$M$2:$M$27", holding `list` (listSource.ts).
   */
  readonly source?: string;
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly prompt?: string;
}

/** Highlight rule: cells in range whose formula (relative to the range's top-left cell) is true. */
export interface ConditionalFormat {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/** Page margins in millimetres (Nghị định 30/2020: 20–25 top and bottom, 30–35 left, 15–20 right). */
export interface PageMargins {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** From the paper's edge to the header and to the footer line. */
  readonly header: number;
  readonly footer: number;
}

export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /**
   * Shrink to one page wide. A document laid out to fit its page leaves this false, so its text prints at
   * the size it was set in; a table wider than the page then flows onto further pages.
   */
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, 1-based as Excel writes them ("1:6"). */
  readonly repeatRows?: string;
  /** Columns repeated at the left of every printed page, as Excel writes them ("B:D"). */
  readonly repeatColumns?: string;
  readonly margins?: PageMargins;
  /** Header and footer text with Excel's codes (&P page, &N pages, &"Font,Style" a font). */
  readonly header?: string;
  readonly footer?: string;
  /**
   * With fitToWidth: the pages across the sheet is fitted to (default 1). Without it: the pages across the
   * sheet's columns take at 100 %, as its layout counted them (informative; the reader breaks the pages).
   */
  readonly pagesWide?: number;
  /**
   * Rows (0-based) that begin a new page: manual breaks placed so a block kept together (a signature, a
   * heading with its first line) never splits across pages. Excel and LibreOffice keep them as set. A
   * paper always says (an empty list: no breaks, and any left from an earlier draw go); undefined leaves
   * the sheet's breaks alone.
   */
  readonly rowBreaks?: readonly number[];
  /** "over-then-down": a sheet two pages wide prints its halves as pages 1 and 2, side by side. */
  readonly pageOrder?: "down-then-over" | "over-then-down";
}

/** The font every cell of a generated sheet is written in, unless a format says another size. */
export interface SheetFont {
  readonly name: string;
  readonly size: number;
}

/** An Excel table users can paste rows into (setup sheets). */
export interface TablePlan {
  readonly name: string;
  /** Header row plus data rows, e.g. "A3:H40". */
  readonly range: string;
}

export type SheetKind =
  | "round"
  | "products"
  | "council"
  | "criteria"
  | "result"
  | "audit"
  | "criteria-set"
  | "member-scores"
  | "minutes"
  | "proposals";

export interface SheetPlan {
  /** Sheet name to create, or the current name of the sheet this plan replaces (found by its hidden id). */
  readonly name: string;
  readonly kind: SheetKind;
  /** Stable id written into the sheet (hidden), e.g. "criteria:P01". */
  readonly key: string;
  /** Ranges emptied (values and formats) before the blocks are written: the generated region only. */
  readonly clear: readonly string[];
  readonly blocks: readonly CellBlock[];
  readonly formats: readonly CellFormat[];
  readonly merges: readonly string[];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  /**
   * Heights in points of rows whose wrapped text needs more than one line (0-based rows). Optional: a file
   * opened without them shows wrapped lines overlapping on screen and in print.
   */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
  readonly validations: readonly ListValidation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly tables: readonly TablePlan[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly protect: boolean;
  readonly print?: PrintSetup;
  /** Named font of the whole sheet: a cell without a named font prints in whatever the reader substitutes. */
  readonly font?: SheetFont;
  /** Tab colour, #RRGGBB. */
  readonly tabColor?: string;
}
