import { cellAddress, cellsOf, parseCell, parseRange, rangesOverlap, inRange } from "./cellAddress";
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
  cells: Map<string, MemoryCell>;
  styles: Map<string, CellStyle>;
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

  /** A workbook holding the given grids, as if a user had typed them. */
  static fromGrids(grids: readonly SheetGrid[]): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const grid of grids) {
      const sheet = workbook.ensure(grid.name);
      sheet.visible = grid.visible;
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = grid.formulas[r]?.[c] ?? null;
          if (value !== null || formula !== null) sheet.cells.set(cellAddress(r, c), { value, formula });
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
      cells: new Map(),
      styles: new Map(),
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
    const target = this.need(sheet);
    const key = normalise(address);
    if (value === null) target.cells.delete(key);
    else target.cells.set(key, { value, formula: null });
  }

  /** Types a formula; `cached` stands in for what Excel would have calculated. */
  setFormula(sheet: string, address: string, formula: string, cached: CellValue = null): void {
    this.need(sheet).cells.set(normalise(address), { value: cached, formula });
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
    return this.need(sheet).cells.get(normalise(address)) ?? { value: null, formula: null };
  }

  value(sheet: string, address: string): CellValue {
    return this.cell(sheet, address).value;
  }

  formula(sheet: string, address: string): string | null {
    return this.cell(sheet, address).formula;
  }

  /** The format the plans left on a cell ({} when none). */
  styleAt(sheet: string, address: string): CellStyle {
    return this.need(sheet).styles.get(normalise(address)) ?? {};
  }

  /** Whether a user could type here once the sheet is protected (cells are locked unless a plan said not). */
  isEditable(sheet: string, address: string): boolean {
    const target = this.need(sheet);
    return !target.protect || target.styles.get(normalise(address))?.locked === false;
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
    for (const range of cleared)
      for (const { row, column } of cellsOf(range)) {
        const address = cellAddress(row, column);
        sheet.cells.delete(address);
        sheet.styles.delete(address);
      }
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

    for (const block of plan.blocks) writeBlock(sheet, block.at, block.rows);
    for (const format of plan.formats) {
      const { range, ...style } = format;
      for (const { row, column } of cellsOf(parseRange(range))) {
        const address = cellAddress(row, column);
        sheet.styles.set(address, { ...sheet.styles.get(address), ...style });
      }
    }
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

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  private need(name: string): MemorySheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet named "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return sheet;
  }
}

function writeBlock(sheet: MemorySheet, at: string, rows: readonly (readonly PlannedCell[])[]): void {
  const origin = parseCell(at);
  rows.forEach((cells, r) =>
    cells.forEach((planned, c) => {
      const address = cellAddress(origin.row + r, origin.column + c);
      if ("keep" in planned) return;
      if ("formula" in planned) sheet.cells.set(address, { value: null, formula: planned.formula });
      else if (planned.value === null) sheet.cells.delete(address);
      else sheet.cells.set(address, { value: planned.value, formula: null });
    }),
  );
}

function gridOf(sheet: MemorySheet): SheetGrid {
  let bottom = -1;
  let right = -1;
  for (const address of sheet.cells.keys()) {
    const { row, column } = parseCell(address);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = 0; row <= bottom; row += 1) {
    values.push([]);
    formulas.push([]);
    for (let column = 0; column <= right; column += 1) {
      const cell = sheet.cells.get(cellAddress(row, column));
      values[row].push(cell?.value ?? null);
      formulas[row].push(cell?.formula ?? null);
    }
  }
  return { name: sheet.name, visible: sheet.visible, values, formulas };
}

function normalise(address: string): string {
  const { row, column } = parseCell(address);
  return cellAddress(row, column);
}
