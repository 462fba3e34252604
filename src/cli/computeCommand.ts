import { resolve } from "path";
import { computeResultsFrom, WorkbookSession } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { resultDocument, scoreRound, type Round, type RoundResult } from "../domain";
import { issueLine, memberNames, type Language } from "../i18n";
import { cliText } from "../i18n/cliText";
import { fileErrorText, unkeptContentWarning } from "../i18n/fileErrors";
import { WorkbookFileError } from "../xlsx";
import type { ParsedArgs } from "./args";
import { blockingIssues } from "../commands/blockingIssues";
import { EXIT, inputError, UsageError, type CliIo } from "./cliIo";
import { formatResultTable } from "./formatResultTable";
import { isRoundFile } from "./isRoundFile";
import { openWorkbook, saveWorkbook } from "./openWorkbook";
import { readRoundFile, roundFileCatalog } from "./readRoundFile";

/**
 * `ocop compute ROUND.json | W.xlsx [--out W2.xlsx] [--json]`. On a workbook the result sheet and one log
 * line are written, in place by default; every other sheet is kept as it was. The results are printed and
 * written even when a product is not rated, but the exit code is then 1: a script must not take an
 * unfinished round for a finished one (validate says 1 on the same file).
 */
export async function computeCommand(
  path: string,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): Promise<number> {
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  if (isRoundFile(path)) {
    if (out) throw new UsageError((t) => t.errors.outForRoundFile);
    const round = readRoundFile(path, language);
    const catalog = roundFileCatalog(path, shippedCatalog(), language);
    const result = scoreRound(round, catalog);
    printResult(round, result, args, io, language);
    return exitFor(result, io, language);
  }
  const workbook = await openWorkbook(path, language);
  const target = out ?? path;
  if (workbook.unkeptContent.length > 0) {
    if (resolve(target) === resolve(path))
      throw inputError(
        fileErrorText(
          new WorkbookFileError("file-content-would-be-lost", path, undefined, workbook.unkeptContent),
          language,
        ),
      );
    io.err.write(`${unkeptContentWarning(workbook.unkeptContent, target, language)}\n`);
  }
  // Sheets keep the language the workbook was set up in unless --lang asks for another.
  const sheetLanguage = typeof args.flags.lang === "string" ? language : undefined;
  const before = await WorkbookSession.open(workbook, shippedCatalog(), sheetLanguage);
  const blocking = blockingIssues(before.reading);
  if (blocking.length > 0) {
    for (const found of blocking) io.err.write(`${issueLine(found, language)}\n`);
    return EXIT.issues;
  }
  const outcome = await computeResultsFrom(before, workbook, {
    catalog: shippedCatalog(),
    language: sheetLanguage,
  });
  if (outcome.kind === "aborted") throw new Error("compute was aborted without a signal to abort it");
  await saveWorkbook(workbook, target, language);
  // compute writes only its own sheets, so the round read before is the round it scored.
  printResult(before.reading.round, outcome.result, args, io, language);
  io.err.write(`${cliText(language).resultsWritten(target, outcome.sheet)}\n`);
  return exitFor(outcome.result, io, language);
}

/** 0 only when every product is rated; otherwise say how many are not, and exit 1. */
function exitFor(result: RoundResult, io: CliIo, language: Language): number {
  const unrated = result.products.filter((product) => product.status !== "scored").length;
  if (unrated === 0) return EXIT.ok;
  io.err.write(`${cliText(language).notAllRated(unrated, result.products.length)}\n`);
  return EXIT.issues;
}

function printResult(
  round: Round,
  result: RoundResult,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): void {
  io.out.write(
    args.flags.json
      ? `${JSON.stringify(resultDocument(result), null, 2)}\n`
      : formatResultTable(round, result, language, memberNames(round.members)),
  );
}
