import type { CatalogDocument } from "../domain";

/** The part of webpack's `require` this module uses; @types/webpack-env is not worth a dependency for it. */
interface LazyWebpackContext {
  keys(): string[];
  (key: string): Promise<unknown>;
}
declare const require: {
  context(folder: string, deep: boolean, filter: RegExp, mode: "lazy-once"): LazyWebpackContext;
};

let loaded: CatalogDocument[] | undefined;

/**
 * Browser twin of shippedDocuments.ts (webpack swaps it in by a resolve alias): webpack lists the JSON
 * files under src/criteria when it builds and puts them all in one chunk ("lazy-once"), fetched the first
 * time the catalog is needed, so the pane's first script carries no criteria data however many sets ship.
 * A new decision or product set is still a JSON file dropped into the folder and nothing else.
 */
export async function loadShippedDocuments(): Promise<CatalogDocument[]> {
  if (loaded) return loaded;
  const context = require.context("./", true, /\.json$/, "lazy-once");
  const keys = context
    .keys()
    .filter((key) => key.startsWith("./"))
    .sort();
  loaded = await Promise.all(
    keys.map(async (key) => ({ name: key.slice(2), doc: jsonOf(await context(key)) })),
  );
  return loaded;
}

/** Once loaded, the documents synchronously (loadShippedCatalog() has resolved). */
export function shippedDocuments(): CatalogDocument[] {
  if (!loaded)
    throw new Error("The criteria data is fetched on first use: await loadShippedCatalog() first.");
  return loaded;
}

/** A lazily required JSON file arrives as a module namespace whose default is the document. */
function jsonOf(module: unknown): unknown {
  return module !== null && typeof module === "object" && "default" in module
    ? (module as { default: unknown }).default
    : module;
}
