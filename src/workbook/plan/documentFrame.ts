import { rowId } from "../hiddenIds";
import { SheetDraft, span } from "./sheetDraft";
import type { CellFormat } from "./sheetPlan";

/** Row id of a document's lines: the sheet's generated region reaches as far as its last id. */
export const DOCUMENT_LINE = rowId.field("document");

/** Uppercase glyphs of Times New Roman are about a third wider than the average lowercase text. */
const UPPERCASE_WIDTH = 1.35;

/**
 * A printed document laid out on a sheet: its columns (widths in characters, from column `first` on), and
 * where the left heading block (issuing body, signature of the secretary) ends and the right one begins.
 * Lines are merged across the columns they span and their rows made tall enough for their wrapped text.
 */
export class DocumentFrame {
  readonly first: number;
  readonly last: number;
  /** The last column of the left block. */
  readonly split: number;

  constructor(
    readonly draft: SheetDraft,
    readonly widths: readonly number[],
    split: number,
    first = 1,
  ) {
    this.first = first;
    this.last = first + widths.length - 1;
    this.split = first + split - 1;
    widths.forEach((width, i) => draft.width(first + i, width));
  }

  /** Characters across columns `from`..`to`, the padding between them included. */
  widthOf(from: number, to: number): number {
    let total = 0;
    for (let column = from; column <= to; column += 1) total += this.widths[column - this.first] ?? 0;
    return total + (to - from) * 0.7;
  }

  /** One line of text across `from`..`to`, wrapped and as tall as it needs; returns the row after it. */
  text(row: number, text: string, style: TextStyle = {}, from = this.first, to = this.last): number {
    const size = style.size ?? 12;
    this.draft.rowId(row, DOCUMENT_LINE).value(row, from, text);
    if (to > from) this.draft.merges.push(span(row, from, row, to));
    this.draft.format({
      range: span(row, from, row, to),
      wrap: true,
      vertical: "center",
      horizontal: style.horizontal ?? "left",
      fontSize: size,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.underline ? { underline: true } : {}),
    });
    const width = this.widthOf(from, to) / (style.uppercase ? UPPERCASE_WIDTH : 1);
    this.draft.fitText(row, text, width, size).atLeast(row, lineHeight(size));
    if (style.keepWithNext) this.draft.keepTogether(row, row + 1);
    return row + 1;
  }

  /** The same line in the left and the right block of one row (heading, signature). */
  pair(row: number, left: string, leftStyle: TextStyle, right: string, rightStyle: TextStyle): number {
    this.text(row, left, { horizontal: "center", ...leftStyle }, this.first, this.split);
    this.text(row, right, { horizontal: "center", ...rightStyle }, this.split + 1, this.last);
    return row + 1;
  }

  /** An empty row of `height` points (space to sign, a gap before a table). */
  space(row: number, height: number): number {
    this.draft.rowId(row, DOCUMENT_LINE).atLeast(row, height);
    return row + 1;
  }

  /** A table: header row and body rows, bordered, each row as tall as its longest wrapped cell. */
  table(row: number, header: readonly string[], body: readonly (readonly TableCell[])[], size = 12): number {
    this.tableRow(row, header, size);
    this.draft.format({
      range: span(row, this.first, row, this.last),
      bold: true,
      horizontal: "center",
      fill: "#EDEDED",
    });
    body.forEach((cells, i) => this.tableRow(row + 1 + i, cells, size));
    const bottom = row + body.length;
    this.draft.format({ range: span(row, this.first, bottom, this.last), border: "thin" });
    return bottom + 1;
  }

  private tableRow(row: number, cells: readonly TableCell[], size: number): void {
    this.draft.rowId(row, DOCUMENT_LINE);
    cells.forEach((cell, i) => {
      const column = this.first + i;
      this.draft.value(row, column, cell);
      if (typeof cell === "string") this.draft.fitText(row, cell, this.widths[i] ?? 10, size);
    });
    this.draft.format({
      range: span(row, this.first, row, this.last),
      wrap: true,
      vertical: "center",
      fontSize: size,
    });
    this.draft.atLeast(row, lineHeight(size));
  }

  format(format: CellFormat): this {
    this.draft.format(format);
    return this;
  }
}

/** One line of `size`-point text, as fitText counts it. */
function lineHeight(size: number): number {
  return Math.ceil((15 * size) / 11);
}

export type TableCell = string | number | null;

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly uppercase?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  /** A heading: printed on the same page as the line after it. */
  readonly keepWithNext?: boolean;
}
