import { addCriteriaSetSheet } from "../../commands/addCriteriaSetSheet";
import { blockingIssues } from "../../commands/blockingIssues";
import { computeResultsFrom } from "../../commands/computeResults";
import { exportMemberCopy } from "../../commands/exportMemberCopy";
import { importMemberCopies } from "../../commands/importMemberCopies";
import { assessRound } from "../../commands/roundAssessment";
import { insertCriteriaSheets } from "../../commands/insertCriteriaSheets";
import { setUpRound } from "../../commands/setUpRound";
import { validateRound } from "../../commands/validateRound";
import { WorkbookSession } from "../../commands/workbookSession";
import { policyOf, type Catalog } from "../../domain";
import { sheetKey } from "../../workbook/hiddenIds";
import { parseWorkbook, type WorkbookReading } from "../../workbook/parse/parseWorkbook";
import { planResultSheet } from "../../workbook/plan/resultSheet";
import type { WorkbookPort } from "../../workbook/port";
import { sheetLabels } from "../../i18n/sheetLabels";
import { copyFileName } from "../copies/copyFileName";
import { CancelledError } from "./cancelledError";
import { editedCells } from "./editedCells";
import { memberProgressOf } from "./memberProgressOf";
import type { PaneCommands } from "./paneCommands";
import { resultSummaryOf } from "./resultSummaryOf";
import { nextLevelRoundFile } from "./nextLevelRoundFile";
import { roundFromSetup } from "./roundFromSetup";

type ReadWorkbook = () => Promise<WorkbookReading>;

/**
 * The pane's verbs over the application commands (src/commands) and one workbook port. Reading the
 * workbook for a form (setup, policy, member progress) uses the same parser the commands use, so the pane
 * never shows a different round from the one the commands will act on.
 */
export function bindCommands(port: WorkbookPort, catalog: Catalog): PaneCommands {
  const read: ReadWorkbook = async () => parseWorkbook(await port.readSheets(), catalog);

  return {
    canExchangeCopies: true,

    async readSetup() {
      const { round, layout } = await read();
      return {
        ...(round.criteriaVersion ? { criteriaVersion: round.criteriaVersion } : {}),
        ...(layout.round ? { council: round.council } : {}),
        members: round.members,
        productsOnSheet: round.products,
      };
    },

    async setUpRound(request) {
      const reading = await read();
      const { round, keptEntries, pasted } = roundFromSetup(request, reading.round);
      await setUpRound(port, { catalog, language: request.language, round });
      return {
        products: round.products.length,
        members: round.members.length,
        keptEntries,
        ...(pasted ? { pasted } : {}),
      };
    },

    insertCriteriaSheets: insertCriteriaSheetsVerb(port, catalog),

    validate: validateVerb(port, catalog, read),

    compute: computeVerb(port, catalog, read),

    selectCell: (sheet, cell) => port.select(sheet, cell),

    async readPolicy() {
      const { round, layout } = await read();
      return layout.round ? policyOf(round) : undefined;
    },

    async savePolicy(policy) {
      const reading = await read();
      if (!reading.layout.round) {
        return { kind: "no-round-sheet", sheet: sheetLabels(reading.language).sheetNames.round };
      }
      // The rest of the round is written back as read, so saving the policy changes nothing else.
      await setUpRound(port, { catalog, round: { ...reading.round, policy } });
      return { kind: "saved" };
    },

    addCriteriaSetSheet: addCriteriaSetSheetVerb(port, catalog),

    async memberProgress(memberId) {
      return memberProgressOf(await read(), memberId);
    },

    exportMemberCopy: exportMemberCopyVerb(port, catalog, read),

    importMemberCopies: importMemberCopiesVerb(port, catalog),

    nextLevelRound: (language) => nextLevelRoundFile(port, catalog, language),
  };
}

/** Draws the missing Phiếu and names the product sets the catalog lacks. */
function insertCriteriaSheetsVerb(
  port: WorkbookPort,
  catalog: Catalog,
): PaneCommands["insertCriteriaSheets"] {
  return async () => {
    const outcome = await insertCriteriaSheets(port, { catalog });
    if (outcome.kind === "aborted") throw new CancelledError();
    const missing = outcome.skipped.filter(
      (found) => found.code === "criteria-sheet-missing" || found.code === "unknown-product-set",
    );
    return {
      sheets: outcome.sheets.length,
      missingSets: [...new Set(missing.map((found) => String(found.value ?? "")))].filter(Boolean),
      issues: outcome.skipped,
    };
  };
}

/** Adds a Bộ tiêu chí sheet and selects it, so the council starts typing where it should. */
function addCriteriaSetSheetVerb(port: WorkbookPort, catalog: Catalog): PaneCommands["addCriteriaSetSheet"] {
  return async (request) => {
    const outcome = await addCriteriaSetSheet(port, {
      catalog,
      language: request.language,
      version: request.criteriaVersion,
      productSet: request.productSet,
      fromShipped: request.fromShipped,
      ...(request.name ? { name: request.name } : {}),
      ...(request.group ? { group: request.group } : {}),
    });
    if (outcome.kind !== "written") return outcome;
    await port.select(outcome.sheet, "B2");
    return { kind: "written", sheet: outcome.sheet, prefilled: outcome.prefilled, gaps: outcome.gaps };
  };
}

