/**
 * The slice of office-js this adapter touches, as structural types. `Excel.RequestContext` satisfies it
 * (checked at compile time in officeRun.ts) and the test fake implements it, so the adapter can be tested
 * in Node without office.js while the compiler still holds it to the real API's shape.
 *
 * Enum-like properties are typed `string`: office-js declares them as enum-or-literal unions, and a wider
 * type here is what lets the real objects be assigned to these interfaces.
 */
export interface ExcelContext {
  readonly workbook: WorkbookApi;
  sync(): Promise<unknown>;
}

/** Runs one batch against a request context: `(batch) => Excel.run(batch)` in the add-in, a fake in tests. */
export type RunBatch = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: TableCollectionApi;
}

export interface WorksheetCollectionApi {
  readonly items: readonly WorksheetApi[];
  load(propertyNames: string): unknown;
  add(name?: string): WorksheetApi;
  getItem(key: string): WorksheetApi;
}

export interface WorksheetApi {
  /** Writable: a sheet copy gets Excel's "Name (2)" and is renamed to its plan's name. */
  name: string;
  readonly visibility: string;
  tabColor: string;
  readonly protection: WorksheetProtectionApi;
  readonly freezePanes: FreezePanesApi;
  readonly pageLayout: PageLayoutApi;
  /** Manual page breaks between rows (ExcelApi 1.9, as the page layout). */
  readonly horizontalPageBreaks: PageBreakCollectionApi;
  readonly tables: { add(address: string, hasHeaders: boolean): { name: string } };
  getRange(address?: string): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  /**
   * Several rectangles of one sheet, "B2:B9,D2:L9" (ExcelApi 1.9). Not used: desktop Excel splits the list
   * with the system's list separator (";" under vi-VN), so read each rectangle with getRange instead.
   */
  getRanges(address: string): RangeAreasApi;
  activate(): void;
  delete(): void;
  /** A copy of the whole sheet at positionType ("End": after the last sheet); ExcelApi 1.7. */
  copy(positionType?: string): WorksheetApi;
}

/** The protection options the adapter sets or restores (Excel has more; they travel along unread). */
export interface ProtectionOptionsApi {
  readonly allowFormatColumns?: boolean;
  readonly allowFormatRows?: boolean;
}

export interface WorksheetProtectionApi {
  readonly protected: boolean;
  /** As loaded (ExcelApi 1.2): restored as they were if a write is abandoned. */
  readonly options: ProtectionOptionsApi;
  load(propertyNames: string): unknown;
  protect(options?: ProtectionOptionsApi): void;
  /** Without the password of a password-protected sheet, the sync fails. */
  unprotect(): void;
}

export interface FreezePanesApi {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: RangeApi | string): void;
  unfreeze(): void;
}

export interface PageBreakCollectionApi {
  /** A break before the top-left cell of the range ("A31": row 31 begins a page). */
  add(pageBreakRange: string): unknown;
  /** Every manual break of the sheet reset. */
  removePageBreaks(): void;
}

export interface PageLayoutApi {
  paperSize: string;
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Margins in points (ExcelApi 1.9, as the rest of the page layout). */
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  setPrintTitleRows(rows: string): void;
  setPrintTitleColumns(columns: string): void;
  printOrder: string;
  readonly headersFooters: { readonly defaultForAllPages: { centerHeader: string; centerFooter: string } };
}

export interface RangeApi {
  readonly isNullObject: boolean;
  // office-js types these arrays as any[][]; a cell is a string, number, boolean, or null (leave unchanged).
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: readonly (readonly string[])[];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  columnHidden: boolean;
  rowHidden: boolean;
  readonly format: RangeFormatApi;
  readonly dataValidation: DataValidationApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  load(propertyNames: string): unknown;
  /** Cells of this range by kind ("Formulas", "Constants") and value type ("Errors") (ExcelApi 1.9). */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasApi;
  clear(applyTo?: string): void;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
}

/** Rectangles of one sheet, each a range (load "areas/items/values" and the like). */
export interface RangeAreasApi {
  readonly isNullObject: boolean;
  readonly areas: { readonly items: readonly RangeApi[] };
  load(propertyNames: string): unknown;
}

export interface RangeFormatApi {
  readonly font: {
    bold: boolean;
    italic: boolean;
    color: string;
    size: number;
    name: string;
    underline: string;
  };
  readonly fill: { color: string };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  rowHeight: number;
  readonly borders: { getItem(index: string): { style: string; weight: string } };
  readonly protection: { locked: boolean };
}

export interface DataValidationApi {
  clear(): void;
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
}

export interface ConditionalFormatCollectionApi {
  add(type: string): {
    readonly custom: {
      readonly rule: { formula: string };
      readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
    };
  };
  clearAll(): void;
}

export interface TableCollectionApi {
  readonly items: readonly { readonly name: string }[];
  load(propertyNames: string): unknown;
  getItem(key: string): TableApi;
}

export interface TableApi {
  /** Leaves the cells and removes the table (ExcelApi 1.2); Table.resize needs ExcelApi 1.13. */
  convertToRange(): unknown;
}
