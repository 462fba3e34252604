import { buildCatalog, type Catalog, type CatalogDocument } from "../domain";
import { loadShippedDocuments, shippedDocuments } from "./shippedDocuments";

let cached: Catalog | undefined;

/**
 * The criteria shipped with the add-in. Shipped data that fails its checks is a programmer's error (the
 * catalog test catches it first), so it throws here instead of limping on with a partial catalog.
 */
export function shippedCatalog(): Catalog {
  if (cached) return cached;
  cached = checkedCatalog(shippedDocuments());
  return cached;
}

/**
 * The same catalog, fetched on first use: in the browser the criteria data is a chunk of its own, loaded
 * when the pane or the ribbon first needs it (Node reads the files as shippedCatalog does). After it
 * resolves, shippedCatalog() answers synchronously everywhere.
 */
export async function loadShippedCatalog(): Promise<Catalog> {
  if (cached) return cached;
  const documents = await loadShippedDocuments();
  cached ??= checkedCatalog(documents);
  return cached;
}

function checkedCatalog(documents: readonly CatalogDocument[]): Catalog {
  const { catalog, issues } = buildCatalog(documents);
  if (issues.length > 0)
    throw new Error(`Shipped criteria data is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  return catalog;
}
