import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { criteriaOf, type Issue } from "../../src/domain";
import { describeIssue, type Language } from "../../src/i18n";
import { addCriteriaSetText } from "../../src/i18n/ui/addCriteriaSetText";
import type { UiText } from "../../src/i18n/ui";
import { sheetKey } from "../../src/workbook/hiddenIds";
import { cellAddress } from "../../src/workbook/cellAddress";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { tsvRows } from "../../src/workbook/parse/pastedTable/readPastedTable";
import { CRITERIA_SET_HEADER_ROW } from "../../src/workbook/plan/criteriaSetSheet";
import type { SheetGrid } from "../../src/workbook/port";
import { SAMPLE_PRODUCTS } from "../../src/taskpane/host/sampleWorkbook";
import {
  comparable,
  comparableDocument,
  pointsById,
  renderTwoColumnTable,
  type SetDocument,
} from "../workbook/pastedTable/pastedFixtures";
import { pasteCells, readGrids, selectedCell, setCell } from "./browserWorkbook";
import { MEMBERS } from "./secretaryRound";

/** What the paste scenarios need from the runner: the page, its words, and its two step helpers. */
export interface PasteRun {
  readonly page: Page;
  readonly text: UiText;
  readonly language: Language;
  checkScreen(screen: string): Promise<void>;
  openTab(name: string): Promise<void>;
}

const ROOT = join(__dirname, "..", "..");
const catalog = shippedCatalog();
/** The paste's first cell: column B of the row under the Bộ tiêu chí header (column A holds hidden ids). */
const landed = (row: number, column: number) => cellAddress(CRITERIA_SET_HEADER_ROW + 1 + row, 1 + column);

/** 1048-01's table pasted from the decision's Word copy (../shared/ocop/criteria/pasted). */
const table1048 = () => tsvRows(readFileSync(join(ROOT, "test/fixtures/pasted/1048-01.tsv"), "utf8"));

/**
 * "Thêm bộ tiêu chí" for 1048-01 left blank, the decision's table pasted into it as Excel lays a Word table
 * out, then "Tạo phiếu đánh giá": every product's Phiếu comes from the pasted set, whose option points are
 * the shipped set's. Then a points cell deleted: validating names the sheet and cell and changes nothing.
 */
export async function paste1048(run: PasteRun): Promise<void> {
  const { page, text } = run;
  await setUpRound(run, "1048/2019");
  const sheet = await addBlankSet(run, "1048-01");
  await run.checkScreen("9a-paste-sheet-added");

  await pasteCells(page, sheet, pasteOf(table1048()));
  await page.getByRole("button", { name: text.setup.insertCriteria }).click();
  await page.getByText(text.setup.inserted(SAMPLE_PRODUCTS.length)).waitFor();
  await run.checkScreen("9b-paste-criteria-sheets");
  const reading = parseWorkbook(await readGrids(page), catalog);
  assert.deepEqual(
    reading.issues.filter((found) => found.sheet === sheet),
    [],
    "the pasted 1048-01 table reads",
  );
  const pasted = reading.catalog.criteriaSet("1048/2019", "1048-01");
  assert.ok(
    pasted && pasted.source.startsWith(`${sheet}:`),
    "the round's 1048-01 is the set pasted in the workbook",
  );
  assert.deepEqual(pointsById(pasted.parts), pointsById(catalog.criteriaSet("1048/2019", "1048-01")!.parts));
  for (const product of SAMPLE_PRODUCTS)
    assert.deepEqual(
      Object.keys(reading.layout.criteria[product.id]?.criterionRows ?? {}),
      criteriaOf(pasted).map((c) => c.id),
      `${product.id}'s Phiếu lists the pasted set's criteria`,
    );

  // 6.2's option "Phù hợp" loses its "5 Điểm" (file row 130): refused at the option's cell, nothing written.
  await setCell(page, sheet, landed(129, 1), null);
  const before = await readGrids(page);
  await run.openTab(text.nav.validate);
  await page.getByRole("button", { name: text.validate.run, exact: true }).click();
  const refused: Issue = {
    code: "pasted-option-without-points",
    severity: "error",
    sheet,
    cell: landed(129, 0),
  };
  const issue = page.getByRole("button").filter({ hasText: describeIssue(refused, run.language).fix });
  await issue.waitFor();
  await run.checkScreen("9c-paste-refused");
  await issue.click();
  assert.deepEqual(await selectedCell(page), { sheet, cell: refused.cell }, "the issue names its cell");
  assert.deepEqual(
    changedCells(before, await readGrids(page)),
    [],
    "validating a refused paste changes no cell",
  );
}

/**
 * "Sheet!B12: before → after" for every cell that differs, and sheets added or taken away; validating
 * appends a line to the add-in's own log (Nhật ký), which is the one sheet it may add.
 */
