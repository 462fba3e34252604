import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  parseRound,
  scoreRound,
  type Issue,
  type MinimumOptionReading,
  type ProductResult,
  type Round,
  type RoundingPolicy,
} from "../../src/domain";
import { catalogWithSynthetic, FIXTURE_ROUNDS } from "./testRounds";

/** What a sibling `*.expected.json` holds: results worked out by hand, with the arithmetic in `working`. */
interface ExpectedRound {
  readonly roundIssues: readonly string[];
  readonly products: readonly {
    readonly id: string;
    readonly status: ProductResult["status"];
    readonly memberTotals?: Record<string, number>;
    readonly partAverages?: Record<string, number>;
    readonly score?: number;
    readonly stars?: number;
    readonly outcome: string;
    readonly rank?: number;
    /** Stars before a cap, and each minimum option missed as "criterion optionIndex minStars". */
    readonly uncappedStars?: number;
    readonly starCaps?: readonly string[];
    readonly writtenOpinions?: boolean;
    /** "code member criterion", as far as the issue names them. */
    readonly issues: readonly string[];
  }[];
  readonly starsWhenRounded?: Partial<Record<RoundingPolicy, Record<string, number>>>;
  readonly starsWhenMinimumReading?: Partial<Record<MinimumOptionReading, Record<string, number>>>;
}

const said = (found: Issue) => [found.code, found.member, found.criterion].filter(Boolean).join(" ");

const goldens = readdirSync(FIXTURE_ROUNDS)
  .filter((name) => name.endsWith(".expected.json"))
  .map((name) => name.replace(/\.expected\.json$/, ""))
  .sort();

function load(name: string): { round: Round; expected: ExpectedRound } {
  const parsed = parseRound(JSON.parse(readFileSync(join(FIXTURE_ROUNDS, `${name}.json`), "utf8")));
  if (parsed.kind !== "ok") throw new Error(`${name}.json: ${JSON.stringify(parsed.issues)}`);
  const expected = JSON.parse(
    readFileSync(join(FIXTURE_ROUNDS, `${name}.expected.json`), "utf8"),
  ) as ExpectedRound;
  return { round: parsed.value, expected };
}

it("has golden rounds to check", () => {
  expect(goldens).toEqual(
    expect.arrayContaining([
      "district-round",
      "province-round",
      "invalid-entries",
      "synthetic-boundaries",
      "province-26-round",
      "national-26-round",
      "province-1048-sets",
      "district-26-level",
    ]),
  );
});

describe.each(goldens)("golden round %s matches the results worked out by hand", (name) => {
  const { round, expected } = load(name);
  const result = scoreRound(round, catalogWithSynthetic());

  it("reports the expected round issues", () => {
    expect(result.issues.map(said).sort()).toEqual([...expected.roundIssues].sort());
  });

  it("lists the products in the round's order", () => {
    expect(result.products.map((p) => p.id)).toEqual(expected.products.map((p) => p.id));
  });

  describe.each(expected.products.map((p) => [p.id, p] as const))("product %s", (id, want) => {
    const got = () => {
      const found = result.products.find((p) => p.id === id);
      if (!found) throw new Error(`no result for ${id}`);
      return found;
    };

    it(`is ${want.status} with outcome ${want.outcome}`, () => {
      expect(got().status).toBe(want.status);
      expect(got().outcome).toBe(want.outcome);
    });

    it("has the expected issues", () => {
      expect(got().issues.map(said).sort()).toEqual([...want.issues].sort());
    });

    if (want.memberTotals)
      it("has the expected member totals", () => {
        expect(got().memberTotals).toEqual(want.memberTotals);
      });

    if (want.partAverages)
      it("has the expected part averages", () => {
        const parts = got().partAverages;
        expect(Object.keys(parts).sort()).toEqual(Object.keys(want.partAverages ?? {}).sort());
        for (const [part, average] of Object.entries(want.partAverages ?? {}))
          expect(parts[part]).toBeCloseTo(average, 4);
      });

    if (want.status === "scored")
      it(`scores ${want.score}, ${want.stars} star(s), rank ${want.rank}`, () => {
        const product = got();
        if (product.status !== "scored") throw new Error(`${id} is ${product.status}`);
        expect(product.score).toBeCloseTo(want.score ?? Number.NaN, 4);
        expect(product.stars).toBe(want.stars);
        expect(product.rank).toBe(want.rank);
      });
    else
      it("carries no stars and no rank", () => {
        expect("stars" in got()).toBe(false);
        expect("rank" in got()).toBe(false);
      });

    if (want.status === "scored")
      it(`is capped from ${want.uncappedStars ?? "nothing"} by ${want.starCaps?.join(", ") || "no minimum option"}`, () => {
        const product = got();
        if (product.status !== "scored") throw new Error(`${id} is ${product.status}`);
        expect(product.uncappedStars).toBe(want.uncappedStars);
        const caps = (product.starCaps ?? []).map((cap) => `${cap.criterion} ${cap.option} ${cap.minStars}`);
        expect(caps).toEqual(want.starCaps ?? []);
      });

    it(`is ${want.writtenOpinions ? "" : "not "}marked as evaluated by written opinions`, () => {
      expect(got().writtenOpinions ?? false).toBe(want.writtenOpinions ?? false);
    });
  });

  const rounded = Object.entries(expected.starsWhenRounded ?? {}) as [
    RoundingPolicy,
    Record<string, number>,
  ][];
  if (rounded.length > 0)
    it.each(rounded)("gives the expected stars when the round's policy is %s", (rounding, stars) => {
      const again = scoreRound({ ...round, policy: { ...round.policy, rounding } }, catalogWithSynthetic());
      const got = Object.fromEntries(
        again.products.flatMap((p) => (p.status === "scored" ? [[p.id, p.stars]] : [])),
      );
      expect(got).toEqual(stars);
    });

  const readings = Object.entries(expected.starsWhenMinimumReading ?? {}) as [
    MinimumOptionReading,
    Record<string, number>,
  ][];
  if (readings.length > 0)
    it.each(readings)("gives the expected stars when minimum options are read from %s", (reading, stars) => {
      const policy = { ...round.policy, minimumOptionReading: reading };
      const again = scoreRound({ ...round, policy }, catalogWithSynthetic());
      const got = Object.fromEntries(
        again.products.flatMap((p) => (p.status === "scored" ? [[p.id, p.stars]] : [])),
      );
      expect(got).toEqual(stars);
    });
});
