import { readFileSync } from "fs";
import { parseRound, roundCriteriaSets, type Catalog, type Round } from "../domain";
import { issueLine, type Language } from "../i18n";
import { UsageError } from "./cliIo";

/** Reads an `ocop-round/1` file; anything unreadable is a usage error with a one-line reason. */
export function readRoundFile(path: string, language: Language): Round {
  const parsed = parseRound(readJson(path));
  if (parsed.kind === "failed") throw new UsageError(`${path}: ${issueLine(parsed.issues[0], language)}`);
  return parsed.value;
}

/**
 * The catalog a round file is scored with: the shipped one, plus the criteria sets the file carries
 * (`criteriaSets`, as `ocop export` writes a workbook's pasted sets), checked like shipped data.
 */
export function roundFileCatalog(path: string, catalog: Catalog, language: Language): Catalog {
  const { sets, issues } = roundCriteriaSets(readJson(path), catalog.versions);
  if (issues.length > 0) throw new UsageError(`${path}: ${issueLine(issues[0], language)}`);
  return sets.length > 0 ? catalog.withSets(sets) : catalog;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return doc;
}
