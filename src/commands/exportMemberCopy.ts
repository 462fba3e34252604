import type { Round, ScoreValue } from "../domain";
import { sheetKey } from "../workbook/hiddenIds";
import { planCouncilSheet } from "../workbook/plan/councilSheet";
import { planCriteriaSetSheet } from "../workbook/plan/criteriaSetSheet";
import { planProductsSheet } from "../workbook/plan/productsSheet";
import { planRoundSheet } from "../workbook/plan/roundSheet";
import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { WorkbookPort } from "../workbook/port";
import { ABORTED, type Aborted, type CommandOptions } from "./commandOptions";
import { criteriaSheetPlans } from "./criteriaSheetPlans";
import { WorkbookSession } from "./workbookSession";

export interface ExportMemberCopyOptions extends CommandOptions {
  readonly member: string;
}

export type ExportMemberCopyOutcome =
  | {
      readonly kind: "exported";
      readonly member: string;
      /** A whole workbook to write to a new file: the round, and criteria sheets with only this member's column. */
      readonly plans: readonly SheetPlan[];
    }
  | { readonly kind: "unknown-member"; readonly member: string }
  | Aborted;

/**
 * Xuất phiếu cho thành viên: a workbook plan for one member to score on their own. Other members' columns
 * and scores are left out (members score independently); the member's own entries so far are in it and
 * their column is the only input on each criteria sheet. Reads the workbook once, writes nothing here.
 */
export async function exportMemberCopy(
  port: WorkbookPort,
  options: ExportMemberCopyOptions,
): Promise<ExportMemberCopyOutcome> {
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const { round, catalog } = session.reading;
  const member = round.members.find((m) => m.id === options.member);
  if (!member) return { kind: "unknown-member", member: options.member };
  const scores: Record<string, Record<string, Readonly<Record<string, ScoreValue>>>> = {};
  for (const [product, byMember] of Object.entries(round.scores))
    if (byMember[member.id]) scores[product] = { [member.id]: byMember[member.id] };
  const copy: Round = { ...round, members: [member], scores };
  // A fresh workbook: names come from the labels, not from the main workbook's renamed sheets.
  const fresh = session.forNewWorkbook();
  const names = session.labels.sheetNames;
  const criteria = criteriaSheetPlans(fresh, copy, catalog, {
    ...options,
    editableMembers: [member.id],
    memberCopy: true,
  });
  if (criteria.aborted) return ABORTED;
  const language = session.language;
  return {
    kind: "exported",
    member: member.id,
    plans: [
      planRoundSheet({
        name: fresh.nameFor(sheetKey.round, names.round),
        round: copy,
        language,
        versions: catalog.versions,
      }),
      planProductsSheet({
        name: fresh.nameFor(sheetKey.products, names.products),
        products: copy.products,
        productSets: catalog.version(copy.criteriaVersion)?.productSets ?? [],
        language,
      }),
      planCouncilSheet({ name: fresh.nameFor(sheetKey.council, names.council), members: [member], language }),
      // Sets the council typed in travel with the copy, so it reads on its own like the main workbook.
      ...session.reading.criteriaSets.map((set) =>
        planCriteriaSetSheet({
          name: fresh.nameFor(
            sheetKey.criteriaSet(set.productSet.code),
            `${names.criteriaSet} ${set.productSet.code}`,
          ),
          set,
          language,
        }),
      ),
      ...criteria.plans,
    ],
  };
}
