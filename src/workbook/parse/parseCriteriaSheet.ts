import { criteriaOf, issue, type CriteriaSet, type Issue, type Member, type ScoreValue } from "../../domain";
import { cellAddress } from "../cellAddress";
import { columnId, keySubject, rowId, splitId } from "../hiddenIds";
import type { GridIndex } from "./gridIndex";
import { isBlank } from "./gridIndex";
import { readScoreCell } from "./scoreCell";

/** Where a product's criteria sheet put each criterion and member: the locate step names cells with it. */
export interface CriteriaSheetLayout {
  readonly sheet: string;
  readonly product: string;
  readonly criterionRows: Readonly<Record<string, number>>;
  readonly memberColumns: Readonly<Record<string, number>>;
  readonly headerRow?: number;
  /** The visible code column, where a criterion's own issues are shown. */
  readonly codeColumn?: number;
  readonly totalRow?: number;
  readonly averageCell?: string;
}

export interface CriteriaSheetReading {
  readonly layout: CriteriaSheetLayout;
  /** entries[member][criterion]: every non-blank cell, raw when it is not a number. */
  readonly entries: Readonly<Record<string, Readonly<Record<string, ScoreValue>>>>;
  readonly issues: readonly Issue[];
}

const ROW_KINDS = new Set([
  "header",
  "title",
  "field",
  "part",
  "group",
  "criterion",
  "option",
  "subtotal",
  "total",
  "stars",
  "filled",
  "complete",
  "average",
  "product-stars",
  "signature",
]);
const MEMBER_FORMULA_ROWS = new Set(["subtotal", "total", "stars", "filled", "complete"]);
/** Row kinds whose cells the sheet computes with native formulas (members' sums, the average, the stars). */
export const FORMULA_ROW_KINDS: ReadonlySet<string> = new Set([
  ...MEMBER_FORMULA_ROWS,
  "average",
  "product-stars",
]);

/**
 * Reads one product's criteria sheet by its hidden ids: criterion rows by column A, member columns by
 * row 1. Whatever was moved still reads right; whatever was deleted, inserted, copied or retyped over a
 * formula becomes an issue naming its cell.
 */
