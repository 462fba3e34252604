import { LANGUAGES, type Language } from "../i18n";
import { parseArgs } from "./args";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { setsCommand, versionsCommand } from "./catalogListCommands";
import { computeCommand } from "./computeCommand";
import { criteriaCommand, CRITERIA_USAGE } from "./criteriaCommand";
import { DEMO_FILE, demoCommand } from "./demoCommand";
import { exportCommand } from "./exportCommand";
import { initCommand } from "./initCommand";
import { validateCommand } from "./validateCommand";

const USAGE = `usage:
  ocop demo [--out FILE.xlsx]                       build the sample round (12 products, 7 members), compute
                                                    it and print the results (default file ${DEMO_FILE})
  ocop init --round ROUND.json --out W.xlsx         a workbook holding the round, scores included
  ocop init --version V --products P.csv --members M.csv --out W.xlsx
            [--level district] [--council NAME] [--date YYYY-MM-DD] [--force]
                                                    a workbook ready to score (CSV UTF-8 lists)
  ocop compute ROUND.json|W.xlsx [--out W2.xlsx] [--json]
                                                    score a round; on a workbook, write the result sheet
                                                    (in place, atomically, other sheets untouched);
                                                    --json prints ocop-result/1
  ocop validate ROUND.json|W.xlsx                   list the round's issues; exit 1 when any is an error
  ocop export W.xlsx                                print the workbook's round as ocop-round/1 JSON
${CRITERIA_USAGE}
  every command takes --lang vi|en (default: OCOP_LANG, else vi)
  exit codes: 0 ok, 1 the round or workbook has issues to fix, 2 unreadable input or bad usage`;

/** The `ocop` command. Returns the exit code instead of exiting, so tests can run it in-process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`ocop: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseArgs(
    rest,
    ["lang", "out", "round", "version", "products", "members", "level", "council", "date", "set", "name"],
    ["json", "force", "from-shipped"],
  );
  const language = languageFlag(args.flags.lang);
  switch (command) {
    case "compute":
      return computeCommand(onePath(args.positional), args, io, language);
    case "validate":
      return validateCommand(onePath(args.positional), io, language);
    case "export":
      return exportCommand(onePath(args.positional), io, language);
    case "init":
      if (args.positional.length > 0) throw new UsageError(`init takes options only\n${USAGE}`);
      return initCommand(args, io, language);
    case "criteria":
      return criteriaCommand(args, io, language);
    case "versions":
      return versionsCommand(io, language);
    case "sets":
      return setsCommand(onePath(args.positional), io, language);
    case "demo":
      if (args.positional.length > 0) throw new UsageError(`demo takes --out only\n${USAGE}`);
      return demoCommand(typeof args.flags.out === "string" ? args.flags.out : undefined, io, language);
    case undefined:
    case "help":
    case "--help":
      io.out.write(`${USAGE}\n`);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  }
}

function onePath(positional: readonly string[]): string {
  if (positional.length !== 1) throw new UsageError(`expected one file, got ${positional.length}\n${USAGE}`);
  return positional[0];
}

function languageFlag(flag: string | true | undefined): Language {
  // An empty OCOP_LANG (as `OCOP_LANG= ocop …` leaves it) means unset, as for most environment variables.
  const wanted = typeof flag === "string" ? flag : process.env.OCOP_LANG || undefined;
  if (wanted === undefined) return "vi";
  if (!(LANGUAGES as readonly string[]).includes(wanted))
    throw new UsageError(`--lang takes vi or en, not '${wanted}'`);
  return wanted as Language;
}
