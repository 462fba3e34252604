import { assessRound, WorkbookSession } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { allIssues, isError, scoreRound, type Issue } from "../domain";
import { issueLine, type Language } from "../i18n";
import { EXIT, type CliIo } from "./cliIo";
import { isRoundFile } from "./isRoundFile";
import { openWorkbook } from "./openWorkbook";
import { readRoundFile, roundFileCatalog } from "./readRoundFile";

/**
 * `ocop validate ROUND.json | W.xlsx`: every issue, one per line, exit 1 when any is an error. A workbook
 * is only read: checking a file must not change it (the task pane's Validate logs to the Audit sheet).
 */
export async function validateCommand(path: string, io: CliIo, language: Language): Promise<number> {
  let issues: readonly Issue[];
  if (isRoundFile(path))
    issues = allIssues(
      scoreRound(readRoundFile(path, language), roundFileCatalog(path, shippedCatalog(), language)),
    );
  else {
    const session = await WorkbookSession.open(
      await openWorkbook(path, language),
      shippedCatalog(),
      language,
    );
    issues = assessRound(session.reading).issues;
  }
  for (const found of issues)
    io.out.write(`${found.severity}\t${found.code}\t${issueLine(found, language)}\n`);
  const errors = issues.filter(isError).length;
  io.out.write(
    language === "vi"
      ? `${errors} lỗi, ${issues.length - errors} cảnh báo\n`
      : `${errors} errors, ${issues.length - errors} warnings\n`,
  );
  return errors > 0 ? EXIT.issues : EXIT.ok;
}
