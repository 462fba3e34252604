import {
  issue,
  memberSheetKind,
  isError,
  scoreRound,
  type CriteriaSet,
  type Issue,
  type RoundResult,
} from "../domain";
import { fingerprint } from "../workbook/fingerprint";
import { mergeIssues } from "../workbook/parse/locateIssue";
import type { WorkbookReading } from "../workbook/parse/parseWorkbook";
import { withholdBrokenSheets } from "./withholdBrokenSheets";

/** How a member's sheet for a product stands. */
export type EntryState = "complete" | "incomplete" | "invalid" | "absent";

export interface EntryCounts {
  readonly complete: number;
  readonly incomplete: number;
  readonly invalid: number;
  readonly absent: number;
}

export interface ProductCounts extends EntryCounts {
  readonly product: string;
  readonly status: RoundResult["products"][number]["status"];
}

export interface MemberCounts extends EntryCounts {
  readonly member: string;
}

/** The round as read and scored: issues located to cells, counts per product and per member. */
export interface RoundAssessment {
  readonly result: RoundResult;
  readonly issues: readonly Issue[];
  readonly products: readonly ProductCounts[];
  readonly members: readonly MemberCounts[];
  /** Products by status: how many can be rated now. */
  readonly totals: { readonly complete: number; readonly incomplete: number; readonly invalid: number };
  readonly errors: number;
  readonly warnings: number;
  /** Fingerprint of every input that decides the result and its sheet. */
  readonly fingerprint: string;
}

const zero = (): Record<EntryState, number> => ({ complete: 0, incomplete: 0, invalid: 0, absent: 0 });

export function assessRound(reading: WorkbookReading): RoundAssessment {
  const { round, catalog } = reading;
  const scored = scoreRound(round, catalog);
  const issues = mergeIssues(
    reading.issues,
    scored.issues.concat(scored.products.flatMap((p) => p.issues)),
    reading.layout,
  );
  // Issues are listed once, above; a product whose criteria sheet is broken gets no stars.
  const result = withholdBrokenSheets(scored, reading);
  const perMember = new Map(round.members.map((m) => [m.id, zero()]));
  const sets: CriteriaSet[] = [];
  const products: ProductCounts[] = result.products.map((product) => {
    const info = round.products.find((p) => p.id === product.id);
    const set = info ? catalog.criteriaSet(round.criteriaVersion, info.productSet) : undefined;
    if (set && !sets.includes(set)) sets.push(set);
    const counts = zero();
    for (const member of round.members) {
      const state: EntryState = set ? memberSheetKind(set, round.scores[product.id]?.[member.id]) : "absent";
      counts[state] += 1;
      const mine = perMember.get(member.id);
      if (mine) mine[state] += 1;
    }
    return { product: product.id, status: product.status, ...counts };
  });
  const status = (s: string) => result.products.filter((p) => p.status === s).length;
  const inputs = fingerprint({
    round,
    sets,
    version: catalog.version(round.criteriaVersion) ?? null,
    language: reading.language,
  });
  // The result sheet holds plain values; once an entry changes it goes on showing the old stars, so
  // validate says so on the cell that holds the fingerprint it was computed from.
  const previous = reading.layout.previousResult;
  if (previous && previous.fingerprint !== inputs)
    issues.push(
      issue("result-stale", "warning", {
        sheet: previous.sheet,
        cell: previous.cell,
        value: previous.computedAt,
      }),
    );
  const errors = issues.filter(isError).length;
  return {
    result,
    issues,
    products,
    members: round.members.map((m) => ({ member: m.id, ...(perMember.get(m.id) ?? zero()) })),
    totals: { complete: status("scored"), incomplete: status("incomplete"), invalid: status("invalid") },
    errors,
    warnings: issues.length - errors,
    fingerprint: inputs,
  };
}
