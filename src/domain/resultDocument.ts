import type { Issue } from "./issue";
import type { RoundResult } from "./roundResult";

/** The `ocop-result/1` document (formats.md): what `ocop compute --json` prints and archives keep. */
export function resultDocument(result: RoundResult) {
  return {
    format: "ocop-result/1" as const,
    criteriaVersion: result.criteriaVersion,
    policy: result.policy,
    products: result.products.map((product) => ({
      id: product.id,
      status: product.status,
      memberTotals: product.memberTotals,
      partAverages: product.partAverages,
      ...(product.status === "scored"
        ? {
            score: product.score,
            bandedScore: product.bandedScore,
            stars: product.stars,
            ...(product.uncappedStars ? { uncappedStars: product.uncappedStars } : {}),
            ...(product.starCaps ? { starCaps: product.starCaps } : {}),
            rank: product.rank,
          }
        : {}),
      ...(product.writtenOpinions ? { writtenOpinions: true } : {}),
      outcome: product.outcome,
      issues: product.issues.map(plainIssue),
    })),
    issues: result.issues.map(plainIssue),
  };
}

function plainIssue(found: Issue): Issue {
  return Object.fromEntries(
    Object.entries(found).filter(([, value]) => value !== undefined),
  ) as unknown as Issue;
}
