import { productSetIssue } from "./productSetChoice";
import type { Catalog } from "./catalog";
import { issue, type Issue } from "./issue";
import { policyOf, type Round } from "./round";
import type { ProductResult, RoundResult } from "./roundResult";
import { rankProducts } from "./rankProducts";
import { scoreProduct, type UnrankedProductResult } from "./scoreProduct";
import { councilLevelIssues, versionDateIssues } from "./versionInForce";

/**
 * Chấm điểm cả đợt: scores every product of a round against its criteria version and ranks the scored
 * ones. Pure: the same round and catalog always give the same result, whatever the order of members,
 * products or criteria.
 */
export function scoreRound(round: Round, catalog: Catalog): RoundResult {
  const policy = policyOf(round);
  const roundIssues: Issue[] = [];
  const known = catalog.version(round.criteriaVersion);
  if (!known) roundIssues.push(issue("unknown-criteria-version", "error", { value: round.criteriaVersion }));
  const levelProblems = known ? councilLevelIssues(known, round.council.level) : [];
  roundIssues.push(...levelProblems);
  if (known) roundIssues.push(...versionDateIssues(known, round.council.date, catalog.versions));
  // A level the version does not have leaves nothing to decide: the products wait until it is fixed.
  const version = levelProblems.length === 0 ? known : undefined;
  const outcomes = version?.outcomes[round.council.level];

  const memberIds = new Set<string>();
  const members = round.members.filter((member) => {
    if (memberIds.has(member.id)) {
      roundIssues.push(issue("duplicate-member-id", "error", { member: member.id }));
      return false;
    }
    memberIds.add(member.id);
    return true;
  });
  const productIds = new Set<string>();
  const duplicated = new Set<string>();
  for (const product of round.products) {
    if (productIds.has(product.id)) duplicated.add(product.id);
    productIds.add(product.id);
  }
  for (const id of duplicated) roundIssues.push(issue("duplicate-product-id", "error", { product: id }));
  for (const id of Object.keys(round.scores))
    if (!productIds.has(id)) roundIssues.push(issue("unknown-product", "error", { product: id }));

  const seen = new Set<string>();
  const unranked: UnrankedProductResult[] = round.products.map((product) => {
    const invalid = (found: Issue[]): UnrankedProductResult => ({
      id: product.id,
      status: "invalid",
      memberTotals: {},
      partAverages: {},
      issues: found,
      outcome: "none",
    });
    if (seen.has(product.id))
      return invalid([issue("duplicate-product-id", "error", { product: product.id })]);
    seen.add(product.id);
    if (!version || !outcomes) return invalid([]);
    const set = catalog.criteriaSet(version.id, product.productSet);
    if (!set) return invalid([productSetIssue(product, version, catalog)]);
    return scoreProduct(product, set, round.scores[product.id], {
      version,
      level: round.council.level,
      outcomes,
      policy,
      members,
    });
  });
  const products: ProductResult[] = rankProducts(unranked);
  return { criteriaVersion: round.criteriaVersion, policy, products, issues: roundIssues };
}
