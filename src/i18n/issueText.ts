import type { Issue, IssueCode } from "../domain";

/** What is wrong, and how to fix it: one pair per issue code, in one language. */
export type IssueText = Readonly<
  Record<IssueCode, { readonly what: (i: Issue) => string; readonly fix: string }>
>;

export const show = (value: Issue["value"] | Issue["expected"]): string =>
  value === undefined ? "" : value === null ? "∅" : typeof value === "string" ? `"${value}"` : String(value);
