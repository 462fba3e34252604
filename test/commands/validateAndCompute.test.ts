import { computeResults, validateRound } from "../../src/commands";
import { criteriaOf, scoreRound } from "../../src/domain";
import { starLabel } from "../../src/i18n/outcomeText";
import type { SheetGrid } from "../../src/workbook/port";
import { cellAddress } from "../../src/workbook/cellAddress";
import { roundWithTotals } from "../domain/testRounds";
import { cellOf, freshProduce } from "../workbook/workbookFixtures";
import {
  catalog,
  clock,
  sampleRound,
  scoreAddress,
  scoredWorkbook,
  sheetWithKey,
  typeScores,
} from "./commandFixtures";

const round = sampleRound();
const criteria = criteriaOf(freshProduce());
const noon = clock("2024-10-15T12:00:00.000Z");
const later = clock("2024-10-15T15:30:00.000Z");

const auditLines = (grid: SheetGrid) => grid.values.filter((row) => row[0] === "audit-line");

describe("validateRound", () => {
  it("counts complete, incomplete and invalid entries per product and per member", async () => {
    const workbook = await scoredWorkbook();
    await typeScores(workbook, { P02: { M3: { [criteria[0].id]: null } } });
    await typeScores(workbook, { P02: { M2: { [criteria[1].id]: "hai" } } });
    const outcome = await validateRound(workbook, { catalog, now: noon });
    if (outcome.kind !== "validated") throw new Error(outcome.kind);
    expect(outcome.products).toEqual([
      { product: "P01", status: "scored", complete: 3, incomplete: 0, invalid: 0, absent: 0 },
      { product: "P02", status: "invalid", complete: 1, incomplete: 1, invalid: 1, absent: 0 },
      { product: "P03", status: "scored", complete: 2, incomplete: 0, invalid: 0, absent: 1 },
    ]);
    expect(outcome.members).toEqual([
      { member: "M1", complete: 3, incomplete: 0, invalid: 0, absent: 0 },
      { member: "M2", complete: 2, incomplete: 0, invalid: 1, absent: 0 },
      { member: "M3", complete: 1, incomplete: 1, invalid: 0, absent: 1 },
    ]);
    expect(outcome.totals).toEqual({ complete: 2, incomplete: 0, invalid: 1 });
  });

  it("names the cell of every entry problem once, and of a half-filled member's first gap", async () => {
    const workbook = await scoredWorkbook();
    await typeScores(workbook, { P02: { M2: { [criteria[1].id]: "2,5" }, M3: { [criteria[0].id]: null } } });
    const outcome = await validateRound(workbook, { catalog, now: noon });
    if (outcome.kind !== "validated") throw new Error(outcome.kind);
    const comma = await scoreAddress(workbook, "P02", "M2", criteria[1].id);
    const gap = await scoreAddress(workbook, "P02", "M3", criteria[0].id);
    const errors = outcome.issues.filter((i) => i.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({ code: "score-decimal-comma", ...comma }),
      expect.objectContaining({ code: "member-incomplete", member: "M3", ...gap }),
    ]);
  });

  it("locates a divergent member at their total on the product's sheet", async () => {
    const workbook = await scoredWorkbook(roundWithTotals({ P01: [50, 80, 80] }));
    const outcome = await validateRound(workbook, { catalog, now: noon });
    if (outcome.kind !== "validated") throw new Error(outcome.kind);
    const grid = await sheetWithKey(workbook, "criteria:P01");
    const { row, column } = cellOf(grid, "total", "member:M1");
    expect(outcome.issues.filter((i) => i.code === "member-divergent")).toEqual([
      expect.objectContaining({ member: "M1", sheet: grid.name, cell: cellAddress(row, column) }),
    ]);
  });

  it("names the Round sheet's level cell for a 26/2026 round at a district, and the date cell for a date outside the term", async () => {
    const workbook = await scoredWorkbook({
      ...round,
      criteriaVersion: "26/2026",
      products: [],
      scores: {},
      council: { level: "district", name: "Hội đồng huyện", date: "2026-04-01" },
    });
    const outcome = await validateRound(workbook, { catalog, now: noon });
    if (outcome.kind !== "validated") throw new Error(outcome.kind);
    const grid = await sheetWithKey(workbook, "round");
    const fieldCell = (field: string) => {
      const row = grid.values.findIndex((line) => line[0] === `field:${field}`);
      const column = grid.values[0].indexOf("col:value");
      return cellAddress(row, column);
    };
    expect(outcome.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "council-level-not-allowed",
          severity: "error",
          sheet: grid.name,
          cell: fieldCell("councilLevel"),
        }),
        expect.objectContaining({ code: "version-not-in-force", sheet: grid.name, cell: fieldCell("date") }),
      ]),
    );
  });

  it("appends one line to the log per run, leaving earlier lines as they were", async () => {
    const workbook = await scoredWorkbook();
    await validateRound(workbook, { catalog, now: noon });
    const first = auditLines(await sheetWithKey(workbook, "audit"));
    workbook.calls.readSheets = 0;
    workbook.calls.writeSheets = 0;
    await validateRound(workbook, { catalog, now: later });
    expect(workbook.calls).toMatchObject({ readSheets: 1, writeSheets: 1 });
    const lines = auditLines(await sheetWithKey(workbook, "audit"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(first[0]);
    expect(lines[1]).toContain("2024-10-15T15:30:00.000Z");
  });
});

