import { computeResults } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import type { Language } from "../i18n";
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
  io.out.write(formatResultTable(round, outcome.result, language));
  io.err.write(
    language === "vi"
      ? `Đã ghi sổ tính mẫu ${target}: ${round.products.length} sản phẩm, ${round.members.length} thành viên, trang '${outcome.sheet}'.\n`
      : `Sample workbook written to ${target}: ${round.products.length} products, ${round.members.length} members, sheet '${outcome.sheet}'.\n`,
  );
  return EXIT.ok;
}
