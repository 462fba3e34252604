/** Where the command line writes; tests pass their own. */
export interface CliIo {
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
}

/** Exit codes: 0 fine, 1 the input has errors a user must fix, 2 unreadable input or bad usage. */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

export class UsageError extends Error {}
