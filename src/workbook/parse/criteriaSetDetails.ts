import type { CriteriaSet, Criterion } from "../../domain";
import type { CellValue } from "../plan/sheetPlan";

/** A criterion's decision numbering and notes as the Bộ tiêu chí sheet's columns hold them. */
export function criterionDetails(
  decisionNumber: string,
  notes: string,
): { decisionNumber?: string; notes?: string[] } {
  const lines = notes
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    ...(decisionNumber ? { decisionNumber } : {}),
    ...(lines.length > 0 ? { notes: lines } : {}),
  };
}

/** "***" (or 3) → 3; blank → undefined; anything else is not a star level a decision marks. */
export function minStarsOf(value: CellValue): 3 | 4 | 5 | undefined | "bad" {
  if (value === null || String(value).trim() === "") return undefined;
  const text = String(value).trim();
  const stars = /^\*+$/.test(text) ? text.length : /^[345]$/.test(text) ? Number(text) : 0;
  return stars === 3 || stars === 4 || stars === 5 ? stars : "bad";
}

interface SheetCriterion {
  readonly decisionNumber?: string;
  readonly notes?: readonly string[];
  readonly options: readonly { readonly minStars?: 3 | 4 | 5 }[];
}

/**
 * The checked set with what the sheet says beyond the `ocop-criteria/1` core: each criterion's decision
 * numbering and notes, each option's minimum star level. Read from the sheet's rows, in their order.
 */
export function withSheetDetails(
  set: CriteriaSet,
  parts: readonly { readonly groups: readonly { readonly criteria: readonly SheetCriterion[] }[] }[],
): CriteriaSet {
  return {
    ...set,
    parts: set.parts.map((part, p) => ({
      ...part,
      groups: part.groups.map((group, g) => ({
        ...group,
        criteria: group.criteria.map((criterion, c) => detailed(criterion, parts[p]?.groups[g]?.criteria[c])),
      })),
    })),
  };
}

function detailed(criterion: Criterion, sheet: SheetCriterion | undefined): Criterion {
  if (!sheet) return criterion;
  // The data's convention for a criterion printed without options: one option holding its own name.
  const bare = criterion.options.length === 1 && criterion.options[0].text === criterion.name;
  return {
    ...criterion,
    ...(bare ? { noOptionsPrinted: true } : {}),
    ...(sheet.decisionNumber ? { decisionNumber: sheet.decisionNumber } : {}),
    ...(sheet.notes ? { notes: sheet.notes } : {}),
    options: criterion.options.map((option, o) => {
      const minStars = sheet.options[o]?.minStars;
      return minStars ? { ...option, minStars } : option;
    }),
  };
}
