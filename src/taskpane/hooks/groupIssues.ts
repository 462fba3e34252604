import type { Issue } from "../../domain";

export interface IssueGroup {
  /** The sheet the issues are on; undefined for problems of the round as a whole. */
  readonly sheet?: string;
  readonly issues: readonly Issue[];
}

const rank = { error: 0, warning: 1, info: 2 } as const;

/** Issues by sheet, round-wide ones first, errors before warnings within a sheet, sheets in first-seen order. */
export function groupIssues(issues: readonly Issue[]): readonly IssueGroup[] {
  const bySheet = new Map<string | undefined, Issue[]>();
  bySheet.set(undefined, []);
  for (const found of issues) {
    const list = bySheet.get(found.sheet) ?? [];
    list.push(found);
    bySheet.set(found.sheet, list);
  }
  return [...bySheet.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([sheet, list]) => ({
      ...(sheet === undefined ? {} : { sheet }),
      issues: [...list].sort((a, b) => rank[a.severity] - rank[b.severity]),
    }));
}
