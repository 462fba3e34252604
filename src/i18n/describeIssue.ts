import type { Issue, Member, Severity } from "../domain";
import { enIssues } from "./issueTextEn";
import type { Language } from "./language";
import { viIssues } from "./issueTextVi";

const texts = { vi: viIssues, en: enIssues } as const;

const issueWords: Readonly<
  Record<Language, { sheet: string; cell: string; severity: Readonly<Record<Severity, string>> }>
> = {
  vi: { sheet: "Trang", cell: "ô", severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } },
  en: { sheet: "Sheet", cell: "cell", severity: { error: "Error", warning: "Warning", info: "Note" } },
};

/** Member id → name, so a message names the person ("Trần Thị Hà (M2)"), not an id nobody typed. */
export type MemberNames = ReadonlyMap<string, string>;

export function memberNames(members: readonly Member[]): MemberNames {
  return new Map(members.filter((m) => m.name.trim() !== "").map((m) => [m.id, m.name.trim()]));
}

/** "Lỗi", "Cảnh báo", "Lưu ý": the word a message starts with. */
export function severityWord(severity: Severity, language: Language): string {
  return issueWords[language].severity[severity];
}

/** A message a user can act on: where (sheet and cell when known), what is wrong, how to fix it. */
export function describeIssue(
  found: Issue,
  language: Language,
  names?: MemberNames,
): { where: string; what: string; fix: string } {
  const text = texts[language][found.code];
  const words = issueWords[language];
  const where = found.sheet
    ? `${words.sheet} '${found.sheet}'${found.cell ? `, ${words.cell} ${found.cell}` : ""}`
    : "";
  return { where, what: text.what(withMemberName(found, names)), fix: text.fix };
}

/** One line: "Lỗi: Trang 'Phiếu P01', ô F12: what. How to fix. (code)" — the code last, for searching. */
export function issueLine(found: Issue, language: Language, names?: MemberNames): string {
  const { where, what, fix } = describeIssue(found, language, names);
  return `${severityWord(found.severity, language)}: ${where ? `${where}: ` : ""}${what} ${fix} (${found.code})`;
}

function withMemberName(found: Issue, names: MemberNames | undefined): Issue {
  const name = found.member !== undefined ? names?.get(found.member) : undefined;
  return name === undefined || name === found.member
    ? found
    : { ...found, member: `${name} (${found.member})` };
}
