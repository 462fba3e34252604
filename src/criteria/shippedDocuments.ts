import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import type { CatalogDocument } from "../domain";

/**
 * Every data file shipped under src/criteria, read from disk (Node: command line, tests and the build, which
 * hands the browser the catalog checked from them), so a new decision or product set is a JSON file dropped
 * here and nothing else.
 */
export function shippedDocuments(root: string = __dirname): CatalogDocument[] {
  return listJson(root).map((file) => ({
    name: relative(root, file),
    doc: JSON.parse(readFileSync(file, "utf8")) as unknown,
  }));
}

function listJson(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return listJson(path);
      return entry.endsWith(".json") ? [path] : [];
    });
}
