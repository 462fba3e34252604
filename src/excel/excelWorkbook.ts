import type { SheetPlan } from "../workbook/plan/sheetPlan";
import type { SheetGrid, WorkbookPort } from "../workbook/port";
import { copyShapeOf } from "./copyShape";
import type { ExcelContext, RunBatch, WorksheetApi } from "./excelApi";
import { retryingRun, type BudgetedBatch } from "./retryingRun";
import {
  mayBeRefusedProtection,
  protectedTargets,
  refusedProtection,
  SHEET_PROTECTION_PROPERTIES,
  unprotectFirst,
} from "./sheetProtection";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, PayloadBudget } from "./payload";
import { gridOf } from "./readGrid";
import { readSheetsInSlices } from "./readSheetsInSlices";
import { findSheet, isSheet, outlineSheets } from "./sheetOutlines";
import { renderCopy, type SheetTemplate } from "./renderCopy";
import { renderPlan } from "./renderPlan";
import { ALL_EXCEL_FEATURES, type ExcelFeature } from "./requirements";

export interface ExcelWorkbookOptions {
  /** What the host supports (checkRequirements(…).features); features not listed are skipped. */
  readonly features?: ReadonlySet<ExcelFeature>;
  /**
   * Bytes of cell data one sync may carry, written or read; the default stays below Excel on the web's
   * 5 MB request and response limit. Desktop Excel has no such limit and may pass a larger budget.
   */
  readonly payloadBudgetBytes?: number;
  /** Pause before the one retry of a batch Excel refused for a passing reason (retryingRun). */
  readonly retryDelayMs?: number;
}

/**
 * The workbook port over office-js. Every call is one batch with a fixed number of context.sync() calls,
 * whatever the number of sheets, products or members: load what is needed, sync, queue every write as
 * 2-D arrays, sync. Only cell data larger than the payload budget, written or read, adds syncs, by bytes.
 * A new sheet shaped like one drawn in full earlier in the same call (every criteria sheet of a criteria
 * set after the first) is a copy of it plus the cells that differ (host feature "sheet-copy"): about
 * 1.5 KB of request instead of ~70 KB, so inserting 300 criteria sheets fits in the same one write sync
 * as inserting 3.
 *
 *   readSheets   3 syncs (sheet list with used-range sizes and marker areas; cells of setup sheets and
 *                ids of criteria sheets; the criteria sheets' scores) + 1 per budget-full of cells;
 *                2 without the "partial-read" feature, which reads every cell of every sheet. The first
 *                call of an adapter, or one after the user added, renamed or deleted a sheet, takes one
 *                more: the sheets' outlines are read in the list's sync only for names seen before.
 *   writeSheets  2 syncs (sheet list, protection, table names; all writes) + 1 per budget-full of bytes
 *   deleteSheets 2 syncs (sheet list; deletes)
 *   select       1 sync
 */
export class ExcelWorkbook implements WorkbookPort {
  private readonly features: ReadonlySet<ExcelFeature>;
  private readonly payloadBudgetBytes: number;
  private readonly retryDelayMs: number;
  /** The sheet names as this adapter last saw them: outlined together with the list (sheetOutlines.ts). */
  private knownSheets: readonly string[] = [];

  constructor(
    private readonly run: RunBatch,
    options: ExcelWorkbookOptions = {},
  ) {
    this.features = options.features ?? ALL_EXCEL_FEATURES;
    this.payloadBudgetBytes = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
    this.retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_MS;
  }

  /** Every port call: one batch, retried once where Excel says a retry may help, its errors typed. */
  private batch<T>(work: BudgetedBatch<T>): Promise<T> {
    return retryingRun(this.run, this.payloadBudgetBytes, work, this.retryDelayMs);
  }

  readSheets(names?: readonly string[]): Promise<readonly SheetGrid[]> {
    return this.batch(async (context, budgetBytes) => {
      const { listed, outlines } = await outlineSheets(context, {
        wanted: names,
        expected: this.knownSheets,
        partial: this.features.has("partial-read"),
        budgetBytes,
      });
      this.knownSheets = listed.map((sheet) => sheet.name);
      const cells = await readSheetsInSlices(context, outlines, budgetBytes);
      return outlines.map(({ sheet }, index) =>
        gridOf(sheet.name, sheet.visibility === "Visible", cells[index]),
      );
    });
  }

