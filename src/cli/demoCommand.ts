import { computeResults } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { memberNames, type Language } from "../i18n";
import { cliText } from "../i18n/cliText";
import { XlsxWorkbook } from "../xlsx";
import { EXIT, type CliIo } from "./cliIo";
import { demoRound } from "./demo/demoRound";
import { formatResultTable } from "./formatResultTable";
import { saveWorkbook } from "./openWorkbook";
import { writeRoundToWorkbook } from "./roundWorkbook";

export const DEMO_FILE = "ocop-demo.xlsx";

/**
 * `ocop demo [--out demo.xlsx]`: a sample district round, scored, written to a workbook with its result
 * sheet, and the result table printed — the quickest way to see what the add-in makes.
 */
export async function demoCommand(out: string | undefined, io: CliIo, language: Language): Promise<number> {
  const catalog = shippedCatalog();
  const round = demoRound(catalog);
  const workbook = XlsxWorkbook.empty();
  await writeRoundToWorkbook(workbook, round, { catalog, language });
  const outcome = await computeResults(workbook, { catalog, language });
  if (outcome.kind === "aborted") throw new Error("demo was aborted without a signal to abort it");
  const target = out ?? DEMO_FILE;
  await saveWorkbook(workbook, target, language);
  io.out.write(formatResultTable(round, outcome.result, language, memberNames(round.members)));
  const written = cliText(language).demoWritten(
    target,
    round.products.length,
    round.members.length,
    outcome.sheet,
  );
  io.err.write(`${written}\n`);
  return EXIT.ok;
}
