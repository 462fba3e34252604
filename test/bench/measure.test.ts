import { attempt, median, medianMs } from "../../bench/measure";

describe("bench figures", () => {
  it("takes the middle run, or the mean of the two middle runs", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it("leaves the warm-up run out of the median", async () => {
    let calls = 0;
    await medianMs(3, () => {
      calls += 1;
    });
    expect(calls).toBe(4);
  });

  it("reports a part that cannot be measured as null with its reason", async () => {
    const figure = await attempt(async () => {
      throw new Error("src/commands/computeResults has not landed\nstack …");
    });
    expect(figure).toEqual({ value: null, reason: "src/commands/computeResults has not landed" });
  });
});