/** Validates and lists each member's progress; a product nobody scored yet is 'not started', not too few members. */
function validateVerb(port: WorkbookPort, catalog: Catalog, read: ReadWorkbook): PaneCommands["validate"] {
  return async () => {
    const outcome = await validateRound(port, { catalog });
    if (outcome.kind === "aborted") throw new CancelledError();
    const reading = await read();
    const names = new Map(reading.round.members.map((m) => [m.id, m.name]));
    // Before anyone scored a product, "too few members" is where the round stands, not a mistake.
    const notStarted = new Set(
      outcome.products.filter((p) => p.complete + p.incomplete + p.invalid === 0).map((p) => p.product),
    );
    return {
      issues: outcome.issues.filter(
        (found) => !(found.code === "too-few-members" && notStarted.has(found.product ?? "")),
      ),
      products: outcome.totals,
      notStarted: notStarted.size,
      members: outcome.members.map((m) => ({
        id: m.member,
        name: names.get(m.member) ?? m.member,
        complete: m.complete,
        incomplete: m.incomplete,
        invalid: m.invalid,
      })),
    };
  };
}

/** Computes results unless hand edits on the result sheet need the user's confirmation first. */
function computeVerb(port: WorkbookPort, catalog: Catalog, read: ReadWorkbook): PaneCommands["compute"] {
  return async (request) => {
    request.onProgress("read", 0, 0);
    // A workbook with no round gets no Results sheet full of errors: the pane says what to do first.
    const session = await WorkbookSession.open(port, catalog);
    const blocking = blockingIssues(session.reading);
    if (blocking.length > 0) return { kind: "no-round", issues: blocking };
    if (!request.replaceEdited) {
      const edited = await resultEdits(port, catalog);
      if (request.signal.aborted) throw new CancelledError();
      if (edited.length > 0) return { kind: "needs-confirmation", editedCells: edited };
    }
    const outcome = await computeResultsFrom(session, port, {
      catalog,
      signal: request.signal,
      onProgress: ({ done, total }) => request.onProgress(done < total ? "write" : "done", done, total),
    });
    if (outcome.kind === "aborted") throw new CancelledError();
    const reading = await read();
    const summary = resultSummaryOf(reading.round, outcome, outcome.sheet, reading.layout.sheetNames);
    return { kind: "computed", summary };
  };
}

/** A member's copy as an .xlsx file named for the member. */
function exportMemberCopyVerb(
  port: WorkbookPort,
  catalog: Catalog,
  read: ReadWorkbook,
): PaneCommands["exportMemberCopy"] {
  return async (memberId) => {
    const outcome = await exportMemberCopy(port, { catalog, member: memberId });
    if (outcome.kind === "aborted") throw new CancelledError();
    const reading = await read();
    if (outcome.kind === "unknown-member") {
      const sheet =
        reading.layout.sheetNames[sheetKey.council] ?? sheetLabels(reading.language).sheetNames.council;
      return { kind: "unknown-member", member: outcome.member, sheet };
    }
    const { BrowserXlsxWorkbook } = await import("../copies/browserXlsxWorkbook");
    const file = BrowserXlsxWorkbook.empty();
    await file.writeSheets(outcome.plans);
    const name = reading.round.members.find((m) => m.id === memberId)?.name ?? "";
    return { kind: "exported", fileName: copyFileName(memberId, name), bytes: await file.toBytes() };
  };
}

/** Reads the returned copies into the workbook and counts members and entries taken in. */
function importMemberCopiesVerb(port: WorkbookPort, catalog: Catalog): PaneCommands["importMemberCopies"] {
  return async (files) => {
    const { BrowserXlsxWorkbook } = await import("../copies/browserXlsxWorkbook");
    const copies = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        port: await BrowserXlsxWorkbook.fromBytes(file.bytes),
      })),
    );
    const outcome = await importMemberCopies(port, { catalog, copies });
    if (outcome.kind === "aborted") throw new CancelledError();
    return {
      members: new Set(outcome.copies.map((copy) => copy.member).filter(Boolean)).size,
      entries: outcome.copies.reduce((sum, copy) => sum + copy.entries, 0),
      issues: outcome.issues,
    };
  };
}

/**
 * Hand edits on the result sheet: compared with the sheet the last compute wrote, which is known exactly
 * only while the inputs are unchanged (same fingerprint). With changed inputs every figure may move, so
 * nothing is flagged and the sheet is recomputed, as the log records.
 */
async function resultEdits(port: WorkbookPort, catalog: Catalog): Promise<readonly string[]> {
  const grids = await port.readSheets();
  const reading = parseWorkbook(grids, catalog);
  const previous = reading.layout.previousResult;
  const name = reading.layout.sheetNames[sheetKey.result];
  const grid = grids.find((g) => g.name === name);
  if (!previous || !grid) return [];
  const assessment = assessRound(reading);
  if (assessment.fingerprint !== previous.fingerprint) return [];
  const plan = planResultSheet({
    name: grid.name,
    round: reading.round,
    result: assessment.result,
    version: reading.catalog.version(reading.round.criteriaVersion),
    language: reading.language,
    fingerprint: assessment.fingerprint,
    computedAt: previous.computedAt,
  });
  return editedCells(plan, grid);
}
