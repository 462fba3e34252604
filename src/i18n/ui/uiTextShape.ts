import type { CouncilLevel, RoundingPolicy, VersionStanding } from "../../domain";

/**
 * Every word the task pane shows, in one language. Functions take the facts so word order can differ
 * between Vietnamese and English; the pane never builds a sentence out of pieces.
 */
export interface UiText {
  readonly appTitle: string;
  readonly memoryHostNotice: string;
  readonly loading: string;
  readonly retry: string;
  readonly unexpectedError: (message: string) => string;
  readonly nav: {
    readonly label: string;
    /** The menu holding the steps a narrow pane cannot show as tabs. */
    readonly more: string;
    readonly setup: string;
    readonly validate: string;
    readonly compute: string;
    readonly member: string;
    readonly settings: string;
  };
  readonly levels: Readonly<Record<CouncilLevel, string>>;
  readonly rounding: Readonly<Record<RoundingPolicy, string>>;
  readonly setup: {
    readonly title: string;
    readonly intro: string;
    readonly version: string;
    readonly versionHint: string;
    readonly versionOption: (decision: string, date: string) => string;
    /**
     * The picker's word on a version: in force or not on the meeting date (today while no date is typed),
     * and for how many of its product sets the add-in ships complete criteria.
     */
    readonly versionStatus: (
      standing: VersionStanding,
      onMeetingDate: boolean,
      sets: number,
      total: number,
    ) => string;
    readonly noVersions: string;
    readonly level: string;
    readonly councilName: string;
    readonly councilNamePlaceholder: string;
    readonly meetingDate: string;
    readonly products: string;
    readonly productsFromSheet: string;
    readonly productsPasted: string;
    readonly productsPasteLabel: string;
    readonly productsPasteHint: (example: string) => string;
    readonly defaultProductSet: string;
    readonly members: string;
    readonly membersHint: string;
    readonly parsedCounts: (products: number, members: number) => string;
    readonly pasteProblems: (lines: string) => string;
    readonly pasteNoName: (line: number) => string;
    readonly pasteUnknownSet: (line: number, code: string) => string;
    readonly pasteMode: string;
    readonly pasteReplace: (count: number) => string;
    readonly pasteAdd: (count: number) => string;
    readonly needPasteMode: string;
    readonly pasted: (mode: "replace" | "add", added: number, removed: number, kept: number) => string;
    readonly notSent: string;
    readonly insertedNone: string;
    readonly dateHint: string;
    readonly badDate: string;
    readonly submit: string;
    readonly submitting: string;
    readonly done: (products: number, members: number, kept: number) => string;
    readonly insertCriteria: string;
    readonly insertCriteriaHint: string;
    readonly inserting: string;
    readonly inserted: (sheets: number) => string;
    readonly missingSets: (codes: string) => string;
    readonly needName: string;
    readonly needMembers: string;
  };
  readonly validate: {
    readonly title: string;
    readonly intro: string;
    readonly run: string;
    readonly running: string;
    readonly notRun: string;
    readonly allClear: string;
    readonly progress: (done: number, total: number) => string;
    readonly notStarted: (count: number) => string;
    readonly summary: (errors: number, warnings: number) => string;
    readonly countsCaption: string;
    readonly complete: string;
    readonly incomplete: string;
    readonly invalid: string;
    readonly products: string;
    readonly allProducts: string;
    readonly perMember: string;
    readonly member: string;
    readonly issuesOn: (sheet: string, count: number) => string;
    readonly roundIssues: string;
    readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
    readonly goTo: (cell: string) => string;
    readonly fixLabel: string;
  };
  readonly compute: {
    readonly title: string;
    readonly intro: string;
    readonly run: string;
    readonly cancel: string;
    readonly cancelled: string;
    readonly progressLabel: string;
    readonly step: (step: string, done: number, total: number) => string;
    readonly steps: Readonly<Record<string, string>>;
    readonly summaryTitle: string;
    readonly starsRow: (stars: number) => string;
    readonly products: (count: number) => string;
    /** One row per decision; every product is in one row, so they add up to the product count. */
    readonly decisionsCaption: string;
    readonly rows: Readonly<Record<"recognized" | "forwarded" | "other" | "unfinished" | "invalid", string>>;
    readonly total: string;
    readonly openProduct: (id: string, name: string) => string;
    readonly warningsTitle: (count: number) => string;
    readonly noRoundTitle: string;
    readonly noRound: string;
    readonly goToResult: string;
    readonly confirmTitle: string;
    readonly confirmBody: (cells: string) => string;
    readonly confirmReplace: string;
    readonly confirmKeep: string;
    readonly kept: string;
  };
  readonly member: {
    readonly title: string;
    readonly intro: string;
    readonly choose: string;
    readonly choosePlaceholder: string;
    readonly noMembers: string;
    readonly progress: (done: number, total: number) => string;
    readonly todo: string;
    readonly allDone: string;
    readonly productState: Readonly<Record<"complete" | "partial" | "empty" | "invalid", string>>;
    readonly missingCount: (missing: number, total: number) => string;
    readonly nextEmpty: string;
    readonly noEmpty: string;
    readonly exportCopy: string;
    readonly exported: (name: string) => string;
    readonly exporting: string;
    /** The member id the pane asked for is on no row of the council sheet: nothing was exported. */
    readonly unknownMember: (member: string, sheet: string) => string;
    readonly secretary: string;
    readonly importCopies: string;
    readonly importHint: string;
    readonly imported: (members: number, entries: number) => string;
    readonly importSkipped: (count: number) => string;
    readonly copiesUnavailable: string;
  };
  readonly settings: {
    readonly title: string;
    readonly language: string;
    readonly languageHint: string;
    readonly policyTitle: string;
    readonly policyHint: string;
    readonly rounding: string;
    readonly minMembers: string;
    readonly minMembersHint: string;
    readonly divergence: string;
    readonly divergenceHint: string;
    readonly save: string;
    readonly saving: string;
    readonly saved: string;
    readonly noRound: string;
    /** Saving found no Round sheet (deleted since the form was read): nothing was written. */
    readonly noRoundSheet: (sheet: string) => string;
    readonly criteriaTitle: string;
    readonly criteriaIntro: string;
    readonly setsAvailable: (available: number, total: number) => string;
    readonly missingSetsTitle: string;
    readonly importHint: string;
    readonly source: string;
    readonly aboutTitle: string;
    readonly version: (version: string) => string;
    readonly host: (host: string) => string;
    readonly hosts: Readonly<Record<"excel" | "memory", string>>;
  };
}
