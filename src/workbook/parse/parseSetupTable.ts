import {
  issue,
  PRODUCT_KINDS,
  type Dossier,
  type Issue,
  type Member,
  type Product,
  type ProductKind,
} from "../../domain";
import type { Language } from "../../i18n/language";
import { choiceFromLabel, sheetLabels, yesNoFromCell } from "../../i18n/sheetLabels";
import { cellAddress } from "../cellAddress";
import { columnId, rowId } from "../hiddenIds";
import { DOSSIER_ITEMS, PRODUCT_FIELDS, TABLE_HEADER_ROW } from "../plan/productsSheet";
import { MEMBER_FIELDS } from "../plan/councilSheet";
import type { GridIndex } from "./gridIndex";

/** Where each row of a setup table landed: id → 0-based row, field → 0-based column. */
export interface TablePlace {
  readonly sheet: string;
  readonly rows: Readonly<Record<string, number>>;
  readonly columns: Readonly<Record<string, number>>;
  /** Id → the row that lists it a second time: where a duplicated id is to be fixed. */
  readonly repeated?: Readonly<Record<string, number>>;
}

interface TableRows {
  readonly rows: readonly number[];
  readonly columns: Readonly<Record<string, number>>;
  readonly issues: readonly Issue[];
}

/**
 * The data rows below the header row, read by column ids so users may reorder columns. A column whose
 * hidden id was cleared (its row-1 cell blank where the plan put it, its heading still there) is read
 * where the plan put it, and the cleared id is reported on its cell rather than as rows without ids.
 */
function tableRows(grid: GridIndex, fields: readonly string[]): TableRows {
  const header = grid.firstRow(rowId.header) ?? TABLE_HEADER_ROW;
  const columns: Record<string, number> = {};
  const issues: Issue[] = [];
  const taken = new Set(grid.columnIds.map((entry) => entry.column));
  fields.forEach((field, index) => {
    const id = columnId.field(field);
    const column = grid.column(id);
    if (column !== undefined) {
      columns[field] = column;
      return;
    }
    const planned = grid.firstColumn + index;
    if (!taken.has(planned) && grid.text(header, planned) !== "") {
      columns[field] = planned;
      issues.push(
        issue("hidden-id-altered", "warning", {
          sheet: grid.name,
          value: id,
          cell: cellAddress(grid.idRow, planned),
        }),
      );
    }
  });
  const used = Object.values(columns);
  const rows: number[] = [];
  for (let row = header + 1; row < grid.rowCount; row += 1) if (!grid.isBlankRow(row, used)) rows.push(row);
  return { rows, columns, issues };
}

export function parseProductsSheet(
  grid: GridIndex,
  language: Language = "vi",
): {
  readonly products: readonly Product[];
  readonly place: TablePlace;
  readonly issues: readonly Issue[];
} {
  const all = sheetLabels(language);
  const fields = [...PRODUCT_FIELDS, ...DOSSIER_ITEMS];
  const {
    items: products,
    place,
    issues,
  } = readTable(grid, fields, (row, id, columns, issues): Product => {
    const kindText = grid.text(row, columns.kind);
    let kind: ProductKind | undefined;
    if (kindText !== "") {
      kind = choiceFromLabel((l) => l.kinds, kindText);
      if (!kind)
        issues.push(
          issue("field-invalid", "error", {
            sheet: grid.name,
            cell: cellAddress(row, columns.kind),
            product: id,
            value: kindText,
            detail: all.products.kind,
            expected: PRODUCT_KINDS.map((k) => all.kinds[k]).join(", "),
          }),
        );
    }
    const dossier: Record<string, boolean> = {};
    for (const item of DOSSIER_ITEMS) {
      const column = columns[item];
      if (column === undefined) continue;
      const flag = yesNoFromCell(grid.value(row, column));
      if (flag === "invalid")
        issues.push(
          issue("field-invalid", "error", {
            sheet: grid.name,
            cell: cellAddress(row, column),
            product: id,
            value: String(grid.value(row, column)),
            detail: all.products.dossier[item],
            expected: `${all.yes}, ${all.no}`,
          }),
        );
      else if (flag !== undefined) dossier[item] = flag;
    }
    const optional = (field: string) => {
      const text = grid.text(row, columns[field]);
      return text === "" ? undefined : text;
    };
    const producer = optional("producer");
    const commune = optional("commune");
    return {
      id,
      name: grid.text(row, columns.name),
      ...(producer !== undefined ? { producer } : {}),
      ...(commune !== undefined ? { commune } : {}),
      productSet: grid.text(row, columns.productSet),
      ...(kind ? { kind } : {}),
      ...(Object.keys(dossier).length > 0 ? { dossier: dossier as Dossier } : {}),
    };
  });
  return { products, place, issues };
}

export function parseCouncilSheet(grid: GridIndex): {
  readonly members: readonly Member[];
  readonly place: TablePlace;
  readonly issues: readonly Issue[];
} {
  const {
    items: members,
    place,
    issues,
  } = readTable(grid, MEMBER_FIELDS, (row, id, columns): Member => {
    const role = grid.text(row, columns.role);
    return { id, name: grid.text(row, columns.name), ...(role !== "" ? { role } : {}) };
  });
  return { members, place, issues };
}

/**
 * The rows of a setup table that carry an id, read by `readRow`; a row with data but no id is an issue on
 * its id cell, and where an id repeats, the repeated row is remembered so its issue names that row.
 */
function readTable<T>(
  grid: GridIndex,
  fields: readonly string[],
  readRow: (row: number, id: string, columns: Readonly<Record<string, number>>, issues: Issue[]) => T,
): { readonly items: T[]; readonly place: TablePlace; readonly issues: Issue[] } {
  const { rows, columns, issues: columnIssues } = tableRows(grid, fields);
  const issues: Issue[] = [...columnIssues];
  const items: T[] = [];
  const placed: Record<string, number> = {};
  const repeated: Record<string, number> = {};
  for (const row of rows) {
    const id = grid.text(row, columns.id);
    if (id === "") {
      issues.push(
        issue("table-row-without-id", "error", { sheet: grid.name, cell: cellAddress(row, columns.id ?? 1) }),
      );
      continue;
    }
    if (placed[id] === undefined) placed[id] = row;
    else repeated[id] ??= row;
    items.push(readRow(row, id, columns, issues));
  }
  return { items, place: { sheet: grid.name, rows: placed, repeated, columns }, issues };
}
