/**
 * Browser tests of the task pane (npm run test:e2e): builds the production bundle, serves it on localhost
 * and drives it in Chromium with the Office host replaced by the in-memory workbook (?host=memory). A
 * secretary's whole round is scripted in Vietnamese and English at 320 and 450 px, then decisions' tables
 * pasted into Bộ tiêu chí sheets (pasteCriteriaSet.ts); each screen is checked with axe-core and saved as a
 * screenshot under test-results/.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Language } from "../../src/i18n";
import { starsText } from "../../src/workbook/plan/resultSheet";
import { uiText, type UiText } from "../../src/i18n/ui";
import { SAMPLE_PRODUCTS } from "../../src/taskpane/host/sampleWorkbook";
import { seriousViolations, type AxeFinding } from "./axeCheck";
import { cellByIds, readGrids, selectedCell, setCell, typeEntries } from "./browserWorkbook";
import { entriesWithSlips, expectedResults, intendedEntries, MEMBERS, PLANTED } from "./secretaryRound";
import { serveDist } from "./serveDist";
import { launchChromium } from "./launchChromium";
import { fillCopyCell } from "./memberCopy";
import { paste1048, paste2026 } from "./pasteCriteriaSet";
import { workbookText } from "./workbookText";
import { nextRoundPaneText } from "../../src/i18n/chainText";

const ROOT = resolve(__dirname, "..", "..");
const RESULTS = join(ROOT, "test-results");
const WIDTHS = [320, 450] as const;
const LANGUAGES: readonly Language[] = ["vi", "en"];

function build(): string {
  if (process.env.E2E_DIST) return resolve(process.env.E2E_DIST);
  const out = join(tmpdir(), "ocop-e2e-dist");
  console.log(`building the production bundle into ${out} …`);
  const run = spawnSync("npx", ["webpack", "--mode", "production", "--env", `outputPath=${out}`], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (run.status !== 0) throw new Error("webpack build failed");
  return out;
}

interface Run {
  readonly page: Page;
  readonly text: UiText;
  readonly language: Language;
  readonly width: number;
  readonly axe: { screen: string; findings: readonly AxeFinding[] }[];
}

async function checkScreen(run: Run, screen: string): Promise<void> {
  // Fluent's tab indicator and message bars animate in; let them settle for a tidy picture.
  await run.page.waitForTimeout(300);
  await run.page.screenshot({
    path: join(RESULTS, `${screen}-${run.language}-${run.width}.png`),
    fullPage: true,
  });
  run.axe.push({ screen, findings: await seriousViolations(run.page) });
  const overflow = await run.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(
    overflow <= 0,
    `${screen} (${run.language}, ${run.width}px) is ${overflow}px wider than the pane`,
  );
}

/** A tab, or at 320 px perhaps the same step in the "more steps" menu (Fluent's overflow). */
async function openTab(run: Run, name: string): Promise<void> {
  const tab = run.page.getByRole("tab", { name });
  if (await tab.isVisible()) await tab.click();
  else {
    await run.page.getByRole("button", { name: run.text.nav.more }).click();
    await run.page.locator("#more-steps").getByRole("button", { name, exact: true }).click();
  }
  await run.page.getByRole("heading", { level: 2 }).first().waitFor();
}

/** The steps read as one control: every tab shown, and the "more" button, sit on one row. */
async function assertTabsOnOneRow(run: Run): Promise<void> {
  const tops = await run.page.evaluate(() =>
    [...document.querySelectorAll('nav [role="tab"], nav button')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => Math.round(el.getBoundingClientRect().top)),
  );
  assert.ok(tops.length >= 2, "the steps are shown");
  assert.ok(
    Math.max(...tops) - Math.min(...tops) <= 4,
    `the tabs wrap onto more than one row at ${run.width}px (${run.language}): tops ${tops.join(", ")}`,
  );
}

