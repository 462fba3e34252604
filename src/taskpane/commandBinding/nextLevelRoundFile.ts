import { buildNextLevelRound } from "../../commands/nextLevelRound";
import type { Catalog } from "../../domain";
import type { Language } from "../../i18n";
import { forwardRefusalText } from "../../i18n/chainText";
import { levelName } from "../../i18n/outcomeText";
import type { WorkbookPort } from "../../workbook/port";
import type { NextLevelRoundFile } from "./paneCommands";

const OPEN_WORKBOOK: Readonly<Record<Language, string>> = { vi: "Sổ tính đang mở", en: "The open workbook" };

/** The pane's "Tạo đợt cấp trên": the next round written into a new .xlsx in memory, or why not. */
export async function nextLevelRoundFile(
  port: WorkbookPort,
  catalog: Catalog,
  language: Language,
): Promise<NextLevelRoundFile> {
  const { BrowserXlsxWorkbook } = await import("../copies/browserXlsxWorkbook");
  const target = BrowserXlsxWorkbook.empty();
  const outcome = await buildNextLevelRound(port, target, { catalog, file: OPEN_WORKBOOK[language] });
  if (outcome.kind === "refused")
    return { kind: "refused", messages: outcome.refusals.map((r) => forwardRefusalText(r, language)) };
  const { round, products } = outcome.plan;
  const level = levelName(round.council.level, language).replace(/\s+/g, "-");
  return {
    kind: "built",
    fileName: `OCOP-${level}-${round.council.date ?? new Date().toISOString().slice(0, 10)}.xlsx`,
    bytes: await target.toBytes(),
    products: products.length,
    duplicates: products.filter((entry) => entry.alsoFrom.length > 0).length,
  };
}
