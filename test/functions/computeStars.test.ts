import { computeStars } from "../../src/functions/computeStars";
import { functionCatalog } from "../../src/functions/functionCatalog";
import { starBand } from "../../src/domain/starBand";

const catalog = functionCatalog();
const stars = (score: unknown, version?: unknown) => computeStars(score, version, catalog, "en");

describe("OCOP.STARS", () => {
  it("gives 3 stars to 69.99 and 4 to 70, unrounded like the engine's default", () => {
    expect(stars(69.99)).toEqual({ kind: "value", value: 3 });
    expect(stars(70)).toEqual({ kind: "value", value: 4 });
  });

  it("reads every band edge of the newest version the way the engine bands scores", () => {
    const newest = catalog.version("148/2023")!;
    for (const band of newest.starBands)
      for (const score of [band.minScore, band.minScore - 0.01, band.minScore + 0.5].filter((s) => s >= 0))
        expect(stars(score)).toEqual({ kind: "value", value: starBand(score, newest.starBands) });
  });

  it("accepts 0 and 100, the ends of the scale", () => {
    expect(stars(0)).toEqual({ kind: "value", value: 1 });
    expect(stars(100)).toEqual({ kind: "value", value: 5 });
  });

  it("takes the version by id, by decision number, or by the number Excel passes for 1048", () => {
    for (const version of ["1048/2019", "1048", 1048, " 148/2023 ", 148])
      expect(stars(89.99, version)).toEqual({ kind: "value", value: 4 });
  });

  it("reads a one-cell range the same as the value", () => {
    expect(stars([[90]])).toEqual({ kind: "value", value: 5 });
  });

  it("gives #VALUE! for a blank score instead of rating it 1 star", () => {
    expect(stars(null)).toMatchObject({ kind: "error", code: "invalidValue", problem: { code: "blank" } });
    expect(stars("")).toMatchObject({ kind: "error", code: "invalidValue" });
    expect(stars(undefined)).toMatchObject({ kind: "error", code: "invalidValue" });
  });

  it("gives #VALUE! for text, even text that looks like a number", () => {
    expect(stars("75")).toMatchObject({
      kind: "error",
      code: "invalidValue",
      problem: { code: "not-a-number" },
    });
    expect(stars(true)).toMatchObject({ kind: "error", code: "invalidValue" });
  });

  it("gives #NUM! for a score outside 0–100", () => {
    expect(stars(100.01)).toMatchObject({
      kind: "error",
      code: "invalidNumber",
      problem: { code: "out-of-range" },
    });
    expect(stars(-1)).toMatchObject({ kind: "error", code: "invalidNumber" });
  });

  it("gives #VALUE! for a range of several cells", () => {
    expect(stars([[70, 80]])).toMatchObject({
      kind: "error",
      code: "invalidValue",
      problem: { code: "not-one-cell" },
    });
  });

  it("gives #N/A for an unknown version, naming the known ones", () => {
    const result = stars(70, "999/2030");
    expect(result).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "unknown-version" },
    });
    if (result.kind === "error") expect(result.message).toContain("148/2023");
  });

  it("explains in Vietnamese when Excel speaks Vietnamese", () => {
    const result = computeStars(null, undefined, catalog, "vi");
    expect(result.kind === "error" && result.message).toBe("Thiếu điểm.");
  });
});
