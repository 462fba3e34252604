import type { CriteriaSet, ProductSetRef } from "./criteriaSet";
import type { CriteriaVersion } from "./criteriaVersion";
import { isDraftDocument, parseDraftSet, type DraftSet } from "./draftSet";
import { issue, type Issue } from "./issue";
import { parseCriteriaSet } from "./parseCriteriaSet";
import { parseCriteriaVersion } from "./parseCriteriaVersion";

/** A data file as found: its name (for messages) and its parsed JSON. */
export interface CatalogDocument {
  readonly name: string;
  readonly doc: unknown;
}

/** One product set of a version, and whether its criteria sheet is at hand. */
export type ProductSetEntry =
  | { readonly kind: "available"; readonly ref: ProductSetRef; readonly set: CriteriaSet }
  | { readonly kind: "missing"; readonly ref: ProductSetRef };

/** Danh mục bộ tiêu chí: every criteria version and the product sets' sheets at hand. */
export interface Catalog {
  readonly versions: readonly CriteriaVersion[];
  version(id: string): CriteriaVersion | undefined;
  productSets(versionId: string): readonly ProductSetEntry[];
  criteriaSet(versionId: string, productSetCode: string): CriteriaSet | undefined;
  /** The same catalog with sets a council typed into its workbook; they take the place of shipped ones. */
  withSets(sets: readonly CriteriaSet[]): Catalog;
  /** Sets the decision prints with a gap (`complete: false`): never scored, only pre-filled into a sheet. */
  drafts(versionId: string): readonly DraftSet[];
  draft(versionId: string, productSetCode: string): DraftSet | undefined;
}

export interface CatalogBuild {
  readonly catalog: Catalog;
  readonly issues: readonly Issue[];
}

/**
 * Builds the catalog from data files alone, so a new decision or product set is a data-only change:
 * `ocop-version/1` files index a version, `ocop-criteria/1` files hold sheets. A sheet is accepted only
 * if it passes every check and belongs to an indexed version and product set. A sheet marked
 * `"complete": false` (a decision that prints an empty points cell) is never a shipped sheet and raises no
 * issue: it is kept as a draft a council completes in its workbook's Bộ tiêu chí sheet.
 */
export function buildCatalog(documents: readonly CatalogDocument[]): CatalogBuild {
  const issues: Issue[] = [];
  const versions: CriteriaVersion[] = [];
  const setDocs: CatalogDocument[] = [];
  const drafts: DraftSet[] = [];
  for (const document of documents) {
    const { format } = (document.doc ?? {}) as { format?: unknown };
    if (format === "ocop-version/1") {
      const parsed = parseCriteriaVersion(document.doc);
      if (parsed.kind === "ok") versions.push(parsed.value);
      issues.push(...parsed.issues.map((found) => ({ ...found, sheet: document.name })));
    } else if (isDraftDocument(document.doc)) {
      const draft = parseDraftSet(document.doc);
      if (draft) drafts.push(draft);
    } else setDocs.push(document);
  }
  const sets: CriteriaSet[] = [];
  for (const document of setDocs) {
    const parsed = parseCriteriaSet(document.doc, "shipped");
    if (parsed.kind === "failed") {
      issues.push(...parsed.issues.map((found) => ({ ...found, sheet: document.name })));
      continue;
    }
    const belongs = checkSetBelongs(parsed.value, versions);
    issues.push(...belongs.map((found) => ({ ...found, sheet: document.name })));
    if (belongs.length === 0) sets.push(parsed.value);
  }
  const indexed = drafts.filter((d) => versions.some((v) => v.id === d.version));
  return { catalog: makeCatalog(versions, sets, indexed), issues };
}

/** A sheet must name an indexed version and product set, with that version's parts and part maxima. */
export function checkSetBelongs(set: CriteriaSet, versions: readonly CriteriaVersion[]): Issue[] {
  const version = versions.find((v) => v.id === set.version);
  if (!version) return [issue("unknown-criteria-version", "error", { value: set.version })];
  const found: Issue[] = [];
  if (!version.productSets.some((ref) => ref.code === set.productSet.code))
    found.push(
      issue("criteria-set-not-indexed", "error", { value: set.productSet.code, expected: version.id }),
    );
  for (const part of set.parts) {
    const expected = version.parts.find((p) => p.id === part.id);
    if (!expected)
      found.push(issue("criteria-part-unknown", "error", { part: part.id, expected: version.id }));
    else if (expected.maxPoints !== part.maxPoints)
      found.push(
        issue("criteria-version-mismatch", "error", {
          part: part.id,
          value: part.maxPoints,
          expected: expected.maxPoints,
        }),
      );
  }
  return found;
}

/** What a catalog holds, as plain data (JSON-safe): the versions, the sets at hand and the drafts. */
export interface CatalogContents {
  readonly versions: readonly CriteriaVersion[];
  readonly sets: readonly CriteriaSet[];
  readonly drafts: readonly DraftSet[];
}

/** A checked catalog's contents, for the build to hand the browser (src/criteria/shippedCatalog.webpack.ts). */
export function catalogContents(catalog: Catalog): CatalogContents {
  const { versions } = catalog;
  return {
    versions,
    sets: versions.flatMap((version) =>
      catalog.productSets(version.id).flatMap((entry) => (entry.kind === "available" ? [entry.set] : [])),
    ),
    drafts: versions.flatMap((version) => catalog.drafts(version.id)),
  };
}

/**
 * The catalog of contents buildCatalog has already checked, taken as they are: no schema, no checks. Only
 * for the shipped data the build parsed and checked (the browser's copy of it); data a user brings goes
 * through buildCatalog or parseCriteriaSet.
 */
export function trustedCatalog(contents: CatalogContents): Catalog {
  return makeCatalog(contents.versions, contents.sets, contents.drafts);
}

function makeCatalog(
  versions: readonly CriteriaVersion[],
  sets: readonly CriteriaSet[],
  drafts: readonly DraftSet[] = [],
): Catalog {
  const key = (versionId: string, code: string) => `${versionId}\u0000${code}`;
  const byKey = new Map(sets.map((set) => [key(set.version, set.productSet.code), set]));
  const catalog: Catalog = {
    versions,
    version: (id) => versions.find((v) => v.id === id),
    criteriaSet: (versionId, code) => byKey.get(key(versionId, code)),
    productSets: (versionId) => {
      const version = catalog.version(versionId);
      if (!version) return [];
      const indexed = version.productSets.map((ref): ProductSetEntry => {
        const set = byKey.get(key(versionId, ref.code));
        return set ? { kind: "available", ref, set } : { kind: "missing", ref };
      });
      return indexed;
    },
    withSets: (extra) => {
      const replaced = new Set(extra.map((set) => key(set.version, set.productSet.code)));
      return makeCatalog(
        versions,
        [...sets.filter((set) => !replaced.has(key(set.version, set.productSet.code))), ...extra],
        drafts,
      );
    },
    drafts: (versionId) => drafts.filter((d) => d.version === versionId),
    draft: (versionId, code) => drafts.find((d) => d.version === versionId && d.productSet.code === code),
  };
  return catalog;
}

/** The newest official version that has at least one criteria sheet at hand (for the demo and defaults). */
export function newestVersionWithSheet(catalog: Catalog): CriteriaVersion | undefined {
  return [...catalog.versions]
    .filter((v) => !v.synthetic && catalog.productSets(v.id).some((entry) => entry.kind === "available"))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}
