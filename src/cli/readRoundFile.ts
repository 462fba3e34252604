import { readFileSync } from "fs";
import { parseRound, type Round } from "../domain";
import { issueLine, type Language } from "../i18n";
import { UsageError } from "./cliIo";

/** Reads an `ocop-round/1` file; anything unreadable is a usage error with a one-line reason. */
export function readRoundFile(path: string, language: Language): Round {
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
  const parsed = parseRound(doc);
  if (parsed.kind === "failed") throw new UsageError(`${path}: ${issueLine(parsed.issues[0], language)}`);
  return parsed.value;
}
