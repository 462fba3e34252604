import { LANGUAGES } from "../../src/i18n/language";
import { planCriteriaSetSheet } from "../../src/workbook/plan/criteriaSetSheet";
import { roundPlans, sampleRound, catalog, freshProduce } from "./workbookFixtures";

/**
 * Excel stores a drop-down's list inline, comma-separated, and refuses lists longer than 255 characters:
 * an item with a comma would split in two, a long list would make the file unreadable.
 */
describe("drop-down lists", () => {
  it.each(LANGUAGES)(
    "fit Excel's inline list limit and hold no commas, or refer to cells (%s)",
    (language) => {
      const plans = [
        ...roundPlans(sampleRound(), language),
        planCriteriaSetSheet({ name: "Bộ tiêu chí", set: freshProduce(), language }),
      ];
      const inline = plans.flatMap((plan) =>
        plan.validations.filter((v) => v.source === undefined).map((v) => v.list.map(String)),
      );
      expect(inline.length).toBeGreaterThan(0);
      for (const list of inline) {
        expect(list.join(",").length).toBeLessThanOrEqual(255);
        for (const item of list) expect(item).not.toContain(",");
      }
    },
  );

  it("offer every product set of the round, by code and name,'s criteria version on the Products sheet", () => {
    const products = roundPlans(sampleRound()).find((plan) => plan.kind === "products")!;
    const labels = catalog.version("1048/2019")!.productSets.map((ref) => `${ref.code} ${ref.name}`);
    expect(labels[3]).toBe("1048-04 Mật ong, các sản phẩm từ mật ong, mật khác");
    expect(products.validations.some((v) => JSON.stringify(v.list) === JSON.stringify(labels))).toBe(true);
  });
});
