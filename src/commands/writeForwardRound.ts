import { forwardColumns, type ProductReference } from "../workbook/plan/forwardColumns";
import { planProductsSheet } from "../workbook/plan/productsSheet";
import type { WorkbookPort } from "../workbook/port";
import type { CommandOptions } from "./commandOptions";
import type { ForwardPlan } from "./forwardRound";
import { insertCriteriaSheets } from "./insertCriteriaSheets";
import { setUpRound } from "./setUpRound";
import { WorkbookSession } from "./workbookSession";

/**
 * Writes the next level's round into an empty workbook: its Đợt, Sản phẩm and Hội đồng sheets as `setUpRound`
 * draws them, the Sản phẩm table carrying the reference columns of where each product came from. With the
 * council's members known, the criteria sheets are inserted too (else the council adds them, then inserts).
 */
export async function writeForwardRound(
  port: WorkbookPort,
  plan: ForwardPlan,
  options: CommandOptions,
): Promise<void> {
  const { sheets } = await setUpRound(port, { ...options, round: plan.round });
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const references = new Map<string, ProductReference>(
    plan.products.map((entry) => [entry.product.id, entry]),
  );
  await port.writeSheets([
    planProductsSheet({
      name: sheets.products,
      products: plan.round.products,
      productSets: options.catalog.version(plan.round.criteriaVersion)?.productSets ?? [],
      language: session.language,
      previous: session.extentOf(sheets.products),
      extraColumns: forwardColumns(references, session.language),
    }),
  ]);
  if (plan.round.members.length > 0) await insertCriteriaSheets(port, options);
}
