import { scoreRound } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { productResult, roundWithTotals } from "./testRounds";

describe("ranking (xếp thứ hạng): highest score first, ties share a rank and the next rank skips", () => {
  it("ranks scores 80, 70, 70, 60 as 1, 2, 2, 4", () => {
    const round = roundWithTotals({ P1: [70, 70], P2: [80, 80], P3: [60, 60], P4: [69, 71] });
    const result = scoreRound(round, shippedCatalog());
    const rank = (id: string) => {
      const product = productResult(result, id);
      return product.status === "scored" ? product.rank : undefined;
    };
    expect([rank("P2"), rank("P1"), rank("P4"), rank("P3")]).toEqual([1, 2, 2, 4]);
  });

  it("keeps the round's product order in the result", () => {
    const round = roundWithTotals({ P1: [50], P2: [90], P3: [70] });
    expect(scoreRound(round, shippedCatalog()).products.map((p) => p.id)).toEqual(["P1", "P2", "P3"]);
  });

  it("ranks by the unrounded average, so 69.67 ranks above 69.5 though both round to 70", () => {
    const round = roundWithTotals(
      { P1: [70, 69, null], P2: [71, 69, 69] },
      { policy: { rounding: "integer-half-up" } },
    );
    const result = scoreRound(round, shippedCatalog());
    const p1 = productResult(result, "P1");
    const p2 = productResult(result, "P2");
    expect(p1.status === "scored" && p1.bandedScore).toBe(70);
    expect(p2.status === "scored" && p2.bandedScore).toBe(70);
    expect(p2.status === "scored" && p2.rank).toBe(1);
    expect(p1.status === "scored" && p1.rank).toBe(2);
  });

  it("gives no rank to a product that is not rated, and does not let it take a rank", () => {
    const round = roundWithTotals({ P1: [60], P2: [80] });
    const broken = {
      ...round,
      scores: { ...round.scores, P2: { M1: { ...round.scores.P2.M1, "A.1.1": 99 } } },
    };
    const result = scoreRound(broken, shippedCatalog());
    const p1 = productResult(result, "P1");
    const p2 = productResult(result, "P2");
    expect(p2.status).toBe("invalid");
    expect("rank" in p2).toBe(false);
    expect(p1.status === "scored" && p1.rank).toBe(1);
  });
});
