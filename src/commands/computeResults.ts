import type { WorkbookPort } from "../workbook/port";
import { auditPlan } from "./auditPlan";
import { ABORTED, timestamp, type Aborted, type CommandOptions } from "./commandOptions";
import { documentPlans } from "./documentPlans";
import { assessRound, type RoundAssessment } from "./roundAssessment";
import { WorkbookSession } from "./workbookSession";

export type ComputeResultsOutcome =
  | ({
      readonly kind: "computed";
      /** The result sheet's name. */
      readonly sheet: string;
      /** When these inputs were first computed (kept on reruns, so the sheet does not change). */
      readonly computedAt: string;
      /** True when the inputs are the same as last time: the result sheet is rewritten identically. */
      readonly unchanged: boolean;
    } & RoundAssessment)
  | Aborted;

/**
 * Tính kết quả: scores the round and writes ONLY the papers of the round (Kết quả, its annex, Biên bản,
 * the two lists: see documentPlans) and one log line. The computed time is
 * part of the fingerprinted state: with the same inputs the previous time is kept, so rerunning gives
 * an identical result sheet.
 */
export async function computeResults(
  port: WorkbookPort,
  options: CommandOptions,
): Promise<ComputeResultsOutcome> {
  return computeResultsFrom(
    await WorkbookSession.open(port, options.catalog, options.language),
    port,
    options,
  );
}

/**
 * computeResults on a workbook already read into `session` (opened with the same catalog and language):
 * the command line reads the file once to refuse a workbook with no round, and a second read and parse of
 * every criteria sheet would cost as much as that check.
 */
export async function computeResultsFrom(
  session: WorkbookSession,
  port: WorkbookPort,
  options: CommandOptions,
): Promise<ComputeResultsOutcome> {
  if (options.signal?.aborted) return ABORTED;
  const { reading } = session;
  const assessment = assessRound(reading);
  options.onProgress?.({ done: 1, total: 2 });
  if (options.signal?.aborted) return ABORTED;
  const previous = reading.layout.previousResult;
  const now = timestamp(options);
  const unchanged = previous?.fingerprint === assessment.fingerprint && previous.computedAt !== "";
  const computedAt = unchanged && previous ? previous.computedAt : now;
  const documents = documentPlans(session, {
    result: assessment.result,
    fingerprint: assessment.fingerprint,
    computedAt,
  });
  const sheet = documents[0].name;
  await port.writeSheets([...documents, auditPlan(session, assessment, "compute", now)]);
  options.onProgress?.({ done: 2, total: 2 });
  return { kind: "computed", sheet, computedAt, unchanged, ...assessment };
}
