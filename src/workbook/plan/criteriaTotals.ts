import { criteriaOf } from "../../domain";
import { rowId } from "../hiddenIds";
import type { CriteriaBody } from "./criteriaRows";
import type { CriteriaSheetContext } from "./criteriaSheetContext";
import {
  bandedScore,
  cappedStars,
  minimumOptionCap,
  starGlyphsFormula,
  starsLookup,
  type OptionMark,
} from "./nativeFormulas";
import { col, FILL, span } from "./sheetDraft";

/** The rows under the criteria: each member's total, stars (not on a member's copy), count and completeness. */
export interface MemberTotalRows {
  readonly total: number;
  readonly filled: number;
  /** Hidden: 1 where the member's sheet is complete, the flags the product's formulas count by. */
  readonly complete: number;
}

/**
 * Native formulas per member column: part subtotals, the number of criteria scored, whether the sheet is
 * complete, the total (blank until complete) and its stars. A member's copy shows "my total" and no stars:
 * a member's own total is never a rating of the product.
 */
export function writeMemberTotals(sheet: CriteriaSheetContext, body: CriteriaBody): MemberTotalRows {
  const { draft, labels, columns: C, input } = sheet;
  const total = body.bottom + 1;
  const stars = input.memberCopy ? undefined : total + 1;
  const filled = (stars ?? total) + 1;
  const complete = filled + 1;
  const criteriaCount = criteriaOf(input.set).length;
  draft
    .rowId(total, rowId.total)
    .value(total, C.text, input.memberCopy ? labels.myTotal : labels.memberTotal);
  draft.value(total, C.points, 100);
  if (stars !== undefined) draft.rowId(stars, rowId.stars).value(stars, C.text, labels.memberStars);
  draft.rowId(filled, rowId.filled).value(filled, C.text, labels.membersFilled);
  draft.value(filled, C.points, criteriaCount);
  draft.rowId(complete, rowId.complete).value(complete, C.text, labels.memberComplete);
  draft.hiddenRows.push(complete);
  input.members.forEach((_, i) => {
    const column = C.firstMember + i;
    const L = col(column);
    const cells = (top: number, bottom: number) => `${L}${top + 1}:${L}${bottom + 1}`;
    for (const p of body.parts)
      draft.formula(
        p.subtotal,
        column,
        `=IF(COUNT(${cells(p.top, p.bottom)})=0,"",SUM(${cells(p.top, p.bottom)}))`,
      );
    draft.formula(filled, column, `=COUNT(${body.parts.map((p) => cells(p.top, p.bottom)).join(",")})`);
    draft.formula(complete, column, `=IF(${L}${filled + 1}=${criteriaCount},1,0)`);
    const subtotals = body.parts.map((p) => `${L}${p.subtotal + 1}`).join(",");
    draft.formula(total, column, `=IF(${L}${complete + 1}=1,SUM(${subtotals}),"")`);
    if (stars !== undefined)
      draft.formula(
        stars,
        column,
        `=IF(${L}${total + 1}="","",${starsLookup(`${L}${total + 1}`, input.version.starBands)})`,
      );
  });
  draft.format({
    range: span(total, C.code, filled, C.lastMember),
    bold: true,
    border: "thin",
    fill: FILL.summary,
  });
  return { total, filled, complete };
}

/**
 * The product: mean of the complete members' totals (blank while a member is half-way or too few are
 * done) and its stars, capped by required criteria and by 26/2026's minimum options. Returns its last row.
 */
export function writeProductResult(
  sheet: CriteriaSheetContext,
  body: CriteriaBody,
  totals: MemberTotalRows,
): number {
  const { draft, labels, columns: C, input } = sheet;
  const average = totals.complete + 2;
  const productStars = average + 1;
  const memberRow = (row: number) => `${col(C.firstMember)}${row + 1}:${col(C.lastMember)}${row + 1}`;
  const avgCell = `${col(C.points)}${average + 1}`;
  draft.rowId(average, rowId.average).value(average, C.text, labels.average);
  draft.rowId(productStars, rowId.productStars).value(productStars, C.text, labels.productStars);
  if (input.members.length > 0) {
    const criteriaCount = criteriaOf(input.set).length;
    const minMembers = Math.max(input.policy.minMembers, 1);
    const filledRow = memberRow(totals.filled);
    const completeRow = memberRow(totals.complete);
    draft.formula(
      average,
      C.points,
      `=IF(OR(SUM(${completeRow})<${minMembers},SUMPRODUCT((${filledRow}>0)*(${filledRow}<${criteriaCount}))>0),"",SUMIF(${completeRow},1,${memberRow(totals.total)})/SUM(${completeRow}))`,
    );
    const band = starsLookup(bandedScore(avgCell, input.policy.rounding), input.version.starBands);
    const requiredZero = criteriaOf(input.set)
      .filter((c) => c.required)
      .map((c) => `SUMIF(${completeRow},1,${memberRow(body.criterionRows.get(c.id) ?? 0)})=0`);
    const capCells = writeMinimumOptionCaps(sheet, body, completeRow, memberRow);
    const capped = cappedStars(band, requiredZero, input.version.requiredCriterionCap.maxStars, capCells);
    draft.formula(productStars, C.points, `=IF(${avgCell}="","",${capped})`);
    draft.formula(productStars, C.required, starGlyphsFormula(`${col(C.points)}${productStars + 1}`));
  }
  draft.format({ range: avgCell, numberFormat: "0.00" });
  draft.format({ range: span(average, C.text, productStars, C.required), bold: true, border: "thin" });
  return productStars;
}

/**
 * The hidden helper column: on each criterion row with marked options, the highest star level the
 * criterion allows. Returns the column's range over the body for the stars formula, or undefined on a
 * sheet without marks.
 */
function writeMinimumOptionCaps(
  sheet: CriteriaSheetContext,
  body: CriteriaBody,
  completeRow: string,
  memberRow: (row: number) => string,
): string | undefined {
  const { draft, columns: C, input } = sheet;
  if (C.cap === undefined) return undefined;
  for (const criterion of criteriaOf(input.set)) {
    const marks: OptionMark[] = criterion.options.flatMap((option) =>
      option.minStars ? [{ points: option.points, minStars: option.minStars }] : [],
    );
    const row = body.criterionRows.get(criterion.id);
    if (marks.length === 0 || row === undefined) continue;
    draft.formula(row, C.cap, minimumOptionCap(marks, completeRow, memberRow(row), sheet.reading));
  }
  return `${col(C.cap)}${body.top + 1}:${col(C.cap)}${body.bottom + 1}`;
}
