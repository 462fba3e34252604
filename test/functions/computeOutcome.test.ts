import { computeOutcome } from "../../src/functions/computeOutcome";
import { functionCatalog } from "../../src/functions/functionCatalog";

const catalog = functionCatalog();
const outcome = (score: unknown, level: unknown, version?: unknown, lang?: unknown) =>
  computeOutcome(score, level, version, lang, catalog, "en");

describe("OCOP.OUTCOME", () => {
  it("under 148/2023 a district recognises 3 stars and forwards 4 stars to the province", () => {
    expect(outcome(65, "district", "148/2023")).toEqual({ kind: "value", value: "Công nhận 3 sao" });
    expect(outcome(70, "district", "148/2023")).toEqual({
      kind: "value",
      value: "Đề nghị cấp tỉnh đánh giá",
    });
  });

  it("under 1048/2019 a district forwards every product from 50 points", () => {
    expect(outcome(50, "district", "1048/2019", "en")).toEqual({
      kind: "value",
      value: "Forward to the province council",
    });
    expect(outcome(49.99, "district", "1048/2019", "en")).toEqual({ kind: "value", value: "Not rated" });
  });

  it("a province forwards 5-star candidates and the national council recognises them", () => {
    expect(outcome(92, "province", undefined, "en")).toEqual({
      kind: "value",
      value: "Forward to the national council",
    });
    expect(outcome(92, "national", undefined, "en")).toEqual({ kind: "value", value: "Recognise 5 stars" });
  });

  it("understands the level in Vietnamese, with or without accents and 'cấp'", () => {
    const expected = outcome(65, "district");
    for (const level of ["huyện", "Cấp huyện", "CAP HUYEN", "huyen"])
      expect(outcome(65, level)).toEqual(expected);
    expect(outcome(80, "tỉnh")).toEqual(outcome(80, "province"));
    expect(outcome(95, "trung ương")).toEqual(outcome(95, "national"));
  });

  it("gives #N/A for a level it does not know", () => {
    expect(outcome(70, "village")).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "unknown-level" },
    });
  });

  it("gives #VALUE! for a blank level or score", () => {
    expect(outcome(70, null)).toMatchObject({
      kind: "error",
      code: "invalidValue",
      problem: { code: "blank" },
    });
    expect(outcome(null, "district")).toMatchObject({ kind: "error", code: "invalidValue" });
  });

  it("gives #NUM! for a score above 100", () => {
    expect(outcome(120, "district")).toMatchObject({ kind: "error", code: "invalidNumber" });
  });
});
