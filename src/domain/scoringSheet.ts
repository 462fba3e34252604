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
  /** Its place in sheet order: where its points sit in a MemberTallies row. */
  readonly index: number;
  readonly part: string;
  /** Its part's place in the set's parts: where its points add up in a MemberTallies row. */
  readonly partIndex: number;
  readonly allowedSet: ReadonlySet<number>;
  readonly allowedText: string;
  /** The options marked minStars, in sheet order (empty for most criteria and every older version). */
  readonly marks: readonly MarkedOption[];
}

/** A criteria set laid out for checking entries fast: scoring a round checks every cell of every sheet. */
export interface ScoringSheet {
  readonly criteria: readonly ScoringCriterion[];
  /** The criteria's ids in sheet order, and their parts' ids in the set's order. */
  readonly ids: readonly string[];
  readonly partIds: readonly string[];
  readonly known: ReadonlySet<string>;
  /** The required criteria (a 0 from every member caps the stars), in sheet order. */
  readonly required: readonly Criterion[];
  /** The same, as places in sheet order. */
  readonly requiredIndexes: readonly number[];
  /** The criteria having at least one marked option, in sheet order. */
  readonly marked: readonly ScoringCriterion[];
}

// Sets are immutable values, so the layout is worked out once per set, not once per member and product.
const cache = new WeakMap<CriteriaSet, ScoringSheet>();

export function scoringSheetOf(set: CriteriaSet): ScoringSheet {
  const cached = cache.get(set);
  if (cached) return cached;
  const partIds = set.parts.map((part) => part.id);
  const criteria = criteriaOf(set).map((criterion, index): ScoringCriterion => {
    const allowed = allowedPoints(criterion);
    const part = partOf(criterion.id);
    return {
      criterion,
      index,
      part,
      // A criterion outside the set's parts adds up in a slot after them, which no part average reads.
      partIndex: partIds.includes(part) ? partIds.indexOf(part) : partIds.length,
      allowedSet: new Set(allowed),
      allowedText: allowed.join(", "),
      marks: markedOptions(criterion),
    };
  });
  const sheet: ScoringSheet = {
    criteria,
    ids: criteria.map((entry) => entry.criterion.id),
    partIds,
    known: new Set(criteria.map((entry) => entry.criterion.id)),
    required: criteria.filter((entry) => entry.criterion.required).map((entry) => entry.criterion),
    requiredIndexes: criteria.filter((entry) => entry.criterion.required).map((entry) => entry.index),
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
