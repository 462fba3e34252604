import { chooseProductSet, issue, type CriteriaVersion, type Issue, type Product } from "../../domain";
import { cellAddress } from "../cellAddress";
import type { TablePlace } from "./parseSetupTable";

/**
 * The Products sheet's product-set cells as codes: a drop-down label ("26-04 Mật ong…") or a name typed
 * instead of a code becomes the set's code when exactly one set matches. A name matching several sets is
 * named at its cell; an empty or unknown cell is left as typed, for the round's checks to name.
 */
export function resolveProductSets(
  products: readonly Product[],
  version: CriteriaVersion | undefined,
  place: TablePlace | undefined,
): { readonly products: readonly Product[]; readonly issues: readonly Issue[] } {
  if (!version) return { products, issues: [] };
  const issues: Issue[] = [];
  const resolved = products.map((product) => {
    const choice = chooseProductSet(product.productSet, version.productSets);
    if (choice.kind === "code") return { ...product, productSet: choice.code };
    if (choice.kind === "ambiguous") {
      const row = place?.rows[product.id];
      const column = place?.columns.productSet;
      issues.push(
        issue("product-set-ambiguous", "error", {
          product: product.id,
          value: product.productSet,
          detail: choice.codes.join(", "),
          ...(place ? { sheet: place.sheet } : {}),
          ...(row !== undefined && column !== undefined ? { cell: cellAddress(row, column) } : {}),
        }),
      );
    }
    return choice.kind === "empty" ? { ...product, productSet: "" } : product;
  });
  return { products: resolved, issues };
}
