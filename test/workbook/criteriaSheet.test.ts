import { pageCount } from "../../src/workbook/plan/pageCount";
import { allowedPoints, criteriaOf, DEFAULT_POLICY, type Member, type Policy } from "../../src/domain";
import { inRange, parseRange } from "../../src/workbook/cellAddress";
import { planCriteriaSheet } from "../../src/workbook/plan/criteriaSheet";
import { BANNED_FUNCTIONS } from "../../src/workbook/plan/nativeFormulas";
import type { PlannedCell, SheetPlan } from "../../src/workbook/plan/sheetPlan";
import { GridIndex } from "../../src/workbook/parse/gridIndex";
import { parseCriteriaSheet } from "../../src/workbook/parse/parseCriteriaSheet";
import type { SheetGrid } from "../../src/workbook/port";
import { bestBut, MINIMUM_OPTIONS_SET, MINIMUM_OPTIONS_VERSION } from "../fixtures/minimumOptions";
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

  it("prints on A4 at 100 % with the column header repeated, each member signing once in their own column", async () => {
    const plan = planFor();
    // Never shrunk to fit (issue 12: no text below 8 pt); wide councils print across pages instead.
    expect(plan.print).toMatchObject({ paper: "A4", fitToWidth: false });
    const [grid] = await gridsOf([plan]);
    const header = grid.values.findIndex((row) => row[0] === "header");
    expect(plan.print?.repeatRows).toBe(`${header + 1}:${header + 1}`);
    const signature = grid.values.findIndex((row) => row[0] === "signature");
    expect(grid.values.filter((row) => row[0] === "signature")).toHaveLength(1);
    expect(plan.rowHeights).toContainEqual({ row: signature, height: expect.any(Number) });
    // Each name once (the column header); no extra chair or secretary line.
    const texts = grid.values.flat().filter((value): value is string => typeof value === "string");
    for (const member of round.members)
      expect(texts.filter((text) => text.includes(member.name.replace(/^@/, "")))).toHaveLength(1);
    expect(texts.some((text) => /^(Chủ tịch|Thư ký) hội đồng/i.test(text))).toBe(false);
  });

  it("prints a council of 15 on landscape pages two wide, the code, criterion and points columns on each", () => {
    const council = (size: number) =>
      planFor(Array.from({ length: size }, (_, i) => ({ id: `M${i + 1}`, name: `Thành viên ${i + 1}` })))
        .print;
    expect(council(8)).toMatchObject({ orientation: "landscape" });
    expect(council(8)?.pagesWide ?? 1).toBe(1);
    expect(council(9)).toMatchObject({ orientation: "landscape", pagesWide: 2 });
    expect(council(16)).toMatchObject({ orientation: "landscape", pagesWide: 2 });
    const fifteen = Array.from({ length: 15 }, (_, i) => ({
      id: `M${i + 1}`,
      name: `Thành viên số ${i + 1}`,
    }));
    expect(planFor(fifteen).print).toMatchObject({
      orientation: "landscape",
      pagesWide: 2,
      repeatColumns: "B:E",
      pageOrder: "over-then-down",
    });
    expect(planFor(round.members.slice(0, 1)).print).toMatchObject({ orientation: "portrait" });
    expect(planFor().print?.pagesWide ?? 1).toBe(1);
  });

  it("names Times New Roman on every cell and sets the margins of an administrative paper", () => {
    const plan = planFor();
    const [base] = plan.formats;
    expect(base).toMatchObject({ range: "A1:" + base.range.split(":")[1], fontName: "Times New Roman" });
    const bottomRight = parseRange(base.range);
    expect(bottomRight.bottom).toBeGreaterThanOrEqual(plan.blocks[0].rows.length - 1);
    expect(
      plan.formats.every((format) => format.fontName === undefined || format.fontName === "Times New Roman"),
    ).toBe(true);
    expect(plan.print?.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(plan.print?.footer).toContain("Times New Roman");
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

describe("a 26/2026 criteria sheet", () => {
  const members = round.members;
  const plan26 = (extra: Partial<Parameters<typeof planCriteriaSheet>[0]> = {}) =>
    planCriteriaSheet({
      name: "Phiếu K1",
      product: { id: "K1", name: "Cam sành", productSet: "26-01" },
      set: MINIMUM_OPTIONS_SET,
      version: MINIMUM_OPTIONS_VERSION,
      members,
      policy: DEFAULT_POLICY,
      language: "vi",
      ...extra,
    });
  const texts = (grid: SheetGrid) =>
    grid.values.flat().filter((value): value is string => typeof value === "string");
  const rowText = (grid: SheetGrid, id: string, columnId: string) => {
    const { row, column } = cellOf(grid, id, columnId);
    return grid.values[row][column];
  };

  it("marks each minimum option ★★★ / ★★★★ / ★★★★★ beside its text", async () => {
    const [grid] = await gridsOf([plan26()]);
    const marks = grid.values
      .filter((row) => String(row[0]).startsWith("option:"))
      .flatMap((row) => (row[4] ? [[row[0], row[4]]] : []));
    expect(marks).toEqual([
      ["option:A.1.1:1", "★★★"],
      ["option:A.1.2:1", "★★★★"],
      ["option:B.1.1:2", "★★★★★"],
      ["option:C.1.2:1", "★★★"],
    ]);
    expect(texts(grid).some((text) => text.includes("yêu cầu tối thiểu phải đạt"))).toBe(true);
  });

  it("shows the decision's numbering beside our ids", async () => {
    const [grid] = await gridsOf([plan26()]);
    expect(rowText(grid, "criterion:A.1.1", "col:code")).toBe("A.1.1 (1.1)");
    expect(rowText(grid, "criterion:B.1.1", "col:code")).toBe("B.1.1 (4)");
  });

  it("prints a criterion's notes in an italic, wrapped row right under it", async () => {
    const plan = plan26();
    const [grid] = await gridsOf([plan]);
    const criterion = cellOf(grid, "criterion:A.1.2", "col:text").row;
    const note = cellOf(grid, "note:A.1.2", "col:text");
    expect(note.row).toBe(criterion + 1);
    expect(grid.values[note.row][note.column]).toBe(
      MINIMUM_OPTIONS_SET.parts[0].groups[0].criteria[1].notes!.join("\n"),
    );
    const address = `C${note.row + 1}`;
    expect(plan.formats.some((f) => f.range === address && f.italic)).toBe(true);
    expect(plan.formats.some((f) => f.range === address && f.wrap)).toBe(true);
    expect(plan.rowHeights).toContainEqual({ row: note.row, height: expect.any(Number) });
  });

  it("says where the decision prints no options: 0 is not met", async () => {
    const [grid] = await gridsOf([plan26()]);
    expect(rowText(grid, "note:A.1.3", "col:text")).toBe(
      "Quyết định không in phương án cho tiêu chí này: chấm 0 (không đạt) hoặc 10 (đạt).",
    );
  });

  it("prints the exclusion lines and the decision's misprints in the header, above the table", async () => {
    const [grid] = await gridsOf([plan26()]);
    const header = grid.values.findIndex((row) => row[0] === "header");
    const lines = grid.values.slice(0, header).map((row) => row[1]);
    for (const exclusion of MINIMUM_OPTIONS_SET.exclusion!)
      expect(lines).toContain(`Hồ sơ bị loại khi: ${exclusion}`);
    expect(
      lines.some((line) => String(line).includes("in sai tổng điểm") && String(line).includes("Phần B")),
    ).toBe(true);
  });

  it("keeps its minimum-option helpers in a hidden, locked column and caps the product's stars with them", async () => {
    const plan = plan26();
    const workbook = await workbookOf([plan]);
    const [grid] = await workbook.readSheets();
    const cap = grid.values[0].indexOf("col:cap");
    expect(plan.hiddenColumns).toContain(cap);
    const { row } = cellOf(grid, "criterion:A.1.2", "col:cap");
    expect(grid.formulas[row][cap]).toMatch(/^=IF\(SUM\(.*\)=0,5,MIN\(5,IF\(SUMIF\(.*<10,3,5\)\)\)$/);
    expect(grid.formulas[cellOf(grid, "criterion:B.1.2", "col:cap").row][cap]).toBeNull();
    expect(workbook.isEditable("Phiếu K1", `F${row + 1}`)).toBe(false);
    const stars = cellOf(grid, "product-stars", "col:points");
    expect(grid.formulas[stars.row][stars.column]).toContain(`MIN(F`);
    for (const formula of grid.formulas.flat().filter((f): f is string => typeof f === "string"))
      for (const banned of BANNED_FUNCTIONS) expect(formula).not.toMatch(new RegExp(`\\b${banned}\\(`));
  });

  it("under the every-member policy, compares each complete member rather than the mean", async () => {
    const policy = { ...DEFAULT_POLICY, minimumOptionReading: "every-member" } as Policy;
    const [grid] = await gridsOf([plan26({ policy })]);
    const { row, column } = cellOf(grid, "criterion:A.1.2", "col:cap");
    expect(grid.formulas[row][column]).toContain("SUMPRODUCT(");
    expect(texts(grid).some((text) => text.includes("mọi thành viên"))).toBe(true);
  });

  it("reads back as it was written: no issue from notes, marks or the helper column", async () => {
    const entries = { M1: bestBut(), M2: bestBut({ "A.1.1": 5 }) };
    const [grid] = await gridsOf([plan26({ entries })]);
    const reading = parseCriteriaSheet(new GridIndex(grid), MINIMUM_OPTIONS_SET, members);
    expect(reading.issues).toEqual([]);
    expect(reading.entries).toEqual(entries);
  });

  it("names a helper cell someone typed over, and a criterion row that lost only its id", async () => {
    const [grid] = await gridsOf([plan26({ entries: { M1: bestBut() } })]);
    const helper = cellOf(grid, "criterion:A.1.1", "col:cap");
    const lost = cellOf(grid, "criterion:B.1.1", "col:code");
    const edited = {
      ...grid,
      values: grid.values.map((line, r) =>
        line.map((value, c) =>
          r === helper.row && c === helper.column ? 5 : r === lost.row && c === 0 ? null : value,
        ),
      ),
      formulas: grid.formulas.map((line, r) =>
        line.map((formula, c) => (r === helper.row && c === helper.column ? null : formula)),
      ),
    };
    const issues = parseCriteriaSheet(new GridIndex(edited), MINIMUM_OPTIONS_SET, members).issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "formula-overwritten", cell: `F${helper.row + 1}` }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "criterion-row-missing",
        criterion: "B.1.1",
        cell: `B${lost.row + 1}`,
      }),
    );
  });
});

describe("a criteria sheet in English", () => {
  it("prints the 26/2026 lines and a member's copy in the round's language", async () => {
    const plan = planCriteriaSheet({
      name: "Sheet K1",
      product: { id: "K1", name: "Orange", productSet: "26-01" },
      set: MINIMUM_OPTIONS_SET,
      version: MINIMUM_OPTIONS_VERSION,
      members: round.members.slice(0, 1),
      policy: DEFAULT_POLICY,
      language: "en",
      memberCopy: true,
    });
    const [grid] = await gridsOf([plan]);
    const texts = grid.values.flat().filter((value): value is string => typeof value === "string");
    expect(texts).toEqual(expect.arrayContaining(["My score", "MY TOTAL", "EVALUATOR", "Minimum for stars"]));
    expect(texts.some((text) => text.startsWith("A dossier is excluded when: "))).toBe(true);
    expect(texts.some((text) => text.startsWith("The decision prints no options for this criterion"))).toBe(
      true,
    );
    // One page wide: its own page count, not Excel's count of the whole print job.
    expect(plan.print?.footer).toContain(`K1 — Page &P of ${pageCount(plan)}`);
  });
});
