import { resolve } from "path";
import { computeResultsFrom, WorkbookSession } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { resultDocument, scoreRound, type Round, type RoundResult } from "../domain";
import { issueLine, type Language } from "../i18n";
import { fileErrorText, unkeptContentWarning } from "../i18n/fileErrors";
import { WorkbookFileError } from "../xlsx";
import type { ParsedArgs } from "./args";
import { blockingIssues } from "./blockingIssues";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { formatResultTable } from "./formatResultTable";
import { isRoundFile } from "./isRoundFile";
import { openWorkbook, saveWorkbook } from "./openWorkbook";
import { readRoundFile, roundFileCatalog } from "./readRoundFile";

/**
 * `ocop compute ROUND.json | W.xlsx [--out W2.xlsx] [--json]`. On a workbook the result sheet and one log
 * line are written, in place by default; every other sheet is kept as it was.
 */
export async function computeCommand(
  path: string,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): Promise<number> {
  const out = typeof args.flags.out === "string" ? args.flags.out : undefined;
  if (isRoundFile(path)) {
    if (out) throw new UsageError("--out is for workbooks; a round file is scored without being changed");
    const round = readRoundFile(path, language);
    const catalog = roundFileCatalog(path, shippedCatalog(), language);
    printResult(round, scoreRound(round, catalog), args, io, language);
    return EXIT.ok;
  }
  const workbook = await openWorkbook(path, language);
  const target = out ?? path;
  if (workbook.unkeptContent.length > 0) {
    if (resolve(target) === resolve(path))
      throw new UsageError(
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
  io.err.write(
    language === "vi"
      ? `Đã ghi kết quả vào ${target} (trang '${outcome.sheet}').\n`
      : `Results written to ${target} (sheet '${outcome.sheet}').\n`,
  );
  return EXIT.ok;
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
      : formatResultTable(round, result, language),
  );
}
