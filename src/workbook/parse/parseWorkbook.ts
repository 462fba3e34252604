import {
  DEFAULT_POLICY,
  issue,
  type Catalog,
  type CriteriaSet,
  type Issue,
  type Member,
  type Product,
  type Round,
  type ScoreValue,
} from "../../domain";
import type { Language } from "../../i18n/language";
import { cellAddress } from "../cellAddress";
import { kindOfKey, keySubject, rowId, sheetKey } from "../hiddenIds";
import { RESULT_STAMP_ID } from "../plan/resultSheet";
import type { SheetExtent } from "../plan/sheetDraft";
import type { SheetGrid } from "../port";
import { GridIndex } from "./gridIndex";
import { parseCriteriaSetSheet } from "./parseCriteriaSetSheet";
import { resolveProductSets } from "./resolveProductSets";
import { parseCriteriaSheet, type CriteriaSheetLayout } from "./parseCriteriaSheet";
import { parseRoundSheet } from "./parseRoundSheet";
import { parseCouncilSheet, parseProductsSheet, type TablePlace } from "./parseSetupTable";
import type { WorkbookLayout } from "./workbookLayout";

/** Everything a workbook says: the round, the criteria sets typed into it, and the problems found. */
export interface WorkbookReading {
  readonly round: Round;
  readonly language: Language;
  /** Sets read from Bộ tiêu chí sheets (origin "workbook"). */
  readonly criteriaSets: readonly CriteriaSet[];
  /** The catalog given, with the workbook's sets in place of shipped ones. */
  readonly catalog: Catalog;
  /** Problems of the workbook itself, each naming sheet and cell; the engine's come from validateRound. */
  readonly issues: readonly Issue[];
  readonly layout: WorkbookLayout;
}

/** The sheets of a workbook sorted by their hidden key; a key seen twice is reported on the second sheet. */
interface SheetIndex {
  readonly sheetNames: Record<string, string>;
  readonly extents: Record<string, SheetExtent>;
  readonly byKey: Map<string, GridIndex>;
  readonly criteriaSetGrids: GridIndex[];
  readonly criteriaGrids: GridIndex[];
}

type RoundSheetReading = ReturnType<typeof parseRoundSheet>;

/**
 * Turns the grids of a workbook (one port.readSheets call) into a Round, driven by hidden ids: sheets are
 * found by their marker, rows and columns by their ids, so renamed sheets, moved member columns and
 * translated labels all read the same.
 */
export function parseWorkbook(grids: readonly SheetGrid[], catalog: Catalog): WorkbookReading {
  const issues: Issue[] = [];
  const sheets = indexSheets(grids, issues);
  const setupMissing = (key: string) => issues.push(issue("setup-sheet-missing", "error", { detail: key }));
  const roundGrid = sheets.byKey.get(sheetKey.round);
  const roundSheet = roundGrid ? parseRoundSheet(roundGrid) : undefined;
  if (roundSheet) issues.push(...roundSheet.issues);
  else setupMissing(sheetKey.round);

  const criteriaSets = readCriteriaSets(sheets.criteriaSetGrids, catalog, roundSheet, issues);
  const withSets = criteriaSets.length > 0 ? catalog.withSets(criteriaSets) : catalog;
  const productsGrid = sheets.byKey.get(sheetKey.products);
  const products = productsGrid ? readProducts(productsGrid, catalog, roundSheet, issues) : undefined;
  if (!productsGrid) setupMissing(sheetKey.products);
  const councilGrid = sheets.byKey.get(sheetKey.council);
  const council = councilGrid ? parseCouncilSheet(councilGrid) : undefined;
  if (council) issues.push(...council.issues);
  else setupMissing(sheetKey.council);

  const criteriaVersion = roundSheet?.criteriaVersion ?? "";
  const members = council?.members ?? [];
  const scoring = readCriteriaSheets(sheets.criteriaGrids, {
    products: products?.products ?? [],
    catalog: withSets,
    criteriaVersion,
    members,
    issues,
  });
  if (products)
    issues.push(...missingProductSheets(products, productsGrid, withSets, criteriaVersion, scoring));

  const round: Round = {
    criteriaVersion,
    council: roundSheet?.council ?? { level: "district", name: "" },
    ...(roundSheet?.roundNumber ? { roundNumber: roundSheet.roundNumber } : {}),
    ...(roundSheet?.deadline ? { deadline: roundSheet.deadline } : {}),
    members,
    products: products?.products ?? [],
    scores: scoring.scores,
    policy: roundSheet?.policy ?? DEFAULT_POLICY,
  };
  const auditGrid = sheets.byKey.get(sheetKey.audit);
  const previous = previousResult(sheets.byKey.get(sheetKey.result));
  return {
    round,
    language: roundSheet?.language ?? "vi",
    criteriaSets,
    catalog: withSets,
    issues,
    layout: {
      sheetNames: sheets.sheetNames,
      extents: sheets.extents,
      ...(roundSheet && roundGrid
        ? { round: { sheet: roundGrid.name, fieldCells: roundSheet.fieldCells } }
        : {}),
      ...(products?.place ? { products: products.place } : {}),
      ...(council?.place ? { council: council.place } : {}),
      criteria: scoring.criteria,
      orphanSheets: scoring.orphanSheets,
      auditLines: auditGrid ? auditGrid.rowIds.filter((entry) => entry.id === rowId.auditLine).length : 0,
      ...(previous ? { previousResult: previous } : {}),
    },
  };
}

