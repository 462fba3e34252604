import { existsSync } from "fs";
import { basename } from "path";
import { addToRegister, readComputedRound, readRegister, renewalRound } from "../commands";
import { insertCriteriaSheets, setUpRound } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { addDays, dueCertificates, RENEWAL_NOTICE_DAYS, type CertificateEntry } from "../domain/certificate";
import type { Language } from "../i18n";
import { defaultCouncilName, registerRefusalText } from "../i18n/chainText";
import { fileErrorText } from "../i18n/fileErrors";
import { WorkbookFileError, XlsxWorkbook } from "../xlsx";
import type { ParsedArgs } from "./args";
import { EXIT, inputError, UsageError, type CliIo } from "./cliIo";
import { isoDateFromTyped } from "../domain/calendarDate";
import { openWorkbook, saveWorkbook } from "./openWorkbook";
import { readMembersCsv } from "./readRosterCsv";

/**
 * `ocop register add RESULT.xlsx --register SO.xlsx --decision "Số …" --date D` and
 * `ocop register due SO.xlsx [--before D] [--round NEXT.xlsx]`. Exit 0 done, 1 refused (no or stale
 * result, the round already in the register, not a register), 2 unreadable file or bad usage.
 */
export async function registerCommand(args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const [verb, ...files] = args.positional;
  if (files.length !== 1) throw new UsageError((t) => t.errors.registerOneFile);
  if (verb === "add") return registerAdd(files[0], args, io, language);
  if (verb === "due") return registerDue(files[0], args, io, language);
  throw new UsageError((t) => t.errors.registerVerb(verb ?? ""));
}

const flag = (args: ParsedArgs, name: string): string | undefined =>
  typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;

/** A date flag as typed (20/10/2026 or 2026-10-20), kept as ISO. */
function dateFlag(args: ParsedArgs, name: string): string | undefined {
  const value = flag(args, name);
  if (value === undefined) return undefined;
  const date = isoDateFromTyped(value);
  if (date === undefined) throw new UsageError((t) => t.errors.flagDateValue(name, value));
  return date;
}

async function registerAdd(path: string, args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const registerPath = flag(args, "register");
  const decision = flag(args, "decision");
  const date = dateFlag(args, "date");
  if (!registerPath || !decision || !date) throw new UsageError((t) => t.errors.registerAddNeeds);
  const computed = await readComputedRound(await openWorkbook(path, language), shippedCatalog());
  const register = existsSync(registerPath)
    ? await openWorkbook(registerPath, language)
    : XlsxWorkbook.empty();
  if (register.unkeptContent.length > 0)
    throw inputError(
      fileErrorText(
        new WorkbookFileError("file-content-would-be-lost", registerPath, undefined, register.unkeptContent),
        language,
      ),
    );
  const outcome = await addToRegister(register, computed, { number: decision, date }, language);
  if (outcome.kind === "refused") {
    io.err.write(
      `${registerRefusalText(outcome.reason, basename(path), registerPath, outcome.detail ?? "", language)}\n`,
    );
    return EXIT.issues;
  }
  await saveWorkbook(register, registerPath, language);
  for (const entry of outcome.entries) io.out.write(`${entryLine(entry)}\n`);
  io.err.write(
    language === "vi"
      ? `Đã thêm ${outcome.entries.length} sản phẩm vào ${registerPath} (trang '${outcome.sheet}').\n`
      : `Added ${outcome.entries.length} products to ${registerPath} (sheet '${outcome.sheet}').\n`,
  );
  return EXIT.ok;
}

async function registerDue(path: string, args: ParsedArgs, io: CliIo, language: Language): Promise<number> {
  const before =
    dateFlag(args, "before") ?? addDays(new Date().toISOString().slice(0, 10), RENEWAL_NOTICE_DAYS);
  const out = flag(args, "round");
  if (out && existsSync(out) && !args.flags.force) throw new UsageError((t) => t.errors.roundOutExists(out));
  const reading = await readRegister(await openWorkbook(path, language));
  if (!reading) {
    io.err.write(`${registerRefusalText("not-a-register", path, path, "", language)}\n`);
    return EXIT.issues;
  }
  const due = dueCertificates(reading.entries, before);
  for (const entry of due) io.out.write(`${entryLine(entry)}\n`);
  io.err.write(
    language === "vi"
      ? `${due.length} giấy chứng nhận hết hạn trước ${before}.\n`
      : `${due.length} certificates lapse before ${before}.\n`,
  );
  if (out && due.length > 0) await writeRenewalRound(due, out, args, language);
  if (out && due.length > 0)
    io.err.write(language === "vi" ? `Đã tạo đợt cấp lại ${out}.\n` : `Renewal round written to ${out}.\n`);
  return EXIT.ok;
}

async function writeRenewalRound(
  due: readonly CertificateEntry[],
  out: string,
  args: ParsedArgs,
  language: Language,
): Promise<void> {
  const council = flag(args, "council");
  const members = flag(args, "members");
  const round = renewalRound(due, {
    council: (level) => council ?? defaultCouncilName(level, language),
    ...(flag(args, "version") ? { version: flag(args, "version") } : {}),
    ...(dateFlag(args, "date") ? { date: dateFlag(args, "date") } : {}),
    ...(members ? { members: readMembersCsv(members) } : {}),
  });
  const workbook = XlsxWorkbook.empty();
  const options = { catalog: shippedCatalog(), language };
  await setUpRound(workbook, { ...options, round });
  if (round.members.length > 0) await insertCriteriaSheets(workbook, options);
  await saveWorkbook(workbook, out, language);
}

/** One certificate per line, tab-separated: expiry first, so a sorted list reads as a calendar. */
function entryLine(entry: CertificateEntry): string {
  const clean = (text: string | undefined) => (text ?? "").replace(/[\t\r\n]+/g, " ");
  return [
    entry.expiry,
    clean(entry.name),
    clean(entry.producer),
    `${entry.stars}★`,
    clean(entry.decision),
    entry.decisionDate,
  ].join("\t");
}