export function parseCriteriaSheet(
  grid: GridIndex,
  set: CriteriaSet | undefined,
  members: readonly Member[],
): CriteriaSheetReading {
  const product = keySubject(grid.key ?? "");
  const sheet = grid.name;
  const issues: Issue[] = [];
  const where = { product, sheet };
  const headerRow = grid.firstRow(rowId.header);
  const visibleRow = (fallback: number) => headerRow ?? fallback;
  const codeColumn = grid.column(columnId.field("code")) ?? grid.firstColumn;

  // Columns: members by id; anything else in row 1 must be one of ours.
  const council = new Set(members.map((m) => m.id));
  const memberColumns: Record<string, number> = {};
  const fixedColumns: number[] = [];
  for (const { column, id } of grid.columnIds) {
    const [kind, subject] = splitId(id);
    if (kind === "member") {
      if (memberColumns[subject] !== undefined)
        issues.push(
          issue("member-column-duplicated", "error", {
            ...where,
            member: subject,
            cell: cellAddress(visibleRow(grid.idRow), column),
          }),
        );
      else if (!council.has(subject))
        issues.push(
          issue("member-column-unknown", "error", {
            ...where,
            member: subject,
            cell: cellAddress(visibleRow(grid.idRow), column),
          }),
        );
      else memberColumns[subject] = column;
    } else if (kind === "col") fixedColumns.push(column);
    else
      issues.push(
        issue("hidden-id-altered", "warning", { ...where, value: id, cell: cellAddress(grid.idRow, column) }),
      );
  }
  // A missing column is shown where it would go: the header cell right of the last member column.
  const nextColumn = Math.max(grid.firstColumn, ...grid.columnIds.map((entry) => entry.column)) + 1;
  for (const member of members)
    if (memberColumns[member.id] === undefined)
      issues.push(
        issue("member-column-missing", "warning", {
          ...where,
          member: member.id,
          cell: cellAddress(visibleRow(grid.idRow), nextColumn),
        }),
      );

  // Rows: criteria by id, in the set's order.
  const known = set ? new Set(criteriaOf(set).map((c) => c.id)) : undefined;
  const criterionRows: Record<string, number> = {};
  const order: string[] = [];
  const formulaRows: { row: number; kind: string }[] = [];
  let totalRow: number | undefined;
  let averageRow: number | undefined;
  for (const { row, id } of grid.rowIds) {
    const [kind, subject] = splitId(id);
    if (!ROW_KINDS.has(kind)) {
      issues.push(
        issue("hidden-id-altered", "warning", { ...where, value: id, cell: cellAddress(row, grid.idColumn) }),
      );
      continue;
    }
    if (FORMULA_ROW_KINDS.has(kind)) formulaRows.push({ row, kind });
    if (kind === "total") totalRow = row;
    if (kind === "average") averageRow = row;
    if (kind !== "criterion") continue;
    const cell = cellAddress(row, codeColumn);
    if (known && !known.has(subject))
      issues.push(issue("criterion-row-unknown", "error", { ...where, criterion: subject, cell }));
    else if (criterionRows[subject] !== undefined)
      issues.push(issue("criterion-row-duplicated", "error", { ...where, criterion: subject, cell }));
    else {
      criterionRows[subject] = row;
      order.push(subject);
    }
  }
  if (set) {
    const expected = criteriaOf(set).map((c) => c.id);
    // A missing row is shown where it was: at the next criterion still there (else below the last one).
    const lastRow = Math.max(headerRow ?? grid.idRow, ...Object.values(criterionRows));
    const withId = new Set(grid.rowIds.map((entry) => entry.row));
    expected.forEach((id, i) => {
      if (criterionRows[id] !== undefined) return;
      // A row still showing the criterion's code but without its hidden id lost only the id: name that row.
      let kept: number | undefined;
      for (let r = grid.idRow + 1; r < grid.rowCount && kept === undefined; r += 1)
        if (!withId.has(r) && grid.text(r, codeColumn) === id) kept = r;
      const next = expected.slice(i + 1).find((later) => criterionRows[later] !== undefined);
      const row = kept ?? (next !== undefined ? criterionRows[next] : lastRow + 1);
      issues.push(
        issue("criterion-row-missing", "error", {
          ...where,
          criterion: id,
          cell: cellAddress(row, codeColumn),
        }),
      );
    });
    const present = expected.filter((id) => criterionRows[id] !== undefined);
    const moved = order.findIndex((id, i) => present[i] !== id);
    if (moved >= 0)
      issues.push(
        issue("criterion-rows-moved", "warning", {
          ...where,
          criterion: order[moved],
          cell: cellAddress(criterionRows[order[moved]], codeColumn),
        }),
      );
  }

  // Entries: one per non-blank member cell on a criterion row.
  const entries: Record<string, Record<string, ScoreValue>> = {};
  for (const [member, column] of Object.entries(memberColumns))
    for (const [criterion, row] of Object.entries(criterionRows)) {
      const cell = readScoreCell(grid.value(row, column), grid.error(row, column), grid.formula(row, column));
      if (cell.kind === "blank") continue;
      (entries[member] ??= {})[criterion] = cell.value;
      if (cell.kind === "problem")
        issues.push(
          issue(cell.code, "error", {
            ...where,
            member,
            criterion,
            value: cell.value,
            cell: cellAddress(row, column),
          }),
        );
    }

  // Hand-made structure: scores in rows without an id, or in columns without one.
  const idRows = new Set(grid.rowIds.map((entry) => entry.row));
  const criterionRowList = Object.values(criterionRows);
  const bodyTop = Math.min(...criterionRowList);
  const bodyBottom = Math.max(...criterionRowList);
  const memberColumnList = Object.values(memberColumns);
  if (criterionRowList.length > 0) {
    for (let row = bodyTop; row <= bodyBottom; row += 1) {
      if (idRows.has(row)) continue;
      const typed = memberColumnList.find((column) => !isBlank(grid.value(row, column)));
      if (typed !== undefined) {
        issues.push(issue("criterion-row-inserted", "error", { ...where, cell: cellAddress(row, typed) }));
        break;
      }
    }
    const idColumns = new Set(grid.columnIds.map((entry) => entry.column));
    const lastFixed = Math.max(grid.firstColumn, ...fixedColumns);
    for (let column = lastFixed + 1; column < grid.columnCount; column += 1) {
      if (idColumns.has(column)) continue;
      const row = criterionRowList.find((r) => !isBlank(grid.value(r, column)));
      if (row !== undefined) {
        const name = headerRow !== undefined ? grid.text(headerRow, column) : "";
        issues.push(
          issue("member-column-unknown", "error", {
            ...where,
            ...(name ? { member: name } : {}),
            cell: cellAddress(row, column),
          }),
        );
      }
    }
  }

  // Native formulas typed over: the engine recomputes, but the printed sheet would lie.
  const pointsColumn = grid.column(columnId.field("points"));
  const requiredColumn = grid.column(columnId.field("required"));
  for (const { row, kind } of formulaRows) {
    const columns =
      kind === "average"
        ? [pointsColumn]
        : kind === "product-stars"
          ? [pointsColumn, requiredColumn]
          : memberColumnList;
    if (memberColumnList.length === 0) continue;
    for (const column of columns) {
      if (column === undefined) continue;
      if (grid.formula(row, column) === null && !isBlank(grid.value(row, column)))
        issues.push(issue("formula-overwritten", "warning", { ...where, cell: cellAddress(row, column) }));
    }
  }

  return {
    layout: {
      sheet,
      product,
      criterionRows,
      memberColumns,
      headerRow,
      codeColumn,
      totalRow,
      averageCell:
        averageRow !== undefined && pointsColumn !== undefined
          ? cellAddress(averageRow, pointsColumn)
          : undefined,
    },
    entries,
    issues,
  };
}
