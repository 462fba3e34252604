import { allowedPoints, criteriaOf, partOf, type CriteriaSet, type Criterion } from "./criteriaSet";

/** A criteria set laid out for checking entries fast: scoring a round checks every cell of every sheet. */
export interface ScoringSheet {
  readonly criteria: readonly {
    readonly criterion: Criterion;
    readonly part: string;
    readonly allowedSet: ReadonlySet<number>;
    readonly allowedText: string;
  }[];
  readonly known: ReadonlySet<string>;
}

// Sets are immutable values, so the layout is worked out once per set, not once per member and product.
const cache = new WeakMap<CriteriaSet, ScoringSheet>();

export function scoringSheetOf(set: CriteriaSet): ScoringSheet {
  const cached = cache.get(set);
  if (cached) return cached;
  const criteria = criteriaOf(set).map((criterion) => {
    const allowed = allowedPoints(criterion);
    return {
      criterion,
      part: partOf(criterion.id),
      allowedSet: new Set(allowed),
      allowedText: allowed.join(", "),
    };
  });
  const sheet = { criteria, known: new Set(criteria.map((entry) => entry.criterion.id)) };
  cache.set(set, sheet);
  return sheet;
}
