import { blockingIssues } from "./blockingIssues";
import type { Catalog } from "../domain";
import { resultFreshness, type ResultFreshness } from "../workbook/resultFreshness";
import type { WorkbookPort } from "../workbook/port";
import { assessRound, type RoundAssessment } from "./roundAssessment";
import { WorkbookSession } from "./workbookSession";

/** A workbook's round, its results recomputed by the engine, and whether its result sheet is current. */
export interface ComputedRound {
  readonly session: WorkbookSession;
  readonly assessment: RoundAssessment;
  readonly freshness: ResultFreshness;
  /** A setup sheet is missing or repeated: the file holds no round to use. */
  readonly hasRound: boolean;
}

/**
 * Reads a workbook once and scores it with the engine. The result sheet's layout is never parsed: only the
 * fingerprint it was computed from, compared with the inputs now, says whether that result still stands.
 */
export async function readComputedRound(port: WorkbookPort, catalog: Catalog): Promise<ComputedRound> {
  const session = await WorkbookSession.open(port, catalog);
  const assessment = assessRound(session.reading);
  const hasRound = blockingIssues(session.reading).length === 0;
  return {
    session,
    assessment,
    freshness: resultFreshness(session.reading.layout, assessment.fingerprint),
    hasRound,
  };
}

/** Why a workbook's result cannot be used as it stands (forward, register), or undefined when it can. */
export interface ResultProblem {
  readonly reason: "no-round" | "no-result" | "stale-result";
  /** For a stale result: when it was computed. */
  readonly detail?: string;
}

export function resultProblem(computed: ComputedRound): ResultProblem | undefined {
  if (!computed.hasRound) return { reason: "no-round" };
  if (computed.freshness.kind === "none") return { reason: "no-result" };
  if (computed.freshness.kind === "stale")
    return { reason: "stale-result", detail: computed.freshness.computedAt };
  return undefined;
}
