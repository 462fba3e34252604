import type { Round } from "../domain";
import { sheetKey } from "../workbook/hiddenIds";
import { planCouncilSheet } from "../workbook/plan/councilSheet";
import { planProductsSheet } from "../workbook/plan/productsSheet";
import { planRoundSheet } from "../workbook/plan/roundSheet";
import type { WorkbookPort } from "../workbook/port";
import type { CommandOptions } from "./commandOptions";
import { WorkbookSession } from "./workbookSession";

export interface SetUpRoundOptions extends CommandOptions {
  /** The council, members, products and policy; scores here are ignored (they live on criteria sheets). */
  readonly round: Round;
}

export interface SetUpRoundOutcome {
  readonly kind: "set-up";
  /** Names of the Round, Products and Council sheets as written. */
  readonly sheets: { readonly round: string; readonly products: string; readonly council: string };
}

/** Thiết lập đợt: writes the Round, Products and Council sheets (one read, one write). */
export async function setUpRound(port: WorkbookPort, options: SetUpRoundOptions): Promise<SetUpRoundOutcome> {
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const { round, catalog } = options;
  const language = session.language;
  const names = session.labels.sheetNames;
  const sheets = {
    round: session.nameFor(sheetKey.round, names.round),
    products: session.nameFor(sheetKey.products, names.products),
    council: session.nameFor(sheetKey.council, names.council),
  };
  const productSets = catalog.version(round.criteriaVersion)?.productSets ?? [];
  await port.writeSheets([
    planRoundSheet({
      name: sheets.round,
      round,
      language,
      versions: catalog.versions,
      previous: session.extentOf(sheets.round),
    }),
    planProductsSheet({
      name: sheets.products,
      products: round.products,
      productSets,
      language,
      previous: session.extentOf(sheets.products),
    }),
    planCouncilSheet({
      name: sheets.council,
      members: round.members,
      language,
      previous: session.extentOf(sheets.council),
    }),
  ]);
  options.onProgress?.({ done: 1, total: 1 });
  return { kind: "set-up", sheets };
}
