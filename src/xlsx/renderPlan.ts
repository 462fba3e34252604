import type { Border, Borders, Cell, PageSetup, Style, Worksheet } from "exceljs";
import {
  cellAddress,
  columnLetters,
  parseCell,
  parseRange,
  rangeAddress,
  rangesOverlap,
  type CellRange,
} from "../workbook/cellAddress";
import { stripUnwritable } from "./cellText";
import type {
  CellFormat,
  ListValidation,
  PageMargins,
  PlannedCell,
  PrintSetup,
  SheetFont,
  SheetPlan,
} from "../workbook/plan/sheetPlan";

/**
 * Draws one sheet plan onto an exceljs worksheet: clear the generated region, write the blocks, then the
 * formats and sheet settings. Cells outside plan.clear and cells marked `keep` are not touched.
 */
export function renderPlan(sheet: Worksheet, plan: SheetPlan): void {
  const cleared = plan.clear.map(parseRange);
  unmergeOverlapping(sheet, [...cleared, ...plan.merges.map(parseRange)]);
  for (const range of cleared) clearRange(sheet, range);
  dropValidations(sheet, [...cleared, ...plan.validations.map((v) => parseRange(v.range))]);
  const replacedFormats = [...cleared, ...plan.conditionalFormats.map((f) => parseRange(f.range))];
  sheet.removeConditionalFormatting(
    (existing: { ref: string }) =>
      !refRanges(existing.ref).some((r) => replacedFormats.some((c) => rangesOverlap(r, c))),
  );

  for (const block of plan.blocks) writeBlock(sheet, block.at, block.rows);
  if (plan.font) nameFont(sheet, plan, plan.font);
  for (const format of plan.formats) applyFormat(sheet, format);
  for (const merge of plan.merges) sheet.mergeCells(merge);
  for (const { column, width } of plan.columnWidths) sheet.getColumn(column + 1).width = width;
  for (const { row, height } of plan.rowHeights ?? []) sheet.getRow(row + 1).height = height;
  for (const column of plan.hiddenColumns) sheet.getColumn(column + 1).hidden = true;
  for (const index of plan.hiddenRows) {
    const row = sheet.getRow(index + 1);
    row.hidden = true;
    // exceljs leaves a row with no cell out of the file, and its hidden flag with it.
    row.getCell(1);
  }
  for (const validation of plan.validations) addValidation(sheet, validation);
  plan.conditionalFormats.forEach((format, index) =>
    sheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [withoutEquals(format.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
            ...(format.fontColor ? { font: { color: { argb: argb(format.fontColor) } } } : {}),
          },
        },
      ],
    }),
  );
  for (const table of plan.tables) addTable(sheet, table.name, table.range);
  sheet.views = plan.freeze
    ? [
        {
          state: "frozen",
          xSplit: plan.freeze.columns,
          ySplit: plan.freeze.rows,
          topLeftCell: cellAddress(plan.freeze.rows, plan.freeze.columns),
        },
      ]
    : [{ state: "normal" }];
  if (plan.print) printSetup(sheet, plan.print);
  if (plan.tabColor) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
  protect(sheet, plan.protect);
}

function printSetup(sheet: Worksheet, print: PrintSetup): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4 in the OOXML paper-size table
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: print.pagesWide ?? 1,
    // 0 lets the pages run as long as the sheet: fit to width only, never squeeze a long sheet onto one page.
    fitToHeight: 0,
    ...(print.fitToWidth ? {} : { scale: 100 }),
    // Each sheet is its own document, numbered from 1 ("Trang 1/3"), not by its place in the workbook.
    firstPageNumber: 1,
    ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
    ...(print.repeatColumns ? { printTitlesColumn: print.repeatColumns } : {}),
    ...(print.pageOrder
      ? { pageOrder: print.pageOrder === "over-then-down" ? "overThenDown" : "downThenOver" }
      : {}),
    ...(print.margins ? { margins: marginsInInches(print.margins) } : {}),
  };
  setRowBreaks(sheet, print.rowBreaks ?? []);
  sheet.headerFooter = {
    ...sheet.headerFooter,
    ...(print.header !== undefined ? { oddHeader: `&C${stripUnwritable(print.header)}` } : {}),
    ...(print.footer !== undefined ? { oddFooter: `&C${stripUnwritable(print.footer)}` } : {}),
  };
}

/**
 * Manual page breaks: exceljs writes a break below row `id` (1-based), so a page that begins at 0-based row
 * r breaks below 1-based row r. exceljs keeps the list on the sheet without typing it (Row.addPageBreak
 * only appends); a redraw replaces it. exceljs does not read breaks back: a workbook only saved again by
 * this adapter loses them until compute redraws its papers.
 */
