import type { Issue } from "../domain";
import { enIssues } from "./en";
import type { Language } from "./language";
import { viIssues } from "./vi";

const texts = { vi: viIssues, en: enIssues } as const;

const whereWords = { vi: { sheet: "Trang", cell: "ô" }, en: { sheet: "Sheet", cell: "cell" } } as const;

/** A message a user can act on: where (sheet and cell when known), what is wrong, how to fix it. */
export function describeIssue(
  found: Issue,
  language: Language,
): { where: string; what: string; fix: string } {
  const text = texts[language][found.code];
  const words = whereWords[language];
  const where = found.sheet
    ? `${words.sheet} '${found.sheet}'${found.cell ? `, ${words.cell} ${found.cell}` : ""}`
    : "";
  return { where, what: text.what(found), fix: text.fix };
}

export function issueLine(found: Issue, language: Language): string {
  const { where, what, fix } = describeIssue(found, language);
  return `${where ? `${where}: ` : ""}${what} ${fix}`;
}
