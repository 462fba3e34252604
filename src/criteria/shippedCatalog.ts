import { buildCatalog, type Catalog, type CatalogDocument } from "../domain";
import { shippedDocuments } from "./shippedDocuments";

let cached: Catalog | undefined;

/**
 * The criteria shipped with the add-in, read from src/criteria and checked by buildCatalog (Node: command
 * line, tests, and webpack.config.js, which checks them so for the browser's copy). Shipped data that fails
 * its checks is a programmer's error (the catalog test catches it first), so it throws here instead of
 * limping on with a partial catalog — and a build with invalid data fails.
 */
export function shippedCatalog(): Catalog {
  if (cached) return cached;
  cached = checkedCatalog(shippedDocuments());
  return cached;
}

/**
 * The same catalog, for code that runs in the browser too: there the criteria data is a chunk of its own,
 * fetched on first use (shippedCatalog.webpack.ts, swapped in by webpack). After it resolves,
 * shippedCatalog() answers synchronously everywhere.
 */
export async function loadShippedCatalog(): Promise<Catalog> {
  return shippedCatalog();
}

/** The catalog of these documents, or an error naming the first issues if any document fails a check. */
export function checkedCatalog(documents: readonly CatalogDocument[]): Catalog {
  const { catalog, issues } = buildCatalog(documents);
  if (issues.length > 0)
    throw new Error(`Shipped criteria data is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  return catalog;
}