describe("computeResults", () => {
  it("writes only the round's papers (result, annex, minutes, two lists) and the log", async () => {
    const workbook = await scoredWorkbook();
    const before = await workbook.readSheets();
    workbook.calls.readSheets = 0;
    const outcome = await computeResults(workbook, { catalog, now: noon });
    expect(outcome).toMatchObject({ kind: "computed", sheet: "Kết quả" });
    expect(workbook.calls).toMatchObject({ readSheets: 1, writeSheets: 1 });
    const after = await workbook.readSheets();
    for (const grid of before) expect(after.find((g) => g.name === grid.name)).toEqual(grid);
    expect(after.map((g) => g.name).filter((n) => !before.some((g) => g.name === n))).toEqual([
      "Kết quả",
      "Bảng điểm thành viên",
      "Biên bản họp Hội đồng",
      "Danh sách đề nghị công nhận",
      "Danh sách đề nghị cấp trên",
      "Nhật ký",
    ]);
  });

  it("gives an identical result sheet when run again on the same inputs, even later", async () => {
    const workbook = await scoredWorkbook();
    await computeResults(workbook, { catalog, now: noon });
    const first = await sheetWithKey(workbook, "result");
    const again = await computeResults(workbook, { catalog, now: later });
    expect(again).toMatchObject({ unchanged: true, computedAt: "2024-10-15T12:00:00.000Z" });
    expect(await sheetWithKey(workbook, "result")).toEqual(first);
  });

  it("stamps a new time and fingerprint once a score changes", async () => {
    const workbook = await scoredWorkbook();
    const first = await computeResults(workbook, { catalog, now: noon });
    const low = Math.min(...criteria[0].options.map((o) => o.points));
    const high = Math.max(...criteria[0].options.map((o) => o.points));
    const current = round.scores.P01.M1[criteria[0].id];
    await typeScores(workbook, { P01: { M1: { [criteria[0].id]: current === high ? low : high } } });
    const second = await computeResults(workbook, { catalog, now: later });
    if (first.kind !== "computed" || second.kind !== "computed") throw new Error("not computed");
    expect(second.unchanged).toBe(false);
    expect(second.computedAt).toBe("2024-10-15T15:30:00.000Z");
    expect(second.fingerprint).not.toBe(first.fingerprint);
  });

  it("lists products best first with the engine's averages, stars as glyphs and number, and the decision in words", async () => {
    const workbook = await scoredWorkbook();
    await computeResults(workbook, { catalog, now: noon });
    const grid = await sheetWithKey(workbook, "result");
    const expected = scoreRound({ ...round }, catalog);
    const rows = grid.values.filter((row) => String(row[0]).startsWith("product:"));
    expect(rows.map((row) => row[0])).toEqual(["product:P03", "product:P01", "product:P02"]);
    const averageColumn = grid.values[0].indexOf("col:average");
    const starsColumn = grid.values[0].indexOf("col:stars");
    const outcomeColumn = grid.values[0].indexOf("col:outcome");
    for (const row of rows) {
      const product = expected.products.find((p) => `product:${p.id}` === row[0])!;
      if (product.status !== "scored") throw new Error(`${product.id} not scored`);
      expect(row[averageColumn]).toBeCloseTo(product.score, 10);
      expect(row[starsColumn]).toBe(starLabel(product.stars, "vi"));
      expect(String(row[outcomeColumn]).length).toBeGreaterThan(0);
    }
    expect(String(rows[0][starsColumn])).toMatch(/^★+☆* \d sao$/);
    const text = grid.values.flat().map(String);
    expect(text).toContain("Không làm tròn");
    expect(text).toContain("1048/2019");
  });

  it("counts products per star level", async () => {
    const workbook = await scoredWorkbook();
    const outcome = await computeResults(workbook, { catalog, now: noon });
    if (outcome.kind !== "computed") throw new Error(outcome.kind);
    const grid = await sheetWithKey(workbook, "result");
    const counted = grid.values.filter((row) => String(row[0]).startsWith("count:"));
    const total = counted.reduce((sum, row) => sum + Number(row[3]), 0);
    expect(total).toBe(outcome.totals.complete);
  });
});
