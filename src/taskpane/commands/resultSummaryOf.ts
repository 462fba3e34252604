import { starCounts } from "../../domain";
import type { RoundAssessment } from "../../commands/roundAssessment";
import type { Round } from "../../domain";
import type { AttentionStatus, ResultSummary } from "./paneCommands";

/** What the compute screen shows of a computed round: star counts, decisions, what needs a second look. */
export function resultSummaryOf(round: Round, assessment: RoundAssessment, sheet: string): ResultSummary {
  const { result } = assessment;
  const names = new Map(round.products.map((p) => [p.id, p.name]));
  const attention = result.products.flatMap((product) => {
    const status: AttentionStatus | undefined =
      product.status !== "scored" ? product.status : product.issues.length > 0 ? "review" : undefined;
    return status ? [{ id: product.id, name: names.get(product.id) ?? product.id, status }] : [];
  });
  return {
    products: result.products.length,
    stars: starCounts(result),
    recognized: result.products.filter((p) => p.outcome === "recognize").length,
    forwarded: result.products.filter((p) => p.outcome === "forward").length,
    attention,
    resultSheet: { sheet, cell: "A1" },
  };
}