  writeSheets(plans: readonly SheetPlan[]): Promise<void> {
    if (plans.length === 0) return Promise.resolve();
    return this.batch(async (context, budgetBytes) => {
      const { tables } = context.workbook;
      tables.load("items/name");
      const sheets = await listSheets(context, SHEET_PROTECTION_PROPERTIES);
      const existingTables = new Set(tables.items.map((table) => table.name.toLowerCase()));
      const budget = new PayloadBudget(context, budgetBytes);
      const targets = protectedTargets(plans, (name) => findSheet(sheets, name));
      try {
        await unprotectFirst(targets, budget);
        await this.drawPlans(context, plans, sheets, budget, existingTables);
        await context.sync();
        this.knownSheets = namesAfterWrite(sheets, plans);
      } catch (error) {
        // Only the first sync carries the unprotects; after it, a failure has another cause.
        const firstSync = budget.syncsAdded === 0;
        throw firstSync && mayBeRefusedProtection(error)
          ? await refusedProtection(context, targets, error)
          : error;
      }
    });
  }

  /** Queues every plan: on its sheet (unprotected already), a new sheet, or a copy of a new one. */
  private async drawPlans(
    context: ExcelContext,
    plans: readonly SheetPlan[],
    sheets: readonly WorksheetApi[],
    budget: PayloadBudget,
    existingTables: Set<string>,
  ): Promise<void> {
    // Two plans for one new sheet in the same call write to the sheet the first one added (a new sheet's
    // name is not loaded, so it is remembered by the plan's name).
    const added = new Map<string, WorksheetApi>();
    // Whether a sheet drawn earlier in this call was left protected: the next plan on it unprotects first.
    const leftProtected = new Map<string, boolean>();
    // New sheets drawn in full in this call, by shape: a later new sheet of the same shape is a copy.
    const templates = new Map<string, SheetTemplate>();
    const copying = this.features.has("sheet-copy");
    for (const plan of plans) {
      const found = findSheet(sheets, plan.name);
      const key = plan.name.toLocaleLowerCase();
      const isNew = !found && !added.has(key);
      const shape = copying && isNew ? copyShapeOf(plan) : undefined;
      const template = shape === undefined ? undefined : templates.get(shape);
      if (template) {
        added.set(key, await renderCopy(template, plan, { features: this.features, budget }));
        leftProtected.set(key, plan.protect);
        continue;
      }
      const sheet = found ?? added.get(key) ?? context.workbook.worksheets.add(plan.name);
      if (!found) added.set(key, sheet);
      // A sheet drawn over again is no longer what its first plan drew: copies would copy both.
      for (const [drawn, { sheet: drawnSheet }] of templates)
        if (drawnSheet === sheet) templates.delete(drawn);
      if (shape !== undefined) templates.set(shape, { sheet, plan });
      await renderPlan(sheet, plan, {
        features: this.features,
        budget,
        // Sheets protected before this call were unprotected first (unprotectFirst).
        protectedNow: leftProtected.get(key) ?? false,
        existingTables,
        tables: context.workbook.tables,
      });
      leftProtected.set(key, plan.protect);
      for (const table of plan.tables) existingTables.add(table.name.toLowerCase());
    }
  }

  deleteSheets(names: readonly string[]): Promise<void> {
    if (names.length === 0) return Promise.resolve();
    return this.batch(async (context) => {
      const sheets = await listSheets(context, "items/name");
      // A name that is already gone is not an error: the product is off the round either way.
      const gone = names.map((name) => findSheet(sheets, name)).filter(isSheet);
      for (const sheet of gone) sheet.delete();
      await context.sync();
      this.knownSheets = sheets.filter((sheet) => !gone.includes(sheet)).map((sheet) => sheet.name);
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.batch(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}

/** A pause long enough for a co-author's edit or a busy host to pass, short enough not to be noticed. */
const RETRY_DELAY_MS = 400;

async function listSheets(context: ExcelContext, properties: string): Promise<readonly WorksheetApi[]> {
  const { worksheets } = context.workbook;
  worksheets.load(properties);
  await context.sync();
  return worksheets.items;
}

/** The workbook's sheet names once `plans` are drawn: those listed before, then the ones the plans added. */
function namesAfterWrite(listed: readonly WorksheetApi[], plans: readonly SheetPlan[]): string[] {
  const names = listed.map((sheet) => sheet.name);
  for (const plan of plans) if (!names.some((name) => sameName(name, plan.name))) names.push(plan.name);
  return names;
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}
