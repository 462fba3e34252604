import type { Issue } from "../../domain";
import { cellAddress } from "../cellAddress";
import { FIRST_COLUMN } from "../hiddenIds";
import type { WorkbookLayout } from "./workbookLayout";

/**
 * Names the sheet and cell an engine issue is about, from where the parser found things: an entry's cell
 * for a score problem, the member's total for a divergent member, the product's row on the Products sheet
 * for a dossier or product-set problem. Issues that already name a cell are left alone.
 */
export function locateIssue(found: Issue, layout: WorkbookLayout): Issue {
  if (found.sheet) return found;
  const at = (sheet: string, cell?: string): Issue => ({ ...found, sheet, ...(cell ? { cell } : {}) });
  const sheetOf = found.product ? layout.criteria[found.product] : undefined;
  const products = layout.products;
  const productCell = (field: string): Issue | undefined => {
    if (!products || !found.product) return undefined;
    const row =
      (found.code === "duplicate-product-id" ? products.repeated?.[found.product] : undefined) ??
      products.rows[found.product];
    const column = products.columns[field];
    return row === undefined
      ? at(products.sheet)
      : at(products.sheet, cellAddress(row, column ?? FIRST_COLUMN));
  };
  switch (found.code) {
    case "dossier-incomplete":
      return productCell("facilityCertificate") ?? found;
    case "criteria-sheet-missing":
    case "unknown-product-set":
    case "product-set-missing":
      return productCell("productSet") ?? found;
    case "duplicate-product-id":
      return productCell("id") ?? found;
    case "duplicate-member-id": {
      const council = layout.council;
      const row = found.member
        ? (council?.repeated?.[found.member] ?? council?.rows[found.member])
        : undefined;
      if (!council) return found;
      return row === undefined
        ? at(council.sheet)
        : at(council.sheet, cellAddress(row, council.columns.id ?? 1));
    }
    case "unknown-criteria-version": {
      const round = layout.round;
      return round ? at(round.sheet, round.fieldCells.criteriaVersion) : found;
    }
    case "council-level-not-allowed": {
      const round = layout.round;
      return round ? at(round.sheet, round.fieldCells.councilLevel) : found;
    }
    case "version-not-in-force": {
      const round = layout.round;
      return round ? at(round.sheet, round.fieldCells.date ?? round.fieldCells.criteriaVersion) : found;
    }
    case "too-few-members": {
      const round = layout.round;
      if (sheetOf) return at(sheetOf.sheet, sheetOf.averageCell);
      return round ? at(round.sheet, round.fieldCells.minMembers) : found;
    }
  }
  if (!sheetOf) return found;
  const row = found.criterion ? sheetOf.criterionRows[found.criterion] : undefined;
  const column = found.member ? sheetOf.memberColumns[found.member] : undefined;
  if (row !== undefined && column !== undefined) return at(sheetOf.sheet, cellAddress(row, column));
  if (row !== undefined) return at(sheetOf.sheet, cellAddress(row, sheetOf.codeColumn ?? FIRST_COLUMN));
  if (column !== undefined) {
    const line = sheetOf.totalRow ?? sheetOf.headerRow;
    return line === undefined ? at(sheetOf.sheet) : at(sheetOf.sheet, cellAddress(line, column));
  }
  return at(sheetOf.sheet);
}

/**
 * The parser's issues plus the engine's, located, without saying twice what one cell holds: the parser
 * has already said why "2,5" is not a score, so the engine's plain "not a number" for it goes.
 */
export function mergeIssues(
  parserIssues: readonly Issue[],
  engineIssues: readonly Issue[],
  layout: WorkbookLayout,
): Issue[] {
  const said = new Set(
    parserIssues
      .filter((found) => found.code.startsWith("score-"))
      .map((found) => `${found.product}\u0000${found.member}\u0000${found.criterion}`),
  );
  const fresh = engineIssues.filter(
    (found) =>
      !(
        found.code === "score-not-a-number" &&
        said.has(`${found.product}\u0000${found.member}\u0000${found.criterion}`)
      ),
  );
  return [...parserIssues, ...fresh.map((found) => locateIssue(found, layout))];
}
