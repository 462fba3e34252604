import type { Catalog } from "../domain/catalog";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { setRulesOf, type SetRules } from "./setRules";

/**
 * The part of the criteria catalog the OCOP functions read: the versions, and of each shipped sheet only its
 * rules (setRules.ts). Narrow so the browser bundle can serve it from data parsed at build time
 * (functionCatalog.webpack.ts) without shipping the schema library or the sheets' texts.
 */
export interface FunctionCatalog extends Pick<Catalog, "versions" | "version"> {
  setRules(versionId: string, productSetCode: string): SetRules | undefined;
}

let cached: FunctionCatalog | undefined;

/** Node (tests, command line): the shipped catalog, parsed and checked on first use. */
export function functionCatalog(): FunctionCatalog {
  if (cached) return cached;
  const catalog = shippedCatalog();
  const rules = new Map<string, SetRules | undefined>();
  cached = {
    versions: catalog.versions,
    version: (id) => catalog.version(id),
    setRules: (versionId, code) => {
      const key = `${versionId}\u0000${code}`;
      if (!rules.has(key)) {
        const set = catalog.criteriaSet(versionId, code);
        rules.set(key, set ? setRulesOf(set) : undefined);
      }
      return rules.get(key);
    },
  };
  return cached;
}