async function secretaryRound(run: Run): Promise<void> {
  const { page, text } = run;
  await page.getByRole("heading", { level: 1, name: text.appTitle }).waitFor();
  await assertTabsOnOneRow(run);

  // 0. Computing before any round is set up stops and says what to do first.
  await openTab(run, text.nav.compute);
  await page.getByRole("button", { name: text.compute.run, exact: true }).click();
  await page.getByText(text.compute.noRound).waitFor();
  await checkScreen(run, "0-compute-no-round");
  await openTab(run, text.nav.setup);

  // 1. Setup: products come from the Products sheet the council filled; members are typed in.
  await page.getByRole("button", { name: text.setup.submit }).waitFor();
  await page.getByLabel(text.setup.version, { exact: false }).first().selectOption("1048/2019");
  await page.getByRole("textbox", { name: text.setup.councilName }).fill("Hội đồng OCOP huyện Chợ Mới");
  await page.getByRole("textbox", { name: text.setup.members }).fill(MEMBERS.map((m) => m.line).join("\n"));
  await checkScreen(run, "1-setup");
  await page.getByRole("button", { name: text.setup.submit }).click();
  await page.getByText(text.setup.done(SAMPLE_PRODUCTS.length, MEMBERS.length, 0)).waitFor();
  await page.getByRole("button", { name: text.setup.insertCriteria }).click();
  await page.getByText(text.setup.inserted(SAMPLE_PRODUCTS.length)).waitFor();
  await checkScreen(run, "2-setup-done");

  // The first validate, before anyone scored: progress, not errors.
  await openTab(run, text.nav.validate);
  await page.getByRole("button", { name: text.validate.run, exact: true }).click();
  await page.getByText(text.validate.progress(0, SAMPLE_PRODUCTS.length)).waitFor();
  assert.equal(await page.getByRole("alert").count(), 0, "a fresh round shows no error");
  await checkScreen(run, "2-validate-fresh");

  // 2. Members fill their columns, with two slips.
  const typed = await typeEntries(page, entriesWithSlips());
  assert.ok(typed > 0, "no score cell was found to type into");

  // 3. Validate shows both slips, each on its sheet and cell; clicking one selects that cell.
  await openTab(run, text.nav.validate);
  await page.getByRole("button", { name: text.validate.run, exact: true }).click();
  const blankIssue = page
    .getByRole("button")
    .filter({ hasText: `${PLANTED.blank.product}` })
    .filter({ hasText: PLANTED.blank.member })
    .first();
  await blankIssue.waitFor();
  const notAllowed = page
    .getByRole("button")
    .filter({ hasText: String(PLANTED.notAllowed.value) })
    .first();
  await notAllowed.waitFor();
  await checkScreen(run, "3-validate-issues");
  // From the keyboard: the issue is a real button, so focus plus Enter selects its cell.
  await notAllowed.focus();
  await page.keyboard.press("Enter");
  const selected = await selectedCell(page);
  const grids = await readGrids(page);
  const sheet = grids.find((g) => g.values[0]?.[0] === `ocop:criteria:${PLANTED.notAllowed.product}`);
  assert.ok(sheet, "the criteria sheet of the planted invalid entry exists");
  const planted = cellByIds(
    sheet,
    `criterion:${PLANTED.notAllowed.criterion}`,
    `member:${PLANTED.notAllowed.member}`,
  );
  assert.deepEqual(
    selected,
    { sheet: sheet.name, cell: planted?.address },
    "clicking the issue selects its cell",
  );

  // 4. Member view: the member with the blank sees the product and jumps to the empty cell.
  await openTab(run, text.nav.member);
  await page
    .getByRole("combobox", { name: text.member.choose, exact: true })
    .selectOption(PLANTED.blank.member);
  await page.getByRole("button", { name: text.member.nextEmpty }).click();
  const blankSheet = grids.find((g) => g.values[0]?.[0] === `ocop:criteria:${PLANTED.blank.product}`);
  assert.ok(blankSheet);
  const blankCell = cellByIds(
    blankSheet,
    `criterion:${PLANTED.blank.criterion}`,
    `member:${PLANTED.blank.member}`,
  );
  assert.deepEqual(await selectedCell(page), { sheet: blankSheet.name, cell: blankCell?.address });
  await checkScreen(run, "4-member");

  // The member fills the empty cell in their own copy instead; the secretary imports it back.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: text.member.exportCopy }).click(),
  ]);
  const copyPath = join(RESULTS, `copy-${run.language}-${run.width}.xlsx`);
  await download.saveAs(copyPath);
  const intended = intendedEntries()[PLANTED.blank.product][PLANTED.blank.member][PLANTED.blank.criterion];
  await fillCopyCell(copyPath, PLANTED.blank, intended);
  // The secretary imports it on the Setup tab, through the pane's own button.
  await openTab(run, text.nav.setup);
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: text.member.importCopies }).click(),
  ]);
  await chooser.setFiles(copyPath);
  await page.getByText(text.member.imported(1, 1)).waitFor();
  const imported = (await readGrids(page)).find((g) => g.name === blankSheet.name);
  assert.ok(imported);
  assert.equal(
    cellByIds(imported, `criterion:${PLANTED.blank.criterion}`, `member:${PLANTED.blank.member}`)?.value,
    intended,
    "the score typed in the member's copy reached the shared workbook",
  );
  await checkScreen(run, "4-setup-imported");

  // 5. Fix the slips; validate finds no error left.
  await typeEntries(page, intendedEntries());
  await openTab(run, text.nav.validate);
  await page.getByRole("button", { name: text.validate.run, exact: true }).click();
  const noErrors = new RegExp(
    `^${text.validate.summary(0, 9999).replace("9999", "\\d+")}$|^${text.validate.allClear}$`,
  );
  await page.getByText(noErrors).waitFor();
  await checkScreen(run, "5-validate-clean");

  // 6. Compute: the summary, then the workbook's result sheet agrees with the engine product by product.
  await openTab(run, text.nav.compute);
  await page.getByRole("button", { name: text.compute.run, exact: true }).click();
  await page.getByRole("button", { name: text.compute.goToResult }).waitFor();
  await checkScreen(run, "6-compute-summary");
  const expected = expectedResults();
  const result = (await readGrids(page)).find((g) => g.values[0]?.[0] === "ocop:result");
  assert.ok(result, "compute wrote a result sheet");
  for (const [product, want] of Object.entries(expected)) {
    const average = cellByIds(result, `product:${product}`, "col:average");
    const stars = cellByIds(result, `product:${product}`, "col:stars");
    assert.ok(average && typeof average.value === "number", `${product} has an average`);
    assert.ok(Math.abs(average.value - want.score) < 1e-9, `${product}: ${average.value} ≠ ${want.score}`);
    // The workbook was set up from a pane in this language, so its sheets speak it too; 1–2 stars are
    // "Không đạt" on the signed result (stars print only where they count).
    assert.equal(stars?.value, starsText(want.stars, run.language));
  }
  await page.getByRole("button", { name: text.compute.goToResult }).click();
  assert.equal((await selectedCell(page))?.sheet, result.name);

  // 7. Someone types over the result sheet: computing again asks first, then replaces it.
  const edited = cellByIds(result, `product:P01`, "col:average");
  assert.ok(edited);
  await setCell(page, result.name, edited.address, 12.5);
  await page.getByRole("button", { name: text.compute.run, exact: true }).click();
  await page.getByRole("alertdialog").waitFor();
  await checkScreen(run, "7-compute-confirm");
  await page.getByRole("button", { name: text.compute.confirmReplace }).click();
  await page.getByRole("button", { name: text.compute.goToResult }).waitFor();
  const after = (await readGrids(page)).find((g) => g.name === result.name);
  assert.ok(after);
  assert.equal(cellByIds(after, "product:P01", "col:average")?.value, expected.P01.score);

  // 7b. "Tạo đợt cấp trên": the next level's round as a file, holding exactly the products sent up.
  const next = nextRoundPaneText(run.language);
  const [nextFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: next.run, exact: true }).click(),
  ]);
  const nextPath = join(RESULTS, `next-level-${run.language}-${run.width}.xlsx`);
  await nextFile.saveAs(nextPath);
  const forwarded = SAMPLE_PRODUCTS.filter((p) => expected[p.id].stars >= 3);
  await page.getByText(next.downloaded(forwarded.length, nextFile.suggestedFilename())).waitFor();
  await checkScreen(run, "7b-next-level-round");
  const cells = [...(await workbookText(nextPath)).values()].flat();
  for (const product of SAMPLE_PRODUCTS)
    assert.equal(cells.includes(product.name), forwarded.includes(product), `${product.name} sent up or not`);

  // 8. Settings: round rules saved on the Round sheet, criteria shipped, language switch.
  await openTab(run, text.nav.settings);
  await page
    .getByRole("textbox", { name: text.settings.minMembers })
    .or(page.getByRole("spinbutton", { name: text.settings.minMembers }))
    .fill("2");
  await page.getByRole("button", { name: text.settings.save }).click();
  await page.getByText(text.settings.saved).waitFor();
  await checkScreen(run, "8-settings");
  const roundSheet = (await readGrids(page)).find((g) => g.values[0]?.[0] === "ocop:round");
  assert.ok(roundSheet);
  const minMembers = roundSheet.values.find((row) => row[0] === "field:minMembers");
  assert.ok(minMembers?.includes(2), "the minimum members is stored on the Round sheet");
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const dist = build();
  const failures: string[] = [];
  const runs = LANGUAGES.length * WIDTHS.length;
  // The pane's first script (React, Fluent UI, the screens); the engine and exceljs load as chunks.
  const initial = gzipSync(readFileSync(join(dist, "taskpane.js"))).length;
  console.log(`taskpane.js: ${(initial / 1024).toFixed(1)} KB gzipped`);
  if (initial > 200 * 1024) failures.push(`taskpane.js is ${initial} bytes gzipped, over the 200 KB budget`);
  const server = await serveDist(dist);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    for (const language of LANGUAGES)
      for (const width of WIDTHS) {
        const label = `${language} ${width}px`;
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          locale: language === "vi" ? "vi-VN" : "en-US",
        });
        // tsx compiles with esbuild's keepNames, which wraps functions passed to page.evaluate in __name().
        await context.addInitScript("window.__name = (fn) => fn;");
        const errors: string[] = [];
        // No network: office.js from the CDN fails fast, as it would offline, and the pane runs in memory.
        await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
        const openPane = async (): Promise<Page> => {
          const opened = await context.newPage();
          opened.on("pageerror", (error) => errors.push(error.message));
          await opened.goto(`${server.url}/taskpane.html?host=memory&lang=${language}`);
          return opened;
        };
        let page = await openPane();
        const run: Run = { page, text: uiText(language), language, width, axe: [] };
        try {
          await secretaryRound(run);
          // Each paste starts from a fresh pane over the sample workbook, as a new round would.
          for (const paste of [paste1048, paste2026]) {
            page = await openPane();
            const pasteRun: Run = { ...run, page };
            await paste({
              ...pasteRun,
              checkScreen: (screen) => checkScreen(pasteRun, screen),
              openTab: (name) => openTab(pasteRun, name),
            });
          }
          const serious = run.axe.flatMap((a) =>
            a.findings.map((f) => `${a.screen}: ${f.id} (${f.impact}) ${f.help} → ${f.targets.join(", ")}`),
          );
          if (serious.length > 0) failures.push(`${label}: axe found\n  ${serious.join("\n  ")}`);
          const paneErrors = errors;
          if (paneErrors.length > 0) failures.push(`${label}: page errors: ${paneErrors.join("; ")}`);
          console.log(
            `${serious.length === 0 && paneErrors.length === 0 ? "✓" : "✕"} secretary's round and pasted sets, ${label}`,
          );
        } catch (error) {
          await page
            .screenshot({ path: join(RESULTS, `failure-${language}-${width}.png`), fullPage: true })
            .catch(() => undefined);
          failures.push(
            `${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
          console.log(`✕ secretary's round and pasted sets, ${label}`);
        } finally {
          await context.close();
        }
      }
  } finally {
    await browser?.close();
    await server.close();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.join("\n\n")}`);
    process.exitCode = 1;
  } else console.log(`\nall browser checks passed; screenshots in ${RESULTS}`);
  // The plain closing line CI reads: one run per language and width.
  const failedRuns = new Set(failures.map((failure) => failure.split(":")[0])).size;
  console.log(`e2e: ${runs - failedRuns} passed, ${failedRuns} failed`);
}

void main();
