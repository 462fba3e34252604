import { readFileSync } from "fs";
import { join } from "path";
import { parseRound, scoreRound } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { computeCappedStars } from "../../src/functions/computeCappedStars";
import { functionCatalog } from "../../src/functions/functionCatalog";
import { FIXTURE_ROUNDS } from "../domain/testRounds";

const catalog = functionCatalog();
const capped = (score: unknown, set: unknown, ids: unknown, points: unknown, version?: unknown) =>
  computeCappedStars(score, set, ids, points, version, catalog, "en");

function fixture(name: string) {
  const parsed = parseRound(JSON.parse(readFileSync(join(FIXTURE_ROUNDS, name), "utf8")));
  if (parsed.kind !== "ok") throw new Error(`${name} is not a round`);
  return parsed.value;
}

describe("OCOP.CAPPEDSTARS: the stars once 26/2026's minimum options apply", () => {
  const round = fixture("province-26-round.json");
  const result = scoreRound(round, shippedCatalog());

  it.each(round.products.map((p) => [p.id, p] as const))(
    "%s: given the members' mean per criterion, equals the engine's stars",
    (id, product) => {
      const engine = result.products.find((p) => p.id === id);
      if (engine?.status !== "scored") throw new Error(`${id} is not scored`);
      const sheets = Object.values(round.scores[id]);
      const ids = Object.keys(sheets[0]);
      const means = ids.map((c) => sheets.reduce((sum, s) => sum + Number(s[c]), 0) / sheets.length);
      const got = capped(
        engine.score,
        product.productSet,
        ids.map((c) => [c]),
        means.map((m) => [m]),
      );
      expect(got).toEqual({ kind: "value", value: engine.stars });
    },
  );

  it("is the plain band for a set without star marks (1048/2019)", () => {
    expect(capped(72, "1048-01", [["A.1.1"]], [[0]])).toEqual({ kind: "value", value: 4 });
  });

  it("skips rows that are not criteria (headings, blanks) when pairing ids with points", () => {
    const got = capped(75, "26-01", [["PHẦN A"], ["A.1.5"], [""]], [["x"], [1], [null]]);
    expect(got).toMatchObject({ kind: "error", code: "notAvailable", problem: { code: "mark-unread" } });
  });

  it("is #N/A naming the criterion when a marked criterion has no number, rather than an uncapped guess", () => {
    const got = capped(95, "26-01", [["A.1.1"]], [[3]]);
    expect(got).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "mark-unread", productSet: "26-01" },
    });
    if (got.kind === "error")
      expect(got.message).toMatch(/^Criterion A\.\d\.\d of 26-01 has a minimum option/);
  });
});
