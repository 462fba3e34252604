import fc from "fast-check";
import {
  allowedPoints,
  COUNCIL_LEVELS,
  criteriaOf,
  ROUNDING_POLICIES,
  scoreRound,
  type Catalog,
  type CriteriaSet,
  type Issue,
  type ProductResult,
  type Round,
  type RoundResult,
  type RoundingPolicy,
  type ScoreValue,
} from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import {
  catalogWithSynthetic,
  freshProduce,
  membersOf,
  productOf,
  roundOf,
  setOf,
  SYNTHETIC,
  V1048,
} from "./testRounds";

type Sheet = Record<string, ScoreValue>;
/** One product's sheets; null: that member did not score it. */
type ProductSheets = (Sheet | null)[];

const sheetArb = (set: CriteriaSet): fc.Arbitrary<Sheet> => {
  const criteria = criteriaOf(set);
  return fc
    .tuple(...criteria.map((criterion) => fc.constantFrom(...allowedPoints(criterion))))
    .map((points) => Object.fromEntries(criteria.map((criterion, i) => [criterion.id, points[i]])));
};

const productSheetsArb = (set: CriteriaSet, maxMembers = 5): fc.Arbitrary<ProductSheets> =>
  fc.array(fc.option(sheetArb(set), { nil: null, freq: 5 }), { minLength: 1, maxLength: maxMembers });

interface Setting {
  readonly rounding: RoundingPolicy;
  readonly level: Round["council"]["level"];
  readonly minMembers: number;
  readonly divergencePoints: number;
}
const settingArb: fc.Arbitrary<Setting> = fc.record({
  rounding: fc.constantFrom(...ROUNDING_POLICIES),
  level: fc.constantFrom(...COUNCIL_LEVELS),
  minMembers: fc.integer({ min: 0, max: 3 }),
  divergencePoints: fc.integer({ min: 0, max: 30 }),
});

function buildRound(
  version: string,
  code: string,
  products: readonly ProductSheets[],
  setting: Setting,
): Round {
  const memberCount = Math.max(...products.map((sheets) => sheets.length));
  return roundOf({
    criteriaVersion: version,
    council: { level: setting.level, name: "Hội đồng" },
    members: membersOf(memberCount),
    products: products.map((_, p) => productOf(`P${p + 1}`, code)),
    scores: Object.fromEntries(
      products.map((sheets, p) => [
        `P${p + 1}`,
        Object.fromEntries(sheets.flatMap((sheet, m) => (sheet ? [[`M${m + 1}`, sheet]] : []))),
      ]),
    ),
    policy: {
      rounding: setting.rounding,
      minMembers: setting.minMembers,
      divergencePoints: setting.divergencePoints,
    },
  });
}

const stars = (product: ProductResult): number => (product.status === "scored" ? product.stars : 0);

/** A result with every order that carries no meaning taken out, to compare two runs. */
function canonical(result: RoundResult) {
  const issues = (found: readonly Issue[]) =>
    found.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort();
  return {
    issues: issues(result.issues),
    products: Object.fromEntries(
      result.products.map((product) => [product.id, { ...product, issues: issues(product.issues) }]),
    ),
  };
}

