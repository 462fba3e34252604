import { evaluateMemberSheet } from "../../src/domain";
import { freshProduce, sheetFor } from "./testRounds";

const where = { product: "P1", member: "M1" };

describe("one member's sheet for one product (phiếu đánh giá)", () => {
  it("is absent when the member has no entries at all", () => {
    expect(evaluateMemberSheet(freshProduce(), undefined, where)).toEqual({ kind: "absent" });
    expect(evaluateMemberSheet(freshProduce(), {}, where)).toEqual({ kind: "absent" });
  });

  it("adds a complete sheet up by part", () => {
    const sheet = evaluateMemberSheet(freshProduce(), sheetFor(freshProduce(), 64), where);
    expect(sheet.kind).toBe("complete");
    if (sheet.kind !== "complete") return;
    expect(sheet.total).toBe(64);
    expect(sheet.partTotals.A + sheet.partTotals.B + sheet.partTotals.C).toBe(64);
  });

  it("accepts the lowest and the best option of every criterion (7 and 100 points)", () => {
    for (const total of [7, 100]) {
      const sheet = evaluateMemberSheet(freshProduce(), sheetFor(freshProduce(), total), where);
      expect(sheet).toMatchObject({ kind: "complete", total });
    }
  });

  it("lists every missing criterion of a partial sheet and raises one member-incomplete", () => {
    const entries: Record<string, number> = sheetFor(freshProduce(), 64);
    delete entries["B.2.3"];
    delete entries["A.1.1"];
    const sheet = evaluateMemberSheet(freshProduce(), entries, where);
    expect(sheet).toMatchObject({ kind: "incomplete", missing: ["A.1.1", "B.2.3"] });
    expect(sheet.kind === "incomplete" && sheet.issues).toEqual([
      expect.objectContaining({
        code: "member-incomplete",
        member: "M1",
        criterion: "A.1.1",
        detail: 2,
        expected: 31,
      }),
    ]);
  });

  it("reports every wrong entry of a sheet, not only the first", () => {
    const entries = { ...sheetFor(freshProduce(), 64), "A.1.1": 9, "C.6.1": 2, "B.1.1": "năm" };
    const sheet = evaluateMemberSheet(freshProduce(), entries, where);
    expect(sheet.kind).toBe("invalid");
    expect(sheet.kind === "invalid" && sheet.issues.map((i) => [i.code, i.criterion, i.expected])).toEqual([
      ["score-not-allowed", "A.1.1", "1, 2, 3"],
      ["score-not-a-number", "B.1.1", "1, 2, 3, 5"],
      ["score-not-allowed", "C.6.1", "1, 3, 5"],
    ]);
  });

  it("offers A.3.2's points once each although two scales list 1 (0, 1, 2)", () => {
    const entries = { ...sheetFor(freshProduce(), 64), "A.3.2": 3 };
    const sheet = evaluateMemberSheet(freshProduce(), entries, where);
    expect(sheet.kind === "invalid" && sheet.issues[0].expected).toBe("0, 1, 2");
  });
});
