import type { CriteriaSet } from "./criteriaSet";
import type { Stars } from "./criteriaVersion";
import type { MinimumOptionReading } from "./round";
import type { StarCap } from "./roundResult";
import { scoringSheetOf, type ScoringCriterion } from "./scoringSheet";

/** A complete member sheet as far as the minimum-options rule reads it: the points per criterion. */
export interface MemberPoints {
  readonly points: Readonly<Record<string, number>>;
}

/**
 * 26/2026 minimum options per star level ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao"):
 * every marked option (option.minStars) the product did not reach, lowest star level first. The reading on
 * a criterion is the complete members' mean by default, or with policy "every-member" the lowest of their
 * points (every member must have reached the option). Only marks at or below `uncappedStars` matter: a mark
 * for a level the score does not reach blocks nothing.
 */
export function missedMinimumOptions(
  set: CriteriaSet,
  complete: readonly MemberPoints[],
  reading: MinimumOptionReading,
  uncappedStars: Stars,
): StarCap[] {
  if (complete.length === 0) return [];
  return missedMarks(
    set,
    ({ criterion }) => complete.map((member) => member.points[criterion.id] ?? 0),
    reading,
    uncappedStars,
  );
}

/**
 * missedMinimumOptions over the complete members' points however they are held: `pointsOf` gives every
 * complete member's points on a marked criterion (at least one member).
 */
export function missedMarks(
  set: CriteriaSet,
  pointsOf: (criterion: ScoringCriterion) => readonly number[],
  reading: MinimumOptionReading,
  uncappedStars: Stars,
): StarCap[] {
  const caps: StarCap[] = [];
  for (const marked of scoringSheetOf(set).marked) {
    const { criterion, marks } = marked;
    const applying = marks.filter((mark) => mark.minStars <= uncappedStars);
    if (applying.length === 0) continue;
    const readingOf = criterionReading(pointsOf(marked), reading);
    for (const mark of applying)
      if (readingOf.fallsShortOf(mark.points))
        caps.push({
          criterion: criterion.id,
          option: mark.index,
          minStars: mark.minStars,
          requiredPoints: mark.points,
          reached: readingOf.value,
        });
  }
  return caps.sort((a, b) => a.minStars - b.minStars);
}

/** The stars a product may hold given the marks it missed: one below the lowest level it failed. */
export function starsAllowedByMinimumOptions(caps: readonly StarCap[]): Stars {
  const lowest = Math.min(5 + 1, ...caps.map((cap) => cap.minStars));
  return Math.max(1, lowest - 1) as Stars;
}

/**
 * The members' reading on one criterion. The mean is compared from its sum, so float noise in a mean like
 * 2.9999999 never decides a star level; the value shown is rounded to two decimals.
 */
function criterionReading(
  points: readonly number[],
  reading: MinimumOptionReading,
): { readonly value: number; fallsShortOf(points: number): boolean } {
  if (reading === "every-member") {
    const lowest = Math.min(...points);
    return { value: lowest, fallsShortOf: (required) => lowest < required };
  }
  const sum = points.reduce((acc, value) => acc + value, 0);
  return {
    value: Math.round((sum / points.length) * 100) / 100,
    fallsShortOf: (required) => sum < required * points.length - 1e-9,
  };
}
