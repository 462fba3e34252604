import { cellAddress, columnLetters } from "../cellAddress";
import { ID_COLUMN, ID_ROW, markerOf } from "../hiddenIds";
import { fitsInline } from "./listSource";
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
} from "./sheetPlan";
import { SHEET_FONT } from "./printLayout";

/** How far a sheet's generated region reached last time, so a re-render clears what it no longer uses. */
export interface SheetExtent {
  readonly rows: number;
  readonly columns: number;
}

// Plans are read-only values, so every untouched and every blank cell of every plan shares one object:
// a thousand criteria sheets hold millions of them.
const KEEP: PlannedCell = Object.freeze({ keep: true });
const BLANK: PlannedCell = Object.freeze({ value: null });

/**
 * A sheet being laid out: cells by position, then one block from A1 to the last used cell. Cells a
 * layout leaves unset are `keep`, so a plan that appends (the audit log) does not blank earlier lines.
 */
export class SheetDraft {
  private readonly cells = new Map<number, Map<number, PlannedCell>>();
  private bottom = 0;
  private right = 0;
  readonly formats: CellFormat[] = [];
  readonly merges: string[] = [];
  readonly validations: ListValidation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly tables: TablePlan[] = [];
  readonly hiddenRows: number[] = [ID_ROW];
  readonly hiddenColumns: number[] = [ID_COLUMN];
  readonly columnWidths: { column: number; width: number }[] = [{ column: ID_COLUMN, width: 4 }];
  readonly rowHeights: { row: number; height: number }[] = [];
  /** Rows that print on one page (a signature block, a heading and its first line): see keepTogether. */
  readonly keeps: RowSpan[] = [];

  constructor(readonly key: string) {
    this.value(ID_ROW, ID_COLUMN, markerOf(key));
  }

  set(row: number, column: number, cell: PlannedCell): this {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(column, cell);
    this.bottom = Math.max(this.bottom, row);
    this.right = Math.max(this.right, column);
    return this;
  }

  /** User text and numbers: always a value, so "=1+1" or "+84…" stays text. */
  value(row: number, column: number, value: CellValue | undefined): this {
    return this.set(row, column, value === undefined || value === null ? BLANK : { value });
  }

  formula(row: number, column: number, formula: string): this {
    if (!formula.startsWith("=")) throw new Error(`a formula starts with "=", got ${formula}`);
    return this.set(row, column, { formula });
  }

  /** A whole row of values from a column on. */
  values(row: number, column: number, values: readonly (CellValue | undefined)[]): this {
    values.forEach((value, i) => this.value(row, column + i, value));
    return this;
  }

  rowId(row: number, id: string): this {
    return this.value(row, ID_COLUMN, id);
  }

  columnId(column: number, id: string): this {
    return this.value(ID_ROW, column, id);
  }

  format(format: CellFormat): this {
    this.formats.push(format);
    return this;
  }

  width(column: number, width: number): this {
    this.columnWidths.push({ column, width });
    return this;
  }

  /**
   * Enough height for `text` wrapped in a column `width` characters wide, in a font of `fontSize` points
   * (one line of 11 points: left as is).
   */
  fitText(row: number, text: string, width: number, fontSize = 11): this {
    const lines = wrappedLines(text, (width * 11) / fontSize);
    if (lines > 1 || fontSize > 11) {
      const existing = this.rowHeights.find((entry) => entry.row === row);
      const height = Math.ceil(((LINE_HEIGHT * fontSize) / 11) * lines);
      if (existing) existing.height = Math.max(existing.height, height);
      else this.rowHeights.push({ row, height });
    }
    return this;
  }

  /** Rows `from`..`to` print on one page: a manual page break goes before them when they would not. */
  keepTogether(from: number, to: number): this {
    if (to >= from) this.keeps.push({ from, to });
    return this;
  }

  /** A row at least `height` points tall, whatever fitText found (a document sets every row's height). */
  atLeast(row: number, height: number): this {
    const existing = this.rowHeights.find((entry) => entry.row === row);
    if (existing) existing.height = Math.max(existing.height, height);
    else this.rowHeights.push({ row, height });
    return this;
  }

