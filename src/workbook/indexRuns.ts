/** Consecutive row or column indexes, both ends included: what one range address can cover. */
export interface IndexRun {
  readonly from: number;
  readonly to: number;
}

/** [5, 3, 4, 8] → 3–5 and 8–8: adjacent indexes as one run, in order, each index once. */
export function indexRuns(indexes: Iterable<number>): IndexRun[] {
  const runs: { from: number; to: number }[] = [];
  for (const index of [...new Set(indexes)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.to === index - 1) last.to = index;
    else runs.push({ from: index, to: index });
  }
  return runs;
}

/** The runs of the indexes from..to where `keep` holds. */
export function runsWhere(from: number, to: number, keep: (index: number) => boolean): IndexRun[] {
  const kept: number[] = [];
  for (let index = from; index <= to; index += 1) if (keep(index)) kept.push(index);
  return indexRuns(kept);
}
