import { scoreRound } from "../../src/domain";
import { planResultSheet } from "../../src/workbook/plan/resultSheet";
import { catalog, gridsOf, sampleRound } from "./workbookFixtures";

const round = sampleRound();
const result = scoreRound(round, catalog);
const plan = (language: "vi" | "en" = "vi") =>
  planResultSheet({
    name: "Kết quả",
    round,
    result,
    version: catalog.version(round.criteriaVersion),
    language,
    fingerprint: "0123456789abcdef",
    computedAt: "2024-10-15T12:00:00.000Z",
  });

describe("result sheet plan", () => {
  it("holds values only, so product names like =1+1 stay text", () => {
    const cells = plan().blocks.flatMap((b) => b.rows.flat());
    expect(cells.some((c) => "formula" in c)).toBe(false);
    expect(cells).toContainEqual({ value: "=1+1" });
  });

  it("shows stars as glyphs and a number, never by colour alone", async () => {
    const [grid] = await gridsOf([plan("en")]);
    const stars = grid.values[0].indexOf("col:stars");
    const shown = grid.values.filter((r) => String(r[0]).startsWith("product:")).map((r) => r[stars]);
    expect(shown.every((s) => /^[★☆]{5} \d stars?$/.test(String(s)))).toBe(true);
  });

  it("prints the criteria version, decision, rounding policy, computed time and fingerprint", async () => {
    const [grid] = await gridsOf([plan()]);
    const text = grid.values.flat().map(String);
    const version = catalog.version(round.criteriaVersion)!;
    for (const expected of [
      version.id,
      version.decision,
      "Không làm tròn",
      "2024-10-15T12:00:00.000Z",
      "0123456789abcdef",
    ])
      expect(text).toContain(expected);
  });

  it("prints on A4 landscape with the header row repeated", () => {
    expect(plan().print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    expect(plan().print?.repeatRows).toMatch(/^\d+:\d+$/);
  });
});
