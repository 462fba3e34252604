/** Phương án: one option a member may pick for a criterion. */
export interface CriterionOption {
  readonly text: string;
  readonly points: number;
}

/** Tiêu chí: a criterion; a member's score for it is one of its options' points. */
export interface Criterion {
  readonly id: string;
  readonly name: string;
  readonly required: boolean;
  readonly options: readonly CriterionOption[];
}

/** Nhóm tiêu chí */
export interface CriteriaGroup {
  readonly id: string;
  readonly name: string;
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
