import { draftGaps, type CriteriaSet, type DraftSet } from "../domain";
import type { CriteriaSetHeader } from "../workbook/plan/criteriaSetSheet";
import type { WorkbookPort } from "../workbook/port";
import type { CommandOptions } from "./commandOptions";
import { writeCriteriaSetSheet } from "./writeCriteriaSetSheet";

export interface AddCriteriaSetSheetOptions extends CommandOptions {
  readonly version: string;
  readonly productSet: string;
  /** The set's name as the council wants it shown; by default the version's list name. */
  readonly name?: string;
  /** The set's group (ngành, nhóm) as the council wants it shown; by default the version's. */
  readonly group?: string;
  /** Pre-fill from the shipped set (or the shipped draft) instead of leaving the table to paste into. */
  readonly fromShipped?: boolean;
}

export type AddCriteriaSetSheetOutcome =
  | {
      readonly kind: "written";
      readonly sheet: string;
      /** What the table holds: the shipped set, a draft with gaps, or nothing yet (paste the table). */
      readonly prefilled: "shipped" | "draft" | "blank";
      /** For a draft: the options whose points to type ("A.1.2: Không được cấp …"), or what is missing. */
      readonly gaps: readonly string[];
    }
  | { readonly kind: "unknown-version"; readonly version: string };

/**
 * "Thêm bộ tiêu chí": a Bộ tiêu chí sheet for a version and product-set code. A shipped set is written out
 * to check or adapt; a set the decision prints with a gap is pre-filled with the gap's cells empty and
 * marked (no criteria sheet is drawn from it until they are filled); otherwise the header only, under which
 * the secretary pastes the decision's table.
 */
export async function addCriteriaSetSheet(
  port: WorkbookPort,
  options: AddCriteriaSetSheetOptions,
): Promise<AddCriteriaSetSheetOutcome> {
  const version = options.catalog.version(options.version);
  if (!version) return { kind: "unknown-version", version: options.version };
  const shipped = options.catalog.criteriaSet(version.id, options.productSet);
  const draft = options.catalog.draft(version.id, options.productSet);
  const ref = version.productSets.find((p) => p.code === options.productSet);
  const named = <T extends { productSet: CriteriaSet["productSet"] }>(set: T): T => ({
    ...set,
    productSet: {
      ...set.productSet,
      ...(options.name?.trim() ? { name: options.name.trim() } : {}),
      ...(options.group?.trim() ? { group: options.group.trim() } : {}),
    },
  });
  const header: CriteriaSetHeader = {
    version: version.id,
    decision: version.decision,
    productSet: { code: options.productSet, name: ref?.name ?? "", group: ref?.group ?? "" },
    source: version.decision,
  };
  const set: CriteriaSet | DraftSet | CriteriaSetHeader =
    options.fromShipped && shipped ? shipped : draft ? draft : header;
  const written = await writeCriteriaSetSheet(port, { ...options, set: named(set) });
  return {
    kind: "written",
    sheet: written.sheet,
    prefilled: set === shipped ? "shipped" : set === draft ? "draft" : "blank",
    gaps: draft && set === draft ? gapsOf(draft) : [],
  };
}

/** The empty points cells to fill, or where the decision's gap is not a cell (a missing option), its reasons. */
function gapsOf(draft: DraftSet): string[] {
  const cells = draftGaps(draft).map((gap) => `${gap.criterion}: ${gap.text}`);
  return cells.length > 0 ? cells : [...draft.partialReasons];
}
