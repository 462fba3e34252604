/**
 * `npm run bench [-- --json] [-- --runs N] [-- --only GROUP[,GROUP…]]`: the project's figures, each the
 * median of several runs. Prints a table; with --json also writes bench-results.json, but only when every
 * group ran: a file mixing figures from different runs (and machine loads) would read as one run. `--only`
 * runs some groups (engine, syncs, cli, bundles, memory, pane) to check a figure while working on it. A figure whose
 * part has not landed (or cannot run here) is null with its reason, never a guess. Not part of `npm test`:
 * timings vary by machine.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { computeResults, insertCriteriaSheets, setUpRound, validateRound } from "../src/commands";
import { computeCommand } from "../src/cli/computeCommand";
import { writeRoundToWorkbook } from "../src/cli/roundWorkbook";
import { shippedCatalog } from "../src/criteria/shippedCatalog";
import { scoreRound } from "../src/domain";
import { ExcelWorkbook } from "../src/excel";
import { XlsxWorkbook } from "../src/xlsx";
import { FakeExcel } from "../test/excel/fakeExcel";
import { syntheticRound } from "../test/excel/syntheticRound";
import { alternatingMedianMs, attempt, median, medianMs, round, type Figure } from "./measure";
import { paneReadyMs } from "./paneReady";

const ROOT = resolve(__dirname, "..");
const SIZES = ["3", "30", "300"] as const;
const now = () => new Date("2024-10-15T08:00:00Z");
const catalog = shippedCatalog();

const GROUPS = ["engine", "syncs", "cli", "bundles", "memory", "pane"] as const;
type Group = (typeof GROUPS)[number];

interface Options {
  readonly json: boolean;
  readonly runs: number;
  /** The groups to run: all of them unless --only names some. */
  readonly groups: ReadonlySet<Group>;
}

