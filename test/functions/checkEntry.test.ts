import { checkEntry } from "../../src/functions/checkEntry";
import { functionCatalog } from "../../src/functions/functionCatalog";
import { allowedPoints, criteriaOf } from "../../src/domain/criteriaSet";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";

const catalog = functionCatalog();
const check = (points: unknown, criterion: unknown, productSet: unknown, version?: unknown, lang?: unknown) =>
  checkEntry(points, criterion, productSet, version, lang, catalog, "en");
const sheet = shippedCatalog().criteriaSet("1048/2019", "1048-01")!;

describe("OCOP.CHECK", () => {
  it("allows 0 or 1 on a 26/2026 criterion the decision prints without options (26-01 A.2.4)", () => {
    expect(check(0, "A.2.4", "26-01")).toEqual({ kind: "value", value: true });
    expect(check(1, "A.2.4", "26-01")).toEqual({ kind: "value", value: true });
    expect(check(2, "A.2.4", "26-01")).toMatchObject({ kind: "value", value: expect.stringMatching(/0, 1/) });
  });

  it("says TRUE for every option's points of every criterion on a shipped sheet", () => {
    for (const criterion of criteriaOf(sheet))
      for (const points of allowedPoints(criterion))
        expect(check(points, criterion.id, "1048-01")).toEqual({ kind: "value", value: true });
  });

  it("gives the reason, with the allowed points, for points no option has", () => {
    const criterion = criteriaOf(sheet)[0];
    const wrong = Math.max(...allowedPoints(criterion)) + 1;
    const result = check(wrong, criterion.id, "1048-01", undefined, "en");
    expect(result.kind).toBe("value");
    expect(result.kind === "value" && result.value).toBe(
      `Criterion ${criterion.id}: ${wrong} is not an option's points (allowed: ${allowedPoints(criterion).join(", ")}).`,
    );
  });

  it("gives the reason in Vietnamese by default", () => {
    const criterion = criteriaOf(sheet)[0];
    const result = check(2.5, criterion.id, "1048-01");
    expect(result.kind === "value" && result.value).toContain("không phải điểm của phương án nào");
  });

  it("treats a blank entry and text as the engine does: not scored yet, not a score", () => {
    expect(check(null, "A.1.1", "1048-01", undefined, "en")).toEqual({
      kind: "value",
      value: "Criterion A.1.1 is not scored yet.",
    });
    const text = check("3", "A.1.1", "1048-01", undefined, "en");
    expect(text.kind === "value" && text.value).toContain('"3" is not a score');
  });

  it("accepts the criterion id and product set code in any case, with spaces around", () => {
    expect(check(1, " a.1.1 ", " 1048-01", "1048/2019")).toEqual({ kind: "value", value: true });
  });

  it("gives #N/A for a criterion that is not on the sheet", () => {
    expect(check(1, "Z.9.9", "1048-01")).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "unknown-criterion" },
    });
  });

  it("gives #N/A for a product set the add-in does not ship a sheet for yet", () => {
    expect(check(1, "A.1.1", "1048-07")).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "criteria-sheet-missing", productSet: "1048-07", version: "1048/2019" },
    });
  });

  it("gives #N/A for a product set that is not in the named version", () => {
    expect(check(1, "A.1.1", "1048-01", "148/2023")).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "unknown-product-set", version: "148/2023" },
    });
    expect(check(1, "A.1.1", "9999-01")).toMatchObject({ kind: "error", code: "notAvailable" });
  });

  it("gives #VALUE! when the criterion or product set is blank", () => {
    expect(check(1, null, "1048-01")).toMatchObject({ kind: "error", code: "invalidValue" });
    expect(check(1, "A.1.1", "")).toMatchObject({ kind: "error", code: "invalidValue" });
  });
});