  get lastRow(): number {
    return this.bottom;
  }

  get lastColumn(): number {
    return this.right;
  }

  toPlan(options: {
    readonly name: string;
    readonly kind: SheetKind;
    readonly protect: boolean;
    readonly previous?: SheetExtent;
    /** Rows from here down are cleared (the generated region); default: the whole drawn area. */
    readonly clear?: readonly string[];
    readonly print?: PrintSetup;
    readonly freeze?: { readonly rows: number; readonly columns: number };
    readonly tabColor?: string;
    /** Default: Times New Roman 11, as every paper a council prints is set in Times New Roman. */
    readonly font?: SheetFont;
  }): SheetPlan {
    const validations = this.listsInCells();
    const rows: PlannedCell[][] = [];
    for (let row = 0; row <= this.bottom; row += 1) {
      const line = this.cells.get(row);
      const planned: PlannedCell[] = [];
      for (let column = 0; column <= this.right; column += 1) planned.push(line?.get(column) ?? KEEP);
      rows.push(planned);
    }
    const clearRows = Math.max(this.bottom + 1, options.previous?.rows ?? 0);
    const clearColumns = Math.max(this.right + 1, options.previous?.columns ?? 0);
    return {
      name: options.name,
      kind: options.kind,
      key: this.key,
      clear: options.clear ?? [`A1:${cellAddress(clearRows - 1, clearColumns - 1)}`],
      blocks: [{ at: "A1", rows }],
      formats: this.formats,
      merges: this.merges,
      columnWidths: this.columnWidths,
      ...(this.rowHeights.length > 0 ? { rowHeights: this.rowHeights } : {}),
      hiddenColumns: [...new Set(this.hiddenColumns)].sort((a, b) => a - b),
      hiddenRows: [...new Set(this.hiddenRows)].sort((a, b) => a - b),
      validations,
      conditionalFormats: this.conditionalFormats,
      tables: this.tables,
      freeze: options.freeze,
      protect: options.protect,
      print: options.print,
      font: options.font ?? SHEET_FONT,
      tabColor: options.tabColor,
    };
  }

  /**
   * Drop-downs whose items cannot be typed into the rule (fitsInline) get their items written down a hidden
   * column, one per list, two columns right of everything else on the sheet and from row 2 (row 1 holds the
   * hidden ids), and refer to those cells. Parsers read setup tables by their columns' ids, so an unnamed
   * hidden column is no data to them.
   */
  private listsInCells(): ListValidation[] {
    let column = this.right + 1;
    return this.validations.map((validation) => {
      if (fitsInline(validation.list)) return validation;
      column += 1;
      validation.list.forEach((item, index) => this.value(ID_ROW + 1 + index, column, item));
      this.hiddenColumns.push(column);
      const letters = columnLetters(column);
      const source = `$${letters}$${ID_ROW + 2}:$${letters}$${ID_ROW + 1 + validation.list.length}`;
      return { ...validation, source };
    });
  }
}

/** Rows `from`..`to`, 0-based, inclusive. */
export interface RowSpan {
  readonly from: number;
  readonly to: number;
}

/** "B4" from 0-based row and column, and "B4:H9" from two corners. */
export const at = cellAddress;
export function span(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  const last = cellAddress(bottom, right);
  return first === last ? first : `${first}:${last}`;
}
export const col = columnLetters;

export const FILL = {
  header: "#D9E1F2",
  part: "#E2EFDA",
  input: "#FFF2CC",
  invalid: "#F4CCCC",
  summary: "#EDEDED",
} as const;

/** Points per line of 11-point text, as Excel lays rows out. */
const LINE_HEIGHT = 15;

/**
 * Lines a text takes wrapped at word breaks in a column `width` characters wide. An estimate (glyph widths
 * vary), erring one line long rather than short, since a cut-off line is worse on paper than a gap.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line breaks across lines.
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}
