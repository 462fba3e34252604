import { WorkbookSession } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { criteriaDocument } from "../domain";
import { issueLine, type Language } from "../i18n";
import { blockingIssues } from "../commands/blockingIssues";
import { EXIT, type CliIo } from "./cliIo";
import { openWorkbook } from "./openWorkbook";

/**
 * `ocop export W.xlsx`: the round the workbook holds, as an `ocop-round/1` document on standard output.
 * Entries are exported as found (even wrong ones), so the file says exactly what the workbook says.
 */
export async function exportCommand(path: string, io: CliIo, language: Language): Promise<number> {
  const { reading } = await WorkbookSession.open(
    await openWorkbook(path, language),
    shippedCatalog(),
    language,
  );
  const blocking = blockingIssues(reading);
  if (blocking.length > 0) {
    for (const found of blocking) io.err.write(`${issueLine(found, language)}\n`);
    return EXIT.issues;
  }
  // Sets the council pasted into the workbook travel with the round, so the file scores on its own.
  const sets = reading.criteriaSets.map(criteriaDocument);
  const doc = {
    format: "ocop-round/1",
    ...reading.round,
    ...(sets.length > 0 ? { criteriaSets: sets } : {}),
  };
  io.out.write(`${JSON.stringify(doc, null, 2)}\n`);
  return EXIT.ok;
}
