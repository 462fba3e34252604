import { parseCell, parseRange, rangesOverlap, inRange, type CellRange } from "./cellAddress";
import type {
  CellFormat,
  CellValue,
  ConditionalFormat,
  ListValidation,
  PlannedCell,
  PrintSetup,
  SheetFont,
  SheetKind,
  SheetPlan,
  TablePlan,
} from "./plan/sheetPlan";
import type { SheetGrid, WorkbookPort } from "./port";
import { CellGrid } from "./cellGrid";
import { StyleGrid } from "./styleGrid";

/** What one cell holds: a formula cell keeps its text; its value is null since nothing calculates here. */
export interface MemoryCell {
  readonly value: CellValue;
  readonly formula: string | null;
}

/** A cell's format as the plans set it, without the range. */
export type CellStyle = Omit<CellFormat, "range">;

/** Everything a plan set on a sheet beyond its cells, kept so tests can look at it. */
export interface MemorySheetView {
  readonly name: string;
  readonly visible: boolean;
  readonly key?: string;
  readonly kind?: SheetKind;
  readonly merges: readonly string[];
  readonly columnWidths: ReadonlyMap<number, number>;
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly hiddenColumns: ReadonlySet<number>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly validations: readonly ListValidation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly tables: readonly TablePlan[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly protect: boolean;
  readonly print?: PrintSetup;
  readonly font?: SheetFont;
  readonly tabColor?: string;
}

interface MemorySheet {
  name: string;
  visible: boolean;
  key?: string;
  kind?: SheetKind;
  /** Every cell that exists: its value, or its formula with what it calculated. */
  cells: CellGrid<StoredCell>;
  /** Formats as the plans left them, as numbers into the workbook's distinct formats (see StyleMerger). */
  styles: StyleGrid;
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  hiddenRows: Set<number>;
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  tables: TablePlan[];
  freeze?: { rows: number; columns: number };
  protect: boolean;
  print?: PrintSetup;
  font?: SheetFont;
  tabColor?: string;
}

/** A formula cell; a cell holding a plain value stores the value itself. */
interface FormulaCell {
  readonly formula: string;
  readonly value: CellValue;
}

type StoredCell = Exclude<CellValue, null> | FormulaCell;

/** How many times each port call ran: the office-js adapter's cost is per call, so tests watch it. */
export interface PortCalls {
  readSheets: number;
  writeSheets: number;
  deleteSheets: number;
  select: number;
}

/**
 * The workbook port over sheets held in memory, for command tests: it renders plans the way the Excel and
 * exceljs adapters do (clear, then blocks; `keep` cells untouched; cells outside the plan's regions kept)
 * and lets a test act like a user (type into a cell, add a sheet, rename one).
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly calls: PortCalls = { readSheets: 0, writeSheets: 0, deleteSheets: 0, select: 0 };
  /** The last cell `select` was asked to show. */
  selected?: { readonly sheet: string; readonly cell: string };
  private readonly sheets: MemorySheet[] = [];
  private readonly styleMerger = new StyleMerger();
  private readonly cellPool = new CellPool();

