import { allIssues, isError, resultDocument, scoreRound } from "../domain";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { issueLine, LANGUAGES, type Language } from "../i18n";
import { parseArgs } from "./args";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { formatResultTable } from "./formatResultTable";
import { readRoundFile } from "./readRoundFile";

const USAGE = `usage:
  ocop compute ROUND.json [--json] [--lang vi|en]   score a round; --json prints ocop-result/1
  ocop validate ROUND.json [--lang vi|en]           list the round's issues; exit 1 when any is an error`;

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
  const args = parseArgs(rest, ["lang", "out"], ["json"]);
  const language = languageFlag(args.flags.lang);
  switch (command) {
    case "compute": {
      const round = readRoundFile(onePath(args.positional), language);
      const result = scoreRound(round, shippedCatalog());
      io.out.write(
        args.flags.json
          ? `${JSON.stringify(resultDocument(result), null, 2)}\n`
          : formatResultTable(round, result, language),
      );
      return EXIT.ok;
    }
    case "validate": {
      const round = readRoundFile(onePath(args.positional), language);
      const issues = allIssues(scoreRound(round, shippedCatalog()));
      for (const found of issues)
        io.out.write(`${found.severity}\t${found.code}\t${issueLine(found, language)}\n`);
      const errors = issues.filter(isError).length;
      io.out.write(
        language === "vi"
          ? `${errors} lỗi, ${issues.length - errors} cảnh báo\n`
          : `${errors} errors, ${issues.length - errors} warnings\n`,
      );
      return errors > 0 ? EXIT.issues : EXIT.ok;
    }
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
