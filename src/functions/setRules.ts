import { allowedPoints, criteriaOf, type CriteriaSet } from "../domain/criteriaSet";
import type { Stars } from "../domain/criteriaVersion";

/** A marked option (26/2026 minimum options): its points, and the star level that needs them. */
export type MarkRule = readonly [points: number, minStars: Stars];

/** What the OCOP functions read of one criterion: the points a member may enter, and its marked options. */
export interface CriterionRules {
  readonly points: readonly number[];
  readonly marks?: readonly MarkRule[];
}

/**
 * What the OCOP functions read of a criteria sheet, and nothing else: no texts, notes or names, so the
 * functions bundle that every workbook using OCOP.* loads stays small whatever the number of sets shipped.
 */
export interface SetRules {
  readonly version: string;
  readonly code: string;
  readonly criteria: Readonly<Record<string, CriterionRules>>;
}

export function setRulesOf(set: CriteriaSet): SetRules {
  const criteria: Record<string, CriterionRules> = {};
  for (const criterion of criteriaOf(set)) {
    const marks = criterion.options.flatMap((option): MarkRule[] =>
      option.minStars === undefined ? [] : [[option.points, option.minStars]],
    );
    criteria[criterion.id] = { points: allowedPoints(criterion), ...(marks.length > 0 ? { marks } : {}) };
  }
  return { version: set.version, code: set.productSet.code, criteria };
}