function options(argv: readonly string[]): Options {
  const at = argv.indexOf("--runs");
  const runs = at >= 0 ? Number(argv[at + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number ≥ 1, got ${argv[at + 1]}`);
  const onlyAt = argv.indexOf("--only");
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? "").split(",") : undefined;
  const unknown = only?.filter((name) => !GROUPS.some((group) => group === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(`--only takes groups among ${GROUPS.join(", ")}, got ${unknown.join(", ")}`);
  const groups = new Set<Group>(GROUPS.filter((group) => only === undefined || only.includes(group)));
  return { json: argv.includes("--json"), runs, groups };
}

/** scoreRound alone on products × 15 members of the shipped 1048-01 sheet. */
async function engineMs(products: number, runs: number): Promise<Figure> {
  const roundToScore = syntheticRound(catalog, products, 15);
  return { value: await medianMs(runs, () => scoreRound(roundToScore, catalog)) };
}

interface VerbSyncs {
  readonly insert: number;
  readonly validate: number;
  readonly compute: number;
  readonly computeMaxBytes: number;
}

/**
 * Syncs each verb makes through the office-js adapter on the counting fake, with the adapter's default
 * budget (Excel on the web's 5 MB request limit): insert on a round just set up; validate and compute on a
 * round whose criteria sheets hold every member's scores. Counts are deterministic, so one run each.
 */
async function verbSyncs(products: number): Promise<VerbSyncs> {
  const setUp = new FakeExcel();
  const insertPort = new ExcelWorkbook(setUp.run);
  await setUpRound(insertPort, { catalog, round: syntheticRound(catalog, products), now });
  let before = setUp.syncs.length;
  await insertCriteriaSheets(insertPort, { catalog, now });
  const insert = setUp.syncs.length - before;

  const scored = new FakeExcel();
  const port = new ExcelWorkbook(scored.run);
  await writeRoundToWorkbook(port, syntheticRound(catalog, products), { catalog, now });
  before = scored.syncs.length;
  await validateRound(port, { catalog, now });
  const validate = scored.syncs.length - before;
  before = scored.syncs.length;
  const outcome = await computeResults(port, { catalog, now });
  if (outcome.kind !== "computed") throw new Error(`compute did not run: ${outcome.kind}`);
  const computeSyncs = scored.syncs.slice(before);
  return {
    insert,
    validate,
    compute: computeSyncs.length,
    computeMaxBytes: Math.max(0, ...computeSyncs.map((sync) => sync.writeBytes)),
  };
}

/** ocop compute on a 300-product workbook, against exceljs alone reading and writing the same file. */
async function cliComputeRatio(runs: number): Promise<Figure> {
  const dir = mkdtempSync(join(os.tmpdir(), "ocop-bench-"));
  try {
    const source = join(dir, "round300.xlsx");
    const workbook = XlsxWorkbook.empty();
    await writeRoundToWorkbook(workbook, syntheticRound(catalog, 300), { catalog, now });
    await workbook.saveAs(source);
    const target = join(dir, "work.xlsx");
    const silent = { out: { write: () => true }, err: { write: () => true } };
    const [ocop, exceljs] = await alternatingMedianMs(runs, [
      async () => {
        copyFileSync(source, target);
        const code = await computeCommand(target, { positional: [target], flags: {} }, silent, "vi");
        if (code !== 0) throw new Error(`ocop compute exited with ${code}`);
      },
      async () => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(source);
        await book.xlsx.writeFile(join(dir, "copy.xlsx"));
      },
    ]);
    return {
      value: round(ocop / exceljs, 2),
      note: `ocop ${round(ocop, 0)} ms, exceljs ${round(exceljs, 0)} ms`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Gzip sizes of the bundles, built afresh in production mode: a dist/ left from an older build would
 * report the size of code that is no longer there.
 */
function bundleSizes(): { taskpane: Figure; functions: Figure } {
  const dist = freshDist();
  const gz = (file: string): Figure => {
    const path = join(dist, file);
    if (!existsSync(path)) return { value: null, reason: `the build made no dist/${file}` };
    return {
      value: gzipSync(readFileSync(path), { level: 9 }).length,
      note: `dist/${file}, initial entry only`,
    };
  };
  return { taskpane: gz("taskpane.js"), functions: gz("functions.js") };
}

let distBuilt = false;

/** dist/ built in production mode by this run (once, for the bundle sizes and the pane's cold start). */
function freshDist(): string {
  if (!distBuilt) execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  distBuilt = true;
  return join(ROOT, "dist");
}

/** Peak RSS of a separate process that sets up and computes 1000 products × 15 members in memory. */
async function computeRssMb(runs: number): Promise<Figure> {
  const peaks: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const output = execFileSync("npx", ["tsx", join(__dirname, "memoryProbe.ts"), "1000", "15"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    peaks.push((JSON.parse(output.trim().split("\n").pop() ?? "{}") as { peakRssMb: number }).peakRssMb);
  }
  return { value: round(median(peaks), 1), note: "whole process: setup in memory, then compute" };
}

function machine(): Record<string, string | number> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

async function main(): Promise<void> {
  const { json, runs, groups } = options(process.argv.slice(2));
  const figures: Record<string, Figure> = {};
  const say = (text: string) => process.stderr.write(`${text}\n`);

  if (groups.has("engine")) {
    say("engine: scoreRound on 1000×15 and 100×15 …");
    figures["engine.products1000_ms"] = await attempt(() => engineMs(1000, runs));
    figures["engine.products100_ms"] = await attempt(() => engineMs(100, runs));
  }
  if (groups.has("syncs")) await syncFigures(figures, say);
  if (groups.has("cli")) {
    say("cli: ocop compute vs exceljs alone on 300 products …");
    figures["cli.compute_ratio"] = await attempt(() => cliComputeRatio(Math.min(runs, 3)));
  }
  if (groups.has("bundles")) await bundleFigures(figures, say);
  if (groups.has("memory")) {
    say("memory: compute 1000 products …");
    figures["memory.compute1000_rss_mb"] = await attempt(() => computeRssMb(Math.min(runs, 3)));
  }
  if (groups.has("pane")) {
    say("pane: cold start in Chromium, CPU throttled 4× …");
    figures["pane.ready_ms"] = await attempt(() => paneReadyMs(freshDist(), Math.min(runs, 5)));
  }

  printTable(figures);
  if (json && groups.size < GROUPS.length) say("not writing bench-results.json: --only ran part of the set");
  else if (json) {
    const path = join(ROOT, "bench-results.json");
    writeFileSync(path, `${JSON.stringify(resultsDocument(figures, runs), null, 2)}\n`);
    say(`wrote ${path}`);
  }
}

async function syncFigures(figures: Record<string, Figure>, say: (text: string) => void): Promise<void> {
  for (const size of SIZES) {
    say(`syncs: insert, validate, compute for ${size} products …`);
    const measured = await attempt(async () => {
      const syncs = await verbSyncs(Number(size));
      figures[`syncs.insert.${size}`] = { value: syncs.insert };
      figures[`syncs.validate.${size}`] = { value: syncs.validate };
      figures[`syncs.compute.${size}`] = { value: syncs.compute };
      if (size === "300")
        figures["payload.compute_max_request_bytes"] = {
          value: syncs.computeMaxBytes,
          note: "cell arrays of the largest compute sync, 300 products",
        };
      return { value: 0 };
    });
    if (measured.value === null)
      for (const verb of ["insert", "validate", "compute"]) figures[`syncs.${verb}.${size}`] = measured;
  }
  figures["payload.compute_max_request_bytes"] ??= { value: null, reason: "the 300-product sync run failed" };
}

async function bundleFigures(figures: Record<string, Figure>, say: (text: string) => void): Promise<void> {
  say("bundles: gzip sizes …");
  const bundles = await attempt(async () => {
    const sizes = bundleSizes();
    figures["bundles.taskpane_gz_bytes"] = sizes.taskpane;
    figures["bundles.functions_gz_bytes"] = sizes.functions;
    return { value: 0 };
  });
  if (bundles.value === null) {
    figures["bundles.taskpane_gz_bytes"] = bundles;
    figures["bundles.functions_gz_bytes"] = bundles;
  }
}

/** Nested keys as the issue names them: engine.products1000_ms, syncs.insert["300"], … */
function resultsDocument(figures: Record<string, Figure>, runs: number): Record<string, unknown> {
  const document: Record<string, Record<string, unknown>> = {};
  const skipped: Record<string, string> = {};
  for (const [key, figure] of Object.entries(figures)) {
    const [group, ...rest] = key.split(".");
    const value = figure.value;
    if (figure.value === null) skipped[key] = figure.reason;
    if (group === "syncs") {
      const [verb, size] = rest;
      const verbs = (document.syncs ??= {}) as Record<string, Record<string, number | null>>;
      (verbs[verb] ??= {})[size] = value;
    } else (document[group] ??= {})[rest.join(".")] = value;
  }
  return {
    ...document,
    skipped,
    runs,
    machine: machine(),
    node: process.version,
    date: new Date().toISOString(),
  };
}

function printTable(figures: Record<string, Figure>): void {
  const rows = Object.entries(figures).map(([key, figure]) => [
    key,
    figure.value === null ? "—" : String(figure.value),
    figure.value === null ? `skipped: ${figure.reason}` : (figure.note ?? ""),
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row: string[]) =>
    `${row[0].padEnd(widths[0])}  ${row[1].padStart(widths[1])}  ${row[2]}`.trimEnd();
  const { cpu, cores } = machine();
  process.stdout.write(`OCOP Scoring figures — ${cpu} ×${cores}, node ${process.version}\n\n`);
  process.stdout.write(`${rows.map(line).join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