function setRowBreaks(sheet: Worksheet, rows: readonly number[]): void {
  const breaks = rows.map((row) => ({ id: row, max: 16383, man: 1 }));
  (sheet as unknown as { rowBreaks: typeof breaks }).rowBreaks = breaks;
}

/**
 * The plan's font on every cell it writes and every cell it formats: a cell without a named font prints in
 * the reader's default (Calibri in Excel, a substitute in LibreOffice), so titles and body would differ.
 */
function nameFont(sheet: Worksheet, plan: SheetPlan, font: SheetFont): void {
  const named = new Set<string>();
  const name = (row: number, column: number) => {
    const key = `${row},${column}`;
    if (named.has(key)) return;
    named.add(key);
    const cell = sheet.getCell(row, column);
    const style: Partial<Style> = { ...cell.style };
    style.font = { ...style.font, name: font.name, size: style.font?.size ?? font.size };
    cell.style = style;
  };
  for (const block of plan.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((planned, c) => {
        if (!("keep" in planned)) name(origin.row + r + 1, origin.column + c + 1);
      }),
    );
  }
  for (const format of plan.formats) {
    const range = parseRange(format.range);
    for (let r = range.top; r <= range.bottom; r += 1)
      for (let c = range.left; c <= range.right; c += 1) name(r + 1, c + 1);
  }
}

function writeBlock(sheet: Worksheet, at: string, rows: readonly (readonly PlannedCell[])[]): void {
  const origin = parseCell(at);
  rows.forEach((cells, r) => {
    const row = sheet.getRow(origin.row + r + 1);
    cells.forEach((planned, c) => {
      if ("keep" in planned) return;
      const cell = row.getCell(origin.column + c + 1);
      if ("formula" in planned) cell.value = { formula: withoutEquals(planned.formula) };
      else if (typeof planned.value === "number" && !Number.isFinite(planned.value))
        throw new Error(
          `cannot write ${planned.value} into ${sheet.name}!${cell.address}: not a finite number`,
        );
      // A string is always stored as a string: exceljs never reads "=1+1" or "+84…" as a formula.
      else cell.value = planned.value;
    });
  });
}

