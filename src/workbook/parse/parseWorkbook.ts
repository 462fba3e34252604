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

/**
 * Turns the grids of a workbook (one port.readSheets call) into a Round, driven by hidden ids: sheets are
 * found by their marker, rows and columns by their ids, so renamed sheets, moved member columns and
 * translated labels all read the same.
 */
export function parseWorkbook(grids: readonly SheetGrid[], catalog: Catalog): WorkbookReading {
  const issues: Issue[] = [];
  const sheetNames: Record<string, string> = {};
  const extents: Record<string, SheetExtent> = {};
  const byKey = new Map<string, GridIndex>();
  const criteriaSetGrids: GridIndex[] = [];
  const criteriaGrids: GridIndex[] = [];
  for (const grid of grids) {
    const index = new GridIndex(grid);
    // A generated sheet's region reaches as far as its hidden ids; what a user typed beyond them stays theirs.
    extents[grid.name] = index.key ? idExtent(index) : { rows: index.rowCount, columns: index.columnCount };
    const key = index.key;
    if (!key) continue;
    const kind = kindOfKey(key);
    if (kind === "criteria-set") {
      criteriaSetGrids.push(index);
      sheetNames[key] ??= grid.name;
      continue;
    }
    const first = byKey.get(key);
    if (first) {
      issues.push(
        issue("sheet-duplicated", "error", { sheet: grid.name, cell: titleCell(index), detail: first.name }),
      );
      continue;
    }
    byKey.set(key, index);
    sheetNames[key] = grid.name;
    if (kind === "criteria") criteriaGrids.push(index);
  }

  const setupMissing = (key: string) => issues.push(issue("setup-sheet-missing", "error", { detail: key }));
  const roundGrid = byKey.get(sheetKey.round);
  const roundSheet = roundGrid ? parseRoundSheet(roundGrid) : undefined;
  if (roundSheet) issues.push(...roundSheet.issues);
  else setupMissing(sheetKey.round);

  const criteriaSets: CriteriaSet[] = [];
  for (const grid of criteriaSetGrids) {
    const reading = parseCriteriaSetSheet(grid, catalog.versions, roundSheet?.language);
    if (reading.kind === "ok") criteriaSets.push(reading.set);
    else if (reading.kind === "failed") issues.push(...reading.issues);
  }
  const withSets = criteriaSets.length > 0 ? catalog.withSets(criteriaSets) : catalog;

  let products: readonly Product[] = [];
  let productsPlace: TablePlace | undefined;
  const productsGrid = byKey.get(sheetKey.products);
  if (productsGrid) {
    const reading = parseProductsSheet(productsGrid, roundSheet?.language);
    productsPlace = reading.place;
    const version = catalog.version(roundSheet?.criteriaVersion ?? "");
    const chosen = resolveProductSets(reading.products, version, productsPlace);
    products = chosen.products;
    issues.push(...reading.issues, ...chosen.issues);
  } else setupMissing(sheetKey.products);

  let members: readonly Member[] = [];
  let councilPlace: TablePlace | undefined;
  const councilGrid = byKey.get(sheetKey.council);
  if (councilGrid) {
    const reading = parseCouncilSheet(councilGrid);
    members = reading.members;
    councilPlace = reading.place;
    issues.push(...reading.issues);
  } else setupMissing(sheetKey.council);

  const criteriaVersion = roundSheet?.criteriaVersion ?? "";
  const listed = new Map(products.map((product) => [product.id, product]));
  const criteria: Record<string, CriteriaSheetLayout> = {};
  const scores: Record<string, Record<string, Record<string, ScoreValue>>> = {};
  const orphanSheets: string[] = [];
  for (const grid of criteriaGrids) {
    const productId = keySubject(grid.key ?? "");
    const product = listed.get(productId);
    if (!product) {
      orphanSheets.push(grid.name);
      issues.push(
        issue("product-sheet-orphan", "warning", {
          sheet: grid.name,
          cell: titleCell(grid),
          product: productId,
        }),
      );
      continue;
    }
    const set = withSets.criteriaSet(criteriaVersion, product.productSet);
    const reading = parseCriteriaSheet(grid, set, members);
    criteria[productId] = reading.layout;
    issues.push(...reading.issues);
    if (Object.keys(reading.entries).length > 0) scores[productId] = { ...reading.entries };
  }
  for (const product of products)
    if (!criteria[product.id] && withSets.criteriaSet(criteriaVersion, product.productSet)) {
      const row = productsPlace?.rows[product.id];
      issues.push(
        issue("product-sheet-missing", "error", {
          product: product.id,
          ...(productsPlace
            ? {
                sheet: productsPlace.sheet,
                ...(row !== undefined
                  ? { cell: cellAddress(row, productsPlace.columns.id ?? productsGrid?.firstColumn ?? 1) }
                  : {}),
              }
            : {}),
        }),
      );
    }

  const auditGrid = byKey.get(sheetKey.audit);
  const auditLines = auditGrid ? auditGrid.rowIds.filter((entry) => entry.id === rowId.auditLine).length : 0;
  const resultGrid = byKey.get(sheetKey.result);
  const metaCell = (name: string): { text: string; cell: string } => {
    const row = resultGrid?.firstRow(rowId.meta(name));
    if (!resultGrid || row === undefined) return { text: "", cell: "" };
    for (let column = resultGrid.firstColumn + 1; column < resultGrid.columnCount; column += 1) {
      const text = resultGrid.text(row, column);
      if (text !== "") return { text, cell: cellAddress(row, column) };
    }
    return { text: "", cell: "" };
  };
  const meta = (name: string): string => metaCell(name).text;
  const previousFingerprint = meta("fingerprint");

  const round: Round = {
    criteriaVersion,
    council: roundSheet?.council ?? { level: "district", name: "" },
    ...(roundSheet?.roundNumber ? { roundNumber: roundSheet.roundNumber } : {}),
    ...(roundSheet?.deadline ? { deadline: roundSheet.deadline } : {}),
    members,
    products,
    scores,
    policy: roundSheet?.policy ?? DEFAULT_POLICY,
  };
  return {
    round,
    language: roundSheet?.language ?? "vi",
    criteriaSets,
    catalog: withSets,
    issues,
    layout: {
      sheetNames,
      extents,
      ...(roundSheet && roundGrid
        ? { round: { sheet: roundGrid.name, fieldCells: roundSheet.fieldCells } }
        : {}),
      ...(productsPlace ? { products: productsPlace } : {}),
      ...(councilPlace ? { council: councilPlace } : {}),
      criteria,
      orphanSheets,
      auditLines,
      ...(previousFingerprint
        ? {
            previousResult: {
              fingerprint: previousFingerprint,
              computedAt: computedStamp(resultGrid) || meta("computedAt"),
              sheet: resultGrid?.name ?? "",
              cell: metaCell("fingerprint").cell,
            },
          }
        : {}),
    },
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
