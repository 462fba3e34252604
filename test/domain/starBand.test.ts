import { starBand } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { V1048, V148 } from "./testRounds";

describe.each([V1048, V148])("star bands of %s (domain.md: <30, 30–<50, 50–<70, 70–<90, 90–100)", (id) => {
  const bands = () => {
    const version = shippedCatalog().version(id);
    if (!version) throw new Error(`version ${id} is not shipped`);
    return version.starBands;
  };

  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ])("gives %p points %p star(s)", (score, stars) => {
    expect(starBand(score, bands())).toBe(stars);
  });

  it("keeps 69.67 (an unrounded average) at 3 stars: the bands are not rounded", () => {
    expect(starBand(209 / 3, bands())).toBe(3);
  });
});
