import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { parseCsv } from "../../src/cli/parseCsv";

/** LibreOffice's CSV filter: comma, double quote, UTF-8, raw values (not as shown), every sheet (-1). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** The LibreOffice binary, or a failure that says how to install it: a skipped check would prove nothing. */
export function soffice(): string {
  const binary = process.env.SOFFICE ?? "soffice";
  try {
    execFileSync(binary, ["--version"], { stdio: "pipe", timeout: 60_000 });
  } catch {
    throw new Error(
      `LibreOffice is needed for this test and '${binary}' did not run. Install it (apt-get install ` +
        `libreoffice-calc) or point SOFFICE at the binary.`,
    );
  }
  return binary;
}

/** Each sheet of a workbook as the grid of values LibreOffice calculated, by sheet name. */
export type CalculatedSheets = Map<string, string[][]>;

/**
 * Opens .xlsx files in one headless LibreOffice run, which recalculates every formula (the files carry no
 * cached results), and returns each file's sheets as LibreOffice computed them. A fresh user profile per
 * run keeps parallel runs from locking each other out. File names must differ.
 */
export function calculateWithLibreOffice(xlsxPaths: readonly string[]): CalculatedSheets[] {
  const binary = soffice();
  const work = mkdtempSync(join(tmpdir(), "ocop-lo-"));
  try {
    execFileSync(
      binary,
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        join(work, "out"),
        ...xlsxPaths,
      ],
      // Generous: on a loaded machine another LibreOffice run (the print test) may share the CPUs.
      { stdio: "pipe", timeout: 150_000 },
    );
    const written = readdirSync(join(work, "out"));
    return xlsxPaths.map((path) => {
      const stem = basename(path).replace(/\.xlsx$/i, "");
      const sheets: CalculatedSheets = new Map();
      for (const file of written) {
        if (!file.startsWith(`${stem}-`) || !file.endsWith(".csv")) continue;
        const name = file.slice(stem.length + 1, -".csv".length);
        sheets.set(name, parseCsv(readFileSync(join(work, "out", file), "utf8"), ","));
      }
      if (sheets.size === 0) throw new Error(`LibreOffice wrote no CSV for ${path}`);
      return sheets;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
