import { allowedPoints, bestPoints, type CriteriaPart, type Criterion } from "../../domain";
import { rowId } from "../hiddenIds";
import { CRITERIA_WIDTHS, fitWidth, FONT_SIZE } from "./criteriaPrintLayout";
import type { CriteriaSheetContext } from "./criteriaSheetContext";
import { FILL, span } from "./sheetDraft";

/** Where one part's rows landed: its criteria rows top to bottom and its subtotal row below them. */
export interface PartRows {
  readonly part: string;
  readonly top: number;
  readonly bottom: number;
  readonly subtotal: number;
}

/** The criteria table as drawn: its rows, each part's rows and each criterion's row (for formulas). */
export interface CriteriaBody {
  readonly top: number;
  readonly bottom: number;
  readonly parts: readonly PartRows[];
  readonly criterionRows: ReadonlyMap<string, number>;
}

/**
 * Widths the criterion column's texts are fitted to, in SheetDraft.fitText's units: as many characters of
 * 11 pt Times New Roman as the column holds where it prints narrower (Excel), plain or bold, so a criterion
 * name never runs past its row in either reader (A.1.6 once overprinted the next one); notes are a point
 * smaller.
 */
function fitWidths(sheet: CriteriaSheetContext) {
  return {
    plain: fitWidth(sheet.textWidth),
    bold: fitWidth(sheet.textWidth, "bold"),
    code: fitWidth(CRITERIA_WIDTHS.code, "bold"),
  } as const;
}

/** A row per part, group, criterion (with its notes) and option, then each part's subtotal row. */
export function writeCriteriaRows(sheet: CriteriaSheetContext, top: number): CriteriaBody {
  const { draft, columns: C, input } = sheet;
  const FIT_WIDTH = fitWidths(sheet);
  const parts: PartRows[] = [];
  const criterionRows = new Map<string, number>();
  let row = top;
  for (const part of input.set.parts) {
    const partTop = row;
    draft.rowId(row, rowId.part(part.id)).values(row, C.code, [part.id, part.name, part.maxPoints]);
    draft.format({ range: span(row, C.code, row, C.lastMember), bold: true, fill: FILL.part });
    row += 1;
    for (const group of part.groups) {
      draft.rowId(row, rowId.group(group.id)).values(row, C.code, [group.id, group.name]);
      draft.fitText(row, group.name, FIT_WIDTH.bold);
      draft.format({ range: span(row, C.code, row, C.text), bold: true, wrap: true });
      row += 1;
      for (const criterion of group.criteria) {
        criterionRows.set(criterion.id, row);
        row = writeCriterion(sheet, row, criterion);
      }
    }
    parts.push({ part: part.id, top: partTop, bottom: row - 1, subtotal: row });
    writeSubtotalRow(sheet, row, part);
    row += 1;
  }
  const body = { top, bottom: row - 1, parts, criterionRows };
  draft.format({
    range: span(body.top, C.code, body.bottom, C.lastMember),
    border: "thin",
    vertical: "top",
  });
  return body;
}

/** "A.1.1 (1.1)": our id, and the decision's own numbering beside it when the data gives one. */
export function criterionCodeText(criterion: Criterion): string {
  return criterion.decisionNumber ? `${criterion.id} (${criterion.decisionNumber})` : criterion.id;
}

/** The criterion's row with its score cells, its notes row, and its option rows; returns the next row. */
function writeCriterion(sheet: CriteriaSheetContext, row: number, criterion: Criterion): number {
  const { draft, labels, columns: C, input } = sheet;
  const FIT_WIDTH = fitWidths(sheet);
  const code = criterionCodeText(criterion);
  draft.rowId(row, rowId.criterion(criterion.id));
  draft.values(row, C.code, [code, criterion.name, bestPoints(criterion)]);
  draft.fitText(row, criterion.name, FIT_WIDTH.bold).fitText(row, code, FIT_WIDTH.code);
  if (criterion.required) draft.value(row, C.required, labels.requiredMark);
  draft.format({ range: span(row, C.code, row, C.text), bold: true, wrap: true });
  input.members.forEach((member, i) => {
    const value = input.entries?.[member.id]?.[criterion.id];
    draft.value(row, C.firstMember + i, value === undefined ? null : value);
  });
  writeScoreInputs(sheet, row, criterion);
  let next = row + 1;
  const notes = [
    ...(criterion.noOptionsPrinted ? [labels.noOptionsPrinted(bestPoints(criterion))] : []),
    ...(criterion.notes ?? []),
  ];
  if (notes.length > 0) {
    const text = notes.join("\n");
    draft.rowId(next, rowId.note(criterion.id)).value(next, C.text, text);
    draft.fitText(next, text, FIT_WIDTH.plain, FONT_SIZE.small);
    draft.format({ range: span(next, C.text, next, C.text), italic: true, wrap: true });
    draft.format({ range: span(next, C.text, next, C.text), fontSize: FONT_SIZE.small });
    next += 1;
  }
  criterion.options.forEach((option, o) => {
    draft.rowId(next, rowId.option(criterion.id, o)).values(next, C.text, [option.text, option.points]);
    draft.fitText(next, option.text, FIT_WIDTH.plain);
    draft.format({ range: span(next, C.text, next, C.text), wrap: true });
    if (option.minStars) {
      draft.value(next, C.required, "★".repeat(option.minStars));
      const stars = span(next, C.required, next, C.required);
      draft.format({ range: stars, horizontal: "center", fontSize: FONT_SIZE.small });
    }
    next += 1;
  });
  return next;
}

/** Editable members' cells: unlocked, with a drop-down of exactly the criterion's allowed points. */
function writeScoreInputs(sheet: CriteriaSheetContext, row: number, criterion: Criterion): void {
  const { draft, labels } = sheet;
  const allowed = allowedPoints(criterion);
  for (const { from, to } of sheet.editableRuns) {
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
}

function writeSubtotalRow(sheet: CriteriaSheetContext, row: number, part: CriteriaPart): void {
  const { draft, labels, columns: C } = sheet;
  draft.rowId(row, rowId.subtotal(part.id));
  draft.value(row, C.text, labels.partSubtotal(part.id, part.maxPoints)).value(row, C.points, part.maxPoints);
  draft.format({ range: span(row, C.code, row, C.lastMember), bold: true, fill: FILL.summary });
}
