import type { CriteriaSet } from "./criteriaSet";
import type { ScoreValue } from "./round";
import { scoringSheetOf, type ScoringSheet } from "./scoringSheet";
import { isBlank, type MemberSheet } from "./memberSheet";

type Entries = Readonly<Record<string, ScoreValue>>;

/**
 * The complete member sheets of one product as rows of numbers: each criterion's points in sheet order,
 * each part's total, and the sheet's total. Scoring a round reads every entry of every sheet, so these are
 * three arrays per product, filled in place, instead of records built entry by entry.
 */
export interface MemberTallies {
  readonly sheet: ScoringSheet;
  /** points[row * criteria + criterion.index] */
  readonly points: Float64Array;
  /** partTotals[row * (parts + 1) + criterion.partIndex]; the extra slot takes criteria outside the parts. */
  readonly partTotals: Float64Array;
  readonly totals: Float64Array;
}

export function memberTallies(sheet: ScoringSheet, rows: number): MemberTallies {
  return {
    sheet,
    points: new Float64Array(rows * sheet.criteria.length),
    partTotals: new Float64Array(rows * (sheet.partIds.length + 1)),
    totals: new Float64Array(rows),
  };
}

/**
 * Reads one member's entries into row `row` of the tallies and says what the sheet is, as
 * evaluateMemberSheet would: absent, complete, incomplete or invalid. Only a complete sheet's row is
 * meaningful; the issues of the others come from evaluateMemberSheet, which is only asked about them.
 */
export function tallyMemberSheet(
  tallies: MemberTallies,
  entries: Entries | undefined,
  row: number,
): MemberSheet["kind"] {
  if (!entries) return "absent";
  const { sheet, points, partTotals, totals } = tallies;
  const { criteria, ids } = sheet;
  const pointsAt = row * criteria.length;
  const partsAt = row * (sheet.partIds.length + 1);
  partTotals.fill(0, partsAt, partsAt + sheet.partIds.length + 1);
  let total = 0;
  let missing = 0;
  let present = 0;
  let invalid = false;
  for (let index = 0; index < criteria.length; index += 1) {
    const value = entries[ids[index]];
    if (value !== undefined) present += 1;
    if (isBlank(value)) missing += 1;
    // The allowed points are finite numbers, so one found among them is a finite number.
    else if (typeof value !== "number" || !criteria[index].allowedSet.has(value)) invalid = true;
    else {
      points[pointsAt + index] = value;
      partTotals[partsAt + criteria[index].partIndex] += value;
      total += value;
    }
  }
  totals[row] = total;
  if (invalid || hasUnknownEntries(sheet, entries, present)) return "invalid";
  if (missing === criteria.length) return "absent";
  return missing > 0 ? "incomplete" : "complete";
}

/**
 * Whether an entry names a criterion the set does not have and is not blank. A sheet whose keys are as many
 * as its criteria found (nearly every sheet) has none, and is told so without a look-up per key.
 */
function hasUnknownEntries(sheet: ScoringSheet, entries: Entries, present: number): boolean {
  let keys = 0;
  for (const _key in entries) keys += 1;
  if (keys === present) return false;
  for (const key in entries) {
    if (!sheet.known.has(key) && !isBlank(entries[key])) return true;
  }
  return false;
}

/** One row to tally into per criteria set, for a caller that only wants each sheet's kind. */
const scratchRows = new WeakMap<ScoringSheet, MemberTallies>();

/** What evaluateMemberSheet would say the sheet is (absent, complete…), without building its records. */
export function memberSheetKind(set: CriteriaSet, entries: Entries | undefined): MemberSheet["kind"] {
  const sheet = scoringSheetOf(set);
  let tallies = scratchRows.get(sheet);
  if (!tallies) scratchRows.set(sheet, (tallies = memberTallies(sheet, 1)));
  return tallyMemberSheet(tallies, entries, 0);
}
