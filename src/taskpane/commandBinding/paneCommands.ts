import type { CouncilLevel, Issue, Member, Policy, Product, Stars } from "../../domain";
import type { Language } from "../../i18n";

/**
 * The verbs as the pane uses them. Hooks call these and nothing else; `bindCommands` maps them onto the
 * application commands (src/commands) over the workbook port, and tests can hand in stand-ins to show a
 * screen's loading, empty and error states without building a workbook for each.
 */
export interface PaneCommands {
  /** Whether members' copies can travel as .xlsx files from this host (needs the .xlsx writer in the pane). */
  readonly canExchangeCopies: boolean;
  readSetup(): Promise<SetupSnapshot>;
  setUpRound(request: SetupRequest): Promise<SetupOutcome>;
  insertCriteriaSheets(language: Language): Promise<InsertOutcome>;
  /** Issues come back typed, so the pane words them in whatever language is shown when they are read. */
  validate(): Promise<ValidationReport>;
  compute(request: ComputeRequest): Promise<ComputeOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  readPolicy(): Promise<Policy | undefined>;
  savePolicy(policy: Policy, language: Language): Promise<SavePolicyOutcome>;
  /** The council's members, and with a member id, that member's progress through the products. */
  memberProgress(memberId?: string): Promise<MemberProgress>;
  exportMemberCopy(memberId: string, language: Language): Promise<ExportCopyOutcome>;
  importMemberCopies(files: readonly MemberCopyFile[], language: Language): Promise<ImportOutcome>;
  /** Tạo đợt cấp trên: the next level's round from this computed workbook, as a new workbook's bytes. */
  nextLevelRound?(language: Language): Promise<NextLevelRoundFile>;
  /** "Thêm bộ tiêu chí": a Bộ tiêu chí sheet for a product set, to paste the decision's table into. */
  addCriteriaSetSheet(request: AddCriteriaSetRequest): Promise<AddCriteriaSetOutcome>;
}

export interface AddCriteriaSetRequest {
  readonly criteriaVersion: string;
  readonly productSet: string;
  readonly name?: string;
  readonly group?: string;
  readonly fromShipped: boolean;
  readonly language: Language;
}

/** The sheet made, what it holds, and for a set shipped with a gap, the options whose points to type. */
export interface AddCriteriaSetResult {
  readonly kind: "written";
  readonly sheet: string;
  readonly prefilled: "shipped" | "draft" | "blank";
  readonly gaps: readonly string[];
}

export type AddCriteriaSetOutcome =
  | AddCriteriaSetResult
  /** The catalog has no criteria version with this id (the form offered a stale one): no sheet was made. */
  | { readonly kind: "unknown-version"; readonly version: string };

export type SavePolicyOutcome =
  | { readonly kind: "saved" }
  /** The workbook has no Round sheet to hold the policy (deleted since it was read): nothing was written. */
  | { readonly kind: "no-round-sheet"; readonly sheet: string };

export type NextLevelRoundFile =
  | {
      readonly kind: "built";
      readonly fileName: string;
      readonly bytes: Uint8Array;
      readonly products: number;
      readonly duplicates: number;
    }
  /** The workbook has no result, or a stale one: each message says why and what to do. */
  | { readonly kind: "refused"; readonly messages: readonly string[] };

/** What the workbook already says about the round, to fill the setup form. */
export interface SetupSnapshot {
  readonly criteriaVersion?: string;
  readonly council?: { readonly level: CouncilLevel; readonly name: string; readonly date?: string };
  readonly members: readonly Member[];
  /** Products listed on the Products sheet (the sheet a council pastes its list into). */
  readonly productsOnSheet: readonly Product[];
}

export interface SetupRequest {
  readonly criteriaVersion: string;
  readonly council: { readonly level: CouncilLevel; readonly name: string; readonly date?: string };
  /**
   * "sheet": keep the Products sheet as the list. Pasted rows either replace the sheet's list (products of
   * the same name keep their id and scores) or are added to it; the user chooses, the pane never guesses.
   */
  readonly products: "sheet" | { readonly mode: PasteMode; readonly rows: readonly ProductDraft[] };
  readonly members: readonly MemberDraft[];
  readonly language: Language;
}

