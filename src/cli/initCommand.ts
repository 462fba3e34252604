import { existsSync } from "fs";
import { writeCriteriaSetSheet } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import {
  COUNCIL_LEVELS,
  defaultCouncilLevel,
  versionInForce,
  type Catalog,
  type CouncilLevel,
  type CriteriaSet,
  type Round,
} from "../domain";
import { isoDateFromTyped } from "../domain/calendarDate";
import { issueLine, memberNames, type Language } from "../i18n";
import { cliText } from "../i18n/cliText";
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
 * `ocop init [--version V] --products P.csv --members M.csv [--set CODE] --out W.xlsx` (a round ready to
 * score; without --version, the decision in force on --date, or the newest). An existing workbook is never
 * overwritten without --force.
 */
export async function initCommand(args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const { flags } = args;
  const out = text(flags.out);
  if (!out) throw new UsageError((t) => t.errors.initNeedsOut);
  if (existsSync(out) && !flags.force) throw new UsageError((t) => t.errors.outExists(out));
  const round = text(flags.round) ? roundFromFile(args, language) : roundFromLists(args);
  const workbook = XlsxWorkbook.empty();
  const roundFile = text(flags.round);
  const catalog = roundFile ? roundFileCatalog(roundFile, shippedCatalog(), language) : shippedCatalog();
  // Sets the round file carries go back into Bộ tiêu chí sheets, so the workbook reads on its own.
  for (const set of carriedSets(catalog, round))
    await writeCriteriaSetSheet(workbook, { catalog, language, set });
  const skipped = await writeRoundToWorkbook(workbook, round, { catalog, language });
  await saveWorkbook(workbook, out, language);
  const names = memberNames(round.members);
  for (const found of skipped) io.err.write(`${issueLine(found, language, names)}\n`);
  io.err.write(`${cliText(language).created(out, round.products.length, round.members.length)}\n`);
  return skipped.length > 0 ? EXIT.issues : EXIT.ok;
}

function roundFromFile(args: ParsedArgs, language: Language): Round {
  const mixed = ["version", "products", "members", "level", "council", "date", "set"].filter(
    (f) => args.flags[f],
  );
  if (mixed.length > 0)
    throw new UsageError((t) => t.errors.roundBringsLists(mixed.map((f) => `--${f}`).join(", ")));
  return readRoundFile(text(args.flags.round) ?? "", language);
}

function roundFromLists(args: ParsedArgs): Round {
  const { flags } = args;
  const productsPath = text(flags.products);
  const membersPath = text(flags.members);
  if (!productsPath || !membersPath) throw new UsageError((t) => t.errors.initNeedsLists);
  const meeting = dateFlag(text(flags.date));
  const catalog = shippedCatalog();
  const version = chosenVersion(catalog, text(flags.version), meeting.date);
  const available = catalog
    .productSets(version.id)
    .filter((entry) => entry.kind === "available")
    .map((entry) => entry.ref.code);
  const defaultSet = setFlag(text(flags.set), version.id, available);
  return {
    criteriaVersion: version.id,
    council: {
      level: levelFlag(text(flags.level)) ?? defaultCouncilLevel(version),
      name: text(flags.council) ?? DEFAULT_COUNCIL,
      ...meeting,
    },
    members: readMembersCsv(membersPath),
    products: readProductsCsv(productsPath, defaultSet, available),
    scores: {},
  };
}

/** --set CODE: the product set of every row that names none; it must have a criteria sheet. */
function setFlag(
  code: string | undefined,
  version: string,
  available: readonly string[],
): string | undefined {
  if (code === undefined || available.includes(code)) return code;
  throw new UsageError((t) => t.errors.unknownSet(code, version, available.join(", ")));
}

/** The version named by --version, or else the one in force on the meeting date (the newest without one). */
function chosenVersion(catalog: Catalog, versionId: string | undefined, date: string | undefined) {
  const version = versionId ? catalog.version(versionId) : versionInForce(catalog.versions, date);
  if (!version) {
    const known = catalog.versions.map((v) => v.id).join(", ");
    throw new UsageError((t) => t.errors.unknownVersion(versionId ?? "", known));
  }
  return version;
}

function levelFlag(level: string | undefined): CouncilLevel | undefined {
  if (level === undefined) return undefined;
  if ((COUNCIL_LEVELS as readonly string[]).includes(level)) return level as CouncilLevel;
  throw new UsageError((t) => t.errors.levelValue(level, COUNCIL_LEVELS.join(", ")));
}

/** --date 20/10/2026 (as Vietnamese write it) or 2026-10-20; the round keeps ISO. */
function dateFlag(typed: string | undefined): { date?: string } {
  if (typed === undefined) return {};
  const date = isoDateFromTyped(typed);
  if (date === undefined) throw new UsageError((t) => t.errors.dateValue(typed));
  return { date };
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
