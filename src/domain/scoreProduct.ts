import { criteriaOf, type CriteriaSet } from "./criteriaSet";
import type { CriteriaVersion, Outcome, Stars } from "./criteriaVersion";
import { missingMandatoryItems } from "./dossier";
import { issue, isError, type Issue } from "./issue";
import { evaluateMemberSheet } from "./memberSheet";
import type { CouncilLevel, Member, Policy, Product, Scores } from "./round";
import { roundScore } from "./roundScore";
import { missedMinimumOptions, starsAllowedByMinimumOptions } from "./minimumOptions";
import type { ProductResult, StarCap } from "./roundResult";
import { scoringSheetOf } from "./scoringSheet";
import { starBand } from "./starBand";

export interface ProductContext {
  readonly version: CriteriaVersion;
  readonly level: CouncilLevel;
  /** What the council's level does with a product of so many stars (the version allows the level). */
  readonly outcomes: Readonly<Record<Stars, Outcome>>;
  readonly policy: Policy;
  readonly members: readonly Member[];
}

type Unranked<T> = T extends { rank: number } ? Omit<T, "rank"> : T;
export type UnrankedProductResult = Unranked<ProductResult>;

/**
 * Scores one product: checks every member's sheet, averages the complete ones, bands the average, applies
 * the caps (required criteria, 26/2026 minimum options), flags divergent members and reads the outcome for
 * the council's level.
 */
export function scoreProduct(
  product: Product,
  set: CriteriaSet,
  scores: Scores[string] | undefined,
  context: ProductContext,
): UnrankedProductResult {
  const { policy, members } = context;
  const sheets = readMemberSheets(product, set, scores, members);
  const issues: Issue[] = [...unknownMemberIssues(product, scores, members), ...sheets.issues];
  issues.push(...dossierIssues(product, policy));
  const base = {
    id: product.id,
    memberTotals: sheets.memberTotals,
    partAverages: averageParts(set, sheets.partTotals),
    ...(writtenOpinions(product, context.version) ? { writtenOpinions: true as const } : {}),
  };
  const blocking = (found: Issue) =>
    isError(found) && found.code !== "member-incomplete" && found.code !== "dossier-incomplete";
  if (issues.some(blocking)) return { ...base, status: "invalid", issues, outcome: "none" };
  issues.push(...quorumIssues(product, sheets.complete.length, policy));
  if (sheets.partial || issues.some(isError))
    return { ...base, status: "incomplete", issues, outcome: "none" };
  const rating = rateProduct(product, set, sheets.complete, context);
  issues.push(...rating.issues, ...divergentMembers(product.id, sheets.complete, policy.divergencePoints));
  return { ...base, status: "scored", ...rating.result, issues };
}

interface CompleteSheet {
  readonly member: string;
  readonly total: number;
  readonly points: Readonly<Record<string, number>>;
}

/** Every member's sheet for the product: the complete ones, whether any is partly filled, and the problems. */
function readMemberSheets(
  product: Product,
  set: CriteriaSet,
  scores: Scores[string] | undefined,
  members: readonly Member[],
) {
  const memberTotals: Record<string, number> = {};
  const partTotals: Readonly<Record<string, number>>[] = [];
  const complete: CompleteSheet[] = [];
  const issues: Issue[] = [];
  let partial = false;
  for (const member of members) {
    const sheet = evaluateMemberSheet(set, scores?.[member.id], { product: product.id, member: member.id });
    if (sheet.kind === "complete") {
      memberTotals[member.id] = sheet.total;
      partTotals.push(sheet.partTotals);
      complete.push({ member: member.id, total: sheet.total, points: sheet.points });
    } else if (sheet.kind === "incomplete") {
      partial = true;
      issues.push(...sheet.issues);
    } else if (sheet.kind === "invalid") issues.push(...sheet.issues);
  }
  return { memberTotals, partTotals, complete, partial, issues };
}

function unknownMemberIssues(
  product: Product,
  scores: Scores[string] | undefined,
  members: readonly Member[],
): Issue[] {
  const issues: Issue[] = [];
  for (const member in scores)
    if (!members.some((known) => known.id === member) && hasEntries(scores[member]))
      issues.push(issue("unknown-member", "error", { product: product.id, member }));
  return issues;
}

function hasEntries(entries: object): boolean {
  for (const _criterion in entries) return true;
  return false;
}

