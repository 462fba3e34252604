import { readFileSync } from "fs";
import { basename } from "path";
import { shippedCatalog } from "../criteria/shippedCatalog";
import type { CriteriaVersion } from "../domain";
import { issueLine, type Language } from "../i18n";
import { readPastedTable, tsvRows } from "../workbook/parse/pastedTable/readPastedTable";
import { writeFileAtomically } from "../xlsx/writeFileAtomically";
import type { ParsedArgs } from "./args";
import { EXIT, UsageError, type CliIo } from "./cliIo";

/**
 * `ocop criteria import TABLE.tsv --version V --set CODE [--name NAME] [--out SET.json]`: a decision's
 * table as copied from its Word or PDF copy (tab-separated, as Excel holds a paste) → `ocop-criteria/1`,
 * exactly the decision's set, or the issues that stop it, each naming its row and cell.
 */
export async function criteriaImportCommand(
  path: string,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): Promise<number> {
  const version = wantedVersion(args, language);
  const code = requiredFlag(args, "set", language);
  const reading = readPastedTable(
    { rows: tsvRows(readTable(path, language)) },
    {
      version,
      code,
      ...(typeof args.flags.name === "string" ? { name: args.flags.name } : {}),
      source: `${language === "vi" ? "Dán từ bảng của quyết định" : "Pasted from the decision's table"}: ${basename(path)}`,
      sheet: basename(path),
    },
  );
  if (reading.kind === "failed") {
    for (const found of reading.issues)
      io.out.write(`${found.severity}\t${found.code}\t${issueLine(found, language)}\n`);
    return EXIT.issues;
  }
  const json = `${JSON.stringify(reading.document, null, 2)}\n`;
  if (typeof args.flags.out !== "string") {
    io.out.write(json);
    return EXIT.ok;
  }
  await writeFileAtomically(args.flags.out, new TextEncoder().encode(json));
  const count = reading.set.parts.reduce(
    (n, p) => n + p.groups.reduce((m, g) => m + g.criteria.length, 0),
    0,
  );
  io.err.write(
    language === "vi"
      ? `Đã ghi bộ ${code} (${count} tiêu chí) vào ${args.flags.out}.\n`
      : `Wrote set ${code} (${count} criteria) to ${args.flags.out}.\n`,
  );
  return EXIT.ok;
}

function readTable(path: string, language: Language): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new UsageError(
      () =>
        language === "vi" ? `không đọc được tệp bảng '${path}'` : `cannot read the table file '${path}'`,
      "input",
    );
  }
}

/** The --version a command names, from the shipped catalog; a wrong one says where the list is. */
export function wantedVersion(args: ParsedArgs, language: Language): CriteriaVersion {
  const id = requiredFlag(args, "version", language);
  const version = shippedCatalog().version(id);
  if (!version || version.synthetic)
    throw new UsageError(() =>
      language === "vi"
        ? `không có bộ tiêu chí '${id}'; xem danh sách bằng: ocop versions`
        : `no criteria version '${id}'; list them with: ocop versions`,
    );
  return version;
}

export function requiredFlag(args: ParsedArgs, name: string, language: Language): string {
  const value = args.flags[name];
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  throw new UsageError(() => (language === "vi" ? `cần --${name}` : `--${name} is required`));
}
