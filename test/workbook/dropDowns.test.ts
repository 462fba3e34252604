import { LANGUAGES } from "../../src/i18n/language";
import { planCriteriaSetSheet } from "../../src/workbook/plan/criteriaSetSheet";
import { roundPlans, sampleRound, catalog, freshProduce } from "./workbookFixtures";

/**
 * Excel stores a drop-down's list inline, comma-separated, and refuses lists longer than 255 characters:
 * an item with a comma would split in two, a long list would make the file unreadable.
 */
describe("drop-down lists", () => {
  it.each(LANGUAGES)("fit Excel's inline list limit and hold no commas (%s)", (language) => {
    const plans = [
      ...roundPlans(sampleRound(), language),
      planCriteriaSetSheet({ name: "Bộ tiêu chí", set: freshProduce(), language }),
    ];
    const lists = plans.flatMap((plan) => plan.validations.map((v) => v.list.map(String)));
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(list.join(",").length).toBeLessThanOrEqual(255);
      for (const item of list) expect(item).not.toContain(",");
    }
  });

  it("offer every product set of the round's criteria version on the Products sheet", () => {
    const products = roundPlans(sampleRound()).find((plan) => plan.kind === "products")!;
    const codes = catalog.version("1048/2019")!.productSets.map((ref) => ref.code);
    expect(products.validations.some((v) => JSON.stringify(v.list) === JSON.stringify(codes))).toBe(true);
  });
});
