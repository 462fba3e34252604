import { columnLetters, parseCell, parseRange, rangeAddress } from "../workbook/cellAddress";
import { indexRuns } from "../workbook/indexRuns";
import type {
  CellBlock,
  CellFormat,
  ListValidation,
  PageMargins,
  PrintSetup,
  SheetPlan,
} from "../workbook/plan/sheetPlan";
import { listRuleSource } from "../workbook/plan/listSource";
import { formatAreas, validationAreas } from "./areas";
import type { CellWrite } from "./cellChanges";
import { cellInput } from "./cellInput";
import type { PageLayoutApi, RangeApi, TableCollectionApi, WorksheetApi } from "./excelApi";
import { jsonBytes, OPERATION_BYTES, splitRows, type PayloadBudget } from "./payload";
import type { ExcelFeature } from "./requirements";

export interface RenderContext {
  readonly features: ReadonlySet<ExcelFeature>;
  readonly budget: PayloadBudget;
  /** The sheet is protected now (read in the batch's first sync): unprotect before touching cells. */
  readonly protectedNow: boolean;
  /** Table names already in the workbook: a rerun redraws them rather than add a second of that name. */
  readonly existingTables: ReadonlySet<string>;
  readonly tables: TableCollectionApi;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/**
 * Queues one sheet plan on a worksheet, in the order the exceljs adapter draws it (clear, cells, formats,
 * sheet settings, protection last), without a sync of its own: the budget syncs only when the queued
 * bytes would pass the request limit.
 */
export async function renderPlan(
  sheet: WorksheetApi,
  plan: SheetPlan,
  context: RenderContext,
): Promise<void> {
  const { features, budget } = context;
  const operation = (count = 1) => budget.spend(OPERATION_BYTES * count);

  if (context.protectedNow) {
    await operation();
    sheet.protection.unprotect();
  }
  // A table already there is turned back into cells before the clear, and added again at the end over
  // the plan's range: a longer list must not run past its table (Table.resize needs ExcelApi 1.13).
  for (const table of plan.tables)
    if (context.existingTables.has(table.name.toLowerCase())) {
      await operation();
      context.tables.getItem(table.name).convertToRange();
    }
  for (const address of plan.clear) {
    await operation(4);
    const range = sheet.getRange(address);
    range.unmerge();
    range.clear("All");
    if (features.has("conditional-formats")) range.conditionalFormats.clearAll();
    if (features.has("data-validation")) range.dataValidation.clear();
  }
  for (const block of plan.blocks) await writeBlock(sheet, block, budget);
  if (plan.font) await nameFont(sheet, plan, budget);
  for (const format of formatAreas(plan.formats)) await applyFormat(sheet, format, budget);
  for (const merge of plan.merges) {
    await operation();
    sheet.getRange(merge).merge(false);
  }
  for (const { column, width } of plan.columnWidths) {
    await operation();
    sheet.getRange(columnRange(column)).format.columnWidth = columnWidthPoints(width);
  }
  for (const { rows, height } of rowHeightRuns(plan)) {
    await operation();
    sheet.getRange(rows).format.rowHeight = height;
  }
  for (const column of plan.hiddenColumns) {
    await operation();
    sheet.getRange(columnRange(column)).columnHidden = true;
  }
  for (const row of plan.hiddenRows) {
    await operation();
    sheet.getRange(`${row + 1}:${row + 1}`).rowHidden = true;
  }
  if (features.has("data-validation"))
    for (const validation of validationAreas(plan.validations)) {
      await budget.spend(OPERATION_BYTES * 4 + jsonBytes(validation));
      addValidation(sheet.getRange(validation.range), validation);
    }
  if (features.has("conditional-formats")) {
    // Rules already on the plan's ranges go first, all of them, so two rules on one range both stay.
    for (const range of new Set(plan.conditionalFormats.map((format) => format.range))) {
      await operation();
      sheet.getRange(range).conditionalFormats.clearAll();
    }
    for (const format of plan.conditionalFormats) {
      await operation(4);
      const added = sheet.getRange(format.range).conditionalFormats.add("Custom").custom;
      added.rule.formula = format.formula;
      added.format.fill.color = format.fill;
      if (format.fontColor) added.format.font.color = format.fontColor;
    }
  }
  for (const table of plan.tables) {
    await operation(2);
    sheet.tables.add(table.range, true).name = table.name;
  }
  await renderSheetSettings(sheet, plan, features, budget);
  if (plan.protect) await protect(sheet, budget);
}

/** Panes, tab colour and print layout: settings of the sheet as a whole, not of its cells. */
export async function renderSheetSettings(
  sheet: WorksheetApi,
  plan: SheetPlan,
  features: ReadonlySet<ExcelFeature>,
  budget: PayloadBudget,
): Promise<void> {
  if (features.has("sheet-view")) {
    await budget.spend(OPERATION_BYTES);
    freeze(sheet, plan.freeze);
    if (plan.tabColor) sheet.tabColor = plan.tabColor;
  }
  if (plan.print && features.has("page-layout")) {
    // Paper, orientation, zoom, six margins, title rows and columns, header, footer, page breaks.
    await budget.spend(OPERATION_BYTES * (15 + (plan.print.rowBreaks?.length ?? 0)));
    printSetup(sheet, plan.print);
  }
}

export async function protect(sheet: WorksheetApi, budget: PayloadBudget): Promise<void> {
  await budget.spend(OPERATION_BYTES);
  // Formatting rows and columns stays allowed so a council can widen a column to read a long name.
  sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}

async function writeBlock(sheet: WorksheetApi, block: CellBlock, budget: PayloadBudget): Promise<void> {
  const origin = parseCell(block.at);
  const width = Math.max(0, ...block.rows.map((row) => row.length));
  if (width === 0) return;
  // Ragged rows are padded with null (leave unchanged): office-js needs a rectangle.
  const inputs = block.rows.map((row) =>
    Array.from({ length: width }, (_, c) => (row[c] ? cellInput(row[c]) : null)),
  );
  await writeCells(sheet, { top: origin.row, left: origin.column, rows: inputs }, budget);
}

/** Writes a rectangle of cell inputs (every row as wide as the first). */
export async function writeCells(
  sheet: WorksheetApi,
  cells: CellWrite,
  budget: PayloadBudget,
): Promise<void> {
  const width = cells.rows[0]?.length ?? 0;
  if (width === 0) return;
  // A block larger than the budget goes in row slices so no single request passes Excel on the web's limit.
  for (const chunk of splitRows(cells.rows, budget.budgetBytes - OPERATION_BYTES)) {
    await budget.spend(jsonBytes(chunk.rows) + OPERATION_BYTES);
    const top = cells.top + chunk.start;
    const address = rangeAddress({
      top,
      left: cells.left,
      bottom: top + chunk.rows.length - 1,
      right: cells.left + width - 1,
    });
    // `formulas` takes constants and formulas alike (English function names, comma separators), so one
    // array writes the whole block; text is already apostrophe-guarded by cellInput.
    sheet.getRange(address).formulas = chunk.rows;
  }
}

async function applyFormat(sheet: WorksheetApi, format: CellFormat, budget: PayloadBudget): Promise<void> {
  const bounds = parseRange(format.range);
  const range = sheet.getRange(format.range);
  let operations = 0;
  if (format.numberFormat !== undefined) {
    // A full 2-D array rather than one value: office-js types numberFormat as a 2-D array of the range's shape.
    const rows = bounds.bottom - bounds.top + 1;
    const columns = bounds.right - bounds.left + 1;
    const formats = Array.from({ length: rows }, () =>
      Array<string>(columns).fill(format.numberFormat as string),
    );
    await budget.spend(jsonBytes(formats) + OPERATION_BYTES);
    range.numberFormat = formats;
  }
  const style = range.format;
  const { bold, italic, underline, fontColor, fontSize, fontName, fill, wrap, horizontal, vertical, locked } =
    format;
  if (fontName !== undefined) style.font.name = fontName;
  if (bold !== undefined) style.font.bold = bold;
  if (italic !== undefined) style.font.italic = italic;
  if (underline !== undefined) style.font.underline = underline ? "Single" : "None";
  if (fontColor !== undefined) style.font.color = fontColor;
  if (fontSize !== undefined) style.font.size = fontSize;
  if (fill !== undefined) style.fill.color = fill;
  if (wrap !== undefined) style.wrapText = wrap;
  if (horizontal !== undefined) style.horizontalAlignment = capitalised(horizontal);
  if (vertical !== undefined) style.verticalAlignment = capitalised(vertical);
  if (locked !== undefined) style.protection.locked = locked;
  operations += [
    bold,
    italic,
    underline,
    fontColor,
    fontSize,
    fontName,
    fill,
    wrap,
    horizontal,
    vertical,
    locked,
  ].filter((setting) => setting !== undefined).length;
  if (format.border !== undefined) {
    const edges: string[] = [...EDGES];
    // Inside edges exist only where the range has more than one row or column.
    if (bounds.bottom > bounds.top) edges.push("InsideHorizontal");
    if (bounds.right > bounds.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = style.borders.getItem(edge);
      if (format.border === "thin") {
        border.style = "Continuous";
        border.weight = "Thin";
      } else border.style = "None";
    }
    operations += edges.length;
  }
  await budget.spend(OPERATION_BYTES * operations);
}

function addValidation(range: RangeApi, validation: ListValidation): void {
  range.dataValidation.clear();
  // A typed list is at most 255 characters; a longer one, or one with a comma in an item, is in cells the
  // plan wrote and the rule refers to them (listSource.ts).
  const source = validation.source ? `=${validation.source}` : listRuleSource(validation);
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  // Excel rejects an alert title over 32 characters and a message over 225 (the whole batch would fail).
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: validation.errorTitle.slice(0, 32),
    message: validation.errorMessage.slice(0, 225),
  };
  if (validation.prompt)
    range.dataValidation.prompt = { showPrompt: true, title: "", message: validation.prompt.slice(0, 255) };
}

