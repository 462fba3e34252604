import { UsageError } from "./cliIo";

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/** `--name value` and `--flag`; the flags a command takes are listed so a typo is a usage error. */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  switches: readonly string[],
): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (switches.includes(name)) flags[name] = true;
    else if (valued.includes(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError((t) => t.errors.needsValue(name));
      flags[name] = value;
      i += 1;
    } else throw new UsageError((t) => t.errors.unknownOption(name));
  }
  return { positional, flags };
}
