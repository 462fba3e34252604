import type { ExcelContext } from "./excelApi";

/** Excel on the web rejects a request (or response) larger than 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one sync may carry by default: a fifth below the limit, for the request envelope (object paths,
 * action ids) that our count of cell arrays does not see.
 */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** A formatting call (bold, merge, validation rule…) in a request: its action and object path, roughly. */
export const OPERATION_BYTES = 100;

const encoder = new TextEncoder();

/** The UTF-8 size of data as JSON, which is how office-js sends cell arrays. */
export function jsonBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data)).length;
}

/**
 * Counts the bytes queued on a request context and syncs before a write would take the request over the
 * budget. So the number of syncs grows with the bytes written, never with the number of sheets or products.
 */
export class PayloadBudget {
  private queued = 0;
  private extraSyncs = 0;

  constructor(
    private readonly context: ExcelContext,
    readonly budgetBytes: number = DEFAULT_PAYLOAD_BUDGET_BYTES,
  ) {
    if (!(budgetBytes > 0))
      throw new Error(`payload budget must be a positive number of bytes, got ${budgetBytes}`);
  }

  /** Call before queueing a write of `bytes`. */
  async spend(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budgetBytes) {
      await this.context.sync();
      this.extraSyncs += 1;
      this.queued = 0;
    }
    this.queued += bytes;
  }

  /** Syncs what is queued, if anything: the end of a step whose results the next step needs. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    await this.context.sync();
    this.queued = 0;
  }

  /** Syncs the budget added on its own, beyond the batch's fixed ones. */
  get syncsAdded(): number {
    return this.extraSyncs;
  }
}

/**
 * Splits a 2-D array into runs of whole rows each at most `maxBytes` as JSON (a single row larger than that
 * stays alone: Excel cannot take less than a row of a block in one write here).
 */
export function splitRows<T>(
  rows: readonly (readonly T[])[],
  maxBytes: number,
): { start: number; rows: T[][] }[] {
  const chunks: { start: number; rows: T[][] }[] = [];
  let current: T[][] = [];
  let start = 0;
  let size = 2; // the enclosing [ ]
  rows.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1; // its comma
    if (current.length > 0 && size + rowBytes > maxBytes) {
      chunks.push({ start, rows: current });
      current = [];
      start = index;
      size = 2;
    }
    current.push([...row]);
    size += rowBytes;
  });
  if (current.length > 0) chunks.push({ start, rows: current });
  return chunks;
}