  /** A workbook holding the given grids, as if a user had typed them. */
  static fromGrids(grids: readonly SheetGrid[]): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const grid of grids) {
      const sheet = workbook.ensure(grid.name);
      sheet.visible = grid.visible;
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = grid.formulas[r]?.[c] ?? null;
          if (value !== null || formula !== null) workbook.putCell(sheet, r, c, value, formula);
        }),
      );
    }
    return workbook;
  }

  async readSheets(names?: readonly string[]): Promise<readonly SheetGrid[]> {
    this.calls.readSheets += 1;
    const wanted = names ? this.sheets.filter((sheet) => names.includes(sheet.name)) : this.sheets;
    return wanted.map((sheet) => gridOf(sheet));
  }

  async writeSheets(plans: readonly SheetPlan[]): Promise<void> {
    this.calls.writeSheets += 1;
    for (const plan of plans) this.render(plan);
  }

  async deleteSheets(names: readonly string[]): Promise<void> {
    this.calls.deleteSheets += 1;
    for (const name of names) {
      const index = this.sheets.findIndex((sheet) => sheet.name === name);
      if (index >= 0) this.sheets.splice(index, 1);
    }
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.calls.select += 1;
    this.selected = { sheet, cell };
  }

  // ---- acting like a user -------------------------------------------------------------------------

  /** Adds an empty sheet at the end, as a user inserting a sheet would (no-op if it exists). */
  addSheet(name: string): void {
    this.ensure(name);
  }

  private ensure(name: string): MemorySheet {
    const existing = this.find(name);
    if (existing) return existing;
    const sheet: MemorySheet = {
      name,
      visible: true,
      cells: new CellGrid(),
      styles: new StyleGrid(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenColumns: new Set(),
      hiddenRows: new Set(),
      validations: [],
      conditionalFormats: [],
      tables: [],
      protect: false,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Types a value into a cell, replacing any formula there (null empties it). */
  setCell(sheet: string, address: string, value: CellValue): void {
    const { row, column } = parseCell(address);
    this.putCell(this.need(sheet), row, column, value, null);
  }

  /** Types a formula; `cached` stands in for what Excel would have calculated. */
  setFormula(sheet: string, address: string, formula: string, cached: CellValue = null): void {
    const { row, column } = parseCell(address);
    this.putCell(this.need(sheet), row, column, cached, formula);
  }

  renameSheet(from: string, to: string): void {
    if (this.find(to)) throw new Error(`a sheet named "${to}" already exists`);
    this.need(from).name = to;
  }

  setVisible(sheet: string, visible: boolean): void {
    this.need(sheet).visible = visible;
  }

  // ---- looking -----------------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  hasSheet(name: string): boolean {
    return this.find(name) !== undefined;
  }

  sheet(name: string): MemorySheetView | undefined {
    const sheet = this.find(name);
    if (!sheet) return undefined;
    const { cells: _cells, styles: _styles, ...view } = sheet;
    return view;
  }

  cell(sheet: string, address: string): MemoryCell {
    const { row, column } = parseCell(address);
    const stored = this.need(sheet).cells.get(row, column);
    return { value: valueOf(stored), formula: formulaOf(stored) };
  }

  value(sheet: string, address: string): CellValue {
    return this.cell(sheet, address).value;
  }

  formula(sheet: string, address: string): string | null {
    return this.cell(sheet, address).formula;
  }

  /** The format the plans left on a cell ({} when none). */
  styleAt(sheet: string, address: string): CellStyle {
    const { row, column } = parseCell(address);
    return this.styleMerger.style(this.need(sheet).styles.get(row, column)) ?? {};
  }

  /** Whether a user could type here once the sheet is protected (cells are locked unless a plan said not). */
  isEditable(sheet: string, address: string): boolean {
    const target = this.need(sheet);
    const { row, column } = parseCell(address);
    return !target.protect || this.styleMerger.style(target.styles.get(row, column))?.locked === false;
  }

  /** The dropdown list on a cell, if any. */
  validationAt(sheet: string, address: string): ListValidation | undefined {
    const { row, column } = parseCell(address);
    return this.need(sheet).validations.find((v) => inRange(parseRange(v.range), row, column));
  }

  // ---- rendering ---------------------------------------------------------------------------------

  private render(plan: SheetPlan): void {
    const sheet = this.ensure(plan.name);
    const cleared = plan.clear.map(parseRange);
    for (const range of cleared) clearRange(sheet, range);
    // What the plan lays over the cleared region is the plan's; what lies outside it is the user's.
    const outside = (range: string) => !cleared.some((clear) => rangesOverlap(clear, parseRange(range)));
    sheet.merges = [...sheet.merges.filter(outside), ...plan.merges];
    sheet.validations = [...sheet.validations.filter((v) => outside(v.range)), ...plan.validations];
    sheet.conditionalFormats = [
      ...sheet.conditionalFormats.filter((f) => outside(f.range)),
      ...plan.conditionalFormats,
    ];
    const planTables = new Set(plan.tables.map((table) => table.name));
    sheet.tables = [...sheet.tables.filter((table) => !planTables.has(table.name)), ...plan.tables];

    for (const block of plan.blocks) this.writeBlock(sheet, block.at, block.rows);
    for (const format of plan.formats) this.styleMerger.apply(sheet.styles, format);
    for (const { column, width } of plan.columnWidths) sheet.columnWidths.set(column, width);
    for (const { row, height } of plan.rowHeights ?? []) sheet.rowHeights.set(row, height);
    sheet.hiddenColumns = new Set(plan.hiddenColumns);
    sheet.hiddenRows = new Set(plan.hiddenRows);
    sheet.key = plan.key;
    sheet.kind = plan.kind;
    sheet.freeze = plan.freeze;
    sheet.protect = plan.protect;
    sheet.print = plan.print;
    sheet.font = plan.font;
    sheet.tabColor = plan.tabColor;
  }

  private writeBlock(sheet: MemorySheet, at: string, rows: readonly (readonly PlannedCell[])[]): void {
    const origin = parseCell(at);
    rows.forEach((cells, r) =>
      cells.forEach((planned, c) => {
        if ("keep" in planned) return;
        const [row, column] = [origin.row + r, origin.column + c];
        if ("formula" in planned) this.putCell(sheet, row, column, null, planned.formula);
        else this.putCell(sheet, row, column, planned.value, null);
      }),
    );
  }

  /** Puts a cell (a value, or a formula with what it calculated); no value and no formula empties it. */
  private putCell(sheet: MemorySheet, row: number, column: number, value: CellValue, formula: string | null) {
    const stored = this.cellPool.stored(value, formula);
    if (stored === undefined) sheet.cells.delete(row, column);
    else sheet.cells.set(row, column, stored);
  }

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  private need(name: string): MemorySheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet named "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return sheet;
  }
}

