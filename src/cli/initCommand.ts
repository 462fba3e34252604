import { existsSync } from "fs";
import { writeCriteriaSetSheet } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import {
  COUNCIL_LEVELS,
  type Catalog,
  type CouncilLevel,
  type CriteriaSet,
  type Issue,
  type Round,
} from "../domain";
import { issueLine, type Language } from "../i18n";
import { XlsxWorkbook } from "../xlsx";
import type { ParsedArgs } from "./args";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { saveWorkbook } from "./openWorkbook";
import { readRoundFile, roundFileCatalog } from "./readRoundFile";
import { readMembersCsv, readProductsCsv } from "./readRosterCsv";
import { writeRoundToWorkbook } from "./roundWorkbook";

const DEFAULT_COUNCIL = "Hội đồng đánh giá, phân hạng sản phẩm OCOP";

/**
 * `ocop init --round R.json --out W.xlsx` (the round with its scores) or
 * `ocop init --version V --products P.csv --members M.csv --out W.xlsx` (a round ready to score).
 * An existing workbook is never overwritten without --force.
 */
export async function initCommand(args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const { flags } = args;
  const out = text(flags.out);
  if (!out) throw new UsageError("init needs --out W.xlsx");
  if (existsSync(out) && !flags.force)
    throw new UsageError(`${out} already exists; choose another --out or add --force to replace it`);
  const round = text(flags.round) ? roundFromFile(args, language) : roundFromLists(args);
  const workbook = XlsxWorkbook.empty();
  const roundFile = text(flags.round);
  const catalog = roundFile ? roundFileCatalog(roundFile, shippedCatalog(), language) : shippedCatalog();
  // Sets the round file carries go back into Bộ tiêu chí sheets, so the workbook reads on its own.
  for (const set of carriedSets(catalog, round))
    await writeCriteriaSetSheet(workbook, { catalog, language, set });
  const skipped = await writeRoundToWorkbook(workbook, round, { catalog, language });
  await saveWorkbook(workbook, out, language);
  report(skipped, io, language);
  io.err.write(
    language === "vi"
      ? `Đã tạo ${out}: ${round.products.length} sản phẩm, ${round.members.length} thành viên.\n`
      : `Created ${out}: ${round.products.length} products, ${round.members.length} members.\n`,
  );
  return skipped.length > 0 ? EXIT.issues : EXIT.ok;
}

function roundFromFile(args: ParsedArgs, language: Language): Round {
  const mixed = ["version", "products", "members", "level", "council", "date"].filter((f) => args.flags[f]);
  if (mixed.length > 0)
    throw new UsageError(`--round brings its own council and lists; drop --${mixed.join(", --")}`);
  return readRoundFile(text(args.flags.round) ?? "", language);
}

function roundFromLists(args: ParsedArgs): Round {
  const { flags } = args;
  const versionId = text(flags.version);
  const productsPath = text(flags.products);
  const membersPath = text(flags.members);
  if (!versionId || !productsPath || !membersPath)
    throw new UsageError("init needs --round R.json, or --version V --products P.csv --members M.csv");
  const catalog = shippedCatalog();
  const version = catalog.version(versionId);
  if (!version)
    throw new UsageError(
      `unknown criteria version '${versionId}' (known: ${catalog.versions.map((v) => v.id).join(", ")})`,
    );
  // With one shipped criteria sheet, a list need not repeat its product set on every line.
  const available = catalog.productSets(version.id).filter((entry) => entry.kind === "available");
  const defaultSet = available.length === 1 ? available[0].ref.code : undefined;
  const level = text(flags.level) ?? "district";
  if (!(COUNCIL_LEVELS as readonly string[]).includes(level))
    throw new UsageError(`--level takes ${COUNCIL_LEVELS.join(", ")}, not '${level}'`);
  const date = text(flags.date);
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new UsageError(`--date takes YYYY-MM-DD, not '${date}'`);
  return {
    criteriaVersion: version.id,
    council: {
      level: level as CouncilLevel,
      name: text(flags.council) ?? DEFAULT_COUNCIL,
      ...(date ? { date } : {}),
    },
    members: readMembersCsv(membersPath),
    products: readProductsCsv(productsPath, defaultSet),
    scores: {},
  };
}

function report(skipped: readonly Issue[], io: CliIo, language: Language): void {
  for (const found of skipped)
    io.err.write(`${found.severity}\t${found.code}\t${issueLine(found, language)}\n`);
}

function text(flag: string | true | undefined): string | undefined {
  return typeof flag === "string" ? flag : undefined;
}

/** The workbook-origin sets (carried by the round file) that the round's products use. */
function carriedSets(catalog: Catalog, round: Round): CriteriaSet[] {
  const codes = new Set(round.products.map((product) => product.productSet));
  return [...codes].flatMap((code) => {
    const set = catalog.criteriaSet(round.criteriaVersion, code);
    return set && set.origin === "workbook" ? [set] : [];
  });
}