describe("properties that hold for any round", () => {
  const fresh = freshProduce();
  const criteria = criteriaOf(fresh);

  it.each([
    ["1048-01", V1048, "1048-01", () => shippedCatalog()],
    ["a sheet with a required criterion (cap)", SYNTHETIC, "SYN-02", () => catalogWithSynthetic()],
  ] as [string, string, string, () => Catalog][])(
    "never lowers the stars when an entry rises to a higher allowed option (%s)",
    (_label, version, code, catalogOf) => {
      const catalog = catalogOf();
      const set = setOf(catalog, version, code);
      const ids = criteriaOf(set);
      fc.assert(
        fc.property(
          productSheetsArb(set),
          settingArb,
          fc.nat(),
          fc.nat(),
          fc.nat(),
          (sheets, setting, m, c, step) => {
            const present = sheets.flatMap((sheet, i) => (sheet ? [i] : []));
            fc.pre(present.length > 0);
            const member = present[m % present.length];
            const criterion = ids[c % ids.length];
            const sheet = sheets[member] as Sheet;
            const higher = allowedPoints(criterion).filter((p) => p > (sheet[criterion.id] as number));
            fc.pre(higher.length > 0);
            const raised = [...sheets];
            raised[member] = { ...sheet, [criterion.id]: higher[step % higher.length] };
            const before = scoreRound(buildRound(version, code, [sheets], setting), catalog).products[0];
            const after = scoreRound(buildRound(version, code, [raised], setting), catalog).products[0];
            expect(after.status).toBe(before.status);
            expect(stars(after)).toBeGreaterThanOrEqual(stars(before));
          },
        ),
      );
    },
  );

  it("gives the same result whatever the order of members, products and criteria keys", () => {
    const catalog = shippedCatalog();
    fc.assert(
      fc.property(
        fc.array(productSheetsArb(fresh), { minLength: 1, maxLength: 4 }),
        settingArb,
        fc.infiniteStream(fc.nat()),
        (products, setting, seeds) => {
          const round = buildRound(V1048, "1048-01", products, setting);
          const keys = criteria.map((c) => c.id);
          const reorder = (items: readonly string[]) => {
            const order = items.map(() => seeds.next().value as number);
            return items
              .map((item, i) => [order[i], item] as const)
              .sort((a, b) => a[0] - b[0])
              .map(([, item]) => item);
          };
          const memberOrder = reorder(round.members.map((m) => m.id));
          const productOrder = reorder(round.products.map((p) => p.id));
          const shuffled: Round = {
            ...round,
            members: memberOrder.map((id) => round.members.find((m) => m.id === id)!),
            products: productOrder.map((id) => round.products.find((p) => p.id === id)!),
            scores: Object.fromEntries(
              reorder(Object.keys(round.scores)).map((product) => [
                product,
                Object.fromEntries(
                  reorder(Object.keys(round.scores[product])).map((member) => {
                    const sheet = round.scores[product][member];
                    return [member, Object.fromEntries(reorder(keys).map((id) => [id, sheet[id]]))];
                  }),
                ),
              ]),
            ),
          };
          expect(canonical(scoreRound(shuffled, catalog))).toEqual(canonical(scoreRound(round, catalog)));
        },
      ),
    );
  });

  it("never gives a member a total above 100, nor a part average above the part's maximum", () => {
    const catalog = shippedCatalog();
    fc.assert(
      fc.property(
        fc.array(productSheetsArb(fresh), { minLength: 1, maxLength: 3 }),
        settingArb,
        (products, setting) => {
          const result = scoreRound(buildRound(V1048, "1048-01", products, setting), catalog);
          for (const product of result.products) {
            for (const total of Object.values(product.memberTotals)) {
              expect(total).toBeLessThanOrEqual(100);
              expect(total).toBeGreaterThanOrEqual(0);
            }
            for (const part of fresh.parts)
              expect(product.partAverages[part.id] ?? 0).toBeLessThanOrEqual(part.maxPoints + 1e-9);
            if (product.status === "scored") expect(product.score).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });

  it("never gives a star to a product with an entry outside its criterion's options", () => {
    const catalog = shippedCatalog();
    const badValue: fc.Arbitrary<ScoreValue> = fc.oneof(
      fc.integer({ min: -20, max: 120 }),
      fc.double(),
      fc.string({ minLength: 1, maxLength: 4 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.array(productSheetsArb(fresh), { minLength: 1, maxLength: 3 }),
        settingArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        badValue,
        (products, setting, p, m, c, value) => {
          const target = p % products.length;
          const present = products[target].flatMap((sheet, i) => (sheet ? [i] : []));
          fc.pre(present.length > 0);
          const criterion = criteria[c % criteria.length];
          fc.pre(!(typeof value === "number" && allowedPoints(criterion).includes(value)));
          const member = present[m % present.length];
          const broken = products.map((sheets) => [...sheets]);
          broken[target][member] = { ...(products[target][member] as Sheet), [criterion.id]: value };
          const before = scoreRound(buildRound(V1048, "1048-01", products, setting), catalog);
          const after = scoreRound(buildRound(V1048, "1048-01", broken, setting), catalog);
          const hit = after.products[target];
          expect(hit.status).not.toBe("scored");
          expect("stars" in hit).toBe(false);
          expect(hit.outcome).toBe("none");
          // The other products keep their stars.
          after.products.forEach((product, i) => {
            if (i !== target) expect(stars(product)).toBe(stars(before.products[i]));
          });
        },
      ),
    );
  });
});