function clearRange(sheet: MemorySheet, range: CellRange): void {
  sheet.cells.clear(range);
  sheet.styles.clear(range);
}

function gridOf(sheet: MemorySheet): SheetGrid {
  const { bottom, right } = sheet.cells.extent();
  const width = right + 1;
  // Grids are read-only: the rows without a formula (most of them) share one row of nulls.
  const noFormulas: readonly null[] = Object.freeze(new Array<null>(width).fill(null));
  const values: CellValue[][] = [];
  const formulas: (readonly (string | null)[])[] = [];
  for (let row = 0; row <= bottom; row += 1) {
    const line = new Array<CellValue>(width);
    let formulaLine: (string | null)[] | undefined;
    for (let column = 0; column < width; column += 1) {
      const stored = sheet.cells.get(row, column);
      line[column] = valueOf(stored);
      const formula = formulaOf(stored);
      if (formula === null) continue;
      formulaLine ??= new Array<string | null>(width).fill(null);
      formulaLine[column] = formula;
    }
    values.push(line);
    formulas.push(formulaLine ?? noFormulas);
  }
  return { name: sheet.name, visible: sheet.visible, values, formulas };
}

const valueOf = (stored: StoredCell | undefined): CellValue =>
  stored === undefined ? null : typeof stored === "object" ? stored.value : stored;

const formulaOf = (stored: StoredCell | undefined): string | null =>
  typeof stored === "object" ? stored.formula : null;

/**
 * One copy of each text and each uncalculated formula across the workbook: a thousand criteria sheets
 * repeat the same criterion texts and the same formulas, and each plan made its own strings of them.
 */
class CellPool {
  private readonly texts = new Map<string, string>();
  private readonly formulas = new Map<string, FormulaCell>();

  stored(value: CellValue, formula: string | null): StoredCell | undefined {
    if (formula !== null) {
      if (value !== null) return { formula: this.text(formula), value: this.value(value) };
      let cell = this.formulas.get(formula);
      if (!cell) this.formulas.set(formula, (cell = Object.freeze({ formula, value: null })));
      return cell;
    }
    return value === null ? undefined : this.value(value);
  }

  private value(value: Exclude<CellValue, null>): Exclude<CellValue, null> {
    return typeof value === "string" ? this.text(value) : value;
  }

  private text(text: string): string {
    let pooled = this.texts.get(text);
    if (pooled === undefined) this.texts.set(text, (pooled = text));
    return pooled;
  }
}

/**
 * Lays formats over cells the way Excel does (each format's properties over what the cell had), keeping one
 * object per distinct result, numbered from 1: a sheet's few thousand cells hold a few dozen distinct formats.
 */
class StyleMerger {
  private readonly ids = new Map<string, number>();
  private readonly styles: CellStyle[] = [{}];

  apply(grid: StyleGrid, format: CellFormat): void {
    const { range, ...style } = format;
    const merged = new Map<number, number>();
    const { top, bottom, left, right } = parseRange(range);
    for (let row = top; row <= bottom; row += 1)
      for (let column = left; column <= right; column += 1) {
        const before = grid.get(row, column);
        let after = merged.get(before);
        if (after === undefined) merged.set(before, (after = this.idOf({ ...this.style(before), ...style })));
        grid.set(row, column, after);
      }
  }

  /** The format numbered `id`; undefined for 0, a cell no format reached. */
  style(id: number): CellStyle | undefined {
    return id === 0 ? undefined : this.styles[id];
  }

  private idOf(style: CellStyle): number {
    // Key order and properties set to undefined are kept apart, as a spread would have kept them.
    const key = JSON.stringify(Object.entries(style), (_name, value: unknown) =>
      value === undefined ? "\u0000undefined" : value,
    );
    let id = this.ids.get(key);
    if (id === undefined) {
      if (this.styles.length > 0xffff)
        throw new Error("more than 65,535 distinct cell formats in one workbook");
      this.ids.set(key, (id = this.styles.length));
      this.styles.push(Object.freeze(style));
    }
    return id;
  }
}
