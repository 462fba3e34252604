import type { RoundAssessment } from "../../commands/roundAssessment";
import { starCounts, type ProductResult, type Round } from "../../domain";
import { sheetKey } from "../../workbook/hiddenIds";
import type { DecisionRow, ResultSummary, SummaryProduct } from "./paneCommands";

/**
 * What the compute screen shows of a computed round: star counts, then every product in one decision row
 * (so the rows add up to the product count), and the rated products whose warnings the council should read.
 */
export function resultSummaryOf(
  round: Round,
  assessment: RoundAssessment,
  sheet: string,
  sheetNames: Readonly<Record<string, string>> = {},
): ResultSummary {
  const { result } = assessment;
  const names = new Map(round.products.map((p) => [p.id, p.name]));
  const rows: Record<DecisionRow, SummaryProduct[]> = {
    recognized: [],
    forwarded: [],
    other: [],
    unfinished: [],
    invalid: [],
  };
  const warnings: SummaryProduct[] = [];
  for (const product of result.products) {
    const sheetName = sheetNames[sheetKey.criteria(product.id)];
    const entry: SummaryProduct = {
      id: product.id,
      name: names.get(product.id) ?? product.id,
      ...(sheetName ? { sheet: sheetName } : {}),
      issues: assessment.issues.filter((found) => found.product === product.id && found.severity !== "info"),
    };
    rows[decisionRow(product)].push(entry);
    if (product.status === "scored" && entry.issues.length > 0) warnings.push(entry);
  }
  return {
    products: result.products.length,
    stars: starCounts(result),
    rows,
    warnings,
    members: round.members,
    resultSheet: { sheet, cell: "A1" },
  };
}

function decisionRow(product: ProductResult): DecisionRow {
  if (product.status === "incomplete") return "unfinished";
  if (product.status !== "scored") return "invalid";
  if (product.outcome === "recognize") return "recognized";
  if (product.outcome === "forward") return "forwarded";
  return "other";
}
