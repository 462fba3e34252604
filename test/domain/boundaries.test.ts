import { readFileSync } from "fs";
import { join } from "path";
import { parseRound, scoreRound, type ProductResult } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { catalogWithSynthetic, FIXTURE_ROUNDS, roundWithTotals } from "./testRounds";

const stars = (products: readonly ProductResult[]) =>
  products.map((p) => (p.status === "scored" ? p.stars : p.status));
const scores = (products: readonly ProductResult[]) =>
  products.map((p) => (p.status === "scored" ? p.score : p.status));

describe("boundary round: averages on and just below each star boundary", () => {
  it("gives 29.99, 30, 49.99, 50, 69.99, 70, 89.99, 90 → 1, 2, 2, 3, 3, 4, 4, 5 stars (synthetic sheet)", () => {
    const parsed = parseRound(
      JSON.parse(readFileSync(join(FIXTURE_ROUNDS, "synthetic-boundaries.json"), "utf8")),
    );
    if (parsed.kind !== "ok") throw new Error(JSON.stringify(parsed.issues));
    const result = scoreRound(parsed.value, catalogWithSynthetic());
    expect(scores(result.products)).toEqual([29.99, 30, 49.99, 50, 69.99, 70, 89.99, 90]);
    expect(stars(result.products)).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it("gives 29.67, 30, 49.67, 50, 69.67, 70, 89.67, 90 from three members on the real 1048-01 sheet → 1, 2, 2, 3, 3, 4, 4, 5", () => {
    const round = roundWithTotals({
      P1: [29, 30, 30],
      P2: [31, 29, 30],
      P3: [49, 50, 50],
      P4: [52, 48, 50],
      P5: [69, 70, 70],
      P6: [75, 65, 70],
      P7: [89, 90, 90],
      P8: [88, 92, 90],
    });
    const result = scoreRound(round, shippedCatalog());
    const expectedScores = [89 / 3, 30, 149 / 3, 50, 209 / 3, 70, 269 / 3, 90];
    scores(result.products).forEach((score, i) => expect(score).toBeCloseTo(expectedScores[i], 9));
    expect(stars(result.products)).toEqual([1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it("gives 69.75 (four members: 69, 70, 70, 70) 3 stars, and 4 when the round rounds to whole points", () => {
    const totals = { P1: [69, 70, 70, 70] };
    expect(stars(scoreRound(roundWithTotals(totals), shippedCatalog()).products)).toEqual([3]);
    const rounded = roundWithTotals(totals, { policy: { rounding: "integer-half-up" } });
    expect(stars(scoreRound(rounded, shippedCatalog()).products)).toEqual([4]);
  });
});
