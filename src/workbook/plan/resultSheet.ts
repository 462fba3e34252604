import type { CriteriaVersion, Issue, ProductResult, Round, RoundResult, Stars } from "../../domain";
import { starCounts } from "../../domain";
import { describeIssue } from "../../i18n/describeIssue";
import type { Language } from "../../i18n/language";
import { outcomeText, starLabel } from "../../i18n/outcomeText";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { FILL, SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { CellValue, SheetPlan } from "./sheetPlan";

export interface ResultSheetInput {
  readonly name: string;
  readonly round: Round;
  readonly result: RoundResult;
  readonly version?: CriteriaVersion;
  readonly language: Language;
  /** Fingerprint of the inputs (round and criteria sets): same inputs, same sheet. */
  readonly fingerprint: string;
  /** When the inputs with this fingerprint were first computed; kept on reruns. */
  readonly computedAt: string;
  readonly previous?: SheetExtent;
}

/** Meta rows (ids `meta:<name>`), value in column C: compute reads the previous fingerprint back. */
export const RESULT_META = [
  "council",
  "version",
  "decision",
  "rounding",
  "computedAt",
  "fingerprint",
] as const;
export const RESULT_HEADER_ROW = 9;

/**
 * Kết quả: one row per product, best first — rank, totals per member, average, part averages, stars as
 * glyphs and number (never colour alone), the decision in words and notes — then counts per star level.
 * Values, not formulas: the engine is the authority and the criteria sheets keep native formulas.
 */
export function planResultSheet(input: ResultSheetInput): SheetPlan {
  const { round, result, language } = input;
  const all = sheetLabels(language);
  const labels = all.result;
  const draft = new SheetDraft(sheetKey.result);
  const parts = input.version?.parts.map((p) => p.id) ?? ["A", "B", "C"];
  const columns: { id: string; label: string; width: number }[] = [
    { id: columnId.field("rank"), label: labels.rank, width: 7 },
    { id: columnId.field("id"), label: labels.id, width: 10 },
    { id: columnId.field("name"), label: labels.name, width: 32 },
    ...round.members.map((m) => ({ id: columnId.member(m.id), label: m.name, width: 11 })),
    { id: columnId.field("average"), label: labels.average, width: 10 },
    ...parts.map((part) => ({ id: columnId.field(`part:${part}`), label: labels.part(part), width: 9 })),
    { id: columnId.field("stars"), label: labels.stars, width: 16 },
    { id: columnId.field("outcome"), label: labels.outcome, width: 28 },
    { id: columnId.field("notes"), label: labels.notes, width: 60 },
  ];
  const first = 1;
  const last = first + columns.length - 1;
  draft.rowId(1, rowId.title).value(1, first, labels.title);
  draft.merges.push(span(1, first, 1, last));
  draft.format({ range: span(1, first, 1, last), bold: true, fontSize: 14, horizontal: "center" });

  const meta: Record<(typeof RESULT_META)[number], [string, CellValue]> = {
    council: [labels.council, `${all.levels[round.council.level]} — ${round.council.name}`],
    version: [labels.version, round.criteriaVersion],
    decision: [labels.decision, input.version?.decision ?? ""],
    rounding: [labels.rounding, all.roundings[result.policy.rounding]],
    computedAt: [labels.computedAt, input.computedAt],
    fingerprint: [labels.fingerprint, input.fingerprint],
  };
  RESULT_META.forEach((name, i) => {
    const row = 2 + i;
    // Labels span the two narrow first columns; the value follows in the next cell (the parser reads
    // the first non-blank cell right of the label column).
    draft
      .rowId(row, rowId.meta(name))
      .value(row, first, meta[name][0])
      .value(row, first + 2, meta[name][1]);
    draft.merges.push(span(row, first, row, first + 1));
    draft.merges.push(span(row, first + 2, row, Math.max(first + 2, last - 1)));
  });
  draft.format({ range: span(2, first, 2 + RESULT_META.length - 1, first), bold: true });

  const header = RESULT_HEADER_ROW;
  draft.rowId(header, rowId.header);
  columns.forEach((column, i) => {
    draft
      .columnId(first + i, column.id)
      .value(header, first + i, column.label)
      .width(first + i, column.width)
      .fitText(header, column.label, column.width);
  });
  draft.format({
    range: span(header, first, header, last),
    bold: true,
    wrap: true,
    fill: FILL.header,
    border: "thin",
    vertical: "center",
  });

  const products = orderedForResult(result.products);
  products.forEach((product, r) => {
    const row = header + 1 + r;
    const info = round.products.find((p) => p.id === product.id);
    const scored = product.status === "scored";
    draft.rowId(row, rowId.product(product.id));
    draft.values(row, first, [
      scored ? product.rank : null,
      product.id,
      info?.name ?? "",
      ...round.members.map((m) => product.memberTotals[m.id] ?? null),
      scored ? product.score : null,
      ...parts.map((part) => product.partAverages[part] ?? null),
      scored ? starLabel(product.stars, language) : "",
      outcomeText(product, round.council.level, language),
      notesOf(product.issues, language),
    ]);
  });
  const bottom = header + Math.max(products.length, 1);
  draft.format({ range: span(header + 1, first, bottom, last), border: "thin", vertical: "top" });
  const averageColumn = first + 3 + round.members.length;
  draft.format({
    range: span(header + 1, averageColumn, bottom, averageColumn + parts.length),
    numberFormat: "0.00",
  });
  draft.format({ range: span(header + 1, last, bottom, last), wrap: true });

  const counts = starCounts(result);
  let row = bottom + 2;
  draft.value(row, first, labels.counts).format({ range: span(row, first, row, first), bold: true });
  for (const stars of [5, 4, 3, 2, 1] as Stars[]) {
    row += 1;
    draft.rowId(row, rowId.starCount(stars));
    draft.values(row, first, [starLabel(stars, language), null, counts[stars]]);
  }
  if (result.issues.length > 0) {
    row += 2;
    // An id, so the next render knows this line is its own and clears it when the issues are gone.
    draft.rowId(row, rowId.meta("notes")).value(row, first, notesOf(result.issues, language));
  }
  return draft.toPlan({
    name: input.name,
    kind: "result",
    protect: true,
    previous: input.previous,
    freeze: { rows: header + 1, columns: first + 3 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: `${header + 1}:${header + 1}`,
    },
  });
}

/** Best first, as councils list them; equal ranks keep the products' order; unrated ones last. */
export function orderedForResult(products: readonly ProductResult[]): ProductResult[] {
  const rankOf = (p: ProductResult) => (p.status === "scored" ? p.rank : Number.MAX_SAFE_INTEGER);
  return products
    .map((product, index) => ({ product, index }))
    .sort((a, b) => rankOf(a.product) - rankOf(b.product) || a.index - b.index)
    .map(({ product }) => product);
}

function notesOf(issues: readonly Issue[], language: Language): string {
  return issues.map((found) => describeIssue(found, language).what).join(" · ");
}
