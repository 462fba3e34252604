import {
  criteriaFooter,
  criteriaSheetPrint,
  CRITERIA_WIDTHS,
  FONT_SIZE,
  memberColumnWidth,
  PRINT_FONT,
} from "./criteriaPrintLayout";
import { writeCriteriaRows, type CriteriaBody } from "./criteriaRows";
import {
  criteriaSheetContext,
  type CriteriaSheetContext,
  type CriteriaSheetInput,
} from "./criteriaSheetContext";
import { writeColumnHeader, writeSheetHeader } from "./criteriaSheetHeader";
import { writeSignatures } from "./criteriaSignatures";
import { pageCount, withKeptBlocks } from "./pageCount";
import { writeMemberTotals, writeProductResult } from "./criteriaTotals";
import { col, FILL, span } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";

export { CRITERIA_COLUMNS, type CriteriaSheetInput } from "./criteriaSheetContext";

/**
 * One product's criteria sheet, as it reads top to bottom: the header block, the column header, a row per
 * part, group, criterion (notes, options) and option; a column per member with a drop-down of that
 * criterion's allowed points; native subtotals, totals and stars per member; the product's average and
 * stars (none on a member's copy); the signatures. Only score cells are unlocked.
 */
export function planCriteriaSheet(input: CriteriaSheetInput): SheetPlan {
  const sheet = criteriaSheetContext(input);
  const header = writeSheetHeader(sheet);
  writeColumnHeader(sheet, header);
  const body = writeCriteriaRows(sheet, header + 1);
  const totals = writeMemberTotals(sheet, body);
  const last = input.memberCopy ? totals.complete : writeProductResult(sheet, body, totals);
  writeSignatures(sheet, last + 2);
  return finishSheet(sheet, header, body);
}

/** Widths, one named font on every cell, the invalid-entry highlight, protection, panes and print. */
function finishSheet(sheet: CriteriaSheetContext, header: number, body: CriteriaBody): SheetPlan {
  const { draft, columns: C, input } = sheet;
  const W = CRITERIA_WIDTHS;
  draft
    .width(C.code, W.code)
    .width(C.text, sheet.textWidth)
    .width(C.points, W.points)
    .width(C.required, W.required);
  if (C.cap !== undefined) draft.width(C.cap, 4);
  const memberWidth = memberColumnWidth(input.memberCopy);
  input.members.forEach((_, i) => draft.width(C.firstMember + i, memberWidth));
  // First, so every later format keeps the name and only changes what it says.
  draft.formats.unshift({
    range: span(0, 0, draft.lastRow, draft.lastColumn),
    fontName: PRINT_FONT,
    fontSize: FONT_SIZE.body,
  });
  const F = col(C.firstMember);
  draft.conditionalFormats.push({
    range: span(body.top, C.firstMember, body.bottom, C.lastMember),
    formula: `=AND(${F}${body.top + 1}<>"",NOT(ISNUMBER(${F}${body.top + 1})))`,
    fill: FILL.invalid,
  });
  const plan = draft.toPlan({
    name: input.name,
    kind: "criteria",
    protect: true,
    previous: input.previous,
    freeze: { rows: header + 1, columns: C.points },
    print: criteriaSheetPrint(C, memberWidth, header, sheet.labels.pageFooter(input.product.id)),
  });
  // A member's copy ends with one signature block, kept whole; the council's sheet signs in its columns.
  const kept = draft.keeps.length > 0 ? withKeptBlocks(plan, draft.keeps) : plan;
  return withOwnPageCount(kept, sheet);
}

/**
 * "P01 — Trang 1/9": a sheet one page wide prints the same pages in Excel and LibreOffice (its rows are as
 * tall as the plan sets them), so its footer carries its own count; Excel's &N would count every sheet of a
 * workbook printed whole. A council's sheet printed pages across keeps &N: how many columns a page takes
 * differs between the two readers.
 */
function withOwnPageCount(plan: SheetPlan, sheet: CriteriaSheetContext): SheetPlan {
  if (!plan.print || plan.print.pagesWide !== undefined) return plan;
  const footer = criteriaFooter(sheet.labels.pageFooter(sheet.input.product.id, pageCount(plan)));
  return { ...plan, print: { ...plan.print, footer } };
}
