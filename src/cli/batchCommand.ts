import { basename, resolve } from "path";
import { computeResultsFrom, readComputedRound } from "../commands";
import { shippedCatalog } from "../criteria/shippedCatalog";
import { allIssues, isError, resultDocument, scoreRound, type RoundResult } from "../domain";
import type { Language } from "../i18n";
import { fileErrorText } from "../i18n/fileErrors";
import { WorkbookFileError } from "../xlsx";
import type { ParsedArgs } from "./args";
import { EXIT, inputError, UsageError, type CliIo } from "./cliIo";
import { expandInputs } from "./expandInputs";
import { isRoundFile } from "./isRoundFile";
import { openWorkbook, saveWorkbook } from "./openWorkbook";
import { readRoundFile } from "./readRoundFile";

export type BatchVerb = "validate" | "compute";

/** One workbook's line in a batch. */
interface BatchLine {
  readonly file: string;
  readonly products: number;
  readonly scored: number;
  readonly unfinished: number;
  readonly errors: number;
  readonly stale: boolean;
  readonly code: number;
  /** Why the file could not be used (unreadable, no round, would lose content): its line says so. */
  readonly failure?: string;
  readonly result?: RoundResult;
}

/** validate and compute work on many files when given several, or a folder. */
export function isBatch(command: string | undefined, positional: readonly string[]): boolean {
  if (command !== "validate" && command !== "compute") return false;
  return positional.length > 1 || expandInputs(positional).join("\n") !== positional.join("\n");
}

/**
 * `ocop validate|compute W1.xlsx W2.xlsx…|FOLDER [--json]`: one summary line per workbook and a total; a
 * file that cannot be read is reported on its line and the others still run; exit status the worst.
 */
export async function batchCommand(
  verb: BatchVerb,
  args: ParsedArgs,
  io: CliIo,
  language: Language,
): Promise<number> {
  if (args.flags.out) throw new UsageError((t) => t.errors.batchOut(verb));
  const lines: BatchLine[] = [];
  for (const path of expandInputs(args.positional)) lines.push(await batchLine(verb, path, language));
  if (args.flags.json) io.out.write(`${JSON.stringify(lines.map(jsonOf), null, 2)}\n`);
  else {
    for (const line of lines) io.out.write(`${lineText(line, language)}\n`);
    io.out.write(`${totalText(lines, language)}\n`);
  }
  return Math.max(EXIT.ok, ...lines.map((line) => line.code));
}

async function batchLine(verb: BatchVerb, path: string, language: Language): Promise<BatchLine> {
  const file = basename(path);
  try {
    if (isRoundFile(path))
      return roundFileLine(file, scoreRound(readRoundFile(path, language), shippedCatalog()));
    return await workbookLine(verb, path, language);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return {
      file,
      products: 0,
      scored: 0,
      unfinished: 0,
      errors: 0,
      stale: false,
      code: EXIT.usage,
      failure: error.message,
    };
  }
}

function roundFileLine(file: string, result: RoundResult): BatchLine {
  const errors = allIssues(result).filter(isError).length;
  const scored = result.products.filter((p) => p.status === "scored").length;
  const unfinished = result.products.length - scored;
  const code = errors > 0 ? EXIT.issues : EXIT.ok;
  return { file, products: result.products.length, scored, unfinished, errors, stale: false, code, result };
}

async function workbookLine(verb: BatchVerb, path: string, language: Language): Promise<BatchLine> {
  const file = basename(path);
  const workbook = await openWorkbook(path, language);
  const computed = await readComputedRound(workbook, shippedCatalog());
  if (!computed.hasRound) throw inputError(noRoundText(language));
  const { assessment } = computed;
  const products = assessment.result.products.length;
  const scored = assessment.totals.complete;
  const unfinished = products - scored;
  let stale = computed.freshness.kind === "stale";
  if (verb === "compute") {
    if (workbook.unkeptContent.length > 0)
      throw inputError(
        fileErrorText(
          new WorkbookFileError("file-content-would-be-lost", path, undefined, workbook.unkeptContent),
          language,
        ),
      );
    await computeResultsFrom(computed.session, workbook, { catalog: shippedCatalog() });
    await saveWorkbook(workbook, resolve(path), language);
    stale = false;
  }
  const errors = assessment.errors;
  // compute also fails a workbook with products it could not rate, as `ocop compute` on one file does.
  const failed = errors > 0 || (verb === "compute" && unfinished > 0);
  return {
    file,
    products,
    scored,
    unfinished,
    errors,
    stale,
    code: failed ? EXIT.issues : EXIT.ok,
    result: assessment.result,
  };
}

function noRoundText(language: Language): string {
  return language === "vi"
    ? "sổ tính không có đợt đánh giá (thiếu trang Đợt, Sản phẩm hoặc Hội đồng)"
    : "the workbook holds no round (its Round, Products or Council sheet is missing)";
}

function jsonOf(line: BatchLine) {
  if (!line.result) return { file: line.file, error: line.failure ?? "" };
  return { file: line.file, ...resultDocument(line.result) };
}

function lineText(line: BatchLine, language: Language): string {
  if (line.failure !== undefined)
    return language === "vi"
      ? `${line.file}: KHÔNG ĐỌC ĐƯỢC — ${line.failure}`
      : `${line.file}: UNREADABLE — ${line.failure}`;
  return `${line.file}: ${countsText(line, language)}`;
}

function countsText(
  counts: Omit<BatchLine, "file" | "code" | "stale"> & { stale: boolean | number },
  language: Language,
): string {
  const stale = typeof counts.stale === "number" ? counts.stale : counts.stale ? 1 : 0;
  return language === "vi"
    ? `${counts.products} sản phẩm, ${counts.scored} đã xếp hạng, ${counts.unfinished} chưa xong, ${counts.errors} lỗi, ${stale} kết quả cũ`
    : `${counts.products} products, ${counts.scored} scored, ${counts.unfinished} unfinished, ${counts.errors} errors, ${stale} stale`;
}

function totalText(lines: readonly BatchLine[], language: Language): string {
  const sum = (pick: (line: BatchLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const unreadable = lines.filter((line) => line.failure !== undefined).length;
  const counts = {
    products: sum((l) => l.products),
    scored: sum((l) => l.scored),
    unfinished: sum((l) => l.unfinished),
    errors: sum((l) => l.errors),
    stale: sum((l) => (l.stale ? 1 : 0)),
  };
  return language === "vi"
    ? `Tổng ${lines.length} tệp (${unreadable} không đọc được): ${countsText(counts, language)}`
    : `Total ${lines.length} files (${unreadable} unreadable): ${countsText(counts, language)}`;
}
