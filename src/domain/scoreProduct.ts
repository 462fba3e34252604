import { criteriaOf, type CriteriaSet } from "./criteriaSet";
import type { CriteriaVersion, Outcome, Stars } from "./criteriaVersion";
import { missingMandatoryItems } from "./dossier";
import { issue, isError, type Issue } from "./issue";
import { evaluateMemberSheet } from "./memberSheet";
import { memberTallies, tallyMemberSheet, type MemberTallies } from "./memberTallies";
import type { CouncilLevel, Member, Policy, Product, Scores } from "./round";
import { roundScore } from "./roundScore";
import { missedMarks, starsAllowedByMinimumOptions } from "./minimumOptions";
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
    partAverages: averageParts(sheets.complete),
    ...(writtenOpinions(product, context.version) ? { writtenOpinions: true as const } : {}),
  };
  const blocking = (found: Issue) =>
    isError(found) && found.code !== "member-incomplete" && found.code !== "dossier-incomplete";
  if (issues.some(blocking)) return { ...base, status: "invalid", issues, outcome: "none" };
  issues.push(...quorumIssues(product, sheets.complete.members.length, policy));
  if (sheets.partial || issues.some(isError))
    return { ...base, status: "incomplete", issues, outcome: "none" };
  const rating = rateProduct(product, set, sheets.complete, context);
  issues.push(...rating.issues, ...divergentMembers(product.id, sheets.complete, policy.divergencePoints));
  return { ...base, status: "scored", ...rating.result, issues };
}

/** The complete sheets of a product: the members who sent them, in council order, and their rows. */
interface CompleteSheets {
  readonly members: readonly string[];
  readonly tallies: MemberTallies;
}

/**
 * Every member's sheet for the product: the complete ones, whether any is partly filled, and the problems.
 * Complete sheets are tallied in place; only a sheet that is not (rare) is evaluated again for its issues.
 */
function readMemberSheets(
  product: Product,
  set: CriteriaSet,
  scores: Scores[string] | undefined,
  members: readonly Member[],
) {
  const memberTotals: Record<string, number> = {};
  const tallies = memberTallies(scoringSheetOf(set), members.length);
  const completeMembers: string[] = [];
  const issues: Issue[] = [];
  let partial = false;
  for (const member of members) {
    const entries = scores?.[member.id];
    const kind = tallyMemberSheet(tallies, entries, completeMembers.length);
    if (kind === "complete") {
      memberTotals[member.id] = tallies.totals[completeMembers.length];
      completeMembers.push(member.id);
    } else if (kind !== "absent") {
      const sheet = evaluateMemberSheet(set, entries, { product: product.id, member: member.id });
      if (sheet.kind === "incomplete") partial = true;
      if (sheet.kind === "incomplete" || sheet.kind === "invalid") issues.push(...sheet.issues);
    }
  }
  const complete: CompleteSheets = { members: completeMembers, tallies };
  return { memberTotals, complete, partial, issues };
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
function rateProduct(product: Product, set: CriteriaSet, complete: CompleteSheets, context: ProductContext) {
  const { version, policy } = context;
  const count = complete.members.length;
  const { totals } = complete.tallies;
  let sum = 0;
  for (let row = 0; row < count; row += 1) sum += totals[row];
  const score = sum / count;
  const bandedScore = roundScore(sum, count, policy.rounding);
  const uncappedStars = starBand(bandedScore, version.starBands);
  const sheet = scoringSheetOf(set);
  const zeroRequired = sheet.required.filter((_criterion, at) =>
    pointsOf(complete, sheet.requiredIndexes[at]).every((points) => points === 0),
  );
  const requiredCap = zeroRequired.length > 0 ? version.requiredCriterionCap.maxStars : 5;
  const starCaps = missedMarks(
    set,
    (criterion) => pointsOf(complete, criterion.index),
    policy.minimumOptionReading,
    uncappedStars,
  );
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

/** The complete members' points on the criterion at `index` of the sheet order, in council order. */
function pointsOf(complete: CompleteSheets, index: number): number[] {
  const { points, sheet } = complete.tallies;
  const width = sheet.criteria.length;
  return complete.members.map((_member, row) => points[row * width + index]);
}

function averageParts(complete: CompleteSheets): Record<string, number> {
  const averages: Record<string, number> = {};
  const count = complete.members.length;
  if (count === 0) return averages;
  const { partTotals, sheet } = complete.tallies;
  const width = sheet.partIds.length + 1;
  sheet.partIds.forEach((part, at) => {
    let sum = 0;
    for (let row = 0; row < count; row += 1) sum += partTotals[row * width + at];
    averages[part] = sum / count;
  });
  return averages;
}

/**
 * A member whose total lies more than `threshold` points from the council's middle total (domain.md): the
 * median of all complete members' totals, so that one outlier is flagged and not the members who agree with
 * each other. Two members have no middle: each is compared with the other, so both are flagged.
 */
function divergentMembers(product: string, complete: CompleteSheets, threshold: number): Issue[] {
  const count = complete.members.length;
  if (count < 2) return [];
  const totals = complete.tallies.totals.subarray(0, count);
  const sorted = Float64Array.from(totals).sort();
  const half = Math.floor(count / 2);
  const middle = count % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  return complete.members.flatMap((member, index) => {
    const total = totals[index];
    const reference = count === 2 ? totals[1 - index] : middle;
    return Math.abs(total - reference) > threshold
      ? [
          issue("member-divergent", "warning", {
            product,
            member,
            value: total,
            detail: Math.round(reference * 100) / 100,
            expected: threshold,
          }),
        ]
      : [];
  });
}
