import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");
export const TEST_BASE_URL = "https://addins.example.gov.vn/ocop/";

export interface BuildOutput {
  readonly dist: string;
  readonly stats: WebpackStats;
}

export interface WebpackStats {
  readonly chunks: readonly StatsChunk[];
  readonly modules: readonly StatsModule[];
  readonly entrypoints: Readonly<Record<string, { readonly chunks: readonly (string | number)[] }>>;
  /** Chunks fetched together for one named import() (webpackChunkName). */
  readonly namedChunkGroups: Readonly<Record<string, { readonly chunks: readonly (string | number)[] }>>;
}
interface StatsChunk {
  readonly id: string | number;
  readonly children: readonly (string | number)[];
  readonly files: readonly string[];
}
interface StatsModule {
  readonly name: string;
  readonly chunks: readonly (string | number)[];
  readonly modules?: readonly StatsModule[];
}

/**
 * Runs the production build exactly as `npm run build` does (same config, a hosting URL set), into a fresh
 * folder so tests never read a stale dist/. Once per test file; it takes about half a minute.
 */
export function runProductionBuild(): BuildOutput {
  const dist = mkdtempSync(join(tmpdir(), "ocop-dist-"));
  const statsFile = `${dist}-stats.json`;
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      `outputPath=${dist}`,
      `--json=${statsFile}`,
    ],
    { cwd: ROOT, env: { ...process.env, ADDIN_BASE_URL: TEST_BASE_URL }, stdio: "pipe" },
  );
  return { dist, stats: JSON.parse(readFileSync(statsFile, "utf8")) as WebpackStats };
}

/** The chunks an entry loads at start, and with `lazy` also those it may load later through import(). */
/** The chunks one named import() fetches: what the page really loads when that code runs. */
export function chunkGroupOf(stats: WebpackStats, name: string): Set<string | number> {
  return new Set(stats.namedChunkGroups[name].chunks);
}

export function chunksOf(stats: WebpackStats, entry: string, lazy: boolean): Set<string | number> {
  const found = new Set<string | number>(stats.entrypoints[entry].chunks);
  if (lazy)
    for (const id of found)
      for (const child of stats.chunks.find((c) => c.id === id)?.children ?? []) found.add(child);
  return found;
}

/** Every module in those chunks, with concatenated modules opened up. */
export function modulesIn(stats: WebpackStats, chunks: Set<string | number>): string[] {
  const names: string[] = [];
  const walk = (module: StatsModule, inside: boolean) => {
    const here = inside || module.chunks.some((id) => chunks.has(id));
    if (module.modules) module.modules.forEach((inner) => walk(inner, here));
    else if (here) names.push(module.name);
  };
  stats.modules.forEach((module) => walk(module, false));
  return names;
}

export function removeBuild(build: BuildOutput): void {
  rmSync(build.dist, { recursive: true, force: true });
  rmSync(`${build.dist}-stats.json`, { force: true });
}
