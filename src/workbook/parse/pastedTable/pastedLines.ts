import type { CellValue } from "../../plan/sheetPlan";

/** A cell of a pasted table: where it is (0-based, in the sheet or file) and what it holds. */
export interface PastedCell {
  readonly row: number;
  readonly column: number;
}

/** A `N Điểm` value found right of a row's text, in reading order. */
export interface PastedPoints extends PastedCell {
  readonly points: number;
}

export type PastedLineKind =
  "part" | "part-total" | "group" | "criterion" | "option" | "end" | "column-titles" | "text";

/** One row of the paste: its first text cell, what that text is, and the points and stray text beside it. */
export interface PastedLine {
  readonly row: number;
  readonly kind: PastedLineKind;
  /** The text cell (where a message about this row points). */
  readonly cell: PastedCell;
  /** The text without its leading number or box, trimmed. */
  readonly text: string;
  /** "A" for a part, "1" for a group, "1.1" for a criterion. */
  readonly number?: string;
  readonly points: readonly PastedPoints[];
  /** Cells right of the text that hold neither points nor nothing: text typed where points belong. */
  readonly strayText: readonly (PastedCell & { readonly value: string })[];
}

/** What a pasted grid is: its rows as read, and where its first cell sits in the sheet. */
export interface PastedGrid {
  readonly rows: readonly (readonly CellValue[])[];
  /** The sheet row and column of rows[0][0] (0 for a file). */
  readonly top?: number;
  readonly left?: number;
}

const POINTS = /^(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)?\.?$/iu;
const OPTION = /^[□☐◻▢❏❑\uF06F\uF0A8]\s*(.*)$/su;
const CRITERION = /^(\d+)\.(\d+)\.?\s+(\S.*)$/su;
const GROUP = /^(\d+)\.\s+(\S.*)$/su;
const PART = /^(?:(?:[Pp]hần|PHẦN|[Pp]art|PART)\s+([A-Z])\b\s*[:.\-–]?|([A-Z])\s*[:.])\s*(.*)$/su;
const PART_TOTAL = /^tổng\s*(?:số\s*)?điểm\s*(?:của\s*)?phần\b/iu;
const END = /^(?:kết quả\b|tổng\s*(?:số\s*)?điểm\s*\(|xếp hạng\s*:|ghi chú\s*:\s*dấu sao)/iu;
const COLUMN_TITLES = /^(?:các\s+)?tiêu chí$|^thang điểm$|^điểm$/iu;

/** Pasted text as one string: Unicode composed (Word and PDF copies mix forms), runs of blanks kept. */
export function pastedText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim();
}

/** The points a cell holds ("3 Điểm", "2,5 điểm", 3), or undefined when it is not a points cell. */
export function pointsIn(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const match = POINTS.exec(pastedText(value));
  return match ? Number(match[1].replace(",", ".")) : undefined;
}

/** Reads every row of the grid into a line; blank rows are left out. */
export function pastedLines(grid: PastedGrid): PastedLine[] {
  const top = grid.top ?? 0;
  const left = grid.left ?? 0;
  const lines: PastedLine[] = [];
  grid.rows.forEach((cells, r) => {
    const line = readLine(cells, top + r, left);
    if (line) lines.push(line);
  });
  return lines;
}

function readLine(cells: readonly CellValue[], row: number, left: number): PastedLine | undefined {
  let textCell: PastedCell | undefined;
  let text = "";
  const points: PastedPoints[] = [];
  const strayText: (PastedCell & { value: string })[] = [];
  cells.forEach((value, c) => {
    const shown = pastedText(value);
    if (shown === "") return;
    const column = left + c;
    const found = pointsIn(value);
    if (found !== undefined) points.push({ row, column, points: found });
    else if (textCell === undefined) {
      textCell = { row, column };
      text = shown;
    } else strayText.push({ row, column, value: shown });
  });
  if (textCell === undefined) {
    if (points.length === 0) return undefined;
    return { row, kind: "text", cell: points[0], text: "", points, strayText };
  }
  return { row, cell: textCell, points, strayText, ...classify(text) };
}

function classify(text: string): Pick<PastedLine, "kind" | "text" | "number"> {
  const oneLine = text.replace(/\s+/g, " ");
  let match = OPTION.exec(text);
  if (match) return { kind: "option", text: match[1].trim() };
  match = CRITERION.exec(oneLine);
  if (match) return { kind: "criterion", number: `${match[1]}.${match[2]}`, text: match[3].trim() };
  match = GROUP.exec(oneLine);
  if (match) return { kind: "group", number: match[1], text: match[2].trim() };
  if (END.test(oneLine)) return { kind: "end", text };
  if (PART_TOTAL.test(oneLine)) return { kind: "part-total", text };
  match = PART.exec(oneLine);
  // "A. SẢN PHẨM …" is a part only in capitals: "a. Trường hợp 1" and "B. Trường hợp 2" are notes.
  if (match && (match[1] || match[3] === match[3].toLocaleUpperCase("vi")))
    return { kind: "part", number: match[1] ?? match[2], text: match[3].trim() };
  if (COLUMN_TITLES.test(oneLine)) return { kind: "column-titles", text };
  return { kind: "text", text };
}
