import { DEFAULT_POLICY } from "../../src/domain";
import type { PaneCommands, ValidationReport } from "../../src/taskpane/commandBinding/paneCommands";

/**
 * Stand-in commands for screen tests: each resolves to an empty but valid answer unless a test overrides
 * it, so a test only spells out the state it is about (loading, empty, error, success).
 */
export function fakeCommands(overrides: Partial<PaneCommands> = {}): jest.Mocked<PaneCommands> {
  const emptyReport: ValidationReport = {
    issues: [],
    products: { complete: 0, incomplete: 0, invalid: 0 },
    notStarted: 0,
    members: [],
  };
  const base: PaneCommands = {
    canExchangeCopies: true,
    readSetup: async () => ({ members: [], productsOnSheet: [] }),
    setUpRound: async () => ({ products: 0, members: 0, keptEntries: 0 }),
    insertCriteriaSheets: async () => ({ sheets: 0, missingSets: [], issues: [] }),
    validate: async () => emptyReport,
    compute: async () => ({
      kind: "computed",
      summary: {
        products: 0,
        stars: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
        rows: { recognized: [], forwarded: [], other: [], unfinished: [], invalid: [] },
        warnings: [],
        members: [],
        resultSheet: { sheet: "Kết quả", cell: "A1" },
      },
    }),
    selectCell: async () => undefined,
    readPolicy: async () => DEFAULT_POLICY,
    savePolicy: async () => ({ kind: "saved" }),
    memberProgress: async () => ({ members: [], products: [] }),
    exportMemberCopy: async () => ({ kind: "exported", fileName: "copy.xlsx", bytes: new Uint8Array() }),
    importMemberCopies: async () => ({ members: 0, entries: 0, issues: [] }),
    addCriteriaSetSheet: async () => ({
      kind: "written",
      sheet: "Bộ tiêu chí",
      prefilled: "blank",
      gaps: [],
    }),
  };
  const all = { ...base, ...overrides };
  const mocked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all))
    mocked[key] = typeof value === "function" ? jest.fn(value as (...args: unknown[]) => unknown) : value;
  return mocked as unknown as jest.Mocked<PaneCommands>;
}

/** A promise the test settles when it wants, to look at a screen while a command is still running. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}