function changedCells(before: readonly SheetGrid[], after: readonly SheetGrid[]): string[] {
  const changes: string[] = [];
  const isLog = (grid: SheetGrid) => grid.values[0]?.[0] === `ocop:${sheetKey.audit}`;
  const names = new Set([...before, ...after.filter((grid) => !isLog(grid))].map((grid) => grid.name));
  for (const name of names) {
    const was = before.find((grid) => grid.name === name)?.values;
    const now = after.find((grid) => grid.name === name)?.values;
    if (!was || !now) {
      changes.push(`${name}: ${was ? "deleted" : "added"}`);
      continue;
    }
    for (let row = 0; row < Math.max(was.length, now.length); row += 1)
      for (let column = 0; column < Math.max(was[row]?.length ?? 0, now[row]?.length ?? 0); column += 1) {
        const [a, b] = [was[row]?.[column] ?? null, now[row]?.[column] ?? null];
        if (a !== b) changes.push(`${name}!${cellAddress(row, column)}: ${String(a)} → ${String(b)}`);
      }
  }
  return changes;
}

/**
 * 26/2026 prints its tables in two columns ("Các tiêu chí | Thang điểm"): 26-01's, rendered from the shipped
 * set, pasted into a blank Bộ tiêu chí sheet, reads back exactly, and products named "Rau, củ, quả, hạt
 * tươi" on the Products sheet get their Phiếu from it.
 */
export async function paste2026(run: PasteRun): Promise<void> {
  const { page, text } = run;
  const doc = JSON.parse(
    readFileSync(join(ROOT, "src/criteria/26-2026/rau-cu-qua-hat-tuoi.json"), "utf8"),
  ) as SetDocument;
  await nameProductSets(page, doc.productSet.name);
  await setUpRound(run, "26/2026", "province");
  const sheet = await addBlankSet(run, "26-01");
  await pasteCells(page, sheet, pasteOf(renderTwoColumnTable(doc)));
  await page.getByRole("button", { name: text.setup.insertCriteria }).click();
  await page.getByText(text.setup.inserted(SAMPLE_PRODUCTS.length)).waitFor();
  await run.checkScreen("9d-paste-two-columns");
  const reading = parseWorkbook(await readGrids(page), catalog);
  assert.deepEqual(reading.issues, [], "the two-column 26/2026 paste and the round read without issues");
  const pasted = reading.catalog.criteriaSet("26/2026", "26-01");
  assert.ok(
    pasted && pasted.source.startsWith(`${sheet}:`),
    "the round's 26-01 is the set pasted in the workbook",
  );
  assert.deepEqual(comparable(pasted), comparableDocument(doc), "26-01 reads back exactly");
  assert.deepEqual(
    reading.round.products.map((p) => p.productSet),
    SAMPLE_PRODUCTS.map(() => "26-01"),
    "a set's name typed on the Products sheet is read as its code",
  );
}

async function setUpRound(run: PasteRun, version: string, level?: string): Promise<void> {
  const { page, text } = run;
  await page.getByRole("heading", { level: 1, name: text.appTitle }).waitFor();
  await page.getByRole("button", { name: text.setup.submit }).waitFor();
  await page.getByLabel(text.setup.version, { exact: false }).first().selectOption(version);
  if (level) await page.getByLabel(text.setup.level).selectOption(level);
  await page.getByRole("textbox", { name: text.setup.councilName }).fill("Hội đồng OCOP tỉnh An Giang");
  await page.getByRole("textbox", { name: text.setup.members }).fill(MEMBERS.map((m) => m.line).join("\n"));
  await page.getByRole("button", { name: text.setup.submit }).click();
  await page.getByText(text.setup.done(SAMPLE_PRODUCTS.length, MEMBERS.length, 0)).waitFor();
}

/** "Thêm bộ tiêu chí" with the set chosen and nothing pre-filled; the name of the sheet it made. */
async function addBlankSet(run: PasteRun, code: string): Promise<string> {
  const { page } = run;
  const words = addCriteriaSetText(run.language);
  await page.getByRole("combobox", { name: words.setLabel, exact: true }).selectOption(code);
  await page.getByRole("button", { name: words.add, exact: true }).click();
  let grid: SheetGrid | undefined;
  for (let tries = 0; !grid && tries < 50; tries += 1) {
    grid = (await readGrids(page)).find((g) => g.values[0]?.[0] === `ocop:${sheetKey.criteriaSet(code)}`);
    if (!grid) await page.waitForTimeout(100);
  }
  assert.ok(grid, `a Bộ tiêu chí sheet for ${code} was added`);
  await page.getByText(words.pasteHint(grid.name)).waitFor();
  return grid.name;
}

/**
 * A table's cells as Excel pastes them at the first cell under the header: text stays text, a cell that
 * is only a number becomes a number, an empty cell stays empty.
 */
function pasteOf(rows: readonly (readonly string[])[]): [string, string | number][] {
  return rows.flatMap((cells, r) =>
    cells.flatMap((value, c): [string, string | number][] =>
      value === "" ? [] : [[landed(r, c), /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value]],
    ),
  );
}

/** The secretary types a set's name (not its code) into every product's product-set cell. */
async function nameProductSets(page: Page, name: string): Promise<void> {
  const products = (await readGrids(page)).find((g) => g.values[0]?.[0] === `ocop:${sheetKey.products}`);
  assert.ok(products, "the sample workbook has a Products sheet");
  const column = products.values[0].indexOf("col:productSet");
  for (const product of SAMPLE_PRODUCTS) {
    const row = products.values.findIndex((line) => line[1] === product.id);
    await setCell(page, products.name, cellAddress(row, column), name);
  }
}
