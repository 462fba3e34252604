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
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError((t) => t.errors.cannotRead(path, reason), "input");
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new UsageError((t) => t.errors.notJson(path, detail), "input");
  }
  const parsed = parseRound(doc);
  if (parsed.kind === "failed") {
    const line = issueLine(parsed.issues[0], language);
    throw new UsageError((t) => t.errors.roundInvalid(path, line), "input");
  }
  return parsed.value;
}
