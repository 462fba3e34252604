import type { Language } from "../i18n/language";
import { cellsOf, isBlankCell, numberCell, numberInRange } from "./cellArgument";
import { SCORE_RANGE } from "./computeStars";
import { failure, value, type FunctionResult } from "./functionResult";

/** A council has at most a few dozen members; the bound only catches a typo such as 500. */
const MIN_MEMBERS_RANGE = { min: 1, max: 1000 } as const;

/**
 * OCOP.AVERAGE: Tổng điểm trung bình, the product's score as the plain mean of the members' totals.
 * A blank cell is a member who did not score the product (absent, conflict of interest) and is not counted;
 * too few totals is an error, never a lower score (domain.md "Council practice").
 */
export function computeAverage(
  memberTotals: unknown,
  minMembers: unknown,
  language: Language,
): FunctionResult<number> {
  let minimum = 1;
  if (!isBlankCell(minMembers)) {
    const given = numberCell(minMembers, "min_members", MIN_MEMBERS_RANGE, language);
    if (given.kind === "error") return given;
    if (!Number.isInteger(given.value))
      return failure(
        "invalidNumber",
        { code: "not-a-whole-number", argument: "min_members", value: given.value },
        language,
      );
    minimum = given.value;
  }
  const totals: number[] = [];
  for (const cell of cellsOf(memberTotals)) {
    if (isBlankCell(cell)) continue;
    const total = numberInRange(cell, "member_totals", SCORE_RANGE, language);
    if (total.kind === "error") return total;
    totals.push(total.value);
  }
  if (totals.length < minimum)
    return failure("notAvailable", { code: "too-few-members", count: totals.length, min: minimum }, language);
  return value(totals.reduce((sum, total) => sum + total, 0) / totals.length);
}
