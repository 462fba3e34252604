import type { Catalog, CriteriaVersion } from "../../domain";

/** Versions a council may pick: official ones only (synthetic test data never), newest decision first. */
export function offeredVersions(catalog: Catalog): readonly CriteriaVersion[] {
  return [...catalog.versions].filter((v) => !v.synthetic).sort((a, b) => b.date.localeCompare(a.date));
}
