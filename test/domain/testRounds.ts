import { readFileSync } from "fs";
import { join } from "path";
import {
  allowedPoints,
  buildCatalog,
  criteriaOf,
  type Catalog,
  type CriteriaSet,
  type CriteriaSetDocument,
  type Member,
  type Product,
  type Round,
  type ScoreValue,
} from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";

/** Test helpers: small rounds on the shipped 1048-01 sheet and the synthetic fixture version. */

export const FIXTURE_CRITERIA = join(__dirname, "../fixtures/criteria");
export const FIXTURE_ROUNDS = join(__dirname, "../fixtures/rounds");

export const V1048 = "1048/2019";
export const V148 = "148/2023";
export const SYNTHETIC = "synthetic/2099";
/** Rau, củ, quả, hạt tươi: the one 1048 sheet shipped with full data. */
export const FRESH_PRODUCE = "1048-01";

/** Shipped data plus the synthetic fixture version, loaded the same way the add-in loads its own data. */
export function catalogWithSynthetic(): Catalog {
  const { catalog, issues } = buildCatalog([...shippedDocuments(), ...shippedDocuments(FIXTURE_CRITERIA)]);
  if (issues.length > 0) throw new Error(`fixture criteria are invalid: ${JSON.stringify(issues)}`);
  return catalog;
}

export function setOf(catalog: Catalog, version: string, code: string): CriteriaSet {
  const set = catalog.criteriaSet(version, code);
  if (!set) throw new Error(`no criteria set ${version} ${code}`);
  return set;
}

/** A fresh, editable copy of the shipped 1048-01 data file (35/25/40). */
export function freshProduceDocument(): CriteriaSetDocument {
  const file = join(__dirname, "../../src/criteria/1048-2019/rau-cu-qua-hat-tuoi.json");
  return JSON.parse(readFileSync(file, "utf8")) as CriteriaSetDocument;
}

export const freshProduce = (): CriteriaSet => setOf(shippedCatalog(), V1048, FRESH_PRODUCE);

/**
 * A complete member sheet adding up to `total`: every criterion starts at its lowest option, then the
 * criteria go up one option at a time in turn, beginning at criterion `start` (so members differ).
 */
export function sheetFor(set: CriteriaSet, total: number, start = 0): Record<string, number> {
  const criteria = criteriaOf(set);
  const points: Record<string, number> = {};
  for (const criterion of criteria) points[criterion.id] = allowedPoints(criterion)[0];
  let left = total - Object.values(points).reduce((a, b) => a + b, 0);
  if (left < 0) throw new Error(`${total} is below the lowest possible total`);
  const order = [...criteria.slice(start), ...criteria.slice(0, start)];
  while (left > 0) {
    let moved = false;
    for (const criterion of order) {
      const next = allowedPoints(criterion).find(
        (p) => p > points[criterion.id] && p - points[criterion.id] <= left,
      );
      if (next !== undefined && left > 0) {
        left -= next - points[criterion.id];
        points[criterion.id] = next;
        moved = true;
      }
    }
    if (!moved) throw new Error(`${total} cannot be reached with this sheet`);
  }
  return points;
}

export function membersOf(count: number): Member[] {
  return Array.from({ length: count }, (_, i) => ({ id: `M${i + 1}`, name: `Thành viên ${i + 1}` }));
}

export function productOf(id: string, productSet: string = FRESH_PRODUCE): Product {
  return { id, name: `Sản phẩm ${id}`, productSet };
}

export function roundOf(overrides: Partial<Round>): Round {
  return {
    criteriaVersion: V1048,
    council: { level: "district", name: "Hội đồng thử" },
    members: [],
    products: [],
    scores: {},
    ...overrides,
  };
}

/**
 * One 1048-01 product per key; `totals[product][m]` is member M(m+1)'s total, or null when that member did
 * not score the product.
 */
export function roundWithTotals(
  totals: Readonly<Record<string, readonly (number | null)[]>>,
  overrides: Partial<Round> = {},
): Round {
  const set = freshProduce();
  const memberCount = Math.max(...Object.values(totals).map((row) => row.length));
  const scores: Record<string, Record<string, Record<string, ScoreValue>>> = {};
  for (const [product, row] of Object.entries(totals)) {
    scores[product] = {};
    row.forEach((total, m) => {
      if (total !== null) scores[product][`M${m + 1}`] = sheetFor(set, total, m * 7);
    });
  }
  return roundOf({
    members: membersOf(memberCount),
    products: Object.keys(totals).map((id) => productOf(id)),
    scores,
    ...overrides,
  });
}

export function productResult<T extends { readonly id: string }>(
  result: { readonly products: readonly T[] },
  id: string,
): T {
  const found = result.products.find((p) => p.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

export const codesOf = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code).sort();
