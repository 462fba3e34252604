import { criteriaOf, type CriteriaSet } from "./criteriaSet";
import type { CriteriaVersion, Stars } from "./criteriaVersion";
import { missingMandatoryItems } from "./dossier";
import { issue, isError, type Issue } from "./issue";
import { evaluateMemberSheet } from "./memberSheet";
import type { CouncilLevel, Member, Policy, Product, Scores } from "./round";
import { roundScore } from "./roundScore";
import type { ProductResult } from "./roundResult";
import { starBand } from "./starBand";

export interface ProductContext {
  readonly version: CriteriaVersion;
  readonly level: CouncilLevel;
  readonly policy: Policy;
  readonly members: readonly Member[];
}

type Unranked<T> = T extends { rank: number } ? Omit<T, "rank"> : T;
export type UnrankedProductResult = Unranked<ProductResult>;

/**
 * Scores one product: checks every member's sheet, averages the complete ones, bands the average, applies
 * the required-criteria cap, flags divergent members and reads the outcome for the council's level.
 */
export function scoreProduct(
  product: Product,
  set: CriteriaSet,
  scores: Scores[string] | undefined,
  context: ProductContext,
): UnrankedProductResult {
  const { version, policy, members } = context;
  const issues: Issue[] = [];
  const memberIds = new Set(members.map((m) => m.id));
  for (const [member, entries] of Object.entries(scores ?? {}))
    if (!memberIds.has(member) && Object.keys(entries).length > 0)
      issues.push(issue("unknown-member", "error", { product: product.id, member }));

  const memberTotals: Record<string, number> = {};
  const partTotals: Record<string, number>[] = [];
  const complete: { member: string; total: number; points: Readonly<Record<string, number>> }[] = [];
  let partial = false;
  for (const member of members) {
    const sheet = evaluateMemberSheet(set, scores?.[member.id], { product: product.id, member: member.id });
    if (sheet.kind === "complete") {
      memberTotals[member.id] = sheet.total;
      partTotals.push({ ...sheet.partTotals });
      complete.push({ member: member.id, total: sheet.total, points: sheet.points });
    } else if (sheet.kind === "incomplete") {
      partial = true;
      issues.push(...sheet.issues);
    } else if (sheet.kind === "invalid") issues.push(...sheet.issues);
  }
  const partAverages = averageParts(set, partTotals);

  const missingDossier = missingMandatoryItems(product.dossier);
  if (missingDossier.length > 0)
    issues.push(
      issue("dossier-incomplete", policy.dossierBlocks ? "error" : "warning", {
        product: product.id,
        value: missingDossier.join(", "),
      }),
    );

  if (
    issues.some(
      (found) => isError(found) && found.code !== "member-incomplete" && found.code !== "dossier-incomplete",
    )
  )
    return { id: product.id, status: "invalid", memberTotals, partAverages, issues, outcome: "none" };
  // A mean needs one sheet at least, whatever quorum the round sets; say so rather than stay silent.
  const quorum = Math.max(1, policy.minMembers);
  if (complete.length < quorum)
    issues.push(
      issue("too-few-members", "error", {
        product: product.id,
        value: complete.length,
        expected: quorum,
      }),
    );
  if (partial || complete.length < quorum || issues.some(isError))
    return { id: product.id, status: "incomplete", memberTotals, partAverages, issues, outcome: "none" };

  const sum = complete.reduce((acc, entry) => acc + entry.total, 0);
  const score = sum / complete.length;
  const bandedScore = roundScore(sum, complete.length, policy.rounding);
  const uncappedStars = starBand(bandedScore, version.starBands);
  const zeroRequired = criteriaOf(set).filter(
    (criterion) => criterion.required && complete.every((entry) => entry.points[criterion.id] === 0),
  );
  for (const criterion of zeroRequired)
    issues.push(
      issue("required-criterion-zero", "warning", {
        product: product.id,
        criterion: criterion.id,
        expected: version.requiredCriterionCap.maxStars,
      }),
    );
  const cap = version.requiredCriterionCap.maxStars;
  const stars: Stars = zeroRequired.length > 0 && uncappedStars > cap ? cap : uncappedStars;
  issues.push(...divergentMembers(product.id, complete, policy.divergencePoints));
  return {
    id: product.id,
    status: "scored",
    memberTotals,
    partAverages,
    score,
    bandedScore,
    stars,
    ...(stars !== uncappedStars ? { uncappedStars } : {}),
    outcome: version.outcomes[context.level][stars],
    issues,
  };
}

function averageParts(
  set: CriteriaSet,
  partTotals: readonly Record<string, number>[],
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
