import { issue, type Issue, type Round, type ScoreValue } from "../domain";
import { sheetKey } from "../workbook/hiddenIds";
import { parseWorkbook, type WorkbookReading } from "../workbook/parse/parseWorkbook";
import { planAuditSheet } from "../workbook/plan/auditSheet";
import type { WorkbookPort } from "../workbook/port";
import { cellAddress as cellOf } from "../workbook/cellAddress";
import { ABORTED, timestamp, type Aborted, type CommandOptions } from "./commandOptions";
import { criteriaSheetPlans } from "./criteriaSheetPlans";
import { assessRound } from "./roundAssessment";
import { WorkbookSession } from "./workbookSession";

export interface MemberCopySource {
  /** What the user knows the copy by (its file name), for messages. */
  readonly name: string;
  readonly port: WorkbookPort;
}

export interface ImportMemberCopiesOptions extends CommandOptions {
  readonly copies: readonly MemberCopySource[];
  /** When the main workbook already holds a different score: keep it (default) or take the copy's. */
  readonly onConflict?: "keep-main" | "take-copy";
}

export type ImportMemberCopiesOutcome =
  | {
      readonly kind: "imported";
      /** Per copy: whose it was and how many entries it brought in. */
      readonly copies: readonly {
        readonly name: string;
        readonly member?: string;
        readonly entries: number;
      }[];
      /** Copies refused, conflicts between a copy and the main workbook, problems inside copies. */
      readonly issues: readonly Issue[];
      readonly sheets: readonly string[];
    }
  | Aborted;

const blank = (value: ScoreValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

type Scores = Record<string, Record<string, Record<string, ScoreValue>>>;
type CopyReport = { name: string; member?: string; entries: number };

/** The scores being merged, the problems found so far, and which products' sheets must be redrawn. */
interface Merge {
  readonly main: Round;
  readonly council: ReadonlySet<string>;
  readonly scores: Scores;
  readonly issues: Issue[];
  readonly touched: Set<string>;
  readonly onConflict: ImportMemberCopiesOptions["onConflict"];
}

/**
 * Nhập phiếu thành viên: reads members' copies back (one read each), takes from each only its own
 * member's column, and redraws the affected criteria sheets of the main workbook in one write. A copy
 * never overwrites a different score already in the main workbook unless asked to; each such case is
 * reported as a conflict.
 */
export async function importMemberCopies(
  port: WorkbookPort,
  options: ImportMemberCopiesOptions,
): Promise<ImportMemberCopiesOutcome> {
  const session = await WorkbookSession.open(port, options.catalog, options.language);
  const main = session.reading.round;
  const merge: Merge = {
    main,
    council: new Set(main.members.map((m) => m.id)),
    scores: copyOfScores(main.scores),
    issues: [],
    touched: new Set(),
    onConflict: options.onConflict,
  };
  const copies: CopyReport[] = [];
  for (const [i, source] of options.copies.entries()) {
    if (options.signal?.aborted) return ABORTED;
    const copy = parseWorkbook(await source.port.readSheets(), options.catalog);
    copies.push(takeCopy(copy, source.name, merge));
    if (copies[copies.length - 1].member)
      options.onProgress?.({ done: i + 1, total: options.copies.length, subject: source.name });
  }
  const merged: Round = { ...main, scores: merge.scores };
  const planned = criteriaSheetPlans(session, merged, session.reading.catalog, {
    signal: options.signal,
    products: [...merge.touched],
  });
  if (planned.aborted) return ABORTED;
  const located = merge.issues.map((found) => locateConflict(found, session.reading.layout));
  const after = assessRound({ ...session.reading, round: merged });
  await port.writeSheets([...planned.plans, importAuditPlan(session, options, after)]);
  return { kind: "imported", copies, issues: located, sheets: planned.sheets.map((s) => s.sheet) };
}

function copyOfScores(scores: Round["scores"]): Scores {
  const copy: Scores = {};
  for (const [product, byMember] of Object.entries(scores)) {
    copy[product] = {};
    for (const [member, entries] of Object.entries(byMember)) copy[product][member] = { ...entries };
  }
  return copy;
}

/** Takes one member's column from a copy that is for exactly one member of this council. */
function takeCopy(copy: WorkbookReading, name: string, merge: Merge): CopyReport {
  const members = copy.round.members.filter((m) => merge.council.has(m.id));
  if (copy.round.members.length !== 1 || members.length !== 1) {
    merge.issues.push(issue("copy-not-for-member", "error", { detail: name }));
    return { name, entries: 0 };
  }
  const member = members[0].id;
  merge.issues.push(
    ...copy.issues
      .filter((found) => found.severity === "error")
      .map((found) => ({ ...found, detail: found.detail ?? name })),
  );
  let brought = 0;
  for (const product of merge.main.products) {
    const theirs = copy.round.scores[product.id]?.[member];
    if (theirs) brought += takeScores(product.id, member, theirs, name, merge);
  }
  return { name, member, entries: brought };
}

/** Takes a member's scores on one product; a different score already in the main workbook is a conflict. */
function takeScores(
  product: string,
  member: string,
  theirs: Record<string, ScoreValue>,
  name: string,
  merge: Merge,
): number {
  const mine = (merge.scores[product] ??= {})[member] ?? {};
  let brought = 0;
  for (const [criterion, value] of Object.entries(theirs)) {
    const current = mine[criterion];
    if (current === value) continue;
    if (!blank(current) && merge.onConflict !== "take-copy") {
      merge.issues.push(
        issue("copy-conflict", "warning", {
          product,
          member,
          criterion,
          value,
          expected: typeof current === "boolean" ? String(current) : (current ?? undefined),
          detail: name,
        }),
      );
      continue;
    }
    mine[criterion] = value;
    brought += 1;
    merge.touched.add(product);
  }
  merge.scores[product][member] = mine;
  return brought;
}

/** A conflict names the cell of the main workbook that kept its score. */
function locateConflict(found: Issue, layout: WorkbookReading["layout"]): Issue {
  const sheet = found.product ? layout.criteria[found.product] : undefined;
  const row = found.criterion ? sheet?.criterionRows[found.criterion] : undefined;
  const column = found.member ? sheet?.memberColumns[found.member] : undefined;
  return sheet && row !== undefined && column !== undefined && found.code === "copy-conflict"
    ? { ...found, sheet: sheet.sheet, cell: cellOf(row, column) }
    : found;
}

function importAuditPlan(
  session: WorkbookSession,
  options: ImportMemberCopiesOptions,
  after: ReturnType<typeof assessRound>,
) {
  return planAuditSheet({
    name: session.nameFor(sheetKey.audit, session.labels.sheetNames.audit),
    existingLines: session.reading.layout.auditLines,
    language: session.language,
    line: {
      time: timestamp(options),
      action: "import",
      fingerprint: after.fingerprint,
      products: after.products.length,
      complete: after.totals.complete,
      incomplete: after.totals.incomplete,
      invalid: after.totals.invalid,
      errors: after.errors,
      warnings: after.warnings,
    },
  });
}
