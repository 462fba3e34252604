import { computeAverage } from "../../src/functions/computeAverage";

const average = (totals: unknown, minMembers?: unknown) => computeAverage(totals, minMembers, "en");

describe("OCOP.AVERAGE", () => {
  it("is the plain mean of the members' totals, unrounded", () => {
    const result = average([[78], [81], [80]]);
    expect(result.kind === "value" && result.value).toBeCloseTo((78 + 81 + 80) / 3, 12);
  });

  it("does not count a blank cell: a member who did not score the product", () => {
    expect(average([[78, null, 82, ""]])).toEqual({ kind: "value", value: 80 });
  });

  it("reads a row, a column or a block alike", () => {
    expect(average([[60, 70]])).toEqual(average([[60], [70]]));
    expect(
      average([
        [60, 70],
        [80, null],
      ]),
    ).toEqual({ kind: "value", value: 70 });
  });

  it("gives #N/A when fewer members scored than the minimum, and the mean once there are enough", () => {
    expect(average([[70, 80, null]], 3)).toMatchObject({
      kind: "error",
      code: "notAvailable",
      problem: { code: "too-few-members", count: 2, min: 3 },
    });
    expect(average([[70, 80, 90]], 3)).toEqual({ kind: "value", value: 80 });
  });

  it("gives #N/A for a range with no total at all, never 0", () => {
    expect(average([[null, ""]])).toMatchObject({ kind: "error", code: "notAvailable" });
  });

  it("gives #VALUE! for text in the totals instead of skipping it", () => {
    expect(average([[70, "vắng"]])).toMatchObject({
      kind: "error",
      code: "invalidValue",
      problem: { code: "not-a-number" },
    });
  });

  it("gives #NUM! for a total outside 0–100", () => {
    expect(average([[70, 170]])).toMatchObject({
      kind: "error",
      code: "invalidNumber",
      problem: { value: 170 },
    });
  });

  it("gives #NUM! for a minimum that is not a whole number of at least 1", () => {
    expect(average([[70]], 0)).toMatchObject({ kind: "error", code: "invalidNumber" });
    expect(average([[70]], 1.5)).toMatchObject({
      kind: "error",
      code: "invalidNumber",
      problem: { code: "not-a-whole-number" },
    });
    expect(average([[70]], "two")).toMatchObject({ kind: "error", code: "invalidValue" });
  });

  it("takes a single value as a one-member range", () => {
    expect(average(64)).toEqual({ kind: "value", value: 64 });
  });
});