function dossierIssues(product: Product, policy: Policy): Issue[] {
  const missing = missingMandatoryItems(product.dossier);
  if (missing.length === 0) return [];
  return [
    issue("dossier-incomplete", policy.dossierBlocks ? "error" : "warning", {
      product: product.id,
      value: missing.join(", "),
    }),
  ];
}

/** A mean needs one sheet at least, whatever quorum the round sets; say so rather than stay silent. */
function quorumIssues(product: Product, completeCount: number, policy: Policy): Issue[] {
  const quorum = Math.max(1, policy.minMembers);
  if (completeCount >= quorum) return [];
  return [issue("too-few-members", "error", { product: product.id, value: completeCount, expected: quorum })];
}

/** Re-evaluation (phân hạng lại) of a renewal under a version that says it is done by written opinions. */
function writtenOpinions(product: Product, version: CriteriaVersion): boolean {
  return product.kind === "renewal" && version.renewalByWrittenOpinions === true;
}

/**
 * The rating of a product every needed member scored: the mean, its band, the lower of the two caps
 * (required criteria scored 0; minimum options not reached), and what the council's level does with it.
 */
function rateProduct(
  product: Product,
  set: CriteriaSet,
  complete: readonly CompleteSheet[],
  context: ProductContext,
) {
  const { version, policy } = context;
  const sum = complete.reduce((acc, entry) => acc + entry.total, 0);
  const score = sum / complete.length;
  const bandedScore = roundScore(sum, complete.length, policy.rounding);
  const uncappedStars = starBand(bandedScore, version.starBands);
  const zeroRequired = scoringSheetOf(set).required.filter((criterion) =>
    complete.every((entry) => entry.points[criterion.id] === 0),
  );
  const requiredCap = zeroRequired.length > 0 ? version.requiredCriterionCap.maxStars : 5;
  const starCaps = missedMinimumOptions(set, complete, policy.minimumOptionReading, uncappedStars);
  const stars = Math.min(uncappedStars, requiredCap, starsAllowedByMinimumOptions(starCaps)) as Stars;
  const issues = [
    ...zeroRequired.map((criterion) =>
      issue("required-criterion-zero", "warning", {
        product: product.id,
        criterion: criterion.id,
        expected: version.requiredCriterionCap.maxStars,
      }),
    ),
    ...starCaps.map((cap) => starMinimumIssue(product, set, cap, policy.minimumOptionReading)),
  ];
  const result = {
    score,
    bandedScore,
    stars,
    ...(stars !== uncappedStars ? { uncappedStars } : {}),
    ...(starCaps.length > 0 ? { starCaps } : {}),
    outcome: context.outcomes[stars],
  };
  return { result, issues };
}

/** Names the criterion, the marked option and the star level it blocked (the result sheet says why). */
function starMinimumIssue(
  product: Product,
  set: CriteriaSet,
  cap: StarCap,
  reading: Policy["minimumOptionReading"],
): Issue {
  const option = criteriaOf(set).find((c) => c.id === cap.criterion)?.options[cap.option];
  return issue("star-minimum-not-met", "warning", {
    product: product.id,
    criterion: cap.criterion,
    option: option?.text ?? String(cap.option + 1),
    stars: cap.minStars,
    value: cap.reached,
    expected: cap.requiredPoints,
    detail: reading,
  });
}

function averageParts(
  set: CriteriaSet,
  partTotals: readonly Readonly<Record<string, number>>[],
): Record<string, number> {
  const averages: Record<string, number> = {};
  if (partTotals.length === 0) return averages;
  for (const part of set.parts)
    averages[part.id] = partTotals.reduce((acc, totals) => acc + totals[part.id], 0) / partTotals.length;
  return averages;
}

/**
 * A member whose total lies more than `threshold` points from the council's middle total (domain.md): the
 * median of all complete members' totals, so that one outlier is flagged and not the members who agree with
 * each other. Two members have no middle: each is compared with the other, so both are flagged.
 */
function divergentMembers(
  product: string,
  complete: readonly { member: string; total: number }[],
  threshold: number,
): Issue[] {
  if (complete.length < 2) return [];
  const sorted = complete.map((entry) => entry.total).sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  return complete.flatMap((entry, index) => {
    const reference = complete.length === 2 ? complete[1 - index].total : middle;
    return Math.abs(entry.total - reference) > threshold
      ? [
          issue("member-divergent", "warning", {
            product,
            member: entry.member,
            value: entry.total,
            detail: Math.round(reference * 100) / 100,
            expected: threshold,
          }),
        ]
      : [];
  });
}