function indexSheets(grids: readonly SheetGrid[], issues: Issue[]): SheetIndex {
  const sheets: SheetIndex = {
    sheetNames: {},
    extents: {},
    byKey: new Map(),
    criteriaSetGrids: [],
    criteriaGrids: [],
  };
  for (const grid of grids) {
    const index = new GridIndex(grid);
    // A generated sheet's region reaches as far as its hidden ids; what a user typed beyond them stays theirs.
    sheets.extents[grid.name] = index.key
      ? idExtent(index)
      : { rows: index.rowCount, columns: index.columnCount };
    const key = index.key;
    if (!key) continue;
    const kind = kindOfKey(key);
    if (kind === "criteria-set") {
      sheets.criteriaSetGrids.push(index);
      sheets.sheetNames[key] ??= grid.name;
      continue;
    }
    const first = sheets.byKey.get(key);
    if (first) {
      issues.push(
        issue("sheet-duplicated", "error", { sheet: grid.name, cell: titleCell(index), detail: first.name }),
      );
      continue;
    }
    sheets.byKey.set(key, index);
    sheets.sheetNames[key] = grid.name;
    if (kind === "criteria") sheets.criteriaGrids.push(index);
  }
  return sheets;
}

function readCriteriaSets(
  grids: readonly GridIndex[],
  catalog: Catalog,
  roundSheet: RoundSheetReading | undefined,
  issues: Issue[],
): CriteriaSet[] {
  const criteriaSets: CriteriaSet[] = [];
  for (const grid of grids) {
    const reading = parseCriteriaSetSheet(grid, catalog.versions, roundSheet?.language);
    if (reading.kind === "ok") criteriaSets.push(reading.set);
    else if (reading.kind === "failed") issues.push(...reading.issues);
  }
  return criteriaSets;
}

interface ProductsReading {
  readonly products: readonly Product[];
  readonly place: TablePlace | undefined;
}

function readProducts(
  grid: GridIndex,
  catalog: Catalog,
  roundSheet: RoundSheetReading | undefined,
  issues: Issue[],
): ProductsReading {
  const reading = parseProductsSheet(grid, roundSheet?.language);
  const version = catalog.version(roundSheet?.criteriaVersion ?? "");
  const allSets = catalog.versions.flatMap((v) => v.productSets);
  const chosen = resolveProductSets(reading.products, version, reading.place, allSets);
  issues.push(...reading.issues, ...chosen.issues);
  return { products: chosen.products, place: reading.place };
}

interface ScoringContext {
  readonly products: readonly Product[];
  readonly catalog: Catalog;
  readonly criteriaVersion: string;
  readonly members: readonly Member[];
  readonly issues: Issue[];
}

