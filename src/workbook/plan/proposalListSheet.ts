import type { Product, Round, RoundResult, ScoredProduct } from "../../domain";
import { missingMandatoryItems } from "../../domain";
import { roundConclusions } from "../../domain/roundConclusions";
import { documentLabels } from "../../i18n/documentLabels";
import type { Language } from "../../i18n/language";
import { calendarDay, dayText } from "../../i18n/localTime";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { documentPlan } from "./documentPlan";
import { DocumentFrame } from "./documentFrame";
import { writeHeading } from "./documentHeading";
import { orderedForResult, starsText } from "./resultSheet";
import { SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";
import { writeSignatures } from "./signatureBlock";

export type ProposalList = "recognition" | "upward";

export interface ProposalListSheetInput {
  readonly name: string;
  readonly list: ProposalList;
  readonly round: Round;
  readonly result: RoundResult;
  readonly language: Language;
  /** Product set code → its name in the round's criteria version. */
  readonly productSetNames: Readonly<Record<string, string>>;
  /** When the result was computed (ISO): the list's date when the round gives no meeting date. */
  readonly computedAt: string;
  readonly previous?: SheetExtent;
}

/** Column ids and widths: A4 landscape at 12 points (PAGE_WIDTH_CHARACTERS). */
const COLUMNS = [
  ["number", 5],
  ["id", 7],
  ["name", 17],
  ["producer", 16],
  ["commune", 11],
  ["productSet", 14],
  ["score", 7],
  ["stars", 14],
  ["dossier", 9],
] as const;

/**
 * Danh sách sản phẩm đề nghị: the products this level proposes for recognition (to its People's
 * Committee, for the decision and certificate), or to the next level's council — code, name, producer,
 * commune, product set, score, stars and dossier status — then the signatures.
 */
export function planProposalListSheet(input: ProposalListSheetInput): SheetPlan {
  const labels = documentLabels(input.language);
  const draft = new SheetDraft(sheetKey.proposals(input.list));
  const frame = new DocumentFrame(
    draft,
    COLUMNS.map(([, width]) => width),
    3,
  );
  COLUMNS.forEach(([id], i) => draft.columnId(frame.first + i, columnId.field(id)));
  const level = input.round.council.level;
  const day = calendarDay(input.round.council.date) ?? calendarDay(input.computedAt);
  let row = writeHeading(frame, {
    council: input.round.council,
    language: input.language,
    when: input.computedAt,
    title:
      input.list === "recognition"
        ? labels.lists.recognitionTitle
        : labels.lists.upwardTitle(labels.nextLevelPhrase[level]),
    subtitle: labels.lists.subtitle(input.round.council.name, day ? dayText(day) : labels.blank),
  });
  const header = row;
  row = writeProducts(frame, header, input);
  writeSignatures(frame, row, input.round.members, input.language);
  return documentPlan(draft, {
    name: input.name,
    kind: "proposals",
    previous: input.previous,
    orientation: "landscape",
    pageWord: labels.page,
    header,
  });
}

/** The products of this list, in the result's order (best first); a line saying so when there is none. */
export function proposedProducts(round: Round, result: RoundResult, list: ProposalList): ScoredProduct[] {
  const found = roundConclusions(round, orderedForResult(result.products));
  return [...(list === "recognition" ? found.recognised : found.upward)];
}

function writeProducts(frame: DocumentFrame, header: number, input: ProposalListSheetInput): number {
  const labels = documentLabels(input.language);
  const result = labels.result;
  const titles = [
    labels.lists.number,
    result.id,
    result.name,
    result.producer,
    result.commune,
    labels.lists.productSet,
    labels.lists.score,
    result.stars,
    labels.lists.dossier,
  ];
  const products = proposedProducts(input.round, input.result, input.list);
  const body = products.map((product, i) => listRow(i + 1, product, input));
  const bottom = frame.table(header, titles, body) - 1;
  frame.draft.rowId(header, rowId.header);
  products.forEach((product, i) => frame.draft.rowId(header + 1 + i, rowId.product(product.id)));
  if (products.length === 0) return frame.text(bottom + 1, labels.lists.empty, { italic: true });
  frame.format({ range: span(header + 1, frame.first + 6, bottom, frame.first + 6), numberFormat: "0.00" });
  frame.format({ range: span(header + 1, frame.first, bottom, frame.first + 1), horizontal: "center" });
  frame.format({ range: span(header + 1, frame.first + 6, bottom, frame.first + 7), horizontal: "center" });
  return bottom + 1;
}

function listRow(
  number: number,
  product: ScoredProduct,
  input: ProposalListSheetInput,
): (string | number | null)[] {
  const info = input.round.products.find((p) => p.id === product.id);
  return [
    number,
    product.id,
    info?.name ?? "",
    info?.producer ?? "",
    info?.commune ?? "",
    info ? (input.productSetNames[info.productSet] ?? info.productSet) : "",
    product.score,
    starsText(product.stars, input.language),
    dossierText(info, input.language),
  ];
}

/** "Đủ", "Thiếu: …" (the mandatory items missing) or "Chưa khai" when the round records no dossier. */
function dossierText(product: Product | undefined, language: Language): string {
  const labels = documentLabels(language).lists;
  if (!product?.dossier) return labels.dossierUnknown;
  const missing = missingMandatoryItems(product.dossier);
  if (missing.length === 0) return labels.dossierComplete;
  const names = sheetLabels(language).products.dossier;
  return labels.dossierMissing(missing.map((item) => names[item].replace(/\s*\(\*\)$/, "")).join(", "));
}
