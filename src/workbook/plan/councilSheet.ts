import type { Member } from "../../domain";
import type { Language } from "../../i18n/language";
import { documentLabels } from "../../i18n/documentLabels";
import { sheetLabels } from "../../i18n/sheetLabels";
import { sheetKey } from "../hiddenIds";
import { planSetupTable } from "./productsSheet";
import type { SheetExtent } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";

export const MEMBER_FIELDS = ["id", "name", "role"] as const;

export interface CouncilSheetInput {
  readonly name: string;
  readonly members: readonly Member[];
  readonly language: Language;
  readonly previous?: SheetExtent;
}

/** Hội đồng: the council's members as a table; a member's id ties them to their column on every sheet. */
export function planCouncilSheet(input: CouncilSheetInput): SheetPlan {
  const labels = sheetLabels(input.language).council;
  return planSetupTable({
    key: sheetKey.council,
    kind: "council",
    name: input.name,
    title: labels.title,
    tableName: "OcopCouncil",
    columns: [
      { id: "id", label: labels.id, width: 10 },
      { id: "name", label: labels.name, width: 32 },
      { id: "role", label: labels.role, width: 32 },
    ],
    rows: input.members.map((m) => [m.id, m.name, m.role ?? null]),
    previous: input.previous,
    pageWord: documentLabels(input.language).page,
  });
}
