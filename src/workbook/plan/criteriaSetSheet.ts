import type { CriteriaSet, DraftSet, ProductSetRef } from "../../domain";
import type { Language } from "../../i18n/language";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { FILL, SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { CellValue, SheetPlan } from "./sheetPlan";
import { tableSheetLayout } from "./tableSheetLayout";

export const CRITERIA_SET_FIELDS = [
  "version",
  "decision",
  "productSetCode",
  "productSetName",
  "productSetGroup",
  "source",
  "notes",
] as const;
export type CriteriaSetField = (typeof CRITERIA_SET_FIELDS)[number];
export const CRITERIA_SET_COLUMNS = [
  "part",
  "group",
  "criterionId",
  "criterionName",
  "option",
  "points",
  "required",
  "minStars",
  "decisionNumber",
  "criterionNotes",
] as const;
export type CriteriaSetColumn = (typeof CRITERIA_SET_COLUMNS)[number];
export const CRITERIA_SET_FIRST_FIELD_ROW = 3;
/** Rows below the header a pasted official table may take (the longest sets have ~200 option rows). */
export const CRITERIA_SET_PASTE_ROWS = 1000;
export const CRITERIA_SET_HEADER_ROW = CRITERIA_SET_FIRST_FIELD_ROW + CRITERIA_SET_FIELDS.length + 1;

/** What a blank template says before a council types its table in. */
export interface CriteriaSetHeader {
  readonly version: string;
  readonly decision: string;
  readonly productSet: ProductSetRef;
  readonly source: string;
}

export interface CriteriaSetSheetInput {
  readonly name: string;
  /**
   * A shipped (or earlier imported) set to write out, only its header for a blank template, or a draft
   * whose gaps (options with no points) are written as empty, marked cells for the council to fill.
   */
  readonly set: CriteriaSet | CriteriaSetHeader | DraftSet;
  readonly language: Language;
  readonly previous?: SheetExtent;
}

/**
 * Bộ tiêu chí: a criteria set as a flat table (part, group, criterion id and name, option, points,
 * required) under a header block. The same layout reads back through parseCriteriaSet, so a council can
 * paste the official table of a product set the add-in does not ship.
 */
export function planCriteriaSetSheet(input: CriteriaSetSheetInput): SheetPlan {
  const labels = sheetLabels(input.language).criteriaSet;
  const set = input.set;
  const draft = new SheetDraft(sheetKey.criteriaSet(set.productSet.code));
  const first = 1;
  const last = first + CRITERIA_SET_COLUMNS.length - 1;
  draft.rowId(1, rowId.title).value(1, first, labels.title);
  draft.format({ range: span(1, first, 1, last), bold: true, fontSize: 14 });
  draft.value(2, first, labels.hint).format({ range: span(2, first, 2, first), italic: true });
  const fields: Record<CriteriaSetField, CellValue> = {
    version: set.version,
    decision: set.decision,
    productSetCode: set.productSet.code,
    productSetName: set.productSet.name,
    productSetGroup: set.productSet.group,
    source: set.source,
    notes:
      "partialReasons" in set ? set.partialReasons.join(" · ") : "notes" in set ? (set.notes ?? null) : null,
  };
  CRITERIA_SET_FIELDS.forEach((field, i) => {
    const row = CRITERIA_SET_FIRST_FIELD_ROW + i;
    draft
      .rowId(row, rowId.field(field))
      .value(row, first, labels[field])
      .value(row, first + 1, fields[field]);
    draft.merges.push(span(row, first + 1, row, last));
  });
  draft.format({
    range: span(CRITERIA_SET_FIRST_FIELD_ROW, first, CRITERIA_SET_HEADER_ROW - 2, first),
    bold: true,
    fill: FILL.header,
  });
  const header = CRITERIA_SET_HEADER_ROW;
  draft.rowId(header, rowId.header);
  CRITERIA_SET_COLUMNS.forEach((column, i) => {
    draft.columnId(first + i, columnId.field(column)).value(header, first + i, labels[column]);
  });
  draft.format({ range: span(header, first, header, last), bold: true, wrap: true, fill: FILL.header });
  const row = "parts" in set ? writeSetRows(draft, set, header + 1, first) : header + 1;
  const bottom = Math.max(row - 1, header + 1);
  draft.tables.push({
    name: `OcopCriteria_${set.productSet.code.replace(/[^A-Za-z0-9_]/g, "_")}`,
    range: span(header, first, bottom, last),
  });
  draft.format({ range: span(header + 1, first, bottom, last), wrap: true, vertical: "top" });
  [24, 24, 10, 36, 50, 8, 10, 10, 10, 40].forEach((width, i) => draft.width(first + i, width));
  // The table's columns down to the paste area's end are the generated region: a shorter set must not
  // leave old rows behind, whatever the sheet's extent was read as.
  const clearRows = Math.max(input.previous?.rows ?? 0, bottom + 1, header + CRITERIA_SET_PASTE_ROWS + 1);
  const clearColumns = Math.max(input.previous?.columns ?? 0, last + 1);
  return draft.toPlan({
    name: input.name,
    kind: "criteria-set",
    protect: false,
    clear: [span(0, 0, clearRows - 1, clearColumns - 1)],
    ...tableSheetLayout(header),
  });
}

/**
 * The set's options, one row each, from `top`; part, group, id and name are written once, as in the
 * official tables (the parser fills them down). Returns the row after the last.
 */
function writeSetRows(draft: SheetDraft, set: CriteriaSet | DraftSet, top: number, first: number): number {
  let row = top;
  for (const part of set.parts)
    for (const group of part.groups)
      for (const criterion of group.criteria)
        criterion.options.forEach((option, o) => {
          const firstOfGroup = o === 0 && criterion === group.criteria[0];
          const firstOfPart = firstOfGroup && group === part.groups[0];
          draft.values(row, first, [
            firstOfPart ? `${part.id}. ${part.name}` : null,
            firstOfGroup ? `${group.id}. ${group.name}` : null,
            o === 0 ? criterion.id : null,
            o === 0 ? criterion.name : null,
            option.text,
            option.points,
            o === 0 && "required" in criterion && criterion.required ? "x" : null,
            option.minStars ? "*".repeat(option.minStars) : null,
            o === 0 ? (criterion.decisionNumber ?? null) : null,
            o === 0 && criterion.notes ? criterion.notes.join("\n") : null,
          ]);
          // A gap the decision leaves: the empty points cell is the one the council must fill.
          if (option.points === null)
            draft.format({ range: span(row, first + 5, row, first + 5), fill: FILL.invalid });
          row += 1;
        });
  return row;
}
