import {
  chooseProductSet,
  codeOfLabel,
  issue,
  type CriteriaVersion,
  type Issue,
  type Product,
  type ProductSetRef,
} from "../../domain";
import { cellAddress } from "../cellAddress";
import type { TablePlace } from "./parseSetupTable";

/**
 * The Products sheet's product-set cells as codes: a drop-down label ("26-04 Mật ong…") or a name typed
 * instead of a code becomes the set's code when exactly one set matches. A name matching several sets is
 * named at its cell; an empty or unknown cell is left as typed, for the round's checks to name. Without a
 * version, `allSets` (every version's list) turns labels back into codes.
 */
export function resolveProductSets(
  products: readonly Product[],
  version: CriteriaVersion | undefined,
  place: TablePlace | undefined,
  allSets: readonly ProductSetRef[] = [],
): { readonly products: readonly Product[]; readonly issues: readonly Issue[] } {
  // Before a round names its version (a Products sheet filled ahead of setup), a drop-down label is still
  // its code: codes are unique across the decisions, names are not, so only labels are read here.
  if (!version)
    return {
      products: products.map((product) => {
        const code = codeOfLabel(product.productSet, allSets);
        return code ? { ...product, productSet: code } : product;
      }),
      issues: [],
    };
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
