import type { Member, Product, Round } from "./round";
import type { ProductResult, ScoredProduct, UnratedProduct } from "./roundResult";

/** Why a product was not evaluated: its members' sheets are short, hold errors, or its dossier is. */
export type UnevaluatedReason = "incomplete" | "invalid" | "dossier";

export interface Unevaluated {
  readonly product: UnratedProduct;
  readonly reason: UnevaluatedReason;
}

/** What a round's minutes conclude, product by product, in the result's order. */
export interface RoundConclusions {
  readonly recognised: readonly ScoredProduct[];
  readonly upward: readonly ScoredProduct[];
  readonly returned: readonly ScoredProduct[];
  readonly notRated: readonly ScoredProduct[];
  readonly unevaluated: readonly Unevaluated[];
  /** Renewal products ("renewal" kind): evaluated by the members' written opinions. */
  readonly renewal: readonly Product[];
}

export function roundConclusions(round: Round, products: readonly ProductResult[]): RoundConclusions {
  const scored = products.filter((p): p is ScoredProduct => p.status === "scored");
  const unrated = products.filter((p): p is UnratedProduct => p.status !== "scored");
  const evaluated = new Set(products.map((p) => p.id));
  return {
    recognised: scored.filter((p) => p.outcome === "recognize"),
    upward: scored.filter((p) => p.outcome === "forward"),
    returned: scored.filter((p) => p.outcome === "return"),
    notRated: scored.filter((p) => p.outcome === "not-rated"),
    unevaluated: unrated.map((product) => ({ product, reason: reasonOf(product) })),
    renewal: round.products.filter((p) => p.kind === "renewal" && evaluated.has(p.id)),
  };
}

function reasonOf(product: UnratedProduct): UnevaluatedReason {
  if (product.status === "invalid") return "invalid";
  const dossier = product.issues.some((i) => i.code === "dossier-incomplete" && i.severity === "error");
  return dossier ? "dossier" : "incomplete";
}

/** Members who scored no product at all: absent from the meeting, whatever their role. */
export function absentMembers(round: Round): readonly Member[] {
  return round.members.filter((member) => !scoredAnything(round, member.id));
}

function scoredAnything(round: Round, member: string): boolean {
  return Object.values(round.scores).some((byMember) =>
    Object.values(byMember[member] ?? {}).some((value) => value !== null && value !== ""),
  );
}

/** Number of members whose sheet counted for a product (complete sheets). */
export function membersScoring(product: ProductResult): number {
  return Object.keys(product.memberTotals).length;
}
