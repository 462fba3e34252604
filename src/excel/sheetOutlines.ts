import type { ExcelContext, RangeApi, WorksheetApi } from "./excelApi";
import { officeErrorCode } from "./excelHostError";
import { PayloadBudget } from "./payload";
import { MARKER_AREA, READ_BYTES_PER_CELL } from "./sheetReadPlan";

/** Each marker area is at most 50 cells, counted like every other cell: 300 sheets cost 0.7 MB at most. */
const MARKER_AREA_BYTES = 50 * READ_BYTES_PER_CELL;

/** What the first read of a sheet learns: enough to decide what else to read of it. */
export interface SheetOutline {
  /** As listed, with its name and visibility loaded. */
  readonly sheet: WorksheetApi;
  /** Its used range (values only), position and size loaded; a null object on an empty sheet. */
  readonly used: RangeApi;
  /** A1:E10, where a generated sheet has its marker; read only with `partial`. */
  readonly markerArea?: RangeApi;
}

export interface OutlineRequest {
  /** The sheets to outline, by name; every sheet when absent. */
  readonly wanted?: readonly string[];
  /** Names the workbook had when this adapter last saw it: outlined in the same sync as the list. */
  readonly expected: readonly string[];
  /** Whether to read each sheet's marker area (the host can read parts of sheets, ExcelApi 1.9). */
  readonly partial: boolean;
  readonly budgetBytes: number;
}

/**
 * Lists the workbook's sheets and outlines the wanted ones. The list and the outlines of the sheets the
 * adapter expects go in one sync; only sheets it has not seen (added by the user since) take a second.
 * A name that no longer exists fails that sync with ItemNotFound: the list is then read on its own, as
 * if nothing were expected, so a renamed or deleted sheet costs a sync, never a wrong read.
 */
export async function outlineSheets(
  context: ExcelContext,
  request: OutlineRequest,
): Promise<{ readonly listed: readonly WorksheetApi[]; readonly outlines: readonly SheetOutline[] }> {
  const guessed = await listWithGuesses(context, request);
  const wanted = request.wanted
    ? request.wanted.map((name) => findSheet(guessed.listed, name)).filter(isSheet)
    : guessed.listed;
  const budget = new PayloadBudget(context, request.budgetBytes);
  const outlines: SheetOutline[] = [];
  let unseen = 0;
  for (const sheet of wanted) {
    const early = guessed.outlines.get(sheet.name.toLocaleLowerCase());
    if (!early) unseen += 1;
    outlines.push(early ? { ...early, sheet } : await queueOutline(sheet, request.partial, budget));
  }
  if (unseen > 0) await context.sync();
  return { listed: guessed.listed, outlines };
}

/** The sheet list, with the outlines of the expected sheets that were wanted, read in one sync. */
async function listWithGuesses(
  context: ExcelContext,
  request: OutlineRequest,
): Promise<{ listed: readonly WorksheetApi[]; outlines: ReadonlyMap<string, SheetOutline> }> {
  const { worksheets } = context.workbook;
  const wanted = request.wanted && new Set(request.wanted.map((name) => name.toLocaleLowerCase()));
  const expected = request.expected.filter((name) => !wanted || wanted.has(name.toLocaleLowerCase()));
  const outlines = new Map<string, SheetOutline>();
  try {
    worksheets.load(LISTED_PROPERTIES);
    const budget = new PayloadBudget(context, request.budgetBytes);
    for (const name of expected)
      outlines.set(
        name.toLocaleLowerCase(),
        await queueOutline(worksheets.getItem(name), request.partial, budget),
      );
    await context.sync();
    return { listed: worksheets.items, outlines };
  } catch (error) {
    if (expected.length === 0 || officeErrorCode(error) !== "ItemNotFound") throw error;
  }
  worksheets.load(LISTED_PROPERTIES);
  await context.sync();
  return { listed: worksheets.items, outlines: new Map() };
}

const LISTED_PROPERTIES = "items/name,items/visibility";

async function queueOutline(
  sheet: WorksheetApi,
  partial: boolean,
  budget: PayloadBudget,
): Promise<SheetOutline> {
  // valuesOnly: a formatted but empty region (a pre-formatted input area) is not part of the grid.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
  if (!partial) return { sheet, used };
  await budget.spend(MARKER_AREA_BYTES);
  const markerArea = sheet.getRange(MARKER_AREA);
  markerArea.load("values");
  return { sheet, used, markerArea };
}

/** Excel sheet names are unique regardless of case ("Sản phẩm" and "sản phẩm" are the same sheet). */
export function findSheet(sheets: readonly WorksheetApi[], name: string): WorksheetApi | undefined {
  const wanted = name.toLocaleLowerCase();
  return sheets.find((sheet) => sheet.name.toLocaleLowerCase() === wanted);
}

export function isSheet(sheet: WorksheetApi | undefined): sheet is WorksheetApi {
  return sheet !== undefined;
}
