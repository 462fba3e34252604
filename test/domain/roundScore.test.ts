import { roundScore } from "../../src/domain";

describe("rounding policy of the average before banding (domain.md open question 2)", () => {
  it("bands the plain mean by default: 209 / 3 stays 69.666…", () => {
    expect(roundScore(209, 3, "none")).toBe(209 / 3);
  });

  it("rounds half up to whole points: 209 / 3 → 70, 139 / 2 = 69.5 → 70, 208.4 / 3 → 69", () => {
    expect(roundScore(209, 3, "integer-half-up")).toBe(70);
    expect(roundScore(139, 2, "integer-half-up")).toBe(70);
    expect(roundScore(208, 3, "integer-half-up")).toBe(69);
    expect(roundScore(69.49 * 2, 2, "integer-half-up")).toBe(69);
  });

  it("rounds half up to 2 decimals: 209 / 3 → 69.67, 208 / 3 → 69.33", () => {
    expect(roundScore(209, 3, "2-decimals-half-up")).toBe(69.67);
    expect(roundScore(208, 3, "2-decimals-half-up")).toBe(69.33);
  });

  it("rounds 64.225 (2569 / 40) up to 64.23 by working from sum and count, not from the divided mean", () => {
    // The divided mean is 64.22499… in binary, so rounding it would wrongly give 64.22.
    expect(Math.round((2569 / 40) * 100) / 100).toBe(64.22);
    expect(roundScore(2569, 40, "2-decimals-half-up")).toBe(64.23);
  });

  it("rounds 69.875 (559 / 8) up to 69.88 and 69.5 (139 / 2) up to 70 in whole points", () => {
    expect(roundScore(559, 8, "2-decimals-half-up")).toBe(69.88);
    expect(roundScore(559, 8, "integer-half-up")).toBe(70);
  });

  it("rounds 1.005 (201 / 200) to 1.01 although the float 1.005 is just below it", () => {
    expect(roundScore(201, 200, "2-decimals-half-up")).toBe(1.01);
  });
});
