import type { CriteriaVersion, Member, Round, RoundResult, ScoredProduct, Stars } from "../../domain";
import { starCounts } from "../../domain";
import { chairOf, councilPlace, secretaryOf } from "../../domain/councilRoles";
import { absentMembers, roundConclusions, type RoundConclusions } from "../../domain/roundConclusions";
import { documentLabels } from "../../i18n/documentLabels";
import type { Language } from "../../i18n/language";
import { calendarDay, dayText } from "../../i18n/localTime";
import { scoreText } from "../../i18n/scoreText";
import { sheetLabels } from "../../i18n/sheetLabels";
import { sheetKey } from "../hiddenIds";
import { documentPlan } from "./documentPlan";
import { DocumentFrame } from "./documentFrame";
import { writeHeading } from "./documentHeading";
import { orderedForResult, starsText } from "./resultSheet";
import { SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";
import { writeSignatures } from "./signatureBlock";

export interface MinutesSheetInput {
  readonly name: string;
  readonly round: Round;
  readonly result: RoundResult;
  readonly version?: CriteriaVersion;
  readonly language: Language;
  /** When the result was computed (ISO): the meeting's day when the round gives no date. */
  readonly computedAt: string;
  readonly previous?: SheetExtent;
}

/** Body text of the minutes: 13 points, as documents.md asks of a paper's body. */
const BODY = { size: 13 } as const;
/** STT, name, role, note: A4 portrait (PAGE_WIDTH_CHARACTERS); the heading splits after the name. */
const WIDTHS = [5, 21, 31, 8] as const;

/**
 * Biên bản họp Hội đồng: who met (present and absent, by name and role; who chaired, who was secretary),
 * the criteria decision applied, how many products were evaluated, the counts per star level, and the
 * council's conclusions product by product — recognised, proposed upward, not rated, not evaluated and
 * why — then the signatures.
 */
export function planMinutesSheet(input: MinutesSheetInput): SheetPlan {
  const labels = documentLabels(input.language);
  const draft = new SheetDraft(sheetKey.minutes);
  const frame = new DocumentFrame(draft, WIDTHS, 2);
  let row = writeHeading(frame, {
    council: input.round.council,
    language: input.language,
    when: input.computedAt,
    title: labels.minutes.title,
    subtitle: labels.minutes.subtitle(labels.levelPhrase[input.round.council.level]),
  });
  row = frame.text(row, opening(input), BODY);
  row = writeAttendance(frame, row, input);
  row = writeProceedings(frame, row, input);
  row = writeConclusions(frame, row, input);
  row = frame.text(row + 1, labels.minutes.closing, BODY);
  writeSignatures(frame, row, input.round.members, input.language);
  return documentPlan(draft, {
    name: input.name,
    kind: "minutes",
    previous: input.previous,
    orientation: "portrait",
    pageWord: labels.page,
  });
}

function opening(input: MinutesSheetInput): string {
  const labels = documentLabels(input.language);
  const day = calendarDay(input.round.council.date) ?? calendarDay(input.computedAt);
  const date = day ? dayText(day) : labels.blank;
  const place = councilPlace(input.round.council) ?? labels.blank;
  return labels.minutes.opening(date, place, input.round.council.name, input.round.roundNumber);
}

function writeAttendance(frame: DocumentFrame, top: number, input: MinutesSheetInput): number {
  const labels = documentLabels(input.language).minutes;
  const { members } = input.round;
  const blank = documentLabels(input.language).blank;
  let row = frame.text(top + 1, labels.attendance, { ...BODY, bold: true, keepWithNext: true });
  row = frame.text(row, labels.chairedBy(chairOf(members)?.name ?? blank), BODY);
  row = frame.text(row, labels.secretary(secretaryOf(members)?.name ?? blank), BODY);
  const absent = absentMembers(input.round);
  const present = members.filter((member) => !absent.includes(member));
  row = frame.text(row, labels.present(present.length, members.length), BODY);
  row = memberTable(frame, row, present, input.language);
  row = frame.text(row, labels.absent(absent.length), BODY);
  return absent.length > 0 ? memberTable(frame, row, absent, input.language) : row;
}

function memberTable(
  frame: DocumentFrame,
  top: number,
  members: readonly Member[],
  language: Language,
): number {
  const labels = documentLabels(language).minutes;
  if (members.length === 0) return frame.text(top, labels.none, BODY);
  const body = members.map((member, i) => [i + 1, member.name, member.role ?? "", ""]);
  const bottom = frame.table(top, [labels.number, labels.fullName, labels.role, ""], body);
  frame.format({ range: span(top + 1, frame.first, bottom - 1, frame.first), horizontal: "center" });
  return bottom;
}

function writeProceedings(frame: DocumentFrame, top: number, input: MinutesSheetInput): number {
  const labels = documentLabels(input.language).minutes;
  const all = sheetLabels(input.language);
  const products = input.result.products;
  const rated = products.filter((product) => product.status === "scored").length;
  let row = frame.text(top + 1, labels.content, { ...BODY, bold: true, keepWithNext: true });
  const decision = input.version?.decision ?? documentLabels(input.language).blank;
  row = frame.text(row, labels.decision(decision, input.round.criteriaVersion), BODY);
  row = frame.text(row, labels.evaluated(products.length, rated, products.length - rated), BODY);
  row = frame.text(row, labels.rounding(all.roundings[input.result.policy.rounding]), BODY);
  const counts = starCounts(input.result);
  const perLevel = ([5, 4, 3, 2, 1] as Stars[]).map(
    (stars) => `${all.result.starCount(stars)}: ${counts[stars]}`,
  );
  row = frame.text(row, `${labels.counts} ${perLevel.join("; ")}.`, BODY);
  const renewal = roundConclusions(input.round, products).renewal;
  if (renewal.length > 0)
    row = frame.text(row, labels.renewal(renewal.map((p) => `${p.id} ${p.name}`).join("; ")), BODY);
  return frame.text(row, labels.resultAnnex, BODY);
}

function writeConclusions(frame: DocumentFrame, top: number, input: MinutesSheetInput): number {
  const labels = documentLabels(input.language).minutes;
  const upwardLevel = documentLabels(input.language).nextLevelPhrase[input.round.council.level];
  const found: RoundConclusions = roundConclusions(input.round, orderedForResult(input.result.products));
  let row = frame.text(top + 1, labels.conclusions, { ...BODY, bold: true, keepWithNext: true });
  const list = (title: string, products: readonly ScoredProduct[]) => {
    row = frame.text(row, title, { ...BODY, bold: true, keepWithNext: true });
    for (const product of products) row = frame.text(row, `- ${productLine(product, input)}`, BODY);
  };
  list(labels.recognised(found.recognised.length), found.recognised);
  list(labels.upward(found.upward.length, upwardLevel), found.upward);
  if (found.returned.length > 0) list(labels.returned(found.returned.length), found.returned);
  list(labels.notRated(found.notRated.length), found.notRated);
  row = frame.text(row, labels.notEvaluated(found.unevaluated.length), {
    ...BODY,
    bold: true,
    keepWithNext: true,
  });
  for (const { product, reason } of found.unevaluated)
    row = frame.text(row, `- ${nameOf(product.id, input)}: ${labels.reasons[reason]}`, BODY);
  return row;
}

/** "P01 Bưởi Đoan Hùng (HTX Chí Đám): 69,67 điểm, ★★★☆☆ 3 sao". */
function productLine(product: ScoredProduct, input: MinutesSheetInput): string {
  const score = documentLabels(input.language).points(scoreText(product.score, input.language));
  return `${nameOf(product.id, input)}: ${score}, ${starsText(product.stars, input.language)}`;
}

function nameOf(id: string, input: MinutesSheetInput): string {
  const product = input.round.products.find((p) => p.id === id);
  if (!product) return id;
  return `${id} ${product.name}${product.producer ? ` (${product.producer})` : ""}`;
}
