import type { CouncilLevel } from "../domain";
import { defaultCouncilName } from "../i18n/chainText";
import type { WorkbookPort } from "../workbook/port";
import type { CommandOptions } from "./commandOptions";
import { planForward, type ForwardOutcome, type ForwardRequest } from "./forwardRound";
import { readComputedRound } from "./readComputedRound";
import { writeForwardRound } from "./writeForwardRound";

export interface NextLevelRoundOptions extends CommandOptions {
  /** How the open workbook is named in messages (its file name when known). */
  readonly file: string;
  readonly request?: Partial<ForwardRequest>;
}

/**
 * Tạo đợt cấp trên: the pane's `ocop forward` on the open workbook. Its result must be present and fresh
 * (the same checks as the command line); the next level's round is written into `target`, a new workbook.
 * Nothing is written when the workbook is refused.
 */
export async function buildNextLevelRound(
  source: WorkbookPort,
  target: WorkbookPort,
  options: NextLevelRoundOptions,
): Promise<ForwardOutcome> {
  const computed = await readComputedRound(source, options.catalog);
  const language = options.language ?? computed.session.reading.language;
  const outcome = planForward(
    [{ file: options.file, computed }],
    {
      council: (level: CouncilLevel) => defaultCouncilName(level, language),
      ...options.request,
    },
    options.catalog,
  );
  if (outcome.kind === "planned") await writeForwardRound(target, outcome.plan, { ...options, language });
  return outcome;
}
