import type { MemberDraft, ProductDraft } from "../commands/paneCommands";

export interface PastedList<T> {
  readonly rows: readonly T[];
  /** 1-based numbers of lines that could not be read, so the user can find them in what they pasted. */
  readonly problemLines: readonly number[];
}

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
  const problemLines: number[] = [];
  for (const { line, number } of linesOf(text)) {
    const [name, producer, code] = cellsOf(line);
    const productSet = code || defaultSet;
    if (!name || !knownSets.has(productSet)) {
      problemLines.push(number);
      continue;
    }
    rows.push({ name, productSet, ...(producer ? { producer } : {}) });
  }
  return { rows, problemLines };
}

/** "Full name; Role" per line. */
export function parsePastedMembers(text: string): PastedList<MemberDraft> {
  const rows: MemberDraft[] = [];
  const problemLines: number[] = [];
  for (const { line, number } of linesOf(text)) {
    const [name, role] = cellsOf(line);
    if (!name) {
      problemLines.push(number);
      continue;
    }
    rows.push({ name, ...(role ? { role } : {}) });
  }
  return { rows, problemLines };
}
