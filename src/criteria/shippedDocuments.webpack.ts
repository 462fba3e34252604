import type { CatalogDocument } from "../domain";

/** The part of webpack's `require` this module uses; @types/webpack-env is not worth a dependency for it. */
interface WebpackContext {
  keys(): string[];
  (key: string): unknown;
}
declare const require: { context(folder: string, deep: boolean, filter: RegExp): WebpackContext };

/**
 * Browser twin of shippedDocuments.ts (webpack swaps it in by a resolve alias): webpack lists the JSON
 * files under src/criteria when it builds and bundles them, so the add-in has no file system to read and
 * a new decision or product set is still a JSON file dropped into the folder and nothing else.
 */
export function shippedDocuments(): CatalogDocument[] {
  const context = require.context("./", true, /\.json$/);
  return context
    .keys()
    .filter((key) => key.startsWith("./"))
    .sort()
    .map((key) => ({ name: key.slice(2), doc: context(key) }));
}
