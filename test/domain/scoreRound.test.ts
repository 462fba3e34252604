import {
  checkSetBelongs,
  parseCriteriaSet,
  scoreRound,
  type Catalog,
  type CouncilLevel,
  type CriteriaSet,
  type Outcome,
  type ProductResult,
  type Round,
  type ScoreValue,
} from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import {
  catalogWithSynthetic,
  codesOf,
  freshProduce,
  freshProduceDocument,
  membersOf,
  productOf,
  roundOf,
  roundWithTotals,
  sheetFor,
  SYNTHETIC,
  V1048,
  V148,
} from "./testRounds";

const only = (round: Round, catalog: Catalog = shippedCatalog()): ProductResult => {
  const result = scoreRound(round, catalog);
  expect(result.products).toHaveLength(1);
  return result.products[0];
};

const starsOf = (product: ProductResult) => (product.status === "scored" ? product.stars : undefined);

/** Replaces one member's entry for one criterion of product P1. */
function withEntry(round: Round, member: string, criterion: string, value: ScoreValue | undefined): Round {
  const entries: Record<string, ScoreValue> = { ...round.scores.P1[member] };
  if (value === undefined) delete entries[criterion];
  else entries[criterion] = value;
  return { ...round, scores: { ...round.scores, P1: { ...round.scores.P1, [member]: entries } } };
}

describe("product score: the plain mean of the complete members' totals", () => {
  it("averages 71, 69 and 69 to 69.67 and gives 3 stars", () => {
    const product = only(roundWithTotals({ P1: [71, 69, 69] }));
    expect(product.status).toBe("scored");
    expect(product.memberTotals).toEqual({ M1: 71, M2: 69, M3: 69 });
    expect(product.status === "scored" && product.score).toBeCloseTo(69.6667, 4);
    expect(starsOf(product)).toBe(3);
  });

  it("averages the parts too, so A + B + C averages add up to the score", () => {
    const product = only(roundWithTotals({ P1: [80, 75] }));
    const parts = product.partAverages;
    expect(Object.keys(parts).sort()).toEqual(["A", "B", "C"]);
    expect(parts.A + parts.B + parts.C).toBeCloseTo(77.5, 9);
  });
});

describe("rounding policy applied before banding", () => {
  const round = (rounding: "none" | "integer-half-up" | "2-decimals-half-up") =>
    roundWithTotals({ P1: [71, 69, 69] }, { policy: { rounding } });

  it("gives 69.67 3 stars with no rounding (the default)", () => {
    const product = only(round("none"));
    expect(product.status === "scored" && product.bandedScore).toBeCloseTo(69.6667, 4);
    expect(starsOf(product)).toBe(3);
  });

  it("gives 69.67 4 stars when the round rounds to whole points (70)", () => {
    const product = only(round("integer-half-up"));
    expect(product.status === "scored" && product.bandedScore).toBe(70);
    expect(starsOf(product)).toBe(4);
  });

  it("gives 69.67 3 stars when the round rounds to 2 decimals", () => {
    const product = only(round("2-decimals-half-up"));
    expect(product.status === "scored" && product.bandedScore).toBe(69.67);
    expect(starsOf(product)).toBe(3);
  });

  it("keeps the unrounded mean as the score whatever the policy", () => {
    const product = only(round("integer-half-up"));
    expect(product.status === "scored" && product.score).toBeCloseTo(69.6667, 4);
  });
});

