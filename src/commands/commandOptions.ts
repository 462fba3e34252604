import type { Catalog } from "../domain";
import type { Language } from "../i18n/language";

/** One step of a long command, for a progress bar: `done` of `total` units. */
export interface ProgressStep {
  readonly done: number;
  readonly total: number;
  /** What is being done, as an id (a product id, a sheet key); wording is the caller's. */
  readonly subject?: string;
}

/**
 * What every command takes besides the port. The catalog comes in as a parameter so the browser bundle
 * can inject its own (commands never load shipped data themselves).
 */
export interface CommandOptions {
  readonly catalog: Catalog;
  /** Labels language for sheets written; default: the language stored on the Round sheet, else "vi". */
  readonly language?: Language;
  readonly onProgress?: (step: ProgressStep) => void;
  readonly signal?: AbortSignal;
  /** The clock, injectable so tests and reruns are reproducible. */
  readonly now?: () => Date;
}

/** A long command stopped by its AbortSignal before writing anything. */
export interface Aborted {
  readonly kind: "aborted";
}

export const ABORTED: Aborted = { kind: "aborted" };

export function timestamp(options: CommandOptions): string {
  return (options.now ?? (() => new Date()))().toISOString();
}
