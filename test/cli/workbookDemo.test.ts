import { demoRound } from "../../src/cli/demo/demoRound";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { allIssues, newestVersionWithSheet, scoreRound, starCounts } from "../../src/domain";

describe("the demo round", () => {
  const catalog = shippedCatalog();
  const round = demoRound(catalog);
  const result = scoreRound(round, catalog);

  it("is a district council of 7 members scoring 12 products on the newest version with a criteria sheet", () => {
    expect(round.council.level).toBe("district");
    expect(round.members).toHaveLength(7);
    expect(round.products).toHaveLength(12);
    expect(round.criteriaVersion).toBe(newestVersionWithSheet(catalog)?.id);
  });

  it("is the same round every time it is built", () => {
    expect(demoRound(catalog)).toEqual(round);
  });

  it("rates every product, with products in each of the five star bands", () => {
    expect(result.products.every((p) => p.status === "scored")).toBe(true);
    const counts = starCounts(result);
    for (const stars of [1, 2, 3, 4, 5] as const) expect(counts[stars]).toBeGreaterThan(0);
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
