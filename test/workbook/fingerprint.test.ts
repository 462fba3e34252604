import { canonicalJson, fingerprint, fnv1a64 } from "../../src/workbook/fingerprint";
import { sampleRound } from "./workbookFixtures";

describe("fingerprint", () => {
  it("is FNV-1a 64-bit (published test vectors)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes text as UTF-8 bytes, as result sheets written by earlier versions recorded it", () => {
    // The value a BigInt implementation gave: a faster hash must not make old results look stale.
    expect(fnv1a64("Hội đồng")).toBe("7ec4f0bae6239806");
    expect(fnv1a64("😀 Bộ tiêu chí 1048-01")).toBe("127e640cb5cd67fc");
    expect(fnv1a64("x".repeat(1000))).toBe("e1add1d93134d2c5");
  });

  it("does not depend on the order keys were written in", () => {
    expect(fingerprint({ a: 1, b: { c: [1, 2], d: "x" } })).toBe(
      fingerprint({ b: { d: "x", c: [1, 2] }, a: 1 }),
    );
    expect(canonicalJson({ b: 1, a: undefined, c: null })).toBe('{"b":1,"c":null}');
  });

  it("changes when one score changes", () => {
    const round = sampleRound();
    const [criterion, points] = Object.entries(round.scores.P01.M1)[0];
    const changed = {
      ...round,
      scores: {
        ...round.scores,
        P01: { ...round.scores.P01, M1: { ...round.scores.P01.M1, [criterion]: Number(points) + 1 } },
      },
    };
    expect(fingerprint(changed)).not.toBe(fingerprint(round));
    expect(fingerprint(sampleRound())).toBe(fingerprint(round));
  });

  it("tells Vietnamese text apart byte by byte", () => {
    expect(fingerprint("Hội đồng")).not.toBe(fingerprint("Hoi dong"));
  });
});
