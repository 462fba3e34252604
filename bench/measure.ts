import { performance } from "node:perf_hooks";

/** A bench figure: a number, or null with the reason it could not be measured. */
export type Figure =
  { readonly value: number; readonly note?: string } | { readonly value: null; readonly reason: string };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time in milliseconds of `runs` runs, after one warm-up run the median ignores. */
export async function medianMs(runs: number, action: () => unknown | Promise<unknown>): Promise<number> {
  const [ms] = await alternatingMedianMs(runs, [action]);
  return ms;
}

/**
 * Median wall times of several actions run in turn (a, b, a, b…), after one warm-up round: on a shared
 * machine a burst of other work then slows every action alike instead of landing on one, so their ratio holds.
 */
export async function alternatingMedianMs(
  runs: number,
  actions: readonly (() => unknown | Promise<unknown>)[],
): Promise<number[]> {
  for (const action of actions) await action();
  const times: number[][] = actions.map(() => []);
  for (let run = 0; run < runs; run += 1)
    for (const [index, action] of actions.entries()) {
      const start = performance.now();
      await action();
      times[index].push(performance.now() - start);
    }
  return times.map((each) => round(median(each), 2));
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Runs a measurement; an exception (a part not landed, a build that fails) becomes a skipped figure. */
export async function attempt(measure: () => Promise<Figure>): Promise<Figure> {
  try {
    return await measure();
  } catch (error) {
    return { value: null, reason: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}
