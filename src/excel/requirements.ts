/**
 * What the adapter needs from the host, by feature, with the lowest ExcelApi requirement set that has it
 * (office-js reference, "[Api set: ExcelApi 1.x]" on each member). Checked once at start-up so the task pane
 * can say what will not work instead of failing half-way through a batch.
 */
export type ExcelFeature =
  | "read-write"
  | "conditional-formats"
  | "sheet-view"
  | "sheet-copy"
  | "data-validation"
  | "page-layout"
  | "partial-read";

export interface ExcelRequirement {
  readonly feature: ExcelFeature;
  readonly set: "ExcelApi";
  readonly version: string;
  /** Without a blocking feature the add-in cannot work; without the others the sheets lose a comfort. */
  readonly blocking: boolean;
}

export const EXCEL_REQUIREMENTS: readonly ExcelRequirement[] = [
  // getUsedRangeOrNullObject (1.4); protection, merges, hidden rows/columns and widths are 1.2.
  { feature: "read-write", set: "ExcelApi", version: "1.4", blocking: true },
  // conditionalFormats.add / clearAll: highlights of missing or divergent scores.
  { feature: "conditional-formats", set: "ExcelApi", version: "1.6", blocking: false },
  // freezePanes and tabColor.
  { feature: "sheet-view", set: "ExcelApi", version: "1.7", blocking: false },
  // Worksheet.copy (ExcelApi 1.7 in the office-js reference): criteria sheets after the first of each shape
  // are copies of it, so inserting 300 products costs no more requests than 3. Without it: drawn in full.
  { feature: "sheet-copy", set: "ExcelApi", version: "1.7", blocking: false },
  // dataValidation: the dropdown of allowed points on member sheets.
  { feature: "data-validation", set: "ExcelApi", version: "1.8", blocking: false },
  // pageLayout: A4, fit to width, repeated header rows, header and footer.
  { feature: "page-layout", set: "ExcelApi", version: "1.9", blocking: false },
  // getRanges and getSpecialCellsOrNullObject: a criteria sheet is read without its option rows and long
  // criterion texts, so 300 products' sheets fit one response. Without them every cell is read (more syncs).
  { feature: "partial-read", set: "ExcelApi", version: "1.9", blocking: false },
];

export const ALL_EXCEL_FEATURES: ReadonlySet<ExcelFeature> = new Set(
  EXCEL_REQUIREMENTS.map((r) => r.feature),
);

export interface RequirementCheck {
  /** Requirements the host lacks, lowest version first. */
  readonly missing: readonly ExcelRequirement[];
  /** False when a blocking requirement is missing. */
  readonly canRun: boolean;
  /** What the adapter may use on this host (pass it to ExcelWorkbook). */
  readonly features: ReadonlySet<ExcelFeature>;
}

/** `isSetSupported` is Office.context.requirements.isSetSupported (or a stand-in in tests). */
export function checkRequirements(
  isSetSupported: (name: string, minVersion: string) => boolean,
): RequirementCheck {
  const missing = EXCEL_REQUIREMENTS.filter((r) => !isSetSupported(r.set, r.version));
  return {
    missing,
    canRun: !missing.some((r) => r.blocking),
    features: new Set(EXCEL_REQUIREMENTS.filter((r) => !missing.includes(r)).map((r) => r.feature)),
  };
}
