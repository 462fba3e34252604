import { rowId } from "../hiddenIds";
import { CRITERIA_WIDTHS, fitWidth, FONT_SIZE, memberColumnWidth } from "./criteriaPrintLayout";
import type { CriteriaSheetContext } from "./criteriaSheetContext";
import { FILL, span } from "./sheetDraft";

/** One line of the sheet's header block: a row id for the lines the decision adds, italics for remarks. */
interface HeaderLine {
  readonly text: string;
  readonly id?: string;
  readonly italic?: boolean;
}

/**
 * Width, in fitText's units, of the fixed columns, where header lines are merged (they print on every
 * page), counted as criteria rows count plain text (criteriaPrintLayout.ts fitWidth).
 */
function fixedWidth(sheet: CriteriaSheetContext): number {
  return fitWidth(CRITERIA_WIDTHS.code + sheet.textWidth + CRITERIA_WIDTHS.points + CRITERIA_WIDTHS.required);
}

/**
 * Title and header lines: the product, its producer and commune, set and decision; on a member's copy the
 * evaluator; on a 26/2026 sheet the legend of the minimum-star marks, the dossier exclusion lines and the
 * decision's misprints. Merged over the fixed columns only, so a sheet printed across pages never cuts a
 * line at a page edge. Returns the row of the column header.
 */
export function writeSheetHeader(sheet: CriteriaSheetContext): number {
  const { draft, labels, columns: C } = sheet;
  draft.rowId(1, rowId.title).value(1, C.code, labels.title);
  draft.merges.push(span(1, C.code, 1, C.required));
  const title = { bold: true, fontSize: FONT_SIZE.title, horizontal: "center" } as const;
  draft.format({ range: span(1, C.code, 1, C.required), ...title });
  let row = 2;
  for (const line of headerLines(sheet)) {
    if (line.id) draft.rowId(row, line.id);
    // Label and value in one cell: the whole line is a value, so a product named "=1+1" stays text.
    draft.value(row, C.code, line.text).fitText(row, line.text, fixedWidth(sheet));
    draft.merges.push(span(row, C.code, row, C.required));
    draft.format({ range: span(row, C.code, row, C.required), wrap: true, italic: line.italic });
    row += 1;
  }
  return row + 1;
}

function headerLines(sheet: CriteriaSheetContext): HeaderLine[] {
  const { labels, input } = sheet;
  const { product, set, version } = input;
  const facts: [string, string | undefined][] = [
    [labels.product, `${product.id} — ${product.name}`],
    [labels.producer, product.producer],
    [labels.commune, product.commune],
    [labels.productSet, `${set.productSet.code} — ${set.productSet.name}`],
    [labels.version, `${version.id} — ${set.decision}`],
  ];
  if (input.memberCopy) facts.push([labels.evaluator, input.members[0]?.name]);
  const lines: HeaderLine[] = facts.map(([label, value]) => ({ text: `${label}: ${value ?? ""}` }));
  if (sheet.columns.cap !== undefined)
    lines.push({
      id: rowId.field("marks"),
      text: labels.marksLegend(sheet.reading === "every-member"),
      italic: true,
    });
  for (const exclusion of set.exclusion ?? [])
    lines.push({ id: rowId.field("exclusion"), text: `${labels.exclusion}: ${exclusion}` });
  if (set.sourceDiscrepancies && set.sourceDiscrepancies.length > 0)
    lines.push({
      id: rowId.field("discrepancy"),
      text: labels.discrepancies(set.sourceDiscrepancies.join("; ")),
      italic: true,
    });
  return lines;
}

/**
 * The column header, repeated on every printed page: code, criterion, points, the required or minimum-star
 * column, then each member's name whole (wrapped at word breaks), or "Điểm của tôi" on a member's copy.
 */
export function writeColumnHeader(sheet: CriteriaSheetContext, header: number): void {
  const { draft, labels, columns: C, input } = sheet;
  const markLabel = C.cap !== undefined ? labels.minimumMark : labels.required;
  draft.rowId(header, rowId.header);
  draft.values(header, C.code, [labels.code, labels.text, labels.points, markLabel]);
  // Bold 10 pt: each name's words wrapped within the narrower reader's column.
  const fit = (text: string, width: number) =>
    draft.fitText(header, text, fitWidth(width, "bold"), FONT_SIZE.small);
  fit(markLabel, CRITERIA_WIDTHS.required);
  const memberWidth = memberColumnWidth(input.memberCopy);
  input.members.forEach((member, i) => {
    const name = input.memberCopy ? labels.myScore : member.name;
    draft.value(header, C.firstMember + i, name);
    fit(name, memberWidth);
  });
  draft.format({
    range: span(header, C.code, header, C.lastMember),
    bold: true,
    wrap: true,
    fill: FILL.header,
    border: "thin",
    horizontal: "center",
    vertical: "center",
    fontSize: FONT_SIZE.small,
  });
}
