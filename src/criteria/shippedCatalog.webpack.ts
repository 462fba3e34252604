import { trustedCatalog, type Catalog } from "../domain/catalog";

/**
 * Browser twin of shippedCatalog.ts (webpack swaps it in by a resolve alias). webpack.config.js parses and
 * checks every data file under src/criteria with the same buildCatalog when it builds (invalid data fails
 * the build), and the browser takes that result as it is: no schema library run on a slow office PC for
 * data that cannot have changed since. Criteria a council types or pastes are still parsed and checked.
 */
let cached: Catalog | undefined;
let loading: Promise<Catalog> | undefined;

/** Once loadShippedCatalog() has resolved, the catalog synchronously. */
export function shippedCatalog(): Catalog {
  if (!cached)
    throw new Error("The criteria data is fetched on first use: await loadShippedCatalog() first.");
  return cached;
}

/** The checked catalog, its data a chunk of its own fetched on first use (the pane's first script has none). */
export function loadShippedCatalog(): Promise<Catalog> {
  if (cached) return Promise.resolve(cached);
  loading ??= import(/* webpackChunkName: "criteria-data" */ "./checkedCatalogData.webpack").then(
    ({ checkedCatalogContents }) => (cached ??= trustedCatalog(checkedCatalogContents())),
  );
  return loading;
}
