import { demoRound } from "../../src/cli/demo/demoRound";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { allIssues, scoreRound, starCounts, versionInForce } from "../../src/domain";

describe("the demo round", () => {
  const catalog = shippedCatalog();
  const round = demoRound(catalog);
  const result = scoreRound(round, catalog);

  it("is a province council of 7 members scoring 12 products of four sets under the decision in force that day", () => {
    expect(round.council.level).toBe("province");
    expect(round.members).toHaveLength(7);
    expect(round.products).toHaveLength(12);
    expect(new Set(round.products.map((p) => p.productSet)).size).toBe(4);
    expect(round.criteriaVersion).toBe("26/2026");
    expect(versionInForce(catalog.versions, round.council.date)?.id).toBe("26/2026");
  });

  it("is the same round every time it is built", () => {
    expect(demoRound(catalog)).toEqual(round);
  });

  it("rates every product, with products in each of the five star bands", () => {
    expect(result.products.every((p) => p.status === "scored")).toBe(true);
    const counts = starCounts(result);
    for (const stars of [1, 2, 3, 4, 5] as const) expect(counts[stars]).toBeGreaterThan(0);
  });

  it("forwards one product of 90 and more to the central council, and recognises 3 and 4 stars", () => {
    const scored = result.products.flatMap((p) => (p.status === "scored" ? [p] : []));
    const forwarded = scored.filter((p) => p.outcome === "forward");
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0].score).toBeGreaterThanOrEqual(90);
    expect(new Set(scored.filter((p) => p.outcome === "recognize").map((p) => p.stars))).toEqual(
      new Set([3, 4]),
    );
  });

  it("holds some products below their score's stars by an option marked as a minimum", () => {
    const capped = result.products.flatMap((p) =>
      p.status === "scored" && p.starCaps ? [[p.id, p.uncappedStars, p.stars]] : [],
    );
    expect(capped.length).toBeGreaterThanOrEqual(2);
    for (const [, uncapped, stars] of capped) expect(Number(uncapped)).toBeGreaterThan(Number(stars));
    expect(allIssues(result).filter((i) => i.code === "star-minimum-not-met")).toHaveLength(capped.length);
  });

  it("has exactly one member absent for one product, and one divergent member to discuss", () => {
    const absent = round.products.flatMap((p) =>
      round.members.filter((m) => !round.scores[p.id]?.[m.id]).map((m) => `${p.id}/${m.id}`),
    );
    expect(absent).toHaveLength(1);
    const divergent = allIssues(result).filter((i) => i.code === "member-divergent");
    expect(divergent).toHaveLength(1);
    expect(allIssues(result).filter((i) => i.severity === "error")).toEqual([]);
  });
});
