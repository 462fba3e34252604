import type { CriteriaVersion, Issue, ProductResult, Round, RoundResult, Stars } from "../../domain";
import { starCounts } from "../../domain";
import { membersScoring } from "../../domain/roundConclusions";
import { describeIssue, memberNames } from "../../i18n/describeIssue";
import { documentLabels } from "../../i18n/documentLabels";
import type { Language } from "../../i18n/language";
import { localDateTime } from "../../i18n/localTime";
import { outcomeText, starLabel } from "../../i18n/outcomeText";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { documentPlan } from "./documentPlan";
import { DocumentFrame } from "./documentFrame";
import { writeHeading } from "./documentHeading";
import { SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { CellValue, SheetPlan } from "./sheetPlan";
import { writeSignatures } from "./signatureBlock";

export interface ResultSheetInput {
  readonly name: string;
  readonly round: Round;
  readonly result: RoundResult;
  readonly version?: CriteriaVersion;
  readonly language: Language;
  /** Fingerprint of the inputs (round and criteria sets): same inputs, same sheet. */
  readonly fingerprint: string;
  /** When the inputs with this fingerprint were first computed (ISO); kept on reruns. */
  readonly computedAt: string;
  readonly previous?: SheetExtent;
}

/** Meta rows (ids `meta:<name>`), value right of the label: compute reads the previous fingerprint back. */
export const RESULT_META = [
  "council",
  "version",
  "decision",
  "rounding",
  "computedAt",
  "fingerprint",
] as const;

/** Column ids of the result table, in print order, with widths fitted to A4 landscape at 12 points. */
const RESULT_COLUMNS = [
  ["rank", 5],
  ["id", 6],
  // Name, commune, stars and decision wide enough for their usual text on one line ("xã Thượng Lâm",
  // "Công nhận 3 sao"): a row of one line instead of two is what keeps 40 products on a few pages.
  ["name", 19],
  ["producer", 15],
  ["commune", 13],
  ["members", 6],
  ["average", 7],
  ["stars", 13],
  ["outcome", 15],
] as const;

/**
 * The hidden column right of the table holding the computation time as ISO, so a rerun keeps it exactly
 * while the page prints it as local time.
 */
export const RESULT_STAMP_COLUMN = 1 + RESULT_COLUMNS.length;
export const RESULT_STAMP_ID = columnId.field("stamp");

/**
 * Kết quả đánh giá, phân hạng: the paper the council signs. National heading, title, the round's facts
 * (version, decision, rounding, time, fingerprint), one row per product by rank, counts per star level,
 * notes, then the signatures of secretary and chair. Members' own totals are in the annex sheet.
 * Values, not formulas: the engine is the authority and the criteria sheets keep native formulas.
 */
export function planResultSheet(input: ResultSheetInput): SheetPlan {
  const labels = documentLabels(input.language);
  const draft = new SheetDraft(sheetKey.result);
  const frame = new DocumentFrame(
    draft,
    RESULT_COLUMNS.map(([, width]) => width),
    3,
  );
  RESULT_COLUMNS.forEach(([id], i) => draft.columnId(frame.first + i, columnId.field(id)));
  let row = writeHeading(frame, {
    council: input.round.council,
    language: input.language,
    when: input.computedAt,
    title: sheetLabels(input.language).result.title,
    subtitle: labels.result.subtitle(input.round.council.name, input.round.roundNumber),
  });
  row = writeMeta(frame, row, input);
  const header = row + 1;
  row = writeTable(frame, header, input);
  row = writeCounts(frame, row + 1, input);
  row = writeNotes(frame, row, input);
  writeSignatures(frame, row, input.round.members, input.language);
  return documentPlan(draft, {
    name: input.name,
    kind: "result",
    previous: input.previous,
    orientation: "landscape",
    pageWord: labels.page,
    header,
  });
}

/** The round's facts, one labelled value per row; the ISO time goes to the hidden stamp column. */
function writeMeta(frame: DocumentFrame, top: number, input: ResultSheetInput): number {
  const all = sheetLabels(input.language);
  const labels = all.result;
  const { round, result } = input;
  const meta: Record<(typeof RESULT_META)[number], [string, CellValue]> = {
    council: [labels.council, `${all.levels[round.council.level]} — ${round.council.name}`],
    version: [labels.version, round.criteriaVersion],
    decision: [labels.decision, input.version?.decision ?? ""],
    rounding: [labels.rounding, all.roundings[result.policy.rounding]],
    computedAt: [labels.computedAt, localDateTime(input.computedAt)],
    fingerprint: [labels.fingerprint, input.fingerprint],
  };
  const { draft } = frame;
  draft.columnId(RESULT_STAMP_COLUMN, RESULT_STAMP_ID).width(RESULT_STAMP_COLUMN, 4);
  draft.hiddenColumns.push(RESULT_STAMP_COLUMN);
  RESULT_META.forEach((name, i) => {
    const row = top + i;
    frame.text(row, meta[name][0], { bold: true }, frame.first, frame.first + 2);
    frame.text(row, String(meta[name][1]), {}, frame.first + 3, frame.last);
    draft.rowId(row, rowId.meta(name));
  });
  draft.value(top + RESULT_META.indexOf("computedAt"), RESULT_STAMP_COLUMN, input.computedAt);
  return top + RESULT_META.length;
}

/** The table by rank: stars only where they count (3–5), "Không đạt" below, unrated products last. */
function writeTable(frame: DocumentFrame, header: number, input: ResultSheetInput): number {
  const labels = documentLabels(input.language).result;
  const titles = [
    labels.rank,
    labels.id,
    labels.name,
    labels.producer,
    labels.commune,
    labels.members,
    labels.average,
    labels.stars,
    labels.outcome,
  ];
  const products = orderedForResult(input.result.products);
  const body = products.map((product) => resultRow(product, input));
  const bottom = frame.table(header, titles, body) - 1;
  frame.draft.rowId(header, rowId.header);
  products.forEach((product, i) => frame.draft.rowId(header + 1 + i, rowId.product(product.id)));
  const average = frame.first + 6;
  frame.format({ range: span(header + 1, average, bottom, average), numberFormat: "0.00" });
  frame.format({ range: span(header + 1, frame.first, bottom, frame.first + 1), horizontal: "center" });
  frame.format({ range: span(header + 1, frame.first + 5, bottom, frame.first + 7), horizontal: "center" });
  return bottom + 1;
}

function resultRow(product: ProductResult, input: ResultSheetInput): (string | number | null)[] {
  const info = input.round.products.find((p) => p.id === product.id);
  const scored = product.status === "scored";
  return [
    scored ? product.rank : null,
    product.id,
    info?.name ?? "",
    info?.producer ?? "",
    info?.commune ?? "",
    membersScoring(product),
    scored ? product.score : null,
    scored ? starsText(product.stars, input.language) : "",
    outcomeText(product, input.round.council.level, input.language),
  ];
}

/** "★★★★☆ 4 sao" where stars count (3–5); "Không đạt" for 1–2, the score beside it says by how much. */
export function starsText(stars: Stars, language: Language): string {
  return stars < 3 ? documentLabels(language).result.notRated : starLabel(stars, language);
}

function writeCounts(frame: DocumentFrame, top: number, input: ResultSheetInput): number {
  const labels = sheetLabels(input.language).result;
  const counts = starCounts(input.result);
  const { draft } = frame;
  let row = frame.text(top, labels.counts, { bold: true }, frame.first, frame.first + 2);
  for (const stars of [5, 4, 3, 2, 1] as Stars[]) {
    frame.text(row, labels.starCount(stars), {}, frame.first, frame.first + 1);
    draft.rowId(row, rowId.starCount(stars));
    draft.value(row, frame.first + 2, counts[stars]);
    draft.format({ range: span(row, frame.first + 2, row, frame.first + 2), fontSize: 12 });
    row += 1;
  }
  draft.keepTogether(top, row - 1);
  return row;
}

/** What kept a product from a rating or needs the council's eye, one issue per line, by product. */
function writeNotes(frame: DocumentFrame, top: number, input: ResultSheetInput): number {
  const lines: [string, Issue][] = [
    ...input.result.issues.map((found): [string, Issue] => ["", found]),
    ...orderedForResult(input.result.products).flatMap((p) =>
      p.issues.map((found): [string, Issue] => [p.id, found]),
    ),
  ];
  if (lines.length === 0) return top;
  let row = frame.text(top + 1, documentLabels(input.language).result.notes, {
    bold: true,
    keepWithNext: true,
  });
  // An id, so the next render knows these lines are its own and clears them when the issues are gone.
  frame.draft.rowId(row - 1, rowId.meta("notes"));
  const names = memberNames(input.round.members);
  for (const [product, found] of lines) {
    frame.text(row, product, {}, frame.first, frame.first + 1);
    row = frame.text(row, describeIssue(found, input.language, names).what, {}, frame.first + 2, frame.last);
  }
  return row;
}

/** Best first, as councils list them; equal ranks keep the products' order; unrated ones last. */
export function orderedForResult(products: readonly ProductResult[]): ProductResult[] {
  const rankOf = (p: ProductResult) => (p.status === "scored" ? p.rank : Number.MAX_SAFE_INTEGER);
  return products
    .map((product, index) => ({ product, index }))
    .sort((a, b) => rankOf(a.product) - rankOf(b.product) || a.index - b.index)
    .map(({ product }) => product);
}
