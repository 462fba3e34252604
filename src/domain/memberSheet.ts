import type { CriteriaSet } from "./criteriaSet";
import { scoringSheetOf } from "./scoringSheet";
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

const isBlank = (value: ScoreValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * Checks one member's entries against the criteria: every entry must be one of its criterion's option
 * points; a sheet with no entry at all means the member did not score the product (absent, conflict of
 * interest); a partly filled sheet is an error to fix, never a lower score (domain.md).
 */
export function evaluateMemberSheet(
  set: CriteriaSet,
  entries: Readonly<Record<string, ScoreValue>> | undefined,
  where: { readonly product: string; readonly member: string },
): MemberSheet {
  if (!entries) return { kind: "absent" };
  const { criteria, known } = scoringSheetOf(set);
  const issues: Issue[] = [];
  for (const [criterion, value] of Object.entries(entries))
    if (!known.has(criterion) && !isBlank(value))
      issues.push(issue("unknown-criterion", "error", { ...where, criterion, value }));
  const points: Record<string, number> = {};
  const missing: string[] = [];
  let total = 0;
  const partTotals: Record<string, number> = {};
  for (const part of set.parts) partTotals[part.id] = 0;
  for (const { criterion, part, allowedSet, allowedText } of criteria) {
    const value = entries[criterion.id];
    if (isBlank(value)) {
      missing.push(criterion.id);
      continue;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      issues.push(
        issue("score-not-a-number", "error", {
          ...where,
          criterion: criterion.id,
          value,
          expected: allowedText,
        }),
      );
    } else if (!allowedSet.has(value)) {
      issues.push(
        issue("score-not-allowed", "error", {
          ...where,
          criterion: criterion.id,
          value,
          expected: allowedText,
        }),
      );
    } else {
      points[criterion.id] = value;
      partTotals[part] += value;
      total += value;
    }
  }
  if (issues.length > 0) return { kind: "invalid", issues };
  if (missing.length === criteria.length) return { kind: "absent" };
  if (missing.length > 0)
    return {
      kind: "incomplete",
      missing,
      issues: [
        issue("member-incomplete", "error", {
          ...where,
          criterion: missing[0],
          detail: missing.length,
          expected: criteria.length,
        }),
      ],
    };
  return { kind: "complete", total, partTotals, points };
}
