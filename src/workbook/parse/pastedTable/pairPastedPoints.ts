import type { PastedPoints } from "./pastedLines";
import type { PointsSlot, SlotKind } from "./pastedOutline";

/** Which headings print a total in the points column, besides every option (the decisions differ). */
const PLANS: readonly (readonly SlotKind[])[] = [
  ["criterion", "option"],
  ["group", "criterion", "option"],
  ["option"],
  ["part", "group", "criterion", "option"],
  ["part", "criterion", "option"],
];

/** What pairing found: slots left without points, and points left without a slot. */
export interface PairingGaps {
  readonly emptySlots: readonly PointsSlot[];
  readonly extraValues: readonly PastedPoints[];
}

/** Rows apart a value may sit from its heading or option before a gap is the cheaper reading. */
const GAP_COST = 4;
/** Beyond this many slot × value pairs the table is not a decision's (a 5,000-row paste of other text). */
const MAX_ALIGNMENT = 2_000_000;

/**
 * Pairs the points column with the table's headings and options. Pasting a Word table puts each cell's
 * paragraphs on rows of their own, so a value is often a row or two away from its option: the values are
 * taken in order. When their number matches one way of printing totals, the pairing is exact; when it
 * matches none, the values are aligned by rows to find where one is missing or one is too many.
 */
export function pairPastedPoints(slots: readonly PointsSlot[], values: readonly PastedPoints[]): PairingGaps {
  const mustHave = (slot: PointsSlot) => slot.kind === "criterion" && isBareCriterion(slot, slots);
  const candidates = PLANS.map((kinds) =>
    slots.filter((slot) => kinds.includes(slot.kind) || mustHave(slot)),
  );
  const exact = candidates.find((planned) => planned.length === values.length);
  if (exact) {
    exact.forEach((slot, i) => (slot.points = values[i]));
    return { emptySlots: [], extraValues: [] };
  }
  if (candidates[0].length * values.length > MAX_ALIGNMENT)
    return { emptySlots: [], extraValues: values.slice(candidates[0].length) };
  const aligned = candidates
    .map((planned) => alignByRows(planned, values))
    .sort((a, b) => a.cost - b.cost)[0];
  aligned.pairs.forEach(([slot, value]) => (slot.points = value));
  return aligned;
}

/** A criterion printed without options (26/2026's bilingual labelling): its total is its only points. */
function isBareCriterion(slot: PointsSlot, slots: readonly PointsSlot[]): boolean {
  const next = slots[slots.indexOf(slot) + 1];
  return next === undefined || next.kind !== "option";
}

interface Alignment extends PairingGaps {
  readonly cost: number;
  readonly pairs: readonly (readonly [PointsSlot, PastedPoints])[];
}

/** Order-keeping alignment of slots and values, a value costing its distance in rows from its slot. */
function alignByRows(slots: readonly PointsSlot[], values: readonly PastedPoints[]): Alignment {
  const n = slots.length;
  const m = values.length;
  const cost: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 0; i <= n; i += 1)
    for (let j = 0; j <= m; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      if (i > 0 && j > 0) best = cost[i - 1][j - 1] + Math.abs(slots[i - 1].line.row - values[j - 1].row);
      if (i > 0) best = Math.min(best, cost[i - 1][j] + GAP_COST);
      if (j > 0) best = Math.min(best, cost[i][j - 1] + GAP_COST);
      cost[i][j] = best;
    }
  return traceBack(cost, slots, values);
}

function traceBack(
  cost: readonly Float64Array[],
  slots: readonly PointsSlot[],
  values: readonly PastedPoints[],
): Alignment {
  const pairs: [PointsSlot, PastedPoints][] = [];
  const emptySlots: PointsSlot[] = [];
  const extraValues: PastedPoints[] = [];
  let i = slots.length;
  let j = values.length;
  while (i > 0 || j > 0) {
    const here = cost[i][j];
    if (i > 0 && j > 0 && here === cost[i - 1][j - 1] + Math.abs(slots[i - 1].line.row - values[j - 1].row)) {
      pairs.push([slots[i - 1], values[j - 1]]);
      i -= 1;
      j -= 1;
    } else if (i > 0 && here === cost[i - 1][j] + GAP_COST) {
      emptySlots.push(slots[i - 1]);
      i -= 1;
    } else {
      extraValues.push(values[j - 1]);
      j -= 1;
    }
  }
  return {
    cost: cost[slots.length][values.length],
    pairs,
    emptySlots: emptySlots.reverse(),
    extraValues: extraValues.reverse(),
  };
}