describe("required-criteria cap: a required criterion averaging 0 caps the stars at the version's cap (2)", () => {
  const catalog = catalogWithSynthetic();
  // SYN-02: A.1.1 (0/30/50/70/90) and the required A.1.2 (0/5/10).
  const round = (sheets: Record<string, Record<string, number>>) =>
    roundOf({
      criteriaVersion: SYNTHETIC,
      members: membersOf(Object.keys(sheets).length),
      products: [productOf("P1", "SYN-02")],
      scores: { P1: sheets },
    });

  it("caps a 90-point product at 2 stars when every member gives the required criterion 0", () => {
    const product = only(
      round({ M1: { "A.1.1": 90, "A.1.2": 0 }, M2: { "A.1.1": 90, "A.1.2": 0 } }),
      catalog,
    );
    expect(product.status === "scored" && product.score).toBe(90);
    expect(starsOf(product)).toBe(2);
    expect(product.status === "scored" && product.uncappedStars).toBe(5);
    expect(product.status === "scored" && product.outcome).toBe("not-rated");
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "required-criterion-zero", criterion: "A.1.2", severity: "warning" }),
    ]);
  });

  it("does not cap when one member gives the required criterion points (the average is not 0)", () => {
    const product = only(
      round({ M1: { "A.1.1": 90, "A.1.2": 0 }, M2: { "A.1.1": 90, "A.1.2": 5 } }),
      catalog,
    );
    expect(starsOf(product)).toBe(5);
    expect(codesOf(product.issues)).toEqual([]);
  });

  it("leaves a product already below the cap where it is", () => {
    const product = only(round({ M1: { "A.1.1": 0, "A.1.2": 0 } }), catalog);
    expect(starsOf(product)).toBe(1);
    expect(product.status === "scored" && product.uncappedStars).toBeUndefined();
  });

  it("is off for 1048-01, which marks no criterion required, and on as soon as the data marks one", () => {
    const zeroA12 = { ...sheetFor(freshProduce(), 85), "A.1.2": 0 };
    const base = roundOf({
      members: membersOf(1),
      products: [productOf("P1")],
      scores: { P1: { M1: zeroA12 } },
    });
    expect(starsOf(only(base))).toBe(4);
    const doc = freshProduceDocument();
    doc.parts[0].groups[0].criteria[1].required = true; // A.1.2
    const parsed = parseCriteriaSet(doc);
    if (parsed.kind !== "ok") throw new Error("the marked copy should still be valid");
    expect(starsOf(only(base, shippedCatalog().withSets([parsed.value])))).toBe(2);
  });
});

describe("minimum participating members (quorum, policy.minMembers, default 1)", () => {
  it("does not rate a product scored by 2 members when the round asks for 3", () => {
    const product = only(roundWithTotals({ P1: [80, 82, null] }, { policy: { minMembers: 3 } }));
    expect(product.status).toBe("incomplete");
    expect(product.outcome).toBe("none");
    expect("stars" in product).toBe(false);
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "too-few-members", value: 2, expected: 3, severity: "error" }),
    ]);
  });

  it("rates it once the third member's sheet is in", () => {
    const product = only(roundWithTotals({ P1: [80, 82, 78] }, { policy: { minMembers: 3 } }));
    expect(product.status).toBe("scored");
  });

  it("rates a product one member scored under the default policy", () => {
    expect(only(roundWithTotals({ P1: [55, null, null] })).status).toBe("scored");
  });

  it.each([1, 0])("does not rate a product nobody scored, and says why (minMembers %p)", (minMembers) => {
    const product = only(roundWithTotals({ P1: [null, null] }, { policy: { minMembers } }));
    expect(product.status).toBe("incomplete");
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "too-few-members", value: 0, expected: 1 }),
    ]);
  });
});

describe("divergence flag: a member's total more than divergencePoints from the median of all members' totals", () => {
  const divergent = (product: ProductResult) =>
    product.issues.filter((i) => i.code === "member-divergent").map((i) => i.member);

  it("flags 78 against others averaging 60 (18 apart) although the mean of all, 66, is only 12 away", () => {
    const product = only(roundWithTotals({ P1: [60, 60, 78] }));
    expect(divergent(product)).toEqual(["M3"]);
    expect(product.issues[0]).toMatchObject({ severity: "warning", value: 78, detail: 60, expected: 15 });
  });

  it("does not flag a member exactly 15 points away", () => {
    expect(divergent(only(roundWithTotals({ P1: [50, 50, 65] })))).toEqual([]);
  });

  it("uses the round's threshold", () => {
    const round = roundWithTotals({ P1: [60, 60, 72] }, { policy: { divergencePoints: 10 } });
    expect(divergent(only(round))).toEqual(["M3"]);
  });

  it("leaves absent members out of the median", () => {
    expect(divergent(only(roundWithTotals({ P1: [60, 60, null, 80] })))).toEqual(["M4"]);
  });

  it("still counts the divergent member in the average and keeps the product rated", () => {
    const product = only(roundWithTotals({ P1: [60, 60, 78] }));
    expect(product.status === "scored" && product.score).toBe(66);
  });

  it("flags only the outlier when one member gives 100 and two give 60 (the mean of the others would flag all three)", () => {
    const product = only(roundWithTotals({ P1: [100, 60, 60] }));
    expect(divergent(product)).toEqual(["M1"]);
    expect(product.issues.find((i) => i.code === "member-divergent")).toMatchObject({
      value: 100,
      detail: 60,
    });
  });

  it("compares with the middle of an even council: 60, 62, 64, 90 flags only 90 (median 63)", () => {
    expect(divergent(only(roundWithTotals({ P1: [60, 62, 64, 90] })))).toEqual(["M4"]);
  });

  it("flags both members of a two-member council that are more than the threshold apart", () => {
    expect(divergent(only(roundWithTotals({ P1: [60, 80] })))).toEqual(["M1", "M2"]);
    expect(divergent(only(roundWithTotals({ P1: [60, 75] })))).toEqual([]);
  });

  it("cannot flag a lone member", () => {
    expect(divergent(only(roundWithTotals({ P1: [95] })))).toEqual([]);
  });
});