/** A product as typed or pasted in the pane: ids are given by the command, existing ones kept. */
export interface ProductDraft {
  readonly name: string;
  readonly producer?: string;
  readonly productSet: string;
}

export interface MemberDraft {
  readonly name: string;
  readonly role?: string;
}

export type PasteMode = "replace" | "add";

export interface SetupOutcome {
  readonly products: number;
  readonly members: number;
  /** Score cells already typed that the update kept. */
  readonly keptEntries: number;
  /** What pasting did to the Products sheet's list; absent when the sheet was kept as the list. */
  readonly pasted?: {
    readonly mode: PasteMode;
    readonly added: number;
    readonly removed: number;
    readonly kept: number;
  };
}

export interface InsertOutcome {
  readonly sheets: number;
  /** Product set codes of the round's products that have no criteria sheet yet. */
  readonly missingSets: readonly string[];
  readonly issues: readonly Issue[];
}

export interface StatusCounts {
  readonly complete: number;
  readonly incomplete: number;
  readonly invalid: number;
}

export interface ValidationReport {
  /** Problems to fix; a product nobody has scored yet is progress (`notStarted`), not an error here. */
  readonly issues: readonly Issue[];
  readonly products: StatusCounts;
  /** Products no member has typed a score for yet. */
  readonly notStarted: number;
  readonly members: readonly ({ readonly id: string; readonly name: string } & StatusCounts)[];
}

export interface ComputeRequest {
  readonly language: Language;
  readonly signal: AbortSignal;
  onProgress(step: string, done: number, total: number): void;
  /** True once the user agreed to overwrite cells someone edited on the result sheet. */
  readonly replaceEdited: boolean;
}

export type ComputeOutcome =
  | { readonly kind: "computed"; readonly summary: ResultSummary }
  /** The result sheet holds edits; nothing was written. Ask, then compute again with replaceEdited. */
  | { readonly kind: "needs-confirmation"; readonly editedCells: readonly string[] }
  /** The workbook holds no round (no Round sheet, a setup sheet lost): nothing was written. */
  | { readonly kind: "no-round"; readonly issues: readonly Issue[] };

/**
 * The council's decisions on a computed round. Every product is in exactly one row, so the rows add up to
 * `products`; products rated with a warning standing are listed again under `warnings`, with the issues.
 */
export interface ResultSummary {
  readonly products: number;
  readonly stars: Readonly<Record<Stars, number>>;
  readonly rows: Readonly<Record<DecisionRow, readonly SummaryProduct[]>>;
  readonly warnings: readonly SummaryProduct[];
  /** The council, so issues name members by name. */
  readonly members: readonly Member[];
  readonly resultSheet: { readonly sheet: string; readonly cell: string };
}

/** recognized / forwarded / other (rated, not recognised nor forwarded) / unfinished / invalid. */
export type DecisionRow = "recognized" | "forwarded" | "other" | "unfinished" | "invalid";
export const DECISION_ROWS: readonly DecisionRow[] = [
  "recognized",
  "forwarded",
  "other",
  "unfinished",
  "invalid",
];

export interface SummaryProduct {
  readonly id: string;
  readonly name: string;
  /** The product's scoring sheet, when it has one. */
  readonly sheet?: string;
  /** Its errors and warnings, each with the sheet and cell where found. */
  readonly issues: readonly Issue[];
}

export type ProductProgress = "complete" | "partial" | "empty" | "invalid";

export interface MemberProgress {
  readonly members: readonly Member[];
  readonly products: readonly {
    readonly id: string;
    readonly name: string;
    readonly state: ProductProgress;
    readonly missing: number;
    readonly criteria: number;
  }[];
  /** The first empty score cell of the member, in product order; none when all is scored. */
  readonly nextEmpty?: { readonly sheet: string; readonly cell: string };
}

/** A member's copy as a file: the bytes travel through the browser's download and file input. */
export interface MemberCopy {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type ExportCopyOutcome =
  | ({ readonly kind: "exported" } & MemberCopy)
  /** No member has this id on the council sheet (the list changed since it was read): no file was made. */
  | { readonly kind: "unknown-member"; readonly member: string; readonly sheet: string };

export interface MemberCopyFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportOutcome {
  readonly members: number;
  readonly entries: number;
  readonly issues: readonly Issue[];
}
