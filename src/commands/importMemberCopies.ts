import { issue, type Issue, type Round, type ScoreValue } from "../domain";
import { sheetKey } from "../workbook/hiddenIds";
import { parseWorkbook } from "../workbook/parse/parseWorkbook";
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
  const council = new Set(main.members.map((m) => m.id));
  const scores: Record<string, Record<string, Record<string, ScoreValue>>> = {};
  for (const [product, byMember] of Object.entries(main.scores)) {
    scores[product] = {};
    for (const [member, entries] of Object.entries(byMember)) scores[product][member] = { ...entries };
  }
  const issues: Issue[] = [];
  const copies: { name: string; member?: string; entries: number }[] = [];
  const touched = new Set<string>();
  for (const [i, source] of options.copies.entries()) {
    if (options.signal?.aborted) return ABORTED;
    const copy = parseWorkbook(await source.port.readSheets(), options.catalog);
    const members = copy.round.members.filter((m) => council.has(m.id));
    if (copy.round.members.length !== 1 || members.length !== 1) {
      issues.push(issue("copy-not-for-member", "error", { detail: source.name }));
      copies.push({ name: source.name, entries: 0 });
      continue;
    }
    const member = members[0].id;
    let brought = 0;
    issues.push(
      ...copy.issues
        .filter((found) => found.severity === "error")
        .map((found) => ({ ...found, detail: found.detail ?? source.name })),
    );
    for (const product of main.products) {
      const theirs = copy.round.scores[product.id]?.[member];
      if (!theirs) continue;
      const mine = (scores[product.id] ??= {})[member] ?? {};
      for (const [criterion, value] of Object.entries(theirs)) {
        const current = mine[criterion];
        if (current === value) continue;
        if (!blank(current) && options.onConflict !== "take-copy") {
          issues.push(
            issue("copy-conflict", "warning", {
              product: product.id,
              member,
              criterion,
              value,
              expected: typeof current === "boolean" ? String(current) : (current ?? undefined),
              detail: source.name,
            }),
          );
          continue;
        }
        mine[criterion] = value;
        brought += 1;
        touched.add(product.id);
      }
      scores[product.id][member] = mine;
    }
    copies.push({ name: source.name, member, entries: brought });
    options.onProgress?.({ done: i + 1, total: options.copies.length, subject: source.name });
  }
  const merged: Round = { ...main, scores };
  const planned = criteriaSheetPlans(session, merged, session.reading.catalog, {
    signal: options.signal,
    products: [...touched],
  });
  if (planned.aborted) return ABORTED;
  const layout = session.reading.layout;
  const located = issues.map((found) => {
    const sheet = found.product ? layout.criteria[found.product] : undefined;
    const row = found.criterion ? sheet?.criterionRows[found.criterion] : undefined;
    const column = found.member ? sheet?.memberColumns[found.member] : undefined;
    return sheet && row !== undefined && column !== undefined && found.code === "copy-conflict"
      ? { ...found, sheet: sheet.sheet, cell: cellOf(row, column) }
      : found;
  });
  const after = assessRound({ ...session.reading, round: merged });
  await port.writeSheets([
    ...planned.plans,
    planAuditSheet({
      name: session.nameFor(sheetKey.audit, session.labels.sheetNames.audit),
      existingLines: layout.auditLines,
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
    }),
  ]);
  return { kind: "imported", copies, issues: located, sheets: planned.sheets.map((s) => s.sheet) };
}
