import { allIssues, scoreRound, starCounts } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { productOf, roundWithTotals } from "./testRounds";

describe("round result summaries", () => {
  const round = () => {
    const base = roundWithTotals({ P1: [95], P2: [72], P3: [75], P4: [20], P5: [60] });
    return { ...base, products: [...base.products.slice(0, 4), productOf("P5", "1048-07")] };
  };

  it("counts rated products per star level and leaves unrated ones out", () => {
    expect(starCounts(scoreRound(round(), shippedCatalog()))).toEqual({ 1: 1, 2: 0, 3: 0, 4: 2, 5: 1 });
  });

  it("lists the round's issues first, then each product's", () => {
    const result = scoreRound({ ...round(), scores: { ...round().scores, P9: {} } }, shippedCatalog());
    expect(allIssues(result).map((i) => [i.code, i.product])).toEqual([
      ["unknown-product", "P9"],
      ["criteria-sheet-missing", "P5"],
    ]);
  });
});
