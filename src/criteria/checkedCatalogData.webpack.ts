import type { CatalogContents } from "../domain/catalog";

/**
 * The shipped catalog's contents as webpack.config.js checked them (scripts/parsedCatalog.js), inlined here
 * by DefinePlugin as JSON text: the browser parses a string with JSON.parse much faster than the same data
 * written as a JavaScript literal. This module is the criteria data chunk, loaded by shippedCatalog.webpack.ts.
 */
declare const OCOP_CHECKED_CATALOG_JSON: string;

export function checkedCatalogContents(): CatalogContents {
  return JSON.parse(OCOP_CHECKED_CATALOG_JSON) as CatalogContents;
}
