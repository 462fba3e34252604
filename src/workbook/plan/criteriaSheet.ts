import {
  allowedPoints,
  bestPoints,
  criteriaOf,
  type CriteriaSet,
  type CriteriaVersion,
  type Member,
  type Policy,
  type Product,
  type ScoreValue,
} from "../../domain";
import type { Language } from "../../i18n/language";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { indexRuns } from "../indexRuns";
import { minimumOptionTerms } from "./minimumOptionsFormula";
import { bandedScore, starGlyphsFormula, starsLookup } from "./nativeFormulas";
import { col, FILL, SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";

/** Phiếu đánh giá: what one product's criteria sheet is drawn from. */
export interface CriteriaSheetInput {
  readonly name: string;
  readonly product: Product;
  readonly set: CriteriaSet;
  readonly version: CriteriaVersion;
  readonly members: readonly Member[];
  /** entries[member][criterion]: what is already on the sheet, re-rendered as found (even when invalid). */
  readonly entries?: Readonly<Record<string, Readonly<Record<string, ScoreValue>>>>;
  readonly policy: Policy;
  readonly language: Language;
  /** Member copies: only these members' columns take input; default every member's. */
  readonly editableMembers?: readonly string[];
  readonly previous?: SheetExtent;
}

/** Fixed columns, 0-based: A ids (hidden), B code, C text, D points, E required mark, members from F. */
export const CRITERIA_COLUMNS = { code: 1, text: 2, points: 3, required: 4, firstMember: 5 } as const;
const TEXT_WIDTH = 60;
const MEMBER_WIDTH = 12;
/** Points: room for a handwritten signature. */
const SIGNATURE_HEIGHT = 42;

/** Row 8 (0-based 7) is the column header, repeated on every printed page. */
export const CRITERIA_HEADER_ROW = 7;

/**
 * One product's criteria sheet: a row per part, group, criterion and option; a column per member with a
 * drop-down of that criterion's allowed points; native subtotals, totals and stars per member; the
 * product's average and stars; a signature block. Only score cells are unlocked.
 */
export function planCriteriaSheet(input: CriteriaSheetInput): SheetPlan {
  const { product, set, version, members, policy } = input;
  const labels = sheetLabels(input.language).criteria;
  const draft = new SheetDraft(sheetKey.criteria(product.id));
  const C = CRITERIA_COLUMNS;
  const firstMember = C.firstMember;
  const lastMember = firstMember + Math.max(members.length, 1) - 1;
  const lastColumn = lastMember;
  const editable = new Set(input.editableMembers ?? members.map((m) => m.id));
  const editableRuns = indexRuns(
    members.flatMap((member, i) => (editable.has(member.id) ? [firstMember + i] : [])),
  );

  draft.columnId(C.code, columnId.field("code"));
  draft.columnId(C.text, columnId.field("text"));
  draft.columnId(C.points, columnId.field("points"));
  draft.columnId(C.required, columnId.field("required"));
  members.forEach((member, i) => draft.columnId(firstMember + i, columnId.member(member.id)));

  // Header block: who and what is scored.
  draft.rowId(1, rowId.title).value(1, C.code, labels.title);
  draft.merges.push(span(1, C.code, 1, lastColumn));
  draft.format({ range: span(1, C.code, 1, lastColumn), bold: true, fontSize: 14, horizontal: "center" });
  const headerLines: [string, string | undefined][] = [
    [labels.product, `${product.id} — ${product.name}`],
    [labels.producer, product.producer],
    [labels.commune, product.commune],
    [labels.productSet, `${set.productSet.code} — ${set.productSet.name}`],
    [labels.version, `${version.id} — ${set.decision}`],
  ];
  // Label and value in one merged cell: the code column is too narrow for a label alone, and the
  // whole line is still a value, so a product named "=1+1" stays text.
  headerLines.forEach(([label, value], i) => {
    draft.value(2 + i, C.code, `${label}: ${value ?? ""}`);
    draft.merges.push(span(2 + i, C.code, 2 + i, lastColumn));
  });

  const header = CRITERIA_HEADER_ROW;
  draft.rowId(header, rowId.header);
  draft.values(header, C.code, [labels.code, labels.text, labels.points, labels.required]);
  members.forEach((member, i) => {
    draft.value(header, firstMember + i, member.name).fitText(header, member.name, MEMBER_WIDTH);
  });
  draft.format({
    range: span(header, C.code, header, lastColumn),
    bold: true,
    wrap: true,
    fill: FILL.header,
    border: "thin",
    horizontal: "center",
    vertical: "center",
  });

  // Body: parts, groups, criteria, options; remember where criteria and subtotals land for formulas.
  let row = header + 1;
  const bodyTop = row;
  const partRanges: { part: string; top: number; bottom: number; subtotal: number }[] = [];
  const criterionRows = new Map<string, number>();
  for (const part of set.parts) {
    const top = row;
    draft.rowId(row, rowId.part(part.id)).values(row, C.code, [part.id, part.name, part.maxPoints]);
    draft.format({ range: span(row, C.code, row, lastColumn), bold: true, fill: FILL.part });
    row += 1;
    for (const group of part.groups) {
      draft.rowId(row, rowId.group(group.id)).values(row, C.code, [group.id, group.name]);
      draft.fitText(row, group.name, TEXT_WIDTH);
      draft.format({ range: span(row, C.code, row, C.text), bold: true });
      row += 1;
      for (const criterion of group.criteria) {
        criterionRows.set(criterion.id, row);
        draft.rowId(row, rowId.criterion(criterion.id));
        draft.values(row, C.code, [criterion.id, criterion.name, bestPoints(criterion)]);
        draft.fitText(row, criterion.name, TEXT_WIDTH);
        if (criterion.required) draft.value(row, C.required, labels.requiredMark);
        draft.format({ range: span(row, C.code, row, C.text), bold: true, wrap: true });
        members.forEach((member, i) => {
          const value = input.entries?.[member.id]?.[criterion.id];
          draft.value(row, firstMember + i, value === undefined ? null : value);
        });
        const allowed = allowedPoints(criterion);
        // One range per run of adjacent editable columns: Excel adapters pay per range, not per cell.
        for (const { from, to } of editableRuns) {
          const range = span(row, from, row, to);
          draft.format({ range, locked: false, fill: FILL.input, border: "thin", horizontal: "center" });
          draft.validations.push({
            range,
            list: allowed,
            errorTitle: labels.scoreErrorTitle,
            errorMessage: labels.scoreErrorMessage(allowed.join("; ")),
            prompt: labels.scorePrompt,
          });
        }
        row += 1;
        criterion.options.forEach((option, o) => {
          draft.rowId(row, rowId.option(criterion.id, o)).values(row, C.text, [option.text, option.points]);
          draft.fitText(row, option.text, TEXT_WIDTH);
          draft.format({ range: span(row, C.text, row, C.text), wrap: true });
          row += 1;
        });
      }
    }
    const bottom = row - 1;
    partRanges.push({ part: part.id, top, bottom, subtotal: row });
    draft.rowId(row, rowId.subtotal(part.id));
    draft
      .value(row, C.text, labels.partSubtotal(part.id, part.maxPoints))
      .value(row, C.points, part.maxPoints);
    draft.format({ range: span(row, C.code, row, lastColumn), bold: true, fill: FILL.summary });
    row += 1;
  }
  const bodyBottom = row - 1;
  draft.format({ range: span(header + 1, C.code, bodyBottom, lastColumn), border: "thin", vertical: "top" });

  const total = row;
  const stars = row + 1;
  const filled = row + 2;
  const complete = row + 3;
  const criteriaCount = criteriaOf(set).length;
  draft.rowId(total, rowId.total).value(total, C.text, labels.memberTotal).value(total, C.points, 100);
  draft.rowId(stars, rowId.stars).value(stars, C.text, labels.memberStars);
  draft.rowId(filled, rowId.filled).value(filled, C.text, labels.membersFilled);
  draft.value(filled, C.points, criteriaCount);
  draft.rowId(complete, rowId.complete).value(complete, C.text, labels.memberComplete);
  draft.hiddenRows.push(complete);
  members.forEach((_, i) => {
    const L = col(firstMember + i);
    const parts = partRanges.map((p) => `${L}${p.top + 1}:${L}${p.bottom + 1}`);
    for (const p of partRanges)
      draft.formula(
        p.subtotal,
        firstMember + i,
        `=IF(COUNT(${L}${p.top + 1}:${L}${p.bottom + 1})=0,"",SUM(${L}${p.top + 1}:${L}${p.bottom + 1}))`,
      );
    draft.formula(filled, firstMember + i, `=COUNT(${parts.join(",")})`);
    draft.formula(complete, firstMember + i, `=IF(${L}${filled + 1}=${criteriaCount},1,0)`);
    const subtotals = partRanges.map((p) => `${L}${p.subtotal + 1}`).join(",");
    draft.formula(total, firstMember + i, `=IF(${L}${complete + 1}=1,SUM(${subtotals}),"")`);
    draft.formula(
      stars,
      firstMember + i,
      `=IF(${L}${total + 1}="","",${starsLookup(`${L}${total + 1}`, version.starBands)})`,
    );
  });
  draft.format({
    range: span(total, C.code, filled, lastColumn),
    bold: true,
    border: "thin",
    fill: FILL.summary,
  });

  // The product: mean of the complete members' totals, blank while a member is half-way or too few are done.
  const average = complete + 2;
  const productStars = average + 1;
  const F = col(firstMember);
  const Lm = col(lastMember);
  const completeRow = `${F}${complete + 1}:${Lm}${complete + 1}`;
  const filledRow = `${F}${filled + 1}:${Lm}${filled + 1}`;
  const totalRow = `${F}${total + 1}:${Lm}${total + 1}`;
  const avgCell = `${col(C.points)}${average + 1}`;
  const starsCell = `${col(C.points)}${productStars + 1}`;
  draft.rowId(average, rowId.average).value(average, C.text, labels.average);
  draft.rowId(productStars, rowId.productStars).value(productStars, C.text, labels.productStars);
  if (members.length > 0) {
    const minMembers = Math.max(policy.minMembers, 1);
    draft.formula(
      average,
      C.points,
      `=IF(OR(SUM(${completeRow})<${minMembers},SUMPRODUCT((${filledRow}>0)*(${filledRow}<${criteriaCount}))>0),"",SUMIF(${completeRow},1,${totalRow})/SUM(${completeRow}))`,
    );
    const band = starsLookup(bandedScore(avgCell, policy.rounding), version.starBands);
    const required = criteriaOf(set).filter((c) => c.required);
    const capped =
      required.length === 0
        ? band
        : `MIN(${band},IF(OR(${required
            .map((c) => {
              const r = (criterionRows.get(c.id) ?? 0) + 1;
              return `SUMIF(${completeRow},1,${F}${r}:${Lm}${r})=0`;
            })
            .join(",")}),${version.requiredCriterionCap.maxStars},5))`;
    const marks = minimumOptionTerms(
      set,
      {
        completeRow,
        rowOf: (id) => `${F}${(criterionRows.get(id) ?? 0) + 1}:${Lm}${(criterionRows.get(id) ?? 0) + 1}`,
      },
      policy.minimumOptionReading,
    );
    const starsFormula = marks.length === 0 ? capped : `MIN(${capped},${marks.join(",")})`;
    draft.formula(productStars, C.points, `=IF(${avgCell}="","",${starsFormula})`);
    draft.formula(productStars, C.required, starGlyphsFormula(starsCell));
  }
  draft.format({ range: avgCell, numberFormat: "0.00" });
  draft.format({ range: span(average, C.text, productStars, C.required), bold: true, border: "thin" });

  // Signatures: councils print and sign each sheet.
  let sign = productStars + 2;
  draft.rowId(sign, rowId.signature).value(sign, C.code, labels.signatures);
  draft.format({ range: span(sign, C.code, sign, C.code), bold: true });
  sign += 1;
  // Role and name share the code and text columns (the code column alone is too narrow); a tall row
  // leaves room to sign.
  const signLine = (role: string, name: string | undefined) => {
    draft.rowId(sign, rowId.signature).value(sign, C.code, name ? `${role}: ${name}` : role);
    draft.value(sign, C.points, labels.sign);
    draft.merges.push(span(sign, C.code, sign, C.text));
    draft.merges.push(span(sign, C.points, sign, Math.max(C.required, lastColumn)));
    draft.format({ range: span(sign, C.code, sign, lastColumn), vertical: "top" });
    draft.rowHeights.push({ row: sign, height: SIGNATURE_HEIGHT });
    sign += 1;
  };
  for (const member of members) signLine(member.role ?? labels.member, member.name);
  signLine(labels.chair, undefined);
  signLine(labels.secretary, undefined);

  draft.width(C.code, 8).width(C.text, TEXT_WIDTH).width(C.points, 7).width(C.required, 8);
  members.forEach((_, i) => draft.width(firstMember + i, MEMBER_WIDTH));
  draft.conditionalFormats.push({
    range: span(bodyTop, firstMember, bodyBottom, lastMember),
    formula: `=AND(${F}${bodyTop + 1}<>"",NOT(ISNUMBER(${F}${bodyTop + 1})))`,
    fill: FILL.invalid,
  });
  return draft.toPlan({
    name: input.name,
    kind: "criteria",
    protect: true,
    previous: input.previous,
    freeze: { rows: header + 1, columns: C.points },
    print: {
      paper: "A4",
      orientation: members.length > 5 ? "landscape" : "portrait",
      fitToWidth: true,
      repeatRows: `${header + 1}:${header + 1}`,
      footer: `${product.id} — &P/&N`,
    },
  });
}
