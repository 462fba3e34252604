import type { Outcome, Stars } from "./criteriaVersion";
import type { Issue } from "./issue";
import type { Policy } from "./round";

/** Kết quả một sản phẩm: scored (a star rating stands) or not rated yet (incomplete, invalid). */
export type ProductResult = ScoredProduct | UnratedProduct;

/** A minimum option (option.minStars) the product missed: it blocks `minStars` and every level above. */
export interface StarCap {
  readonly criterion: string;
  /** Index of the marked option in the criterion's options. */
  readonly option: number;
  readonly minStars: Stars;
  /** The option's points, and the reading that fell short of them (members' mean by default). */
  readonly requiredPoints: number;
  readonly reached: number;
}

interface ProductResultBase {
  readonly id: string;
  /** Totals of the members whose sheet is complete. */
  readonly memberTotals: Readonly<Record<string, number>>;
  readonly partAverages: Readonly<Record<string, number>>;
  readonly issues: readonly Issue[];
  /**
   * Re-evaluation (phân hạng lại, product kind "renewal") under a version that does it by written opinions
   * (26/2026): each member scored on paper and sent it in; the council met only where opinions differ.
   */
  readonly writtenOpinions?: true;
}

export interface ScoredProduct extends ProductResultBase {
  readonly status: "scored";
  /** Tổng điểm trung bình: plain mean of the complete members' totals, unrounded. */
  readonly score: number;
  /** The score after the round's rounding policy; the star band is read from this. */
  readonly bandedScore: number;
  readonly stars: Stars;
  /** Stars before a required criterion or a minimum option capped them, when one did. */
  readonly uncappedStars?: Stars;
  /** 26/2026 minimum options: each marked option the product did not reach, lowest star level first. */
  readonly starCaps?: readonly StarCap[];
  readonly outcome: Outcome;
  /** 1 for the highest score; equal scores share a rank. */
  readonly rank: number;
}

export interface UnratedProduct extends ProductResultBase {
  readonly status: "incomplete" | "invalid";
  readonly outcome: "none";
}

/** Kết quả đợt đánh giá */
export interface RoundResult {
  readonly criteriaVersion: string;
  readonly policy: Policy;
  readonly products: readonly ProductResult[];
  /** Problems of the round as a whole (unknown version, unknown products, duplicated ids). */
  readonly issues: readonly Issue[];
}

export function allIssues(result: RoundResult): readonly Issue[] {
  return [...result.issues, ...result.products.flatMap((product) => product.issues)];
}

export function starCounts(result: RoundResult): Readonly<Record<Stars, number>> {
  const counts: Record<Stars, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const product of result.products) if (product.status === "scored") counts[product.stars] += 1;
  return counts;
}
