import type { CriteriaSet } from "../domain/criteriaSet";
import type { CriteriaVersion } from "../domain/criteriaVersion";
import type { FunctionCatalog } from "./functionCatalog";

/**
 * The shipped catalog as webpack.config.js parsed and checked it while building (the same buildCatalog and
 * data as Node; a build with invalid data fails). Inlined by DefinePlugin, so the functions bundle carries
 * plain data and no schema library: it must stay small (test/build checks its size).
 */
declare const OCOP_PARSED_CATALOG: {
  readonly versions: readonly CriteriaVersion[];
  readonly sets: readonly CriteriaSet[];
};

let cached: FunctionCatalog | undefined;

export function functionCatalog(): FunctionCatalog {
  if (cached) return cached;
  const { versions, sets } = OCOP_PARSED_CATALOG;
  cached = {
    versions,
    version: (id) => versions.find((v) => v.id === id),
    criteriaSet: (versionId, code) => sets.find((s) => s.version === versionId && s.productSet.code === code),
  };
  return cached;
}
