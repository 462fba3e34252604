import { createHash } from "crypto";
import { mkdirSync, writeFileSync } from "fs";
import { readFile } from "fs/promises";
import { join } from "path";
import { computeResults, validateRound } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { Issue } from "../../src/domain";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { SheetGrid, WorkbookPort } from "../../src/workbook/port";
import { WorkbookFileError } from "../../src/xlsx/workbookFileError";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { badInputCases, placeOf, type BadInputCase, type Expected, type Place } from "./badInputs";
import { cellsOfSheets, editable, type Grids } from "./gridEdits";
import { commandOptions, validMemoryRound } from "./validRound";
import { XlsxFixtures } from "./xlsxFixtures";

/** What a case produced: the first issue with the expected code (or the file problem), and the checks. */
interface Outcome {
  readonly found?: { readonly code: string; readonly sheet?: string; readonly cell?: string };
  readonly issues: readonly Issue[];
  readonly p01Rated?: boolean;
  readonly p01Score?: number;
}

const catalog = shippedCatalog();
let base: readonly SheetGrid[];
let place: Place;
let files: XlsxFixtures;
let validScore: number | undefined;
const report: { case: BadInputCase; expected?: Expected; found?: Outcome["found"]; result: string }[] = [];

/** Validate, then compute, on the port; the cells of every sheet that was there before must not move. */
async function validateAndCompute(
  port: WorkbookPort,
): Promise<Outcome & { computeIssues: readonly Issue[]; before: object; after: object }> {
  const beforeGrids = await port.readSheets();
  const names = beforeGrids.map((g) => g.name);
  const before = cellsOfSheets(beforeGrids, names);
  const validated = await validateRound(port, commandOptions(catalog));
  const computed = await computeResults(port, commandOptions(catalog));
  if (validated.kind !== "validated" || computed.kind !== "computed")
    throw new Error("a command was aborted");
  const after = cellsOfSheets(await port.readSheets(), names);
  const p01 = computed.result.products.filter((p) => p.id === "P01");
  return {
    issues: validated.issues,
    p01Rated: p01.length > 0 && p01.some((p) => p.status === "scored"),
    p01Score: p01.find((p) => p.status === "scored")?.score,
    computeIssues: computed.issues,
    before,
    after,
  };
}

/** Runs a case: its workbook validated and computed, or its file refused with a file problem. */
async function run(
  testCase: BadInputCase,
): Promise<{ validate: readonly Issue[]; compute: readonly Issue[]; outcome: Outcome; built: Grids }> {
  if ("grids" in testCase.make) {
    const built = await testCase.make.grids(editable(base), place);
    const result = await validateAndCompute(MemoryWorkbook.fromGrids(built));
    expect(result.after).toEqual(result.before);
    return { validate: result.issues, compute: result.computeIssues, outcome: result, built };
  }
  const path = await testCase.make.file(files, place);
  const hashBefore = createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
  let port: XlsxWorkbook;
  try {
    port = await XlsxWorkbook.fromFile(path);
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return { validate: [], compute: [], outcome: { issues: [], found: { code: error.problem } }, built: [] };
  }
  const result = await validateAndCompute(port);
  expect(result.after).toEqual(result.before);
  // Validate and compute work on the workbook in memory: the council's file is never rewritten.
  expect(
    createHash("sha256")
      .update(await readFile(path))
      .digest("hex"),
  ).toBe(hashBefore);
  return { validate: result.issues, compute: result.computeIssues, outcome: result, built: [] };
}

/** The first issue with the expected code, as sheet and cell. */
function firstOf(issues: readonly Issue[], code: Expected["code"]): Outcome["found"] {
  const hit = issues.find((found) => found.code === code);
  return hit && { code: hit.code, sheet: hit.sheet, cell: hit.cell };
}

beforeAll(async () => {
  base = (await validMemoryRound(catalog)).grids;
  place = placeOf(base, catalog);
  files = await XlsxFixtures.create();
  const valid = await validateAndCompute(MemoryWorkbook.fromGrids(base));
  // The starting point is a clean round: any issue a case finds is the case's.
  expect(valid.issues).toEqual([]);
  expect(valid.p01Rated).toBe(true);
  validScore = valid.p01Score;
}, 60_000);

afterAll(async () => {
  await files?.dispose();
  writeReport();
});

describe("bad inputs: each names its issue, its sheet and cell, and changes no input cell", () => {
  it("covers at least 40 cases", () => {
    expect(badInputCases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(badInputCases.map((c) => c.name)).size).toBe(badInputCases.length);
  });

  it.each(badInputCases.map((c) => [`${c.group}: ${c.name}`, c] as const))(
    "%s",
    async (_, testCase) => {
      let expected: Expected | undefined;
      let found: Outcome["found"];
      try {
        const { validate, compute, outcome, built } = await run(testCase);
        // Expected cells are named from the workbook as the case left it.
        expected = testCase.expected(place, built);
        found = outcome.found ?? firstOf(validate, expected.code);
        // Compute says what validate says: the result sheet and the issue list never disagree.
        if (!outcome.found) expect(firstOf(compute, expected.code)).toEqual(found);
        if (expected.code === null) {
          expect(outcome.issues).toEqual([]);
          expect(outcome.p01Score).toBe(validScore);
        } else {
          expect(found).toEqual({ code: expected.code, sheet: expected.sheet, cell: expected.cell });
        }
        if (testCase.p01NotRated) expect(outcome.p01Rated).toBe(false);
        report.push({ case: testCase, expected, found, result: "pass" });
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        report.push({ case: testCase, expected, found, result: `FAIL: ${message}` });
        throw error;
      }
    },
    60_000,
  );
});

function writeReport(): void {
  const dir = join(__dirname, "..", "..", "test-results");
  mkdirSync(dir, { recursive: true });
  const escape = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const where = (at?: { sheet?: string; cell?: string }) =>
    at?.sheet ? `${at.sheet}${at.cell ? `!${at.cell}` : ""}` : "—";
  const order = new Map(badInputCases.map((c, i) => [c, i]));
  const rows = [...report]
    .sort((a, b) => (order.get(a.case) ?? 0) - (order.get(b.case) ?? 0))
    .map(
      (row) =>
        `| ${escape(`${row.case.group}: ${row.case.name}`)} | ${escape(row.case.input)} | ${
          row.expected?.code ?? (row.expected ? "none (reads as before)" : "?")
        } | ${escape(where(row.found))} | ${escape(row.result)} |`,
    );
  const passed = report.filter((row) => row.result === "pass").length;
  writeFileSync(
    join(dir, "reliability.md"),
    [
      "# Bad-input catalogue",
      "",
      `Written by \`npm test\` (test/reliability/badInputs.test.ts): ${passed} of ${report.length} cases pass.`,
      "Each case starts from a valid round (or file), is validated and computed, and must name the expected",
      "issue code with its sheet and cell, and leave every input cell as it was.",
      "",
      "| Case | Input | Expected code | Cell named | Result |",
      "|---|---|---|---|---|",
      ...rows,
      "",
    ].join("\n"),
  );
}
