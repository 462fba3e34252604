import { readFileSync } from "fs";
import { parseRound, roundCriteriaSets, type Catalog, type Round } from "../domain";
import { issueLine, type Language } from "../i18n";
import { UsageError } from "./cliIo";

/** Reads an `ocop-round/1` file; anything unreadable is a usage error with a one-line reason. */
export function readRoundFile(path: string, language: Language): Round {
  const parsed = parseRound(readJson(path));
  if (parsed.kind === "failed") {
    const line = issueLine(parsed.issues[0], language);
    throw new UsageError((t) => t.errors.roundInvalid(path, line), "input");
  }
  return parsed.value;
}

/**
 * The catalog a round file is scored with: the shipped one, plus the criteria sets the file carries
 * (`criteriaSets`, as `ocop export` writes a workbook's pasted sets), checked like shipped data.
 */
export function roundFileCatalog(path: string, catalog: Catalog, language: Language): Catalog {
  const { sets, issues } = roundCriteriaSets(readJson(path), catalog.versions);
  if (issues.length > 0) {
    const line = issueLine(issues[0], language);
    throw new UsageError((t) => t.errors.roundInvalid(path, line), "input");
  }
  return sets.length > 0 ? catalog.withSets(sets) : catalog;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError((t) => t.errors.cannotRead(path, reason), "input");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError((t) => t.errors.notJson(path, detail), "input");
  }
}
