import { criteriaOf, allowedPoints, scoreRound, type Round, type Stars } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { SAMPLE_PRODUCTS } from "../../src/taskpane/host/sampleWorkbook";
import type { TypedEntries } from "./browserWorkbook";

/** The council of the scripted round, as the secretary types it into the setup screen. */
export const MEMBERS = [
  { id: "M1", line: "Nguyễn Văn An; Chủ tịch Hội đồng", name: "Nguyễn Văn An" },
  { id: "M2", line: "Trần Thị Bình; Thư ký", name: "Trần Thị Bình" },
  { id: "M3", line: "Lê Văn Cường", name: "Lê Văn Cường" },
] as const;

const catalog = shippedCatalog();
const set = catalog.criteriaSet("1048/2019", "1048-01");
if (!set) throw new Error("the scripted round needs the shipped 1048-01 criteria sheet");
const criteria = criteriaOf(set);

type Pick = "best" | "worst" | "middle";
const pickOf = (pick: Pick, points: readonly number[]) =>
  pick === "best"
    ? points[points.length - 1]
    : pick === "worst"
      ? points[0]
      : points[Math.floor(points.length / 2)];

/** How each member scores each product: a spread over the star bands, so the result sheet has variety. */
const PLAN: Record<string, Record<string, Pick>> = {
  P01: { M1: "best", M2: "best", M3: "best" },
  P02: { M1: "best", M2: "middle", M3: "middle" },
  P03: { M1: "middle", M2: "middle", M3: "worst" },
  P04: { M1: "worst", M2: "worst", M3: "worst" },
};

/** Every member's entries for every product, as the council means them to be. */
export function intendedEntries(): TypedEntries {
  const entries: TypedEntries = {};
  for (const [product, byMember] of Object.entries(PLAN)) {
    entries[product] = {};
    for (const [member, pick] of Object.entries(byMember))
      entries[product][member] = Object.fromEntries(
        criteria.map((c) => [c.id, pickOf(pick, allowedPoints(c))]),
      );
  }
  return entries;
}

/** Two slips a real council makes: a criterion left empty, and points that are not an option's. */
export const PLANTED = {
  blank: { product: "P02", member: "M2", criterion: criteria[criteria.length - 1].id },
  notAllowed: { product: "P03", member: "M3", criterion: criteria[0].id, value: 99 },
} as const;

export function entriesWithSlips(): TypedEntries {
  const entries = intendedEntries();
  const { blank, notAllowed } = PLANTED;
  entries[blank.product][blank.member][blank.criterion] = null;
  entries[notAllowed.product][notAllowed.member][notAllowed.criterion] = notAllowed.value;
  return entries;
}

/** What the engine says the fixed round is worth: the result sheet must agree, product by product. */
export function expectedResults(): Record<string, { score: number; stars: Stars }> {
  const round: Round = {
    criteriaVersion: "1048/2019",
    council: { level: "district", name: "e2e" },
    members: MEMBERS.map((m) => ({ id: m.id, name: m.name })),
    products: SAMPLE_PRODUCTS,
    scores: intendedEntries() as Round["scores"],
  };
  const result = scoreRound(round, catalog);
  const expected: Record<string, { score: number; stars: Stars }> = {};
  for (const product of result.products) {
    if (product.status !== "scored") throw new Error(`${product.id} should be scored: ${product.status}`);
    expected[product.id] = { score: product.score, stars: product.stars };
  }
  return expected;
}
