import { LANGUAGES, type Language } from "../i18n";
import { cliText } from "../i18n/cliText";
import { parseArgs } from "./args";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { setsCommand, versionsCommand } from "./catalogListCommands";
import { computeCommand } from "./computeCommand";
import { criteriaCommand } from "./criteriaCommand";
import { DEMO_FILE, demoCommand } from "./demoCommand";
import { batchCommand, isBatch, type BatchVerb } from "./batchCommand";
import { CHAIN_SWITCHES, CHAIN_VALUED } from "./chainUsage";
import { exportCommand } from "./exportCommand";
import { exportCsvCommand } from "./exportCsvCommand";
import { forwardCommand } from "./forwardCommand";
import { registerCommand } from "./registerCommand";
import { initCommand } from "./initCommand";
import { validateCommand } from "./validateCommand";

/** The `ocop` command. Returns the exit code instead of exiting, so tests can run it in-process. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const language = languageOfArgs(argv);
  try {
    return await run(argv, io, language);
  } catch (error) {
    if (error instanceof UsageError) {
      const text = cliText(language);
      const hint = error.kind === "usage" ? ` — ${text.helpHint}` : "";
      io.err.write(`ocop: ${error.say(text)}${hint}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: CliIo, language: Language): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || rest.includes("--help")) {
    io.out.write(`${cliText(language).help(DEMO_FILE)}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const args = parseArgs(
    rest,
    [
      ...[
        "lang",
        "out",
        "round",
        "version",
        "products",
        "members",
        "level",
        "council",
        "date",
        "set",
        "name",
        "group",
      ],
      ...CHAIN_VALUED,
    ],
    ["json", "force", "from-shipped", ...CHAIN_SWITCHES],
  );
  languageFlag(args.flags.lang);
  if (isBatch(command, args.positional)) return batchCommand(command as BatchVerb, args, io, language);
  switch (command) {
    case "forward":
      return forwardCommand(args, io, language);
    case "register":
      return registerCommand(args, io, language);
    case "compute":
      return computeCommand(onePath(args.positional), args, io, language);
    case "validate":
      return validateCommand(onePath(args.positional), io, language);
    case "export":
      if (args.flags.csv) return exportCsvCommand(onePath(args.positional), args, io, language);
      return exportCommand(onePath(args.positional), io, language);
    case "init":
      if (args.positional.length > 0) throw new UsageError((t) => t.errors.optionsOnly("init"));
      return initCommand(args, io, language);
    case "criteria":
      return criteriaCommand(args, io, language);
    case "versions":
      return versionsCommand(io, language);
    case "sets":
      return setsCommand(onePath(args.positional), io, language);
    case "demo":
      if (args.positional.length > 0) throw new UsageError((t) => t.errors.demoOutOnly);
      return demoCommand(typeof args.flags.out === "string" ? args.flags.out : undefined, io, language);
    default:
      throw new UsageError((t) => t.errors.unknownCommand(command));
  }
}

function onePath(positional: readonly string[]): string {
  if (positional.length !== 1) throw new UsageError((t) => t.errors.oneFile(positional.length));
  return positional[0];
}

/**
 * The language to speak, found before anything else so that even a usage error is in it: `--lang`, else
 * OCOP_LANG, else Vietnamese. A wrong --lang is itself reported in the language OCOP_LANG names.
 */
function languageOfArgs(argv: readonly string[]): Language {
  // An empty OCOP_LANG (as `OCOP_LANG= ocop …` leaves it) means unset, as for most environment variables.
  const fromEnvironment = process.env.OCOP_LANG || undefined;
  const fallback: Language = fromEnvironment && isLanguage(fromEnvironment) ? fromEnvironment : "vi";
  const index = argv.indexOf("--lang");
  const wanted = index >= 0 ? argv[index + 1] : fromEnvironment;
  return wanted !== undefined && isLanguage(wanted) ? wanted : fallback;
}

function languageFlag(flag: string | true | undefined): void {
  const wanted = typeof flag === "string" ? flag : process.env.OCOP_LANG || undefined;
  if (wanted !== undefined && !isLanguage(wanted)) throw new UsageError((t) => t.errors.langValue(wanted));
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
