import { cliText, type CliText } from "../i18n/cliText";

/** Where the command line writes; tests pass their own. */
export interface CliIo {
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
}

/**
 * Exit codes: 0 fine (compute: every product rated), 1 the round has errors to fix or (compute) a product
 * is not rated, 2 unreadable input or bad usage.
 */
export const EXIT = { ok: 0, issues: 1, usage: 2 } as const;

/**
 * A command that cannot run: bad usage (said with the command to get help) or input that cannot be read.
 * The words are chosen when printed, in the user's language; `message` holds the English for logs and tests.
 */
export class UsageError extends Error {
  constructor(
    readonly say: (text: CliText) => string,
    readonly kind: "usage" | "input" = "usage",
  ) {
    super(say(cliText("en")));
  }
}

/** An input problem whose message is already in the user's language (a file that cannot be opened). */
export function inputError(message: string): UsageError {
  return new UsageError(() => message, "input");
}
