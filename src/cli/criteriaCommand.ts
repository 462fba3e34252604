import type { Language } from "../i18n";
import type { ParsedArgs } from "./args";
import { UsageError, type CliIo } from "./cliIo";
import { criteriaImportCommand } from "./criteriaImportCommand";
import { criteriaSheetCommand } from "./criteriaSheetCommand";

export const CRITERIA_USAGE = `  ocop criteria import TABLE.tsv --version V --set CODE [--name NAME] [--out SET.json]
                                                    read a decision's criteria table (copied from its
                                                    Word/PDF copy, tab-separated) into ocop-criteria/1
  ocop criteria sheet W.xlsx --version V --set CODE [--from-shipped] [--name NAME]
                                                    add a Bộ tiêu chí sheet to paste the table into
  ocop versions                                     the criteria versions the add-in knows
  ocop sets VERSION                                 a version's product sets: code, name, criteria,
                                                    source, complete or not`;

/** `ocop criteria import|sheet …`: bring a decision's criteria table in. */
export async function criteriaCommand(args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const [verb, path, ...extra] = args.positional;
  if (path === undefined || extra.length > 0 || (verb !== "import" && verb !== "sheet"))
    throw new UsageError(`usage:\n${CRITERIA_USAGE}`);
  return verb === "import"
    ? criteriaImportCommand(path, args, io, language)
    : criteriaSheetCommand(path, args, io, language);
}
