import {
  issue,
  policyOf,
  productSetIssue,
  type Catalog,
  type Issue,
  type Round,
  type ScoreValue,
} from "../domain";
import { sheetKey } from "../workbook/hiddenIds";
import { planCriteriaSheet } from "../workbook/plan/criteriaSheet";
import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { CommandOptions } from "./commandOptions";
import type { WorkbookSession } from "./workbookSession";

export interface CriteriaSheetPlans {
  readonly plans: readonly SheetPlan[];
  readonly sheets: readonly { readonly product: string; readonly sheet: string }[];
  /** Products that got no sheet, and why (unknown version, no criteria set for the product set). */
  readonly skipped: readonly Issue[];
  readonly aborted: boolean;
}

/**
 * Plans the criteria sheets of the given products, re-rendering the entries already in the round so
 * adding a product or a member never loses a score. Shared by insert, import and member copies.
 */
export function criteriaSheetPlans(
  session: WorkbookSession,
  round: Round,
  catalog: Catalog,
  options: Pick<CommandOptions, "onProgress" | "signal"> & {
    readonly products?: readonly string[];
    readonly editableMembers?: readonly string[];
    /** A member's own copy: the round holds that one member, and each sheet is their phiếu. */
    readonly memberCopy?: boolean;
  },
): CriteriaSheetPlans {
  const version = catalog.version(round.criteriaVersion);
  const wanted = options.products ? new Set(options.products) : undefined;
  const products = round.products.filter((p) => !wanted || wanted.has(p.id));
  const plans: SheetPlan[] = [];
  const sheets: { product: string; sheet: string }[] = [];
  const skipped: Issue[] = [];
  const policy = policyOf(round);
  const seen = new Set<string>();
  for (const [i, product] of products.entries()) {
    if (options.signal?.aborted) return { plans, sheets, skipped, aborted: true };
    if (seen.has(product.id)) continue;
    seen.add(product.id);
    if (!version) {
      skipped.push(
        issue("unknown-criteria-version", "error", { product: product.id, value: round.criteriaVersion }),
      );
      continue;
    }
    const set = catalog.criteriaSet(version.id, product.productSet);
    if (!set) {
      skipped.push(productSetIssue(product, version, catalog));
      continue;
    }
    const key = sheetKey.criteria(product.id);
    const name = session.nameFor(key, `${session.labels.sheetNames.criteriaPrefix} ${product.id}`);
    const entries = round.scores[product.id] as
      Readonly<Record<string, Readonly<Record<string, ScoreValue>>>> | undefined;
    plans.push(
      planCriteriaSheet({
        name,
        product,
        set,
        version,
        members: round.members,
        entries,
        policy,
        language: session.language,
        editableMembers: options.editableMembers,
        memberCopy: options.memberCopy,
        previous: session.extentOf(name),
      }),
    );
    sheets.push({ product: product.id, sheet: name });
    options.onProgress?.({ done: i + 1, total: products.length, subject: product.id });
  }
  return { plans, sheets, skipped, aborted: false };
}
