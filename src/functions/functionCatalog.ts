import type { Catalog } from "../domain/catalog";
import { shippedCatalog } from "../criteria/shippedCatalog";

/**
 * The part of the criteria catalog the OCOP functions read. Narrower than Catalog so the browser bundle can
 * serve it from data parsed at build time (functionCatalog.webpack.ts) without shipping the schema library.
 */
export type FunctionCatalog = Pick<Catalog, "versions" | "version" | "criteriaSet">;

/** Node (tests, command line): the shipped catalog, parsed and checked on first use. */
export function functionCatalog(): FunctionCatalog {
  return shippedCatalog();
}
