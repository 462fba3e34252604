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
  validate(language: Language): Promise<ValidationReport>;
  compute(request: ComputeRequest): Promise<ComputeOutcome>;
  selectCell(sheet: string, cell: string): Promise<void>;
  readPolicy(): Promise<Policy | undefined>;
  savePolicy(policy: Policy, language: Language): Promise<void>;
  /** The council's members, and with a member id, that member's progress through the products. */
  memberProgress(memberId?: string): Promise<MemberProgress>;
  exportMemberCopy(memberId: string, language: Language): Promise<MemberCopy>;
  importMemberCopies(files: readonly MemberCopyFile[], language: Language): Promise<ImportOutcome>;
  /** "Thêm bộ tiêu chí": a Bộ tiêu chí sheet for a product set, to paste the decision's table into. */
  addCriteriaSetSheet(request: AddCriteriaSetRequest): Promise<AddCriteriaSetResult>;
}

export interface AddCriteriaSetRequest {
  readonly criteriaVersion: string;
  readonly productSet: string;
  readonly name?: string;
  readonly fromShipped: boolean;
  readonly language: Language;
}

/** The sheet made, what it holds, and for a set shipped with a gap, the options whose points to type. */
export interface AddCriteriaSetResult {
  readonly sheet: string;
  readonly prefilled: "shipped" | "draft" | "blank";
  readonly gaps: readonly string[];
}

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
  /** "sheet": keep the Products sheet as the list; otherwise these rows are merged into it. */
  readonly products: "sheet" | readonly ProductDraft[];
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

export interface SetupOutcome {
  readonly products: number;
  readonly members: number;
  /** Score cells already typed that the update kept. */
  readonly keptEntries: number;
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
  readonly issues: readonly Issue[];
  readonly products: StatusCounts;
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
  | { readonly kind: "needs-confirmation"; readonly editedCells: readonly string[] };

export interface ResultSummary {
  readonly products: number;
  readonly stars: Readonly<Record<Stars, number>>;
  readonly recognized: number;
  readonly forwarded: number;
  readonly attention: readonly {
    readonly id: string;
    readonly name: string;
    /** incomplete / invalid: not rated yet; review: rated, but a warning (divergent member) stands. */
    readonly status: AttentionStatus;
  }[];
  readonly resultSheet: { readonly sheet: string; readonly cell: string };
}

export type AttentionStatus = "incomplete" | "invalid" | "review";

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

export interface MemberCopyFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportOutcome {
  readonly members: number;
  readonly entries: number;
  readonly issues: readonly Issue[];
}
