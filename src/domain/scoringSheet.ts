import {
  allowedPoints,
  criteriaOf,
  partOf,
  type CriteriaSet,
  type Criterion,
  type CriterionOption,
} from "./criteriaSet";

/** An option of a criterion marked as the minimum for a star level (26/2026), with its place on the sheet. */
export interface MarkedOption {
  readonly index: number;
  readonly points: number;
  readonly minStars: NonNullable<CriterionOption["minStars"]>;
}

/** One criterion of a set as scoring reads it: worked out once per set, not per member and product. */
export interface ScoringCriterion {
  readonly criterion: Criterion;
  readonly part: string;
  readonly allowedSet: ReadonlySet<number>;
  readonly allowedText: string;
  /** The options marked minStars, in sheet order (empty for most criteria and every older version). */
  readonly marks: readonly MarkedOption[];
}

/** A criteria set laid out for checking entries fast: scoring a round checks every cell of every sheet. */
export interface ScoringSheet {
  readonly criteria: readonly ScoringCriterion[];
  readonly known: ReadonlySet<string>;
  /** The required criteria (a 0 from every member caps the stars), in sheet order. */
  readonly required: readonly Criterion[];
  /** The criteria having at least one marked option, in sheet order. */
  readonly marked: readonly ScoringCriterion[];
}

// Sets are immutable values, so the layout is worked out once per set, not once per member and product.
const cache = new WeakMap<CriteriaSet, ScoringSheet>();

export function scoringSheetOf(set: CriteriaSet): ScoringSheet {
  const cached = cache.get(set);
  if (cached) return cached;
  const criteria = criteriaOf(set).map((criterion): ScoringCriterion => {
    const allowed = allowedPoints(criterion);
    return {
      criterion,
      part: partOf(criterion.id),
      allowedSet: new Set(allowed),
      allowedText: allowed.join(", "),
      marks: markedOptions(criterion),
    };
  });
  const sheet: ScoringSheet = {
    criteria,
    known: new Set(criteria.map((entry) => entry.criterion.id)),
    required: criteria.filter((entry) => entry.criterion.required).map((entry) => entry.criterion),
    marked: criteria.filter((entry) => entry.marks.length > 0),
  };
  cache.set(set, sheet);
  return sheet;
}

function markedOptions(criterion: Criterion): MarkedOption[] {
  return criterion.options.flatMap((option, index) =>
    option.minStars === undefined ? [] : [{ index, points: option.points, minStars: option.minStars }],
  );
}
