import type { WorkbookPort } from "../workbook/port";
import { auditPlan } from "./auditPlan";
import { ABORTED, timestamp, type Aborted, type CommandOptions } from "./commandOptions";
import { assessRound, type RoundAssessment } from "./roundAssessment";
import { WorkbookSession } from "./workbookSession";

export type ValidateRoundOutcome = ({ readonly kind: "validated" } & RoundAssessment) | Aborted;

/**
 * Kiểm tra: reads the workbook once, lists every issue with its sheet and cell, counts complete,
 * incomplete and invalid entries per product and per member, and appends one line to the log.
 */
export async function validateRound(
  port: WorkbookPort,
  options: CommandOptions,
): Promise<ValidateRoundOutcome> {
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  if (options.signal?.aborted) return ABORTED;
  const assessment = assessRound(session.reading);
  options.onProgress?.({ done: 1, total: 2 });
  if (options.signal?.aborted) return ABORTED;
  await port.writeSheets([auditPlan(session, assessment, "validate", timestamp(options))]);
  options.onProgress?.({ done: 2, total: 2 });
  return { kind: "validated", ...assessment };
}