function clearRange(sheet: Worksheet, range: CellRange): void {
  for (let r = range.top; r <= range.bottom; r += 1) {
    // findRow/findCell do not create rows and cells, so clearing a large generated region stays cheap.
    const row = sheet.findRow(r + 1);
    if (!row) continue;
    for (let c = range.left; c <= range.right; c += 1) {
      const cell = row.findCell(c + 1);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}

function applyFormat(sheet: Worksheet, format: CellFormat): void {
  const range = parseRange(format.range);
  for (let r = range.top; r <= range.bottom; r += 1) {
    const row = sheet.getRow(r + 1);
    for (let c = range.left; c <= range.right; c += 1) styleCell(row.getCell(c + 1), format);
  }
}

/**
 * Always assigns a fresh style object: exceljs shares one style object between cells loaded with the same
 * style, so setting `cell.font` in place would restyle a user's cells elsewhere in the workbook.
 */
function styleCell(cell: Cell, format: CellFormat): void {
  const style: Partial<Style> = { ...cell.style };
  if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
  if (
    format.bold !== undefined ||
    format.italic !== undefined ||
    format.underline !== undefined ||
    format.fontColor !== undefined ||
    format.fontSize !== undefined ||
    format.fontName !== undefined
  )
    style.font = {
      ...style.font,
      ...(format.bold !== undefined ? { bold: format.bold } : {}),
      ...(format.italic !== undefined ? { italic: format.italic } : {}),
      ...(format.underline !== undefined ? { underline: format.underline } : {}),
      ...(format.fontColor !== undefined ? { color: { argb: argb(format.fontColor) } } : {}),
      ...(format.fontSize !== undefined ? { size: format.fontSize } : {}),
      ...(format.fontName !== undefined ? { name: format.fontName } : {}),
    };
  if (format.wrap !== undefined || format.horizontal !== undefined || format.vertical !== undefined)
    style.alignment = {
      ...style.alignment,
      ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
      ...(format.horizontal !== undefined ? { horizontal: format.horizontal } : {}),
      ...(format.vertical !== undefined
        ? { vertical: format.vertical === "center" ? "middle" : format.vertical }
        : {}),
    };
  if (format.fill !== undefined)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  if (format.border === "thin") {
    const thin: Partial<Border> = { style: "thin", color: { argb: "FF808080" } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin } as Partial<Borders>;
  } else if (format.border === "none") style.border = {};
  if (format.locked !== undefined) style.protection = { ...style.protection, locked: format.locked };
  cell.style = style;
}

/** The sheet's data validations, keyed by a cell or a range address as exceljs holds them. */
type ValidationModel = Record<string, unknown>;

function validationModel(sheet: Worksheet): ValidationModel {
  // exceljs types dataValidations without its model; the model is the address → rule map it writes out.
  return (sheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
}

function dropValidations(sheet: Worksheet, ranges: readonly CellRange[]): void {
  const model = validationModel(sheet);
  for (const key of Object.keys(model))
    if (refRanges(key).some((r) => ranges.some((range) => rangesOverlap(r, range)))) delete model[key];
}

function addValidation(sheet: Worksheet, validation: ListValidation): void {
  // A list too long or too comma-laden to type into the rule is in cells the plan wrote (listSource.ts).
  const formula = validation.source ?? listFormula(validation.list, `${sheet.name}!${validation.range}`);
  validationModel(sheet)[rangeAddress(parseRange(validation.range))] = {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: stripUnwritable(validation.errorTitle),
    error: stripUnwritable(validation.errorMessage),
    ...(validation.prompt ? { showInputMessage: true, prompt: stripUnwritable(validation.prompt) } : {}),
  };
}

/**
 * An inline list ("0,1,3"). Excel caps it at 255 characters and has no escape for a comma or a quote inside
 * an item, so such a list is a plan bug, reported here rather than as a broken dropdown.
 */
function listFormula(list: readonly (string | number)[], where: string): string {
  const items = list.map(String);
  if (items.some((item) => item.includes(",") || item.includes('"')))
    throw new Error(
      `dropdown at ${where}: list items cannot contain a comma or a quote (${items.join(" | ")})`,
    );
  const inline = `"${items.join(",")}"`;
  if (inline.length > 257)
    throw new Error(`dropdown at ${where}: list is longer than Excel's 255 characters`);
  return inline;
}

function addTable(sheet: Worksheet, name: string, range: string): void {
  const area = parseRange(range);
  if (sheet.getTable(name)) sheet.removeTable(name);
  const header = sheet.getRow(area.top + 1);
  const columns = [];
  for (let c = area.left; c <= area.right; c += 1) {
    const text = header.getCell(c + 1).text;
    columns.push({ name: text || `${columnLetters(c)}`, filterButton: true });
  }
  const rows = [];
  for (let r = area.top + 1; r <= area.bottom; r += 1) {
    const row = sheet.getRow(r + 1);
    const values = [];
    for (let c = area.left; c <= area.right; c += 1) values.push(row.getCell(c + 1).value);
    rows.push(values);
  }
  // A table needs one data row at least; an empty one keeps the user's paste target in place.
  if (rows.length === 0) rows.push(columns.map(() => null));
  sheet.addTable({
    name,
    ref: cellAddress(area.top, area.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns,
    rows,
  });
}

function protect(sheet: Worksheet, on: boolean): void {
  const current = (sheet as unknown as { sheetProtection: { hashValue?: string } | null }).sheetProtection;
  // A sheet the council locked with its own password stays as they locked it.
  if (current?.hashValue) return;
  if (!on) {
    sheet.unprotect();
    return;
  }
  // Without a password: protection guards against slips, and a council must never be locked out of its data.
  void sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

function unmergeOverlapping(sheet: Worksheet, ranges: readonly CellRange[]): void {
  for (const merge of sheet.model.merges ?? [])
    if (ranges.some((range) => rangesOverlap(range, parseRange(merge)))) sheet.unMergeCells(merge);
}

/** A sqref may list several ranges separated by spaces ("E4:L9 N4"). */
function refRanges(ref: string): CellRange[] {
  return ref
    .split(/\s+/)
    .filter((part) => /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(part))
    .map(parseRange);
}

/** exceljs takes margins in inches; plans give millimetres. */
function marginsInInches(margins: PageMargins): PageSetup["margins"] {
  const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000;
  return {
    top: inches(margins.top),
    bottom: inches(margins.bottom),
    left: inches(margins.left),
    right: inches(margins.right),
    header: inches(margins.header),
    footer: inches(margins.footer),
  };
}

function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function argb(hex: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`expected a colour as #RRGGBB, got "${hex}"`);
  return `FF${match[1].toUpperCase()}`;
}
