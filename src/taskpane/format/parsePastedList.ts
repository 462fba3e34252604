import type { MemberDraft, ProductDraft } from "../commandBinding/paneCommands";

export interface PastedList<T> {
  readonly rows: readonly T[];
  /** 1-based numbers of lines that could not be read, so the user can find them in what they pasted. */
  readonly problemLines: readonly number[];
  /** Why each of those lines could not be read, in line order. */
  readonly problems: readonly PasteProblem[];
}

/** A pasted line that was not read: no name, or a product-set code the chosen decision does not list. */
export type PasteProblem =
  | { readonly line: number; readonly reason: "no-name" }
  | { readonly line: number; readonly reason: "unknown-set"; readonly code: string };

/** Rows copied from Excel arrive tab-separated; typed ones use ";" — both are accepted. */
function cellsOf(line: string): string[] {
  return line.split(line.includes("\t") ? "\t" : ";").map((cell) => cell.trim());
}

function linesOf(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "");
}

/**
 * "Name; Producer; Product set code" per line; a missing code takes the default. A code that is not one
 * of the version's product sets is a problem line, not a guess.
 */
export function parsePastedProducts(
  text: string,
  defaultSet: string,
  knownSets: ReadonlySet<string>,
): PastedList<ProductDraft> {
  const rows: ProductDraft[] = [];
  const problems: PasteProblem[] = [];
  for (const { line, number } of linesOf(text)) {
    const [name, producer, code] = cellsOf(line);
    const productSet = code || defaultSet;
    if (!name) problems.push({ line: number, reason: "no-name" });
    else if (!knownSets.has(productSet))
      problems.push({ line: number, reason: "unknown-set", code: productSet });
    else rows.push({ name, productSet, ...(producer ? { producer } : {}) });
  }
  return { rows, problemLines: problems.map((p) => p.line), problems };
}

/** "Full name; Role" per line. */
export function parsePastedMembers(text: string): PastedList<MemberDraft> {
  const rows: MemberDraft[] = [];
  const problems: PasteProblem[] = [];
  for (const { line, number } of linesOf(text)) {
    const [name, role] = cellsOf(line);
    if (!name) problems.push({ line: number, reason: "no-name" });
    else rows.push({ name, ...(role ? { role } : {}) });
  }
  return { rows, problemLines: problems.map((p) => p.line), problems };
}
