import { computeStarLabel } from "../../src/functions/computeStarLabel";
import { functionCatalog } from "../../src/functions/functionCatalog";
import { starLabel } from "../../src/i18n/outcomeText";

const catalog = functionCatalog();
const label = (starsOrScore: unknown, lang?: unknown) => computeStarLabel(starsOrScore, lang, catalog, "en");

describe("OCOP.STARLABEL", () => {
  it('writes "★★★★☆ 4 sao" for 4 stars, in Vietnamese by default', () => {
    expect(label(4)).toEqual({ kind: "value", value: "★★★★☆ 4 sao" });
  });

  it("writes English when asked, with the locale forms Excel users type", () => {
    for (const lang of ["en", "EN", "en-US"])
      expect(label(1, lang)).toEqual({ kind: "value", value: "★☆☆☆☆ 1 star" });
    expect(label(5, "vi-VN")).toEqual({ kind: "value", value: starLabel(5, "vi") });
  });

  it("reads whole numbers 1–5 as stars and anything else as a score", () => {
    expect(label(5)).toEqual({ kind: "value", value: starLabel(5, "vi") });
    expect(label(78.5)).toEqual({ kind: "value", value: starLabel(4, "vi") });
    expect(label(90)).toEqual({ kind: "value", value: starLabel(5, "vi") });
    expect(label(0)).toEqual({ kind: "value", value: starLabel(1, "vi") });
    expect(label(4.5)).toEqual({ kind: "value", value: starLabel(1, "vi") });
  });

  it("gives #VALUE! for a blank or text instead of a label", () => {
    expect(label(null)).toMatchObject({ kind: "error", code: "invalidValue" });
    expect(label("four")).toMatchObject({ kind: "error", code: "invalidValue" });
  });

  it("gives #NUM! above 100", () => {
    expect(label(101)).toMatchObject({ kind: "error", code: "invalidNumber" });
  });

  it("gives #VALUE! for a language it does not speak", () => {
    expect(label(3, "fr")).toMatchObject({
      kind: "error",
      code: "invalidValue",
      problem: { code: "unknown-language" },
    });
  });
});
