import { assessRound, WorkbookSession } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { allIssues, isError, scoreRound, type Issue, type Round } from "../domain";
import { issueLine, memberNames, type Language } from "../i18n";
import { cliText } from "../i18n/cliText";
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
  let round: Round;
  if (isRoundFile(path)) {
    round = readRoundFile(path, language);
    issues = allIssues(scoreRound(round, roundFileCatalog(path, shippedCatalog(), language)));
  } else {
    const session = await WorkbookSession.open(
      await openWorkbook(path, language),
      shippedCatalog(),
      language,
    );
    round = session.reading.round;
    issues = assessRound(session.reading).issues;
  }
  const names = memberNames(round.members);
  for (const found of issues) io.out.write(`${issueLine(found, language, names)}\n`);
  const errors = issues.filter(isError).length;
  io.out.write(`${cliText(language).summary(errors, issues.length - errors)}\n`);
  return errors > 0 ? EXIT.issues : EXIT.ok;
}
