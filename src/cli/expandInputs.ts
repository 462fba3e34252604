import { readdirSync, statSync } from "fs";
import { join } from "path";

/**
 * The files a batch command works on: each path given, a folder standing for the .xlsx (and ocop-round
 * .json) files directly inside it, by name. Excel's lock files (~$…) are skipped; a path that does not
 * exist stays in the list so its own line says so.
 */
export function expandInputs(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (isFolder(path) ? filesIn(path) : [path]));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function filesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.(xlsx|json)$/i.test(name) && !name.startsWith("~$"))
    .sort((a, b) => a.localeCompare(b, "vi", { numeric: true }))
    .map((name) => join(folder, name));
}
