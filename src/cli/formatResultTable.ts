import { allIssues, type Round, type RoundResult } from "../domain";
import { describeIssue, outcomeText, starGlyphs, type Language, type MemberNames } from "../i18n";
import { cliText } from "../i18n/cliText";
import { numberText } from "../i18n/numberText";

/** The result as a plain-text table for a terminal, in the round's product order. */
export function formatResultTable(
  round: Round,
  result: RoundResult,
  language: Language,
  names?: MemberNames,
): string {
  const productNames = new Map(round.products.map((p) => [p.id, p.name]));
  const rows = result.products.map((product) => [
    product.status === "scored" ? String(product.rank) : "–",
    product.id,
    clip(productNames.get(product.id) ?? "", 32),
    String(Object.keys(product.memberTotals).length),
    product.status === "scored" ? numberText(product.score, language, 2) : "–",
    product.status === "scored" ? starGlyphs(product.stars) : "–",
    outcomeText(product, round.council.level, language),
  ]);
  const table = [[...cliText(language).tableHeadings], ...rows];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => [...row[column]].length)));
  const lines = table.map((row) =>
    row
      .map((cell, column) => pad(cell, widths[column]))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  const notes = allIssues(result)
    .filter((found) => found.severity !== "info")
    .map((found) => `- ${describeIssue(found, language, names).what}`);
  return [...lines, ...(notes.length ? ["", ...notes] : [])].join("\n") + "\n";
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

/** Long names are kept whole in data and shortened only for display. */
function clip(text: string, width: number): string {
  // Control characters in a hostile name would move the terminal's cursor; show them as spaces.
  // eslint-disable-next-line no-control-regex
  const chars = [...text.replace(/[\u0000-\u001f\u007f]/g, " ")];
  return chars.length > width ? `${chars.slice(0, width - 1).join("")}…` : chars.join("");
}
