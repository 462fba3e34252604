import { copyShapeOf } from "../../src/excel/copyShape";
import type { SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { roundPlans } from "./syntheticPlans";

const [, first, second] = roundPlans(2);

describe("copyShapeOf: which plans draw the same sheet but for its cells", () => {
  it("gives two products' member sheets the same shape, whatever their names, keys and cells", () => {
    expect(first.name).not.toBe(second.name);
    expect(copyShapeOf(first)).toBe(copyShapeOf(second));
  });

  it("ignores the page header and footer, which name the product", () => {
    const footed = (plan: SheetPlan, footer: string): SheetPlan =>
      plan.print ? { ...plan, print: { ...plan.print, footer } } : plan;
    expect(copyShapeOf(footed(first, "P1 — &P"))).toBe(copyShapeOf(footed(second, "P2 — &P")));
  });

  it.each<[string, (plan: SheetPlan) => SheetPlan]>([
    ["a format", (plan) => ({ ...plan, formats: [...plan.formats, { range: "B2", bold: true }] })],
    ["a merge", (plan) => ({ ...plan, merges: ["D1:E1"] })],
    ["a validation", (plan) => ({ ...plan, validations: plan.validations.slice(1) })],
    ["a hidden row", (plan) => ({ ...plan, hiddenRows: [4] })],
    ["the tab colour", (plan) => ({ ...plan, tabColor: "#FF0000" })],
    ["the panes", (plan) => ({ ...plan, freeze: { rows: 2, columns: 2 } })],
    ["protection", (plan) => ({ ...plan, protect: false })],
    ["the paper orientation", (plan) => ({ ...plan, print: { ...plan.print!, orientation: "portrait" } })],
  ])("tells plans apart by %s", (_what, change) => {
    expect(copyShapeOf(change(second))).not.toBe(copyShapeOf(first));
  });

  it("never copies a plan with a table: Excel renames a copied table", () => {
    const [products] = roundPlans(1);
    expect(products.tables).not.toHaveLength(0);
    expect(copyShapeOf(products)).toBeUndefined();
  });

  it("never copies a plan with Text cells: a copy writes into cells already formatted as text", () => {
    expect(copyShapeOf({ ...first, formats: [{ range: "B2", numberFormat: "@" }] })).toBeUndefined();
  });
});
