import type { CriteriaSet } from "./criteriaSet";
import { scoringSheetOf, type ScoringSheet } from "./scoringSheet";
import { issue, type Issue } from "./issue";
import type { ScoreValue } from "./round";

/** Phiếu đánh giá của một thành viên: what one member's entries for one product amount to. */
export type MemberSheet =
  | { readonly kind: "absent" }
  | {
      readonly kind: "complete";
      readonly total: number;
      readonly partTotals: Readonly<Record<string, number>>;
      readonly points: Readonly<Record<string, number>>;
    }
  | { readonly kind: "incomplete"; readonly missing: readonly string[]; readonly issues: readonly Issue[] }
  | { readonly kind: "invalid"; readonly issues: readonly Issue[] };

type Where = { readonly product: string; readonly member: string };
type Entries = Readonly<Record<string, ScoreValue>>;

/** No entry: nothing, or only spaces. */
export const isBlank = (value: ScoreValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * Checks one member's entries against the criteria: every entry must be one of its criterion's option
 * points; a sheet with no entry at all means the member did not score the product (absent, conflict of
 * interest); a partly filled sheet is an error to fix, never a lower score (domain.md).
 */
export function evaluateMemberSheet(
  set: CriteriaSet,
  entries: Entries | undefined,
  where: Where,
): MemberSheet {
  if (!entries) return { kind: "absent" };
  const sheet = scoringSheetOf(set);
  const issues = unknownCriterionIssues(sheet, entries, where);
  const read = readEntries(set, sheet, entries, where, issues);
  if (issues.length > 0) return { kind: "invalid", issues };
  const { missing } = read;
  if (missing.length === sheet.criteria.length) return { kind: "absent" };
  if (missing.length > 0)
    return {
      kind: "incomplete",
      missing,
      issues: [
        issue("member-incomplete", "error", {
          ...where,
          criterion: missing[0],
          detail: missing.length,
          expected: sheet.criteria.length,
        }),
      ],
    };
  return { kind: "complete", total: read.total, partTotals: read.partTotals, points: read.points };
}

/** Entries on criteria the set does not have (a blank one is no entry). */
function unknownCriterionIssues(sheet: ScoringSheet, entries: Entries, where: Where): Issue[] {
  const issues: Issue[] = [];
  for (const criterion in entries)
    if (!sheet.known.has(criterion) && !isBlank(entries[criterion]))
      issues.push(issue("unknown-criterion", "error", { ...where, criterion, value: entries[criterion] }));
  return issues;
}

/**
 * One pass over the set's criteria: the points of every allowed entry, their totals, the criteria left
 * blank; an entry that is not one of its criterion's points adds an issue. Nothing is allocated per entry.
 */
function readEntries(set: CriteriaSet, sheet: ScoringSheet, entries: Entries, where: Where, issues: Issue[]) {
  const points: Record<string, number> = {};
  const missing: string[] = [];
  let total = 0;
  const partTotals: Record<string, number> = {};
  for (const part of set.parts) partTotals[part.id] = 0;
  for (const { criterion, part, allowedSet, allowedText } of sheet.criteria) {
    const value = entries[criterion.id];
    if (isBlank(value)) missing.push(criterion.id);
    else if (typeof value !== "number" || !Number.isFinite(value) || !allowedSet.has(value)) {
      const code =
        typeof value === "number" && Number.isFinite(value) ? "score-not-allowed" : "score-not-a-number";
      issues.push(issue(code, "error", { ...where, criterion: criterion.id, value, expected: allowedText }));
    } else {
      points[criterion.id] = value;
      partTotals[part] += value;
      total += value;
    }
  }
  return { points, missing, total, partTotals };
}