describe("outcome per council level and criteria version (domain.md 'Who decides what')", () => {
  const N: Outcome = "not-rated";
  const F: Outcome = "forward";
  const R: Outcome = "recognize";
  // Written from the table in domain.md, by stars 1..5.
  const table: Record<string, Record<CouncilLevel, Outcome[]>> = {
    [V1048]: {
      commune: [N, N, F, F, F],
      district: [N, N, F, F, F],
      province: [N, N, R, R, F],
      national: [N, N, N, N, R],
    },
    [V148]: {
      commune: [N, N, R, F, F],
      district: [N, N, R, F, F],
      province: [N, N, R, R, F],
      national: [N, N, N, N, R],
    },
  };
  const totalsByStars = [20, 40, 60, 80, 95];
  const levels: CouncilLevel[] = ["commune", "district", "province", "national"];

  /** A minimal 148/2023 sheet (40/25/35, one criterion a part), as a council would import it. */
  function sheet148(): CriteriaSet {
    const part = (id: string, maxPoints: number) => ({
      id,
      name: `Phần ${id}`,
      maxPoints,
      groups: [
        {
          id: `${id}.1`,
          name: "Nhóm",
          criteria: [
            {
              id: `${id}.1.1`,
              name: "Tiêu chí",
              options: Array.from({ length: maxPoints + 1 }, (_, points) => ({ text: `${points}`, points })),
            },
          ],
        },
      ],
    });
    const parsed = parseCriteriaSet(
      {
        format: "ocop-criteria/1",
        version: V148,
        decision: "148/QĐ-TTg",
        productSet: { code: "148-01", name: "Thực phẩm" },
        source: "test",
        parts: [part("A", 40), part("B", 25), part("C", 35)],
      },
      "workbook",
    );
    if (parsed.kind !== "ok") throw new Error(JSON.stringify(parsed.issues));
    const version = shippedCatalog().version(V148);
    if (!version) throw new Error("148/2023 is not shipped");
    expect(checkSetBelongs(parsed.value, [version])).toEqual([]);
    return parsed.value;
  }

  function entries148(total: number): Record<string, number> {
    const a = Math.min(40, total);
    const b = Math.min(25, total - a);
    return { "A.1.1": a, "B.1.1": b, "C.1.1": total - a - b };
  }

  it.each(levels)("1048/2019 at %s level follows the table for 1 to 5 stars", (level) => {
    const round = roundWithTotals(
      Object.fromEntries(totalsByStars.map((total, i) => [`P${i + 1}`, [total]])),
      { council: { level, name: "Hội đồng" } },
    );
    const result = scoreRound(round, shippedCatalog());
    expect(result.products.map(starsOf)).toEqual([1, 2, 3, 4, 5]);
    expect(result.products.map((p) => p.outcome)).toEqual(table[V1048][level]);
  });

  it.each(levels)("148/2023 at %s level follows the table for 1 to 5 stars", (level) => {
    const catalog = shippedCatalog().withSets([sheet148()]);
    const round = roundOf({
      criteriaVersion: V148,
      council: { level, name: "Hội đồng" },
      members: membersOf(1),
      products: totalsByStars.map((_, i) => productOf(`P${i + 1}`, "148-01")),
      scores: Object.fromEntries(totalsByStars.map((total, i) => [`P${i + 1}`, { M1: entries148(total) }])),
    });
    const result = scoreRound(round, catalog);
    expect(result.products.map(starsOf)).toEqual([1, 2, 3, 4, 5]);
    expect(result.products.map((p) => p.outcome)).toEqual(table[V148][level]);
  });

  it("a district under 148/2023 recognises 3 stars where under 1048/2019 it forwarded them", () => {
    expect(table[V148].district[2]).toBe("recognize");
    expect(table[V1048].district[2]).toBe("forward");
  });

  it("gives outcome 'none' to a product that is not rated", () => {
    const product = only(roundWithTotals({ P1: [null] }));
    expect(product.outcome).toBe("none");
  });
});

