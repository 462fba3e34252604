import {
  criteriaOf,
  type CriteriaSet,
  type CriteriaVersion,
  type Member,
  type Policy,
  type Product,
  type ScoreValue,
} from "../../domain";
import type { Language } from "../../i18n/language";
import { sheetLabels, type SheetLabels } from "../../i18n/sheetLabels";
import { columnId, sheetKey } from "../hiddenIds";
import { indexRuns, type IndexRun } from "../indexRuns";
import type { MinimumOptionReading } from "../../domain";
import { criteriaTextWidth, memberColumnWidth } from "./criteriaPrintLayout";
import { SheetDraft, type SheetExtent } from "./sheetDraft";

/** Phiếu đánh giá: what one product's criteria sheet is drawn from. */
export interface CriteriaSheetInput {
  readonly name: string;
  readonly product: Product;
  readonly set: CriteriaSet;
  readonly version: CriteriaVersion;
  readonly members: readonly Member[];
  /** entries[member][criterion]: what is already on the sheet, re-rendered as found (even when invalid). */
  readonly entries?: Readonly<Record<string, Readonly<Record<string, ScoreValue>>>>;
  readonly policy: Policy;
  readonly language: Language;
  /** Member copies: only these members' columns take input; default every member's. */
  readonly editableMembers?: readonly string[];
  /**
   * A member's own copy (phiếu of one member, `members` holds that member): "Điểm của tôi", the member's
   * total and their signature, never a product average or the product's stars.
   */
  readonly memberCopy?: boolean;
  readonly previous?: SheetExtent;
}

/** Fixed columns, 0-based: A ids (hidden), B code, C text, D points, E required mark or minimum stars. */
export const CRITERIA_COLUMNS = { code: 1, text: 2, points: 3, required: 4 } as const;

/**
 * Where a sheet's columns are: the fixed ones, then (on a set with minimum-star marks) a hidden column of
 * minimum-option caps, then one column per member.
 */
export interface CriteriaColumns {
  readonly code: number;
  readonly text: number;
  readonly points: number;
  readonly required: number;
  /** The hidden helper column: per criterion row, the highest star level that criterion allows. */
  readonly cap?: number;
  readonly firstMember: number;
  readonly lastMember: number;
}

/** A criteria sheet being drawn: its input, draft, labels and column positions, shared by every step. */
export interface CriteriaSheetContext {
  readonly input: CriteriaSheetInput;
  readonly draft: SheetDraft;
  readonly labels: SheetLabels["criteria"];
  readonly columns: CriteriaColumns;
  /** Runs of adjacent editable member columns: Excel adapters pay per range, not per cell. */
  readonly editableRuns: readonly IndexRun[];
  readonly reading: MinimumOptionReading;
  /** The criterion column's width in characters (criteriaTextWidth): wider when few members print beside it. */
  readonly textWidth: number;
}

/** The set marks options with minimum stars (26/2026), so its sheet applies the minimum-option cap. */
export function hasMinimumOptions(set: CriteriaSet): boolean {
  return criteriaOf(set).some((criterion) => criterion.options.some((option) => option.minStars));
}

export function criteriaSheetContext(input: CriteriaSheetInput): CriteriaSheetContext {
  const C = CRITERIA_COLUMNS;
  const cap = hasMinimumOptions(input.set) ? C.required + 1 : undefined;
  const firstMember = (cap ?? C.required) + 1;
  const columns = { ...C, cap, firstMember, lastMember: firstMember + Math.max(input.members.length, 1) - 1 };
  const editable = new Set(input.editableMembers ?? input.members.map((m) => m.id));
  const draft = new SheetDraft(sheetKey.criteria(input.product.id));
  draft.columnId(C.code, columnId.field("code"));
  draft.columnId(C.text, columnId.field("text"));
  draft.columnId(C.points, columnId.field("points"));
  draft.columnId(C.required, columnId.field("required"));
  if (cap !== undefined) {
    draft.columnId(cap, columnId.field("cap"));
    draft.hiddenColumns.push(cap);
  }
  input.members.forEach((member, i) => draft.columnId(firstMember + i, columnId.member(member.id)));
  return {
    input,
    draft,
    labels: sheetLabels(input.language).criteria,
    columns,
    editableRuns: indexRuns(
      input.members.flatMap((member, i) => (editable.has(member.id) ? [firstMember + i] : [])),
    ),
    reading: input.policy.minimumOptionReading,
    textWidth: criteriaTextWidth(input.members.length, memberColumnWidth(input.memberCopy)),
  };
}