interface ScoringReading {
  readonly criteria: Record<string, CriteriaSheetLayout>;
  readonly scores: Record<string, Record<string, Record<string, ScoreValue>>>;
  readonly orphanSheets: string[];
}

/** Reads each product's Phiếu; a sheet whose product is not listed is an orphan, reported and skipped. */
function readCriteriaSheets(grids: readonly GridIndex[], context: ScoringContext): ScoringReading {
  const listed = new Map(context.products.map((product) => [product.id, product]));
  const reading: ScoringReading = { criteria: {}, scores: {}, orphanSheets: [] };
  for (const grid of grids) {
    const productId = keySubject(grid.key ?? "");
    const product = listed.get(productId);
    if (!product) {
      reading.orphanSheets.push(grid.name);
      context.issues.push(
        issue("product-sheet-orphan", "warning", {
          sheet: grid.name,
          cell: titleCell(grid),
          product: productId,
        }),
      );
      continue;
    }
    const set = context.catalog.criteriaSet(context.criteriaVersion, product.productSet);
    const sheet = parseCriteriaSheet(grid, set, context.members);
    reading.criteria[productId] = sheet.layout;
    context.issues.push(...sheet.issues);
    if (Object.keys(sheet.entries).length > 0) reading.scores[productId] = { ...sheet.entries };
  }
  return reading;
}

/** A listed product whose set is known but that has no Phiếu, named at its row of the products sheet. */
function missingProductSheets(
  { products, place }: ProductsReading,
  productsGrid: GridIndex | undefined,
  catalog: Catalog,
  criteriaVersion: string,
  scoring: ScoringReading,
): Issue[] {
  return products
    .filter(
      (product) => !scoring.criteria[product.id] && catalog.criteriaSet(criteriaVersion, product.productSet),
    )
    .map((product) => {
      const row = place?.rows[product.id];
      return issue("product-sheet-missing", "error", {
        product: product.id,
        ...(place
          ? {
              sheet: place.sheet,
              ...(row !== undefined
                ? { cell: cellAddress(row, place.columns.id ?? productsGrid?.firstColumn ?? 1) }
                : {}),
            }
          : {}),
      });
    });
}

/** The fingerprint and time of the last computation, read from the result sheet's hidden meta rows. */
function previousResult(resultGrid: GridIndex | undefined): WorkbookLayout["previousResult"] {
  const metaCell = (name: string): { text: string; cell: string } => {
    const row = resultGrid?.firstRow(rowId.meta(name));
    if (!resultGrid || row === undefined) return { text: "", cell: "" };
    for (let column = resultGrid.firstColumn + 1; column < resultGrid.columnCount; column += 1) {
      const text = resultGrid.text(row, column);
      if (text !== "") return { text, cell: cellAddress(row, column) };
    }
    return { text: "", cell: "" };
  };
  const fingerprint = metaCell("fingerprint");
  if (!fingerprint.text) return undefined;
  return {
    fingerprint: fingerprint.text,
    computedAt: computedStamp(resultGrid) || metaCell("computedAt").text,
    sheet: resultGrid?.name ?? "",
    cell: fingerprint.cell,
  };
}

/** The result's computation time as computed (ISO), kept in a hidden column while the page shows it local. */
function computedStamp(grid: GridIndex | undefined): string {
  const column = grid?.column(RESULT_STAMP_ID);
  const row = grid?.firstRow(rowId.meta("computedAt"));
  return grid && column !== undefined && row !== undefined ? grid.text(row, column) : "";
}

/** The first visible cell of a generated sheet (its title), for issues about the sheet as a whole. */
function titleCell(grid: GridIndex): string {
  return cellAddress(grid.idRow + 1, grid.idColumn + 1);
}

function idExtent(index: GridIndex): SheetExtent {
  return {
    rows: Math.max(index.idRow, ...index.rowIds.map((entry) => entry.row)) + 1,
    columns: Math.max(index.idColumn, ...index.columnIds.map((entry) => entry.column)) + 1,
  };
}