describe("absent member (conflict of interest, absence): not counted", () => {
  it("averages 60 and 80 to 70 when the third member did not score the product", () => {
    const product = only(roundWithTotals({ P1: [60, null, 80] }));
    expect(product.memberTotals).toEqual({ M1: 60, M3: 80 });
    expect(product.status === "scored" && product.score).toBe(70);
    expect(starsOf(product)).toBe(4);
  });

  it("treats an empty sheet and a sheet of blank cells as absent, not as zero", () => {
    const base = roundWithTotals({ P1: [68, 72] });
    const blanks = Object.fromEntries(Object.keys(base.scores.P1.M1).map((id, i) => [id, i % 2 ? "" : null]));
    for (const sheet of [{}, blanks]) {
      const round = { ...base, members: membersOf(3), scores: { P1: { ...base.scores.P1, M3: sheet } } };
      const product = only(round);
      expect(product.status === "scored" && product.score).toBe(70);
      expect(product.issues).toEqual([]);
    }
  });
});

describe("partial member sheet: an error to fix (member-incomplete), never a lower score", () => {
  it("does not rate the product and names the member", () => {
    const round = withEntry(roundWithTotals({ P1: [70, 70, 70] }), "M2", "C.6.1", undefined);
    const product = only(round);
    expect(product.status).toBe("incomplete");
    expect("stars" in product).toBe(false);
    expect(product.outcome).toBe("none");
    expect(product.issues).toEqual([
      expect.objectContaining({
        code: "member-incomplete",
        member: "M2",
        criterion: "C.6.1",
        severity: "error",
      }),
    ]);
  });

  it("counts a blank cell as missing, even when the other members are complete", () => {
    const round = withEntry(roundWithTotals({ P1: [70, 70] }), "M1", "A.1.1", "  ");
    expect(codesOf(only(round).issues)).toEqual(["member-incomplete"]);
  });
});

describe("entries that break the criteria", () => {
  const base = () => roundWithTotals({ P1: [70, 72] });

  it("rejects 4 for A.1.6, whose options are worth 0 or 1 (score-not-allowed), and does not rate the product", () => {
    const product = only(withEntry(base(), "M1", "A.1.6", 4));
    expect(product.status).toBe("invalid");
    expect("stars" in product).toBe(false);
    expect(product.issues).toEqual([
      expect.objectContaining({
        code: "score-not-allowed",
        member: "M1",
        criterion: "A.1.6",
        value: 4,
        expected: "0, 1",
      }),
    ]);
  });

  it.each([2.5, -1, 100])("rejects %p for A.1.1 (options 1, 2, 3)", (value) => {
    expect(codesOf(only(withEntry(base(), "M2", "A.1.1", value)).issues)).toEqual(["score-not-allowed"]);
  });

  it.each<ScoreValue>(["3", "ba", true, Number.NaN])("rejects %p as score-not-a-number", (value) => {
    const product = only(withEntry(base(), "M1", "A.1.1", value));
    expect(product.status).toBe("invalid");
    expect(codesOf(product.issues)).toEqual(["score-not-a-number"]);
  });

  it("rejects an entry for a criterion the sheet does not have (unknown-criterion)", () => {
    const product = only(withEntry(base(), "M1", "Z.9.9", 1));
    expect(product.status).toBe("invalid");
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "unknown-criterion", criterion: "Z.9.9" }),
    ]);
  });

  it("rejects scores from someone who is not a member (unknown-member)", () => {
    const round = base();
    const product = only({ ...round, scores: { P1: { ...round.scores.P1, M9: round.scores.P1.M1 } } });
    expect(product.issues).toEqual([expect.objectContaining({ code: "unknown-member", member: "M9" })]);
    expect(product.status).toBe("invalid");
  });
});

