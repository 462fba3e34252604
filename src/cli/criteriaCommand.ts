import type { Language } from "../i18n";
import type { ParsedArgs } from "./args";
import { UsageError, type CliIo } from "./cliIo";
import { criteriaImportCommand } from "./criteriaImportCommand";
import { criteriaSheetCommand } from "./criteriaSheetCommand";

/** `ocop criteria import|sheet …`: bring a decision's criteria table in. */
export async function criteriaCommand(args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const [verb, path, ...extra] = args.positional;
  if (path === undefined || extra.length > 0 || (verb !== "import" && verb !== "sheet"))
    throw new UsageError((t) => t.errors.criteriaVerb);
  return verb === "import"
    ? criteriaImportCommand(path, args, io, language)
    : criteriaSheetCommand(path, args, io, language);
}
