import {
  issue,
  scoringSheetOf,
  type CriteriaSet,
  type Issue,
  type Member,
  type ScoreValue,
} from "../../domain";
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
  "note",
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

/** What every step of the reading shares: where the sheet is, how it names cells, the issues found. */
interface SheetReadingContext {
  readonly grid: GridIndex;
  readonly where: { readonly product: string; readonly sheet: string };
  readonly headerRow: number | undefined;
  readonly codeColumn: number;
  readonly issues: Issue[];
}

/** Member columns by id, and the add-in's own fixed columns. */
interface ColumnReading {
  readonly memberColumns: Record<string, number>;
  readonly fixedColumns: readonly number[];
}

/** Criterion rows by id in sheet order, and the rows whose cells hold native formulas. */
interface RowReading {
  readonly criterionRows: Record<string, number>;
  readonly order: readonly string[];
  readonly formulaRows: readonly { readonly row: number; readonly kind: string }[];
  readonly totalRow?: number;
  readonly averageRow?: number;
}

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
  const sheet: SheetReadingContext = {
    grid,
    where: { product: keySubject(grid.key ?? ""), sheet: grid.name },
    headerRow: grid.firstRow(rowId.header),
    codeColumn: grid.column(columnId.field("code")) ?? grid.firstColumn,
    issues: [],
  };
  const columns = readMemberColumns(sheet, members);
  const rows = readCriterionRows(sheet, set);
  if (set) checkCriterionRows(sheet, set, rows);
  const entries = readEntries(sheet, columns.memberColumns, rows.criterionRows);
  checkHandMadeStructure(sheet, columns, rows.criterionRows);
  checkFormulasKept(sheet, columns, rows);
  const pointsColumn = grid.column(columnId.field("points"));
  return {
    layout: {
      sheet: grid.name,
      product: sheet.where.product,
      criterionRows: rows.criterionRows,
      memberColumns: columns.memberColumns,
      headerRow: sheet.headerRow,
      codeColumn: sheet.codeColumn,
      totalRow: rows.totalRow,
      averageCell:
        rows.averageRow !== undefined && pointsColumn !== undefined
          ? cellAddress(rows.averageRow, pointsColumn)
          : undefined,
    },
    entries,
    issues: sheet.issues,
  };
}

/** Columns: members by id; anything else in row 1 must be one of ours. A missing member is named too. */
function readMemberColumns(sheet: SheetReadingContext, members: readonly Member[]): ColumnReading {
  const { grid, where, issues } = sheet;
  const headerCell = (column: number) => cellAddress(sheet.headerRow ?? grid.idRow, column);
  const council = new Set(members.map((m) => m.id));
  const memberColumns: Record<string, number> = {};
  const fixedColumns: number[] = [];
  for (const { column, id } of grid.columnIds) {
    const [kind, subject] = splitId(id);
    if (kind === "member") {
      if (memberColumns[subject] !== undefined)
        issues.push(
          issue("member-column-duplicated", "error", { ...where, member: subject, cell: headerCell(column) }),
        );
      else if (!council.has(subject))
        issues.push(
          issue("member-column-unknown", "error", { ...where, member: subject, cell: headerCell(column) }),
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
          cell: headerCell(nextColumn),
        }),
      );
  return { memberColumns, fixedColumns };
}

/** Rows: criteria by id, in the sheet's order; unknown and duplicated criteria and altered ids named. */
function readCriterionRows(sheet: SheetReadingContext, set: CriteriaSet | undefined): RowReading {
  const { grid, where, issues } = sheet;
  const known = set ? scoringSheetOf(set).known : undefined;
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
    const cell = cellAddress(row, sheet.codeColumn);
    if (known && !known.has(subject))
      issues.push(issue("criterion-row-unknown", "error", { ...where, criterion: subject, cell }));
    else if (criterionRows[subject] !== undefined)
      issues.push(issue("criterion-row-duplicated", "error", { ...where, criterion: subject, cell }));
    else {
      criterionRows[subject] = row;
      order.push(subject);
    }
  }
  return { criterionRows, order, formulaRows, totalRow, averageRow };
}

/** The code column shows a criterion's id, or the id with the decision's numbering ("A.1.1 (1.1)"). */
function showsCriterion(text: string, id: string): boolean {
  return text === id || text.startsWith(`${id} (`);
}

