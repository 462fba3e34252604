import type { ProductResult } from "./roundResult";
import type { UnrankedProductResult } from "./scoreProduct";

/**
 * Xếp thứ hạng: rank 1 is the highest score; equal scores share a rank and the next rank skips
 * (1, 2, 2, 4), as councils list them. Products keep their order; only scored ones get a rank.
 */
export function rankProducts(products: readonly UnrankedProductResult[]): ProductResult[] {
  const scores = products.flatMap((p) => (p.status === "scored" ? [p.score] : [])).sort((a, b) => b - a);
  return products.map((product) =>
    product.status === "scored" ? { ...product, rank: scores.indexOf(product.score) + 1 } : product,
  );
}
