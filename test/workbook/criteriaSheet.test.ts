import { allowedPoints, criteriaOf, DEFAULT_POLICY, type Member } from "../../src/domain";
import { inRange, parseRange } from "../../src/workbook/cellAddress";
import { planCriteriaSheet } from "../../src/workbook/plan/criteriaSheet";
import { BANNED_FUNCTIONS } from "../../src/workbook/plan/nativeFormulas";
import type { PlannedCell, SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { catalog, cellOf, gridsOf, sampleRound, workbookOf } from "./workbookFixtures";

const round = sampleRound();
const version = catalog.version("1048/2019")!;
const set = catalog.criteriaSet("1048/2019", "1048-01")!;
const planFor = (
  members: readonly Member[] = round.members,
  extra: Partial<Parameters<typeof planCriteriaSheet>[0]> = {},
) =>
  planCriteriaSheet({
    name: "Phiếu P01",
    product: round.products[0],
    set,
    version,
    members,
    entries: round.scores.P01,
    policy: DEFAULT_POLICY,
    language: "vi",
    ...extra,
  });

function cells(plan: SheetPlan): PlannedCell[] {
  return plan.blocks.flatMap((block) => block.rows.flat());
}
const formulas = (plan: SheetPlan) =>
  cells(plan).flatMap((cell) => ("formula" in cell ? [cell.formula] : []));

describe("criteria sheet plan", () => {
  it("offers on each member's score cell a drop-down of exactly that criterion's allowed points", async () => {
    const plan = planFor();
    const [grid] = await gridsOf([plan]);
    for (const criterion of criteriaOf(set))
      for (const member of round.members) {
        const { row, column } = cellOf(grid, `criterion:${criterion.id}`, `member:${member.id}`);
        const validation = plan.validations.find((v) => inRange(parseRange(v.range), row, column));
        expect(validation?.list).toEqual(allowedPoints(criterion));
      }
  });

  it("computes subtotals, totals, stars and the product's average with native formulas only", () => {
    const all = formulas(planFor());
    expect(all.some((f) => f.includes("SUM("))).toBe(true);
    expect(all.some((f) => f.includes("LOOKUP("))).toBe(true);
    expect(all.some((f) => f.includes("SUMIF("))).toBe(true);
    for (const formula of all)
      for (const banned of BANNED_FUNCTIONS) expect(formula).not.toMatch(new RegExp(`\\b${banned}\\(`));
  });

  it("bands the stars on the version's own star bands", () => {
    const stars = formulas(planFor()).filter((f) => f.includes("LOOKUP("));
    const bounds = version.starBands.map((b) => b.minScore).join(",");
    expect(stars.every((f) => f.includes(`{${bounds}}`))).toBe(true);
  });

  it("rounds the average before banding only when the round's policy says so", () => {
    const none = formulas(planFor()).join(" ");
    const whole = formulas(
      planFor(round.members, { policy: { ...DEFAULT_POLICY, rounding: "integer-half-up" } }),
    ).join(" ");
    expect(none).not.toContain("ROUND(");
    expect(whole).toContain("ROUND(");
  });

  it("writes a product named =1+1 and a producer +84… as text values, never as formulas", async () => {
    const plan = planFor();
    const texts = cells(plan).flatMap((cell) =>
      "value" in cell && typeof cell.value === "string" ? [cell.value] : [],
    );
    expect(texts.some((t) => t.includes("=1+1"))).toBe(true);
    expect(texts.some((t) => t.endsWith("+84 912 345 678"))).toBe(true);
    expect(formulas(plan).some((f) => f.includes("1+1") || f.includes("+84"))).toBe(false);
    const workbook = await workbookOf([plan]);
    for (const address of ["B3", "B4"]) expect(workbook.formula("Phiếu P01", address)).toBeNull();
  });

  it("lets users type only into score cells once the sheet is protected", async () => {
    const plan = planFor();
    expect(plan.protect).toBe(true);
    const workbook = await workbookOf([plan]);
    const [grid] = await workbook.readSheets();
    const score = cellOf(grid, `criterion:${criteriaOf(set)[0].id}`, "member:M2");
    const total = cellOf(grid, "total", "member:M2");
    expect(
      workbook.isEditable("Phiếu P01", `${String.fromCharCode(65 + score.column)}${score.row + 1}`),
    ).toBe(true);
    expect(
      workbook.isEditable("Phiếu P01", `${String.fromCharCode(65 + total.column)}${total.row + 1}`),
    ).toBe(false);
    expect(workbook.isEditable("Phiếu P01", "C9")).toBe(false);
  });

  it("in a member's copy, leaves only that member's column editable", async () => {
    const plan = planFor(round.members, { editableMembers: ["M2"] });
    const workbook = await workbookOf([plan]);
    const [grid] = await workbook.readSheets();
    const letter = (column: number) => String.fromCharCode(65 + column);
    const first = criteriaOf(set)[0].id;
    const mine = cellOf(grid, `criterion:${first}`, "member:M2");
    const theirs = cellOf(grid, `criterion:${first}`, "member:M1");
    expect(workbook.isEditable("Phiếu P01", `${letter(mine.column)}${mine.row + 1}`)).toBe(true);
    expect(workbook.isEditable("Phiếu P01", `${letter(theirs.column)}${theirs.row + 1}`)).toBe(false);
  });

  it("prints on A4 with the column header repeated and a signature line per member, the chair and the secretary", async () => {
    const plan = planFor();
    expect(plan.print).toMatchObject({ paper: "A4", fitToWidth: true });
    const [grid] = await gridsOf([plan]);
    const header = grid.values.findIndex((row) => row[0] === "header");
    expect(plan.print?.repeatRows).toBe(`${header + 1}:${header + 1}`);
    const signatureLines = grid.values.filter((row) => row[0] === "signature").length;
    // one title line, then one per member, chair and secretary
    expect(signatureLines).toBe(1 + round.members.length + 2);
  });

  it("marks required criteria with (*) on the sheet", async () => {
    const synthetic = catalog.version("synthetic/2099")!;
    const requiredSet = catalog.criteriaSet("synthetic/2099", "SYN-02")!;
    const plan = planCriteriaSheet({
      name: "Phiếu S",
      product: { id: "S1", name: "S", productSet: "SYN-02" },
      set: requiredSet,
      version: synthetic,
      members: round.members,
      policy: DEFAULT_POLICY,
      language: "vi",
    });
    const [grid] = await gridsOf([plan]);
    const required = grid.values[0].indexOf("col:required");
    const marked = grid.values.filter((row) => row[required] === "(*)").map((row) => row[0]);
    expect(marked).toEqual(
      criteriaOf(requiredSet)
        .filter((c) => c.required)
        .map((c) => `criterion:${c.id}`),
    );
    expect(formulas(plan).some((f) => f.includes("MIN(") && f.includes(",2,5)"))).toBe(true);
  });

  it("keeps the entries it is given, even ones that are not valid scores", async () => {
    const first = criteriaOf(set)[0].id;
    const plan = planFor(round.members, { entries: { M1: { [first]: "2,5" } } });
    const [grid] = await gridsOf([plan]);
    const { row, column } = cellOf(grid, `criterion:${first}`, "member:M1");
    expect(grid.values[row][column]).toBe("2,5");
  });
});