/** Criteria of the set without a row, shown where they were; criteria out of the set's order. */
function checkCriterionRows(sheet: SheetReadingContext, set: CriteriaSet, rows: RowReading): void {
  const { grid, where, issues, codeColumn } = sheet;
  const { criterionRows, order } = rows;
  const expected = scoringSheetOf(set).ids;
  // A missing row is shown where it was: at the next criterion still there (else below the last one).
  const lastRow = Math.max(sheet.headerRow ?? grid.idRow, ...Object.values(criterionRows));
  const withId = new Set(grid.rowIds.map((entry) => entry.row));
  expected.forEach((id, i) => {
    if (criterionRows[id] !== undefined) return;
    // A row still showing the criterion's code but without its hidden id lost only the id: name that row.
    let kept: number | undefined;
    for (let r = grid.idRow + 1; r < grid.rowCount && kept === undefined; r += 1)
      if (!withId.has(r) && showsCriterion(grid.text(r, codeColumn), id)) kept = r;
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

/** Entries: one per non-blank member cell on a criterion row; a cell that is no score is an issue. */
function readEntries(
  sheet: SheetReadingContext,
  memberColumns: Readonly<Record<string, number>>,
  criterionRows: Readonly<Record<string, number>>,
): Record<string, Record<string, ScoreValue>> {
  const { grid, where, issues } = sheet;
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
  // Built key by key, an object of more than a dozen entries falls into V8's slow dictionary mode; a copy
  // made in one go stays fast, and compute reads every entry of every sheet more than once.
  for (const member in entries) entries[member] = { ...entries[member] };
  return entries;
}

/** Hand-made structure: scores in rows without an id, or in columns without one. */
function checkHandMadeStructure(
  sheet: SheetReadingContext,
  columns: ColumnReading,
  criterionRows: Readonly<Record<string, number>>,
): void {
  const { grid, where, issues } = sheet;
  const criterionRowList = Object.values(criterionRows);
  if (criterionRowList.length === 0) return;
  const idRows = new Set(grid.rowIds.map((entry) => entry.row));
  const memberColumnList = Object.values(columns.memberColumns);
  for (let row = Math.min(...criterionRowList); row <= Math.max(...criterionRowList); row += 1) {
    if (idRows.has(row)) continue;
    const typed = memberColumnList.find((column) => !isBlank(grid.value(row, column)));
    if (typed !== undefined) {
      issues.push(issue("criterion-row-inserted", "error", { ...where, cell: cellAddress(row, typed) }));
      break;
    }
  }
  const idColumns = new Set(grid.columnIds.map((entry) => entry.column));
  const lastFixed = Math.max(grid.firstColumn, ...columns.fixedColumns);
  for (let column = lastFixed + 1; column < grid.columnCount; column += 1) {
    if (idColumns.has(column)) continue;
    const row = criterionRowList.find((r) => !isBlank(grid.value(r, column)));
    if (row === undefined) continue;
    const name = sheet.headerRow !== undefined ? grid.text(sheet.headerRow, column) : "";
    issues.push(
      issue("member-column-unknown", "error", {
        ...where,
        ...(name ? { member: name } : {}),
        cell: cellAddress(row, column),
      }),
    );
  }
}

/**
 * Native formulas typed over: the engine recomputes, but the printed sheet would lie. The hidden
 * minimum-option helpers on criterion rows count too: the product's stars are read from them.
 */
function checkFormulasKept(sheet: SheetReadingContext, columns: ColumnReading, rows: RowReading): void {
  const { grid, where, issues } = sheet;
  const memberColumnList = Object.values(columns.memberColumns);
  if (memberColumnList.length === 0) return;
  const pointsColumn = grid.column(columnId.field("points"));
  const requiredColumn = grid.column(columnId.field("required"));
  const capColumn = grid.column(columnId.field("cap"));
  const cells = rows.formulaRows.flatMap(({ row, kind }) => {
    const columnsOfRow =
      kind === "average"
        ? [pointsColumn]
        : kind === "product-stars"
          ? [pointsColumn, requiredColumn]
          : memberColumnList;
    return columnsOfRow.map((column) => ({ row, column }));
  });
  for (const row of Object.values(rows.criterionRows)) cells.push({ row, column: capColumn });
  for (const { row, column } of cells) {
    if (column === undefined) continue;
    if (grid.formula(row, column) === null && !isBlank(grid.value(row, column)))
      issues.push(issue("formula-overwritten", "warning", { ...where, cell: cellAddress(row, column) }));
  }
}