function freeze(sheet: WorksheetApi, panes: SheetPlan["freeze"]): void {
  const rows = panes?.rows ?? 0;
  const columns = panes?.columns ?? 0;
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  else sheet.freezePanes.unfreeze();
}

function printSetup(sheet: WorksheetApi, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = print.paper;
  layout.orientation = capitalised(print.orientation);
  // One page wide (or pagesWide), as many pages tall as needed: 0 is Excel's "automatic" for
  // FitToPagesTall, the same setting the exceljs adapter writes (fitToHeight 0).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: print.pagesWide ?? 1, verticalFitToPages: 0 };
  else layout.zoom = { scale: 100 };
  if (print.repeatRows) layout.setPrintTitleRows(absolute(print.repeatRows));
  if (print.repeatColumns) layout.setPrintTitleColumns(absolute(print.repeatColumns));
  if (print.pageOrder)
    layout.printOrder = print.pageOrder === "over-then-down" ? "OverThenDown" : "DownThenOver";
  if (print.margins) setMargins(layout, print.margins);
  const page = layout.headersFooters.defaultForAllPages;
  // Passed as written, Excel codes (&P page, &N pages) included, as the exceljs adapter does.
  if (print.header !== undefined) page.centerHeader = print.header;
  if (print.footer !== undefined) page.centerFooter = print.footer;
  // A paper places its own breaks (an empty list when it needs none): the breaks of its last draw go, and
  // each row that begins a page gets a break above it. Sheets that place none are left as they are.
  if (print.rowBreaks === undefined) return;
  sheet.horizontalPageBreaks.removePageBreaks();
  for (const row of print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

/**
 * Row heights as the exceljs adapter writes them (wrapped text, a signature's room), adjacent rows of one
 * height set as one range ("12:18").
 */
function rowHeightRuns(plan: SheetPlan): { rows: string; height: number }[] {
  const byHeight = new Map<number, number[]>();
  for (const { row, height } of plan.rowHeights ?? [])
    byHeight.set(height, [...(byHeight.get(height) ?? []), row]);
  return [...byHeight].flatMap(([height, rows]) =>
    indexRuns(rows).map((run) => ({ rows: `${run.from + 1}:${run.to + 1}`, height })),
  );
}

/**
 * The plan's font named on every block it writes (two settings per block, whatever its size), before the
 * formats set bold, italic and other sizes over it, as the exceljs adapter does.
 */
async function nameFont(sheet: WorksheetApi, plan: SheetPlan, budget: PayloadBudget): Promise<void> {
  const font = plan.font;
  if (!font) return;
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    if (width === 0 || block.rows.length === 0) continue;
    await budget.spend(OPERATION_BYTES * 2);
    const range = sheet.getRange(
      rangeAddress({
        top: origin.row,
        left: origin.column,
        bottom: origin.row + block.rows.length - 1,
        right: origin.column + width - 1,
      }),
    ).format.font;
    range.name = font.name;
    range.size = font.size;
  }
}

/** office-js takes margins in points; plans give millimetres. */
function setMargins(layout: PageLayoutApi, margins: PageMargins): void {
  const points = (mm: number) => Math.round((mm / 25.4) * 72 * 100) / 100;
  layout.topMargin = points(margins.top);
  layout.bottomMargin = points(margins.bottom);
  layout.leftMargin = points(margins.left);
  layout.rightMargin = points(margins.right);
  layout.headerMargin = points(margins.header);
  layout.footerMargin = points(margins.footer);
}

/** "1:6" → "$1:$6" and "B:E" → "$B:$E", the forms setPrintTitleRows and setPrintTitleColumns document. */
function absolute(lines: string): string {
  return lines
    .split(":")
    .map((line) => `$${line.replace(/\$/g, "")}`)
    .join(":");
}

function columnRange(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}

/**
 * Plans give widths in Excel's character units (what exceljs writes and the Excel UI shows); office-js wants
 * points. A character of the default Calibri 11 is 7 px plus 5 px of cell padding, and 1 px is 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
