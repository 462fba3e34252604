/**
 * Typed problems the engine and the workbook find. The code is stable (kebab-case, used in result files and
 * by translations); the facts say where. Wording lives in src/i18n, never here.
 */
export type IssueCode =
  // criteria data
  | "criteria-schema"
  | "criteria-duplicate-id"
  | "criteria-id-mismatch"
  | "criteria-negative-points"
  | "criteria-part-sum"
  | "criteria-total-not-100"
  | "criteria-part-unknown"
  | "criteria-version-mismatch"
  | "criteria-set-not-indexed"
  | "version-schema"
  // round
  | "round-schema"
  | "unknown-criteria-version"
  | "unknown-product-set"
  | "product-set-missing"
  | "product-set-ambiguous"
  | "criteria-sheet-missing"
  | "duplicate-product-id"
  | "duplicate-member-id"
  | "unknown-product"
  | "unknown-member"
  | "unknown-criterion"
  | "score-not-a-number"
  | "score-not-allowed"
  | "member-incomplete"
  | "too-few-members"
  | "member-divergent"
  | "required-criterion-zero"
  | "star-minimum-not-met"
  | "council-level-not-allowed"
  | "version-not-in-force"
  | "dossier-incomplete"
  // workbook: sheets, cells and their structure
  | "setup-sheet-missing"
  | "field-invalid"
  | "table-row-without-id"
  | "product-sheet-missing"
  | "product-sheet-orphan"
  | "sheet-duplicated"
  | "hidden-id-altered"
  | "criterion-row-missing"
  | "criterion-row-unknown"
  | "criterion-row-duplicated"
  | "criterion-row-inserted"
  | "criterion-rows-moved"
  | "member-column-unknown"
  | "member-column-missing"
  | "member-column-duplicated"
  | "formula-overwritten"
  | "score-number-as-text"
  | "score-decimal-comma"
  | "score-date"
  | "score-error-value"
  | "score-formula"
  | "criteria-cell-invalid"
  | "copy-conflict"
  | "copy-not-for-member"
  // a decision's table pasted into a Bộ tiêu chí sheet or imported from a file
  | "pasted-no-criteria"
  | "pasted-misplaced"
  | "pasted-points-not-number"
  | "pasted-option-without-points"
  | "pasted-points-without-option"
  | "pasted-criterion-total"
  | "pasted-group-total"
  | "pasted-part-sum"
  | "pasted-part-missing"
  | "pasted-option-duplicated"
  | "pasted-star-mark-unknown"
  | "pasted-criterion-without-options"
  // results
  | "result-stale";

export type Severity = "error" | "warning" | "info";

/** One problem, with the facts a message needs. Optional fields say where it is. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly product?: string;
  readonly member?: string;
  readonly criterion?: string;
  /** An option of the criterion, as the decision prints it (26/2026 minimum options). */
  readonly option?: string;
  /** A star level the issue is about (the level a minimum option blocked). */
  readonly stars?: number;
  readonly part?: string;
  /** A JSON-ish path inside a data file, e.g. `parts[0].groups[1]`. */
  readonly path?: string;
  /** Sheet name and A1 address, filled in by the workbook layer. */
  readonly sheet?: string;
  readonly cell?: string;
  /** The offending value, as found. */
  readonly value?: string | number | boolean | null;
  /** What would have been right: allowed points, expected sum, … */
  readonly expected?: string | number;
  /** Further facts (e.g. the count or mean a rule compared against). */
  readonly detail?: string | number;
}

export const isError = (issue: Issue): boolean => issue.severity === "error";

export function issue(
  code: IssueCode,
  severity: Severity,
  facts: Omit<Issue, "code" | "severity"> = {},
): Issue {
  return { code, severity, ...facts };
}
