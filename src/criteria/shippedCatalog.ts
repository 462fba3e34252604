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
export function loadShippedCatalog(): Promise<Catalog> {
  if (cached) return Promise.resolve(cached);
  // One load however many callers ask while it runs: the pane asks at start and again with its engine.
  loading ??= loadShippedDocuments().then((documents) => (cached ??= checkedCatalog(documents)));
  return loading;
}

let loading: Promise<Catalog> | undefined;

function checkedCatalog(documents: readonly CatalogDocument[]): Catalog {
  const { catalog, issues } = buildCatalog(documents);
  if (issues.length > 0)
    throw new Error(`Shipped criteria data is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  return catalog;
}
