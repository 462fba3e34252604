import { isoDateFromTyped } from "../domain/calendarDate";
import { existsSync } from "fs";
import { basename } from "path";
import {
  planForward,
  readComputedRound,
  writeForwardRound,
  type ForwardPlan,
  type ForwardSource,
} from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { COUNCIL_LEVELS, type CouncilLevel } from "../domain";
import type { Language } from "../i18n";
import { defaultCouncilName, forwardRefusalText, type ForwardRefusal } from "../i18n/chainText";
import { sheetLabels } from "../i18n/sheetLabels";
import { XlsxWorkbook } from "../xlsx";
import type { ParsedArgs } from "./args";
import { EXIT, UsageError, type CliIo } from "./cliIo";
import { csvText } from "./csvText";
import { expandInputs } from "./expandInputs";
import { openWorkbook, saveWorkbook } from "./openWorkbook";
import { readMembersCsv } from "./readRosterCsv";
import { writeFileAtomically } from "../xlsx";

/**
 * `ocop forward RESULT.xlsx… --out NEXT.xlsx [--level L] [--council NAME] [--date D] [--version V]
 * [--returned] [--force]`: the next level's round from computed results. Exit 0 written, 1 a file was
 * refused (no result, stale, other version or level, nothing to forward), 2 a file unreadable or bad usage.
 */
export async function forwardCommand(args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const options = forwardOptions(args);
  const sources: ForwardSource[] = [];
  const unreadable: ForwardRefusal[] = [];
  for (const path of expandInputs(args.positional)) {
    try {
      const workbook = await openWorkbook(path, language);
      sources.push({ file: basename(path), computed: await readComputedRound(workbook, shippedCatalog()) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unreadable.push({ file: basename(path), reason: "unreadable", detail: error.message });
    }
  }
  // Sheets keep the language the lower level's workbooks were set up in unless --lang asks for another.
  const sheetLanguage =
    typeof args.flags.lang === "string"
      ? language
      : (sources[0]?.computed.session.reading.language ?? language);
  const request = {
    ...options.request,
    council: (to: CouncilLevel) => options.council ?? defaultCouncilName(to, sheetLanguage),
  };
  const outcome = planForward(sources, request, shippedCatalog());
  const refusals = [...unreadable, ...(outcome.kind === "refused" ? outcome.refusals : [])];
  if (refusals.length > 0 || outcome.kind === "refused") {
    for (const refusal of refusals) io.err.write(`${forwardRefusalText(refusal, language)}\n`);
    return unreadable.length > 0 ? EXIT.usage : EXIT.issues;
  }
  await writeNextRound(outcome.plan, options.out, sheetLanguage);
  reportWritten(outcome.plan, options.out, io, language);
  return EXIT.ok;
}

function forwardOptions(args: ParsedArgs) {
  const { flags } = args;
  const text = (name: string) => (typeof flags[name] === "string" ? (flags[name] as string) : undefined);
  const out = text("out");
  if (!out) throw new UsageError((t) => t.errors.forwardNeedsOut);
  if (args.positional.length === 0) throw new UsageError((t) => t.errors.forwardNeedsInputs);
  if (existsSync(out) && !flags.force) throw new UsageError((t) => t.errors.outExists(out));
  const level = text("level");
  if (level !== undefined && !(COUNCIL_LEVELS as readonly string[]).includes(level))
    throw new UsageError((t) => t.errors.levelValue(level, COUNCIL_LEVELS.join(", ")));
  const typedDate = text("date");
  const date = typedDate === undefined ? undefined : isoDateFromTyped(typedDate);
  if (typedDate !== undefined && date === undefined)
    throw new UsageError((t) => t.errors.dateValue(typedDate));
  const version = text("version");
  if (version !== undefined && !shippedCatalog().version(version))
    throw new UsageError((t) =>
      t.errors.unknownVersion(
        version,
        shippedCatalog()
          .versions.map((v) => v.id)
          .join(", "),
      ),
    );
  const council = text("council");
  const members = text("members");
  return {
    out,
    council,
    request: {
      ...(level ? { level: level as CouncilLevel } : {}),
      ...(date ? { date } : {}),
      ...(version ? { version } : {}),
      returned: flags.returned === true,
      ...(members ? { members: readMembersCsv(members) } : {}),
    },
  };
}

/** A workbook ready for the next council; a returned list may also be asked for as CSV. */
async function writeNextRound(plan: ForwardPlan, out: string, language: Language): Promise<void> {
  if (/\.csv$/i.test(out)) {
    await writeFileAtomically(out, Buffer.from(forwardedCsv(plan, language), "utf8"));
    return;
  }
  const workbook = XlsxWorkbook.empty();
  await writeForwardRound(workbook, plan, { catalog: shippedCatalog(), language });
  await saveWorkbook(workbook, out, language);
}

function forwardedCsv(plan: ForwardPlan, language: Language): string {
  const labels = sheetLabels(language);
  const header =
    language === "vi"
      ? [
          "Mã",
          "Tên sản phẩm",
          "Chủ thể",
          "Xã",
          "Bộ sản phẩm",
          "Tệp",
          "Hội đồng",
          "Mã ở cấp gửi",
          "Điểm",
          "Sao",
        ]
      : [
          "Id",
          "Product",
          "Producer",
          "Commune",
          "Product set",
          "File",
          "Council",
          "Id there",
          "Score",
          "Stars",
        ];
  const rows = plan.products.map(({ product, origin }) => [
    product.id,
    product.name,
    product.producer,
    product.commune,
    product.productSet,
    origin.file,
    `${origin.council} (${labels.levels[origin.level]})`,
    origin.productId,
    Math.round(origin.score * 100) / 100,
    origin.stars,
  ]);
  return csvText([header, ...rows]);
}

function reportWritten(plan: ForwardPlan, out: string, io: CliIo, language: Language): void {
  const duplicates = plan.products.filter((entry) => entry.alsoFrom.length > 0);
  for (const entry of duplicates) {
    const files = [entry.origin, ...entry.alsoFrom].map((o) => o.file).join(", ");
    io.err.write(
      language === "vi"
        ? `cảnh báo: ${entry.product.id} "${entry.product.name}" được gửi từ nhiều tệp (${files}); một dòng, đã đánh dấu ở cột "Trùng sản phẩm" trang Sản phẩm của ${out}.\n`
        : `warning: ${entry.product.id} "${entry.product.name}" was sent by several files (${files}); one row, flagged in the "Duplicate" column of ${out}'s Products sheet.\n`,
    );
  }
  const level = sheetLabels(language).levels[plan.round.council.level];
  io.err.write(
    language === "vi"
      ? `Đã tạo ${out}: ${plan.products.length} sản phẩm cho ${level} (${plan.round.criteriaVersion}), ${duplicates.length} trùng.\n`
      : `Created ${out}: ${plan.products.length} products for ${level} (${plan.round.criteriaVersion}), ${duplicates.length} duplicated.\n`,
  );
}
