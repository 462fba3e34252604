import {
  COUNCIL_LEVELS,
  type Catalog,
  type CouncilLevel,
  type Member,
  type Outcome,
  type Product,
  type Round,
  type ScoredProduct,
} from "../domain";
import type { ForwardRefusal } from "../i18n/chainText";
import type { ProductOrigin, ProductReference } from "../workbook/plan/forwardColumns";
import { resultProblem, type ComputedRound } from "./readComputedRound";

/** One computed workbook offered to the next level, named as the user named it (file name). */
export interface ForwardSource {
  readonly file: string;
  readonly computed: ComputedRound;
}

export interface ForwardRequest {
  /** The next round's council: name, and level (default: the level above the sources'). */
  readonly council: (level: CouncilLevel) => string;
  readonly level?: CouncilLevel;
  readonly date?: string;
  /** The next round's criteria version when the sources' differ (their product sets must be in it). */
  readonly version?: string;
  /** A central result's "return" products, for the province, instead of the "forward" ones. */
  readonly returned?: boolean;
  /** The next council's members, when known: the round then gets its criteria sheets, ready to score. */
  readonly members?: readonly Member[];
}

/** A product of the next round, with where it came from (same name and producer sent twice: flagged). */
export interface ForwardedProduct extends ProductReference {
  readonly product: Product;
}

export interface ForwardPlan {
  readonly round: Round;
  readonly products: readonly ForwardedProduct[];
}

export type ForwardOutcome =
  | { readonly kind: "planned"; readonly plan: ForwardPlan }
  | { readonly kind: "refused"; readonly refusals: readonly ForwardRefusal[] };

/**
 * The next level's round from the results of one level (ocop forward, "Tạo đợt cấp trên"): every product
 * the engine's recomputed result sends up (or, with `returned`, sends back), each once. Files whose result
 * is missing or stale, of another version or level, are refused by name and nothing is planned.
 */
export function planForward(
  sources: readonly ForwardSource[],
  request: ForwardRequest,
  catalog: Catalog,
): ForwardOutcome {
  const refusals = sources.flatMap(refusalOf);
  if (refusals.length > 0 || sources.length === 0) return { kind: "refused", refusals };
  const first = sources[0].computed.session.reading.round;
  const level = request.level ?? levelNext(first.council.level, request.returned === true);
  const mismatches = [
    ...versionMismatches(sources, request, catalog),
    ...levelMismatches(sources),
    ...(level
      ? []
      : [{ file: sources[0].file, reason: "no-next-level", level: first.council.level } as const]),
  ];
  if (mismatches.length > 0 || !level) return { kind: "refused", refusals: mismatches };
  const products = forwardedProducts(sources, request.returned ? "return" : "forward");
  if (products.length === 0)
    return {
      kind: "refused",
      refusals: sources.map((s) => ({ file: s.file, reason: "nothing-to-forward" })),
    };
  const round: Round = {
    criteriaVersion: request.version ?? first.criteriaVersion,
    council: { level, name: request.council(level), ...(request.date ? { date: request.date } : {}) },
    members: request.members ?? [],
    products: products.map((entry) => entry.product),
    scores: {},
    ...(first.policy ? { policy: first.policy } : {}),
  };
  return { kind: "planned", plan: { round, products } };
}

function refusalOf(source: ForwardSource): ForwardRefusal[] {
  const problem = resultProblem(source.computed);
  return problem ? [{ file: source.file, ...problem }] : [];
}

/** Up one level (district → province → national), or down one for a returned list (national → province). */
function levelNext(level: CouncilLevel, returned: boolean): CouncilLevel | undefined {
  return COUNCIL_LEVELS[COUNCIL_LEVELS.indexOf(level) + (returned ? -1 : 1)];
}

function versionMismatches(
  sources: readonly ForwardSource[],
  request: ForwardRequest,
  catalog: Catalog,
): ForwardRefusal[] {
  const roundOf = (source: ForwardSource) => source.computed.session.reading.round;
  if (!request.version) {
    const wanted = roundOf(sources[0]).criteriaVersion;
    return sources
      .filter((source) => roundOf(source).criteriaVersion !== wanted)
      .map((source) => ({
        file: source.file,
        reason: "version-differs",
        detail: roundOf(source).criteriaVersion,
      }));
  }
  const codes = new Set(catalog.version(request.version)?.productSets.map((ref) => ref.code) ?? []);
  return sources.flatMap((source) =>
    roundOf(source)
      .products.filter((product) => !codes.has(product.productSet))
      .map((product) => ({
        file: source.file,
        reason: "set-not-in-version" as const,
        detail: `${product.id} "${product.name}" (${product.productSet})`,
      })),
  );
}

function levelMismatches(sources: readonly ForwardSource[]): ForwardRefusal[] {
  const levelOf = (source: ForwardSource) => source.computed.session.reading.round.council.level;
  const wanted = levelOf(sources[0]);
  return sources
    .filter((source) => levelOf(source) !== wanted)
    .map((source) => ({ file: source.file, reason: "level-differs", level: levelOf(source) }));
}

/** The products with the wanted outcome, in file order, renumbered; a product sent twice is one flagged row. */
function forwardedProducts(sources: readonly ForwardSource[], wanted: Outcome): ForwardedProduct[] {
  const byKey = new Map<string, { product: Product; origin: ProductOrigin; alsoFrom: ProductOrigin[] }>();
  for (const source of sources) {
    const { round } = source.computed.session.reading;
    for (const scored of source.computed.assessment.result.products) {
      if (scored.status !== "scored" || scored.outcome !== wanted) continue;
      const product = round.products.find((p) => p.id === scored.id);
      if (!product) continue;
      const origin = originOf(source.file, round, scored);
      const key = sameProductKey(product);
      const known = byKey.get(key);
      if (known) known.alsoFrom.push(origin);
      else byKey.set(key, { product, origin, alsoFrom: [] });
    }
  }
  const width = String(byKey.size).length < 2 ? 2 : String(byKey.size).length;
  return [...byKey.values()].map((entry, i) => ({
    ...entry,
    product: { ...entry.product, id: `P${String(i + 1).padStart(width, "0")}` },
  }));
}

function originOf(file: string, round: Round, scored: ScoredProduct): ProductOrigin {
  return {
    file,
    council: round.council.name,
    level: round.council.level,
    productId: scored.id,
    score: scored.score,
    stars: scored.stars,
    ...(round.council.date ? { date: round.council.date } : {}),
  };
}

/** Same name and producer, whatever the case, spacing or Unicode composition they were typed with. */
function sameProductKey(product: Product): string {
  const norm = (text: string | undefined) =>
    (text ?? "").normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  return `${norm(product.name)}\u0000${norm(product.producer)}`;
}
