/** Phương án: one option a member may pick for a criterion. */
export interface CriterionOption {
  readonly text: string;
  readonly points: number;
  /**
   * 26/2026: "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao". A product is rated this many stars
   * or more only if it reached at least this option on the criterion (domain.md "Minimum options").
   */
  readonly minStars?: 3 | 4 | 5;
}

/** Tiêu chí: a criterion; a member's score for it is one of its options' points. */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly required: boolean;
  readonly options: readonly CriterionOption[];
  /** The decision's own numbering of this criterion ("1.1", "7"), printed beside our id. */
  readonly decisionNumber?: string;
  /** Yêu cầu / Ghi chú printed under the criterion in the decision, in order. */
  readonly notes?: readonly string[];
  /** The decision prints no options here (26/2026 bilingual labelling): members give 0 (not met) or the points. */
  readonly noOptionsPrinted?: boolean;
}

/** Nhóm tiêu chí */
export interface CriteriaGroup {
  readonly id: string;
  readonly name: string;
  /** Notes the decision prints under the group's heading (26/2026 "C.7 Ghi chú: …"), in order. */
  readonly notes?: readonly string[];
  readonly criteria: readonly Criterion[];
}

/** Phần A / B / C */
export interface CriteriaPart {
  readonly id: string;
  readonly name: string;
  readonly maxPoints: number;
  readonly groups: readonly CriteriaGroup[];
}

export interface ProductSetRef {
  readonly code: string;
  readonly name: string;
  readonly group: string;
}

/** Bộ tiêu chí / Phiếu đánh giá: the criteria sheet of one product set under one decision. */
export interface CriteriaSet {
  readonly version: string;
  readonly decision: string;
  readonly productSet: ProductSetRef;
  readonly source: string;
  readonly notes?: string;
  /** "Hồ sơ bị loại khi …": the dossier exclusion lines printed in the sheet header. */
  readonly exclusion?: readonly string[];
  /** Places where the decision misprints a total or a glyph, shown as the decision's misprints. */
  readonly sourceDiscrepancies?: readonly string[];
  /** Lines the decision prints under the table (26/2026: what the star marks mean). */
  readonly afterTable?: readonly string[];
  /** Test fixtures only: never offered to users as official. */
  readonly synthetic: boolean;
  /** Where the set came from: shipped with the add-in, or typed into a workbook's Bộ tiêu chí sheet. */
  readonly origin: "shipped" | "workbook";
  readonly parts: readonly CriteriaPart[];
}

export function criteriaOf(set: CriteriaSet): readonly Criterion[] {
  return set.parts.flatMap((part) => part.groups.flatMap((group) => group.criteria));
}

/** The distinct points a member may enter for a criterion, ascending (A.3.2 lists 1 twice). */
export function allowedPoints(criterion: Criterion): readonly number[] {
  return [...new Set(criterion.options.map((o) => o.points))].sort((a, b) => a - b);
}

export function bestPoints(criterion: Criterion): number {
  return Math.max(...criterion.options.map((o) => o.points));
}

export function partOf(criterionId: string): string {
  return criterionId.split(".")[0];
}
