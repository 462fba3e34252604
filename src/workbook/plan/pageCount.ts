import { parseRange } from "../cellAddress";
import { pageNumberFooter } from "./printLayout";
import type { RowSpan } from "./sheetDraft";
import type { PrintSetup, SheetPlan } from "./sheetPlan";

/** Height of a row the plan gives no height (points), and A4's sides (points). */
const DEFAULT_ROW_HEIGHT = 15;
const A4 = { short: 595.3, long: 841.9 } as const;
const POINTS_PER_MM = 72 / 25.4;
/** A column of w characters prints 7w + 5 pixels wide, 0.75 pt each. */
const columnPoints = (width: number) => (width * 7 + 5) * 0.75;

/**
 * How many pages a document's plan prints on, from the heights and widths it sets: rows flow down the
 * page's height (a row never splits; repeated rows head every page after the first), columns across
 * the width unless the plan fits to it. Excel's &N counts the pages of the whole print job, so a footer
 * that says "Trang 1/3" of one document carries its own count.
 */
export function pageCount(plan: SheetPlan): number {
  const print = plan.print;
  if (!print?.margins) return 1;
  const room = printableRoom(print);
  const down = pagesAlong(
    rowSizes(plan),
    repeated(print.repeatRows, "row"),
    room.height,
    new Set(print.rowBreaks ?? []),
  );
  const across = print.fitToWidth
    ? 1
    : pagesAlong(columnSizes(plan), repeated(print.repeatColumns, "column"), room.width);
  return down * across;
}

/**
 * The plan with manual page breaks before each kept block that would otherwise run over a page's end, so a
 * signature block prints whole, with the line above it, and a heading never ends a page. A block taller
 * than a page gets no break (it splits however it is placed). Breaks are found in order, each counted in
 * the pages that follow.
 */
export function withKeptBlocks(plan: SheetPlan, keeps: readonly RowSpan[]): SheetPlan {
  const print = plan.print;
  if (!print?.margins) return plan;
  const room = printableRoom(print).height;
  const sizes = rowSizes(plan);
  const repeat = repeated(print.repeatRows, "row");
  const repeatSize = repeat ? sum(sizes, repeat[0], repeat[1]) : 0;
  const starts = new Map([...keeps].sort((a, b) => a.from - b.from).map((keep) => [keep.from, keep]));
  const breaks: number[] = [];
  let used = 0;
  sizes.forEach((size, index) => {
    if (size === 0) return;
    const keep = starts.get(index);
    const block = keep ? sum(sizes, keep.from, keep.to) : 0;
    const fresh = repeat && index > repeat[1] ? repeatSize : 0;
    if (keep && used + block > room * SAFETY && used > fresh && fresh + block <= room) {
      breaks.push(index);
      used = fresh;
    } else if (used + size > room && used > 0) used = fresh;
    used += size;
  });
  // An empty list too: the paper places its breaks, so a redraw removes the ones it no longer needs.
  return { ...plan, print: { ...print, rowBreaks: breaks } };
}

/** The plan with its footer saying "Trang &P/N", N its own page count. */
export function withPageCount(plan: SheetPlan, pageWord: string): SheetPlan {
  if (!plan.print) return plan;
  return { ...plan, print: { ...plan.print, footer: pageNumberFooter(pageWord, pageCount(plan)) } };
}

/**
 * Share of a page the kept blocks are fitted into: row heights print a little taller than planned (Excel's
 * pixel rounding), and a block that just fits on paper is better moved than split.
 */
const SAFETY = 0.96;

/** The page's height and width inside its margins, in points. */
function printableRoom(print: PrintSetup): { height: number; width: number } {
  const margins = print.margins ?? { top: 0, bottom: 0, left: 0, right: 0 };
  const portrait = print.orientation === "portrait";
  return {
    height: (portrait ? A4.long : A4.short) - (margins.top + margins.bottom) * POINTS_PER_MM,
    width: (portrait ? A4.short : A4.long) - (margins.left + margins.right) * POINTS_PER_MM,
  };
}

function sum(sizes: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let index = from; index <= to; index += 1) total += sizes[index] ?? 0;
  return total;
}

function rowSizes(plan: SheetPlan): number[] {
  const rows = Math.max(0, ...plan.blocks.map((block) => parseRange(block.at).top + block.rows.length));
  const heights = new Map((plan.rowHeights ?? []).map((entry) => [entry.row, entry.height]));
  const hidden = new Set(plan.hiddenRows);
  return Array.from({ length: rows }, (_, row) =>
    hidden.has(row) ? 0 : (heights.get(row) ?? DEFAULT_ROW_HEIGHT),
  );
}

function columnSizes(plan: SheetPlan): number[] {
  const widths = new Map(plan.columnWidths.map((entry) => [entry.column, entry.width]));
  const columns = Math.max(0, ...plan.columnWidths.map((entry) => entry.column + 1));
  const hidden = new Set(plan.hiddenColumns);
  return Array.from({ length: columns }, (_, column) =>
    hidden.has(column) ? 0 : columnPoints(widths.get(column) ?? 8.43),
  );
}

/** "5:5" (rows) or "B:C" (columns) as 0-based first and last index. */
function repeated(spec: string | undefined, kind: "row" | "column"): [number, number] | undefined {
  if (!spec) return undefined;
  const [first, last] = spec.split(":");
  const index = (part: string) =>
    kind === "row"
      ? Number(part) - 1
      : [...part.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [index(first), index(last ?? first)];
}

/**
 * Pages needed to lay `sizes` along a page of `room`, the `repeat` span heading every later page and a
 * manual break before each index in `breaks`.
 */
function pagesAlong(
  sizes: readonly number[],
  repeat: [number, number] | undefined,
  room: number,
  breaks: ReadonlySet<number> = new Set(),
): number {
  const repeatSize = repeat ? sum(sizes, repeat[0], repeat[1]) : 0;
  let pages = 1;
  let used = 0;
  sizes.forEach((size, index) => {
    if (size === 0) return;
    if ((used + size > room || breaks.has(index)) && used > 0) {
      pages += 1;
      used = repeat && index > repeat[1] ? repeatSize : 0;
    }
    used += size;
  });
  return pages;
}
