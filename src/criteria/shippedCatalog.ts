import { buildCatalog, type Catalog } from "../domain";
import { shippedDocuments } from "./shippedDocuments";

let cached: Catalog | undefined;

/**
 * The criteria shipped with the add-in. Shipped data that fails its checks is a programmer's error (the
 * catalog test catches it first), so it throws here instead of limping on with a partial catalog.
 */
export function shippedCatalog(): Catalog {
  if (cached) return cached;
  const { catalog, issues } = buildCatalog(shippedDocuments());
  if (issues.length > 0)
    throw new Error(`Shipped criteria data is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  cached = catalog;
  return catalog;
}