describe("criteria version and product set of a round", () => {
  it("does not rate anything in a round naming an unknown version (unknown-criteria-version)", () => {
    const round = { ...roundWithTotals({ P1: [70], P2: [80] }), criteriaVersion: "999/2030" };
    const result = scoreRound(round, shippedCatalog());
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "unknown-criteria-version", value: "999/2030" }),
    ]);
    expect(result.products.map((p) => p.status)).toEqual(["invalid", "invalid"]);
  });

  it("does not rate a product whose set the version does not list (unknown-product-set)", () => {
    const round = roundWithTotals({ P1: [70] });
    const product = only({ ...round, products: [productOf("P1", "1048-99")] });
    expect(product.status).toBe("invalid");
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "unknown-product-set", value: "1048-99", expected: V1048 }),
    ]);
  });

  it("says the sheet is missing for a set the version lists but the add-in does not ship (criteria-sheet-missing)", () => {
    const round = roundWithTotals({ P1: [70] });
    const product = only({ ...round, products: [productOf("P1", "1048-07")] });
    expect(product.status).toBe("invalid");
    expect(codesOf(product.issues)).toEqual(["criteria-sheet-missing"]);
  });

  it("rates the same product once the council imports that sheet into the workbook", () => {
    const imported: CriteriaSet = {
      ...freshProduce(),
      productSet: { code: "1048-07", name: "Chế biến từ rau, củ, quả, hạt", group: "Thực phẩm" },
      origin: "workbook",
    };
    const round = roundWithTotals({ P1: [70] });
    const product = only(
      { ...round, products: [productOf("P1", "1048-07")] },
      shippedCatalog().withSets([imported]),
    );
    expect(starsOf(product)).toBe(4);
  });
});

describe("duplicates and strays", () => {
  it("reports a member id used twice and counts that member once", () => {
    const round = roundWithTotals({ P1: [60, 80] });
    const result = scoreRound({ ...round, members: [...round.members, round.members[0]] }, shippedCatalog());
    expect(result.issues).toEqual([expect.objectContaining({ code: "duplicate-member-id", member: "M1" })]);
    expect(Object.keys(result.products[0].memberTotals)).toEqual(["M1", "M2"]);
  });

  it("reports a product id used twice and does not rate the second one", () => {
    const round = roundWithTotals({ P1: [60] });
    const result = scoreRound(
      { ...round, products: [...round.products, round.products[0]] },
      shippedCatalog(),
    );
    expect(codesOf(result.issues)).toEqual(["duplicate-product-id"]);
    expect(result.products.map((p) => p.status)).toEqual(["scored", "invalid"]);
  });

  it("reports scores for a product the round does not list (unknown-product)", () => {
    const round = roundWithTotals({ P1: [60] });
    const result = scoreRound(
      { ...round, scores: { ...round.scores, P9: round.scores.P1 } },
      shippedCatalog(),
    );
    expect(result.issues).toEqual([expect.objectContaining({ code: "unknown-product", product: "P9" })]);
  });
});

describe("dossier (hồ sơ): a missing mandatory item warns, or blocks with policy.dossierBlocks", () => {
  const withDossier = (dossierBlocks: boolean) => {
    const round = roundWithTotals({ P1: [75, 75] }, { policy: { dossierBlocks } });
    return {
      ...round,
      products: [{ ...round.products[0], dossier: { facilityCertificate: true, qualityDeclaration: true } }],
    };
  };

  it("warns (dossier-incomplete) and still rates the product by default", () => {
    const product = only(withDossier(false));
    expect(product.status).toBe("scored");
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "dossier-incomplete", severity: "warning", value: "testReport" }),
    ]);
  });

  it("does not rate the product when the round says a dossier must be complete", () => {
    const product = only(withDossier(true));
    expect(product.status).not.toBe("scored");
    expect(product.outcome).toBe("none");
    expect(product.issues).toEqual([
      expect.objectContaining({ code: "dossier-incomplete", severity: "error" }),
    ]);
  });

  it("says nothing for a complete dossier or one not recorded", () => {
    const round = roundWithTotals({ P1: [75], P2: [75] }, { policy: { dossierBlocks: true } });
    const complete = { facilityCertificate: true, qualityDeclaration: true, testReport: true };
    const result = scoreRound(
      { ...round, products: [{ ...round.products[0], dossier: complete }, round.products[1]] },
      shippedCatalog(),
    );
    expect(result.products.map((p) => p.issues)).toEqual([[], []]);
  });
});
