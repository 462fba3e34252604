import type { CriteriaVersion } from "../domain/criteriaVersion";
import type { FunctionCatalog } from "./functionCatalog";
import type { SetRules } from "./setRules";

/**
 * The shipped catalog as webpack.config.js parsed and checked it while building (the same buildCatalog and
 * data as Node; a build with invalid data fails), reduced to what the functions read. Inlined by
 * DefinePlugin, so the functions bundle carries plain data and no schema library: it must stay small
 * (test/build checks its size).
 */
declare const OCOP_PARSED_CATALOG: {
  readonly versions: readonly CriteriaVersion[];
  readonly sets: readonly SetRules[];
};

let cached: FunctionCatalog | undefined;

export function functionCatalog(): FunctionCatalog {
  if (cached) return cached;
  const { versions, sets } = OCOP_PARSED_CATALOG;
  cached = {
    versions,
    version: (id) => versions.find((v) => v.id === id),
    setRules: (versionId, code) => sets.find((s) => s.version === versionId && s.code === code),
  };
  return cached;
}
