import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import type { CatalogDocument } from "../domain";

/**
 * Every data file shipped under src/criteria, read from disk (Node: command line and tests). The browser
 * bundles swap this module for shippedDocuments.webpack.ts, which lists the same folder at build time, so a
 * new decision or product set is a JSON file dropped here and nothing else.
 */
export function shippedDocuments(root: string = __dirname): CatalogDocument[] {
  return listJson(root).map((file) => ({
    name: relative(root, file),
    doc: JSON.parse(readFileSync(file, "utf8")) as unknown,
  }));
}

/** Node has the files at hand; the browser's twin fetches its chunk here (shippedDocuments.webpack.ts). */
export async function loadShippedDocuments(): Promise<CatalogDocument[]> {
  return shippedDocuments();
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
