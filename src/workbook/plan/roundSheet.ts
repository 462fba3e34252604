import {
  COUNCIL_LEVELS,
  MINIMUM_OPTION_READINGS,
  policyOf,
  ROUNDING_POLICIES,
  type CriteriaVersion,
  type Round,
} from "../../domain";
import { LANGUAGES, type Language } from "../../i18n/language";
import { documentLabels } from "../../i18n/documentLabels";
import { sheetLabels } from "../../i18n/sheetLabels";
import { DATE_FORMAT, dateCellValue } from "../excelDate";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { documentPrint } from "./printLayout";
import { FILL, SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { CellValue, SheetPlan } from "./sheetPlan";

/** The Round sheet's fields, in the order they are printed; their ids are `field:<name>`. */
export const ROUND_FIELDS = [
  "councilLevel",
  "councilName",
  "issuer",
  "place",
  "roundNumber",
  "date",
  "deadline",
  "criteriaVersion",
  "rounding",
  "minMembers",
  "divergencePoints",
  "dossierBlocks",
  "minimumOptionReading",
  "language",
] as const;
export type RoundField = (typeof ROUND_FIELDS)[number];

export const ROUND_COLUMNS = { label: 1, value: 2, note: 3 } as const;
export const ROUND_FIRST_FIELD_ROW = 3;

export interface RoundSheetInput {
  readonly name: string;
  readonly round: Round;
  readonly language: Language;
  /** Versions offered in the drop-down; the round's own version is shown with its decision. */
  readonly versions: readonly CriteriaVersion[];
  readonly previous?: SheetExtent;
}

/** Đợt: the council, the round and its policy, one labelled value per row. */
export function planRoundSheet(input: RoundSheetInput): SheetPlan {
  const { round, language } = input;
  const all = sheetLabels(language);
  const labels = all.round;
  const policy = policyOf(round);
  const draft = new SheetDraft(sheetKey.round);
  const { label, value, note } = ROUND_COLUMNS;
  draft.columnId(label, columnId.field("label")).columnId(value, columnId.field("value"));
  draft.rowId(1, rowId.title).value(1, label, labels.title);
  draft.merges.push(span(1, label, 1, note));
  draft.format({ range: span(1, label, 1, note), bold: true, fontSize: 14 });
  draft.value(2, label, labels.hint);
  draft.merges.push(span(2, label, 2, note));
  draft.format({ range: span(2, label, 2, note), italic: true, wrap: true });

  const version = input.versions.find((v) => v.id === round.criteriaVersion);
  const fields: Record<RoundField, CellValue | undefined> = {
    councilLevel: all.levels[round.council.level],
    councilName: round.council.name,
    issuer: round.council.issuer,
    place: round.council.place,
    roundNumber: round.roundNumber,
    date: dateCellValue(round.council.date),
    deadline: dateCellValue(round.deadline),
    criteriaVersion: round.criteriaVersion,
    rounding: all.roundings[policy.rounding],
    minMembers: policy.minMembers,
    divergencePoints: policy.divergencePoints,
    dossierBlocks: policy.dossierBlocks ? all.yes : all.no,
    minimumOptionReading: all.minimumOptionReadings[policy.minimumOptionReading],
    language,
  };
  const lists: Partial<Record<RoundField, readonly string[]>> = {
    councilLevel: COUNCIL_LEVELS.map((level) => all.levels[level]),
    criteriaVersion: input.versions.filter((v) => !v.synthetic).map((v) => v.id),
    rounding: ROUNDING_POLICIES.map((r) => all.roundings[r]),
    dossierBlocks: [all.yes, all.no],
    minimumOptionReading: MINIMUM_OPTION_READINGS.map((reading) => all.minimumOptionReadings[reading]),
    language: LANGUAGES,
  };
  ROUND_FIELDS.forEach((field, i) => {
    const row = ROUND_FIRST_FIELD_ROW + i;
    draft.rowId(row, rowId.field(field)).value(row, label, labels[field]).value(row, value, fields[field]);
    const list = lists[field];
    if (list && list.length > 0)
      draft.validations.push({
        range: span(row, value, row, value),
        list,
        errorTitle: labels[field],
        errorMessage: list.join("; "),
      });
  });
  if (version)
    draft.value(ROUND_FIRST_FIELD_ROW + ROUND_FIELDS.indexOf("criteriaVersion"), note, version.decision);
  for (const field of ["date", "deadline"] as const) {
    const row = ROUND_FIRST_FIELD_ROW + ROUND_FIELDS.indexOf(field);
    draft.format({ range: span(row, value, row, value), numberFormat: DATE_FORMAT });
  }
  const last = ROUND_FIRST_FIELD_ROW + ROUND_FIELDS.length - 1;
  draft.format({ range: span(ROUND_FIRST_FIELD_ROW, label, last, label), bold: true, fill: FILL.header });
  draft.format({ range: span(ROUND_FIRST_FIELD_ROW, value, last, value), locked: false, fill: FILL.input });
  draft.format({ range: span(ROUND_FIRST_FIELD_ROW, label, last, value), border: "thin" });
  draft.width(label, 40).width(value, 40).width(note, 50);
  return draft.toPlan({
    name: input.name,
    kind: "round",
    protect: true,
    previous: input.previous,
    // Landscape: label, value and the decision's note side by side print at a readable size.
    print: documentPrint({
      orientation: "landscape",
      pageWord: documentLabels(language).page,
      fitToWidth: true,
    }),
  });
}
