import { readFileSync } from "fs";
import { join } from "path";
import {
  criteriaOf,
  missedMinimumOptions,
  parseRound,
  resultDocument,
  scoreRound,
  starsAllowedByMinimumOptions,
  type CriteriaSet,
} from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { FIXTURE_ROUNDS, membersOf, productOf, roundOf } from "./testRounds";

/** 26-01 Rau, củ, quả, hạt tươi: A.1.5 marks its 2-point option ★★★★ and its 3-point option ★★★★★. */
const freshProduce26 = (): CriteriaSet => {
  const set = shippedCatalog().criteriaSet("26/2026", "26-01");
  if (!set) throw new Error("26-01 is not shipped");
  return set;
};
const best = (set: CriteriaSet): Record<string, number> =>
  Object.fromEntries(criteriaOf(set).map((c) => [c.id, Math.max(...c.options.map((o) => o.points))]));
const sheet = (changes: Record<string, number>) => ({ points: { ...best(freshProduce26()), ...changes } });

describe("minimum options per star level (26/2026 star marks)", () => {
  it("caps at 2 stars when a ★★★ mark is missed, and at 4 when only a ★★★★★ mark is", () => {
    expect(starsAllowedByMinimumOptions([])).toBe(5);
    const missed = (minStars: 3 | 4 | 5) => ({
      criterion: "A.1.1",
      option: 0,
      minStars,
      requiredPoints: 2,
      reached: 1,
    });
    expect(starsAllowedByMinimumOptions([missed(5)])).toBe(4);
    expect(starsAllowedByMinimumOptions([missed(5), missed(3)])).toBe(2);
  });

  it("reads the members' mean by default: 2, 2 and 1 on A.1.5 miss the 2-point ★★★★ option", () => {
    const caps = missedMinimumOptions(
      freshProduce26(),
      [sheet({ "A.1.5": 2 }), sheet({ "A.1.5": 2 }), sheet({ "A.1.5": 1 })],
      "mean",
      4,
    );
    expect(caps).toEqual([{ criterion: "A.1.5", option: 2, minStars: 4, requiredPoints: 2, reached: 1.67 }]);
  });

  it("lets a mean that reaches the option pass, unless the round asks every member to reach it", () => {
    const members = [sheet({ "A.1.5": 3 }), sheet({ "A.1.5": 2 }), sheet({ "A.1.5": 1 })];
    expect(missedMinimumOptions(freshProduce26(), members, "mean", 4)).toEqual([]);
    expect(missedMinimumOptions(freshProduce26(), members, "every-member", 4)).toEqual([
      { criterion: "A.1.5", option: 2, minStars: 4, requiredPoints: 2, reached: 1 },
    ]);
  });

  it("ignores marks above the stars the score reaches: a 4-star product is not held to ★★★★★ options", () => {
    const members = [sheet({ "A.1.5": 2 })];
    expect(missedMinimumOptions(freshProduce26(), members, "mean", 4)).toEqual([]);
    expect(missedMinimumOptions(freshProduce26(), members, "mean", 5).map((cap) => cap.minStars)).toEqual([
      5,
    ]);
  });

  it("compares a mean from its sum, so three members giving 2, 2, 2 are exactly at 2 whatever the float", () => {
    const members = [sheet({ "A.1.5": 2 }), sheet({ "A.1.5": 2 }), sheet({ "A.1.5": 2 })];
    expect(missedMinimumOptions(freshProduce26(), members, "mean", 4)).toEqual([]);
  });
});

describe("the required-criterion cap stays beside the minimum options; the lower cap wins", () => {
  /** 26-01 with A.1.2 marked required, as a version with (*) criteria would mark it. */
  const withRequired = (): CriteriaSet => {
    const set = freshProduce26();
    return {
      ...set,
      origin: "workbook",
      parts: set.parts.map((part) => ({
        ...part,
        groups: part.groups.map((group) => ({
          ...group,
          criteria: group.criteria.map((c) => (c.id === "A.1.2" ? { ...c, required: true } : c)),
        })),
      })),
    };
  };
  const starsFor = (changes: Record<string, number>) => {
    const round = roundOf({
      criteriaVersion: "26/2026",
      council: { level: "province", name: "Hội đồng tỉnh", date: "2026-09-01" },
      members: membersOf(1),
      products: [productOf("P1", "26-01")],
      scores: { P1: { M1: sheet(changes).points } },
    });
    const result = scoreRound(round, shippedCatalog().withSets([withRequired()])).products[0];
    return result.status === "scored" ? [result.uncappedStars, result.stars] : [];
  };

  it("caps a 5-star score at 3 for a missed ★★★★ option, and at 2 when a required criterion is also 0", () => {
    expect(starsFor({ "A.1.5": 1 })).toEqual([5, 3]);
    expect(starsFor({ "A.1.5": 1, "A.1.2": 0 })).toEqual([5, 2]);
    expect(starsFor({ "A.1.2": 0 })).toEqual([5, 2]);
  });
});

describe("ocop-result/1 keeps what capped a product and how it was evaluated", () => {
  it("lists uncappedStars, starCaps and writtenOpinions beside the stars", () => {
    const parsed = parseRound(
      JSON.parse(readFileSync(join(FIXTURE_ROUNDS, "province-26-round.json"), "utf8")),
    );
    if (parsed.kind !== "ok") throw new Error("fixture should read");
    const doc = resultDocument(scoreRound(parsed.value, shippedCatalog()));
    expect(doc.products.find((p) => p.id === "P02")).toMatchObject({
      stars: 3,
      uncappedStars: 4,
      starCaps: [{ criterion: "A.1.5", option: 2, minStars: 4, requiredPoints: 2, reached: 1 }],
    });
    expect(doc.products.find((p) => p.id === "P06")).toMatchObject({ writtenOpinions: true });
  });
});
