import { randomBytes } from "crypto";
import type ExcelJS from "exceljs";
import { writeCriteriaSetSheet } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { Catalog, IssueCode } from "../../src/domain";
import { cellAddress, parseCell } from "../../src/workbook/cellAddress";
import { FIRST_COLUMN, columnId, rowId } from "../../src/workbook/hiddenIds";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import type { WorkbookLayout } from "../../src/workbook/parse/workbookLayout";
import type { SheetGrid } from "../../src/workbook/port";
import type { WorkbookFileProblem } from "../../src/xlsx/workbookFileError";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { compoundFile, storedZip } from "./craftedFiles";
import {
  copyColumn,
  copySheet,
  deleteColumn,
  deleteRow,
  deleteSheet,
  editable,
  insertRow,
  moveRows,
  renameSheet,
  sheetOf,
  typeFormula,
  typeValue,
  type Grids,
} from "./gridEdits";
import { pastedTableCases } from "./pastedTableCases";
import { commandOptions } from "./validRound";
import type { XlsxFixtures } from "./xlsxFixtures";

/** Where things are in the valid round every case starts from (read from its layout, not guessed). */
export interface Place {
  readonly layout: WorkbookLayout;
  /** Criteria sheet of P01, the product most cases break. */
  readonly sheet: string;
  readonly otherSheet: string;
  readonly productsSheet: string;
  readonly councilSheet: string;
  readonly roundSheet: string;
  /** A member's entry cell on P01's sheet. */
  entry(criterion: string, member?: string): string;
  /** 0-based row of a criterion on P01's sheet. */
  row(criterion: string): number;
  /** 0-based column of a member on P01's sheet. */
  column(member: string): number;
  /** A1 address of the visible cell in a criterion row (column B, where the parser names row problems). */
  rowCell(criterion: string): string;
  /** The visible header cell of a member's column on P01's sheet. */
  headerCell(member: string): string;
  /** A cell on the Products sheet: product row × field column. */
  productCell(product: string, field: string): string;
  memberCell(member: string): string;
  roundField(field: string): string;
  /** Rows a criterion occupies on P01's sheet: its own row and its option rows. */
  criterionBlock(criterion: string): { readonly from: number; readonly count: number };
  /** The title cell of a criteria sheet (column B of its title row), where sheet-wide problems are named. */
  readonly titleCell: string;
}

/** Where the valid round put P01's cells, for cases to edit and expectations to name. */
export function placeOf(grids: readonly SheetGrid[], catalog: Catalog): Place {
  const { layout } = parseWorkbook(grids, catalog);
  const p01 = layout.criteria.P01;
  const p02 = layout.criteria.P02;
  const { products, council, round } = layout;
  if (!p01 || !p02 || !products || !council || !round) throw new Error("the valid round lacks a sheet");
  const row = (criterion: string) => {
    const found = p01.criterionRows[criterion];
    if (found === undefined) throw new Error(`no row for ${criterion}`);
    return found;
  };
  const column = (member: string) => {
    const found = p01.memberColumns[member];
    if (found === undefined) throw new Error(`no column for ${member}`);
    return found;
  };
  const grid = grids.find((g) => g.name === p01.sheet);
  return {
    layout,
    sheet: p01.sheet,
    otherSheet: p02.sheet,
    productsSheet: products.sheet,
    councilSheet: council.sheet,
    roundSheet: round.sheet,
    row,
    column,
    entry: (criterion, member = "M1") => cellAddress(row(criterion), column(member)),
    rowCell: (criterion) => cellAddress(row(criterion), FIRST_COLUMN),
    headerCell: (member) => cellAddress(p01.headerRow ?? 0, column(member)),
    productCell: (product, field) => cellAddress(products.rows[product], products.columns[field]),
    memberCell: (member) => cellAddress(council.rows[member], council.columns.id),
    roundField: (field) => {
      const cell = round.fieldCells[field as keyof typeof round.fieldCells];
      if (!cell) throw new Error(`no Round field ${field}`);
      return cell;
    },
    titleCell: cellAddress(grid?.values.findIndex((line) => line[0] === rowId.title) ?? 1, FIRST_COLUMN),
    criterionBlock: (criterion) => {
      const from = row(criterion);
      let count = 1;
      while (String(grid?.values[from + count]?.[0] ?? "").startsWith(`option:${criterion}:`)) count += 1;
      return { from, count };
    },
  };
}

export interface Expected {
  /** The issue code (a file problem for files), or null: the workbook reads as before, with no issue. */
  readonly code: IssueCode | WorkbookFileProblem | null;
  readonly sheet?: string;
  readonly cell?: string;
}

/** Makes the workbook a case is about: grids changed like a user would, or a file on disk. */
export type CaseInput =
  | { readonly grids: (base: Grids, at: Place) => Grids | Promise<Grids> }
  | { readonly file: (files: XlsxFixtures, at: Place) => Promise<string> };

export interface BadInputCase {
  readonly group: "cell value" | "structure" | "data" | "file";
  readonly name: string;
  /** What was typed or done, for the report. */
  readonly input: string;
  readonly make: CaseInput;
  /** What the case must produce; `built` is the workbook as the case left it. */
  readonly expected: (at: Place, built: Grids) => Expected;
  /** P01 must not get stars (an entry or its sheet is broken); default: no check. */
  readonly p01NotRated?: boolean;
}

const M1 = "M1";
/** A criterion whose options are 1, 2 and 3 points on 1048-01. */
const A11 = "A.1.1";
const A12 = "A.1.2";

/** Types one value into P01's entry for A.1.1 by member M1. */
function entry(value: string | number | boolean | null): CaseInput {
  return {
    grids: (base, at) => {
      typeValue(base, at.sheet, at.entry(A11), value);
      return base;
    },
  };
}

const onEntry =
  (code: IssueCode) =>
  (at: Place): Expected => ({ code, sheet: at.sheet, cell: at.entry(A11) });

const cellValueCases: BadInputCase[] = [
  ["text", "tốt", "score-not-a-number"],
  ["decimal comma", "2,5", "score-decimal-comma"],
  ["decimal point typed as text", "2.5", "score-number-as-text"],
  ["number stored as text", "3", "score-number-as-text"],
  ["number with spaces around it", " 3 ", "score-number-as-text"],
  ["number with a non-breaking space (pasted from the web)", "3\u00a0", "score-number-as-text"],
  ["number followed by a word", "3 điểm", "score-not-a-number"],
  ["full-width digit (Asian input method)", "３", "score-not-a-number"],
  ["error value typed or pasted as text", "#N/A", "score-error-value"],
  ["division error pasted as text", "#DIV/0!", "score-error-value"],
  ["date as Vietnamese text", "15/10/2024", "score-date"],
  ["date as ISO text", "2024-10-15", "score-date"],
].map(([name, value, code]): BadInputCase => ({
  group: "cell value",
  name,
  // Invisible characters are shown by their code, so the report says what was typed.
  input: `${JSON.stringify(value).replace(/\u00a0/g, "\\u00a0")} in M1's A.1.1 cell`,
  make: entry(value),
  expected: onEntry(code as IssueCode),
  p01NotRated: true,
}));

cellValueCases.push(
  ...(
    [
      ["negative number", -1],
      ["zero where the lowest option is 1", 0],
      ["above the maximum (options 1–3)", 4],
      ["far above the maximum", 1e9],
      ["a fraction not among the options", 2.5],
    ] as const
  ).map(([name, value]): BadInputCase => ({
    group: "cell value",
    name,
    input: `${value} in M1's A.1.1 cell`,
    make: entry(value),
    expected: onEntry("score-not-allowed"),
    p01NotRated: true,
  })),
  {
    group: "cell value",
    name: "TRUE instead of a score",
    input: "TRUE in M1's A.1.1 cell",
    make: entry(true),
    expected: onEntry("score-not-a-number"),
    p01NotRated: true,
  },
  {
    group: "cell value",
    name: "a formula instead of a number",
    input: "=1+2 (shows 3) in M1's A.1.1 cell",
    make: {
      grids: (base, at) => {
        typeFormula(base, at.sheet, at.entry(A11), "=1+2", 3);
        return base;
      },
    },
    expected: onEntry("score-formula"),
    p01NotRated: true,
  },
  {
    group: "cell value",
    name: "a formula copying another member's score",
    input: "=G11-style reference to M2's cell in M1's A.1.1 cell",
    make: {
      grids: (base, at) => {
        const other = at.entry(A11, "M2");
        typeFormula(base, at.sheet, at.entry(A11), `=${other}`, 3);
        return base;
      },
    },
    expected: onEntry("score-formula"),
    p01NotRated: true,
  },
  {
    group: "cell value",
    name: "only spaces",
    input: '"   " in M1\'s A.1.1 cell',
    make: entry("   "),
    expected: onEntry("member-incomplete"),
    p01NotRated: false,
  },
  {
    group: "cell value",
    name: "an entry cleared",
    input: "M1's A.1.1 cell emptied",
    make: entry(null),
    expected: onEntry("member-incomplete"),
  },
);

const structureCases: BadInputCase[] = [
  {
    group: "structure",
    name: "criterion row deleted",
    input: "row of A.1.2 deleted on P01's sheet",
    make: {
      grids: (base, at) => {
        deleteRow(base, at.sheet, at.row(A12));
        return base;
      },
    },
    // Named where the row was: at the next criterion still there, moved up by the deletion.
    expected: (at) => ({
      code: "criterion-row-missing",
      sheet: at.sheet,
      cell: cellAddress(at.row("A.1.3") - 1, parseCell(at.rowCell("A.1.3")).column),
    }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "row inserted and scored",
    input: "row inserted under A.1.1, 2 typed in M1's cell",
    make: {
      grids: (base, at) => {
        const row = at.row(A11) + 1;
        insertRow(base, at.sheet, row);
        typeValue(base, at.sheet, cellAddress(row, at.column(M1)), 2);
        return base;
      },
    },
    expected: (at) => ({
      code: "criterion-row-inserted",
      sheet: at.sheet,
      cell: cellAddress(at.row(A11) + 1, at.column(M1)),
    }),
  },
  {
    group: "structure",
    name: "criterion rows moved",
    input: "A.1.2 with its options cut and inserted above A.1.1",
    make: {
      grids: (base, at) => {
        const block = at.criterionBlock(A12);
        moveRows(base, at.sheet, block.from, block.count, at.row(A11));
        return base;
      },
    },
    // A warning: entries still read by id, so P01 is still rated.
    expected: (at) => ({ code: "criterion-rows-moved", sheet: at.sheet, cell: at.rowCell(A11) }),
  },
  {
    group: "structure",
    name: "hidden criterion id cleared",
    input: "hidden A-column id of A.1.2 emptied",
    make: {
      grids: (base, at) => {
        typeValue(base, at.sheet, cellAddress(at.row(A12), 0), null);
        return base;
      },
    },
    // Named on the row that still shows A.1.2 but lost its id.
    expected: (at) => ({ code: "criterion-row-missing", sheet: at.sheet, cell: at.rowCell(A12) }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "hidden criterion id changed to one the set lacks",
    input: 'A-column id of A.1.1 changed to "criterion:Z.9.9"',
    make: {
      grids: (base, at) => {
        typeValue(base, at.sheet, cellAddress(at.row(A11), 0), "criterion:Z.9.9");
        return base;
      },
    },
    expected: (at) => ({ code: "criterion-row-unknown", sheet: at.sheet, cell: at.rowCell(A11) }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "hidden criterion id overwritten with text",
    input: 'A-column id of A.1.1 overwritten with "abc"',
    make: {
      grids: (base, at) => {
        typeValue(base, at.sheet, cellAddress(at.row(A11), 0), "abc");
        return base;
      },
    },
    expected: (at) => ({ code: "hidden-id-altered", sheet: at.sheet, cell: cellAddress(at.row(A11), 0) }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "two criterion rows with the same hidden id",
    input: "A.1.2's criterion row copied over an option row of A.1.2",
    make: {
      grids: (base, at) => {
        const grid = sheetOf(base, at.sheet);
        const target = at.row(A12) + 1;
        grid.values[target] = [...grid.values[at.row(A12)]];
        grid.formulas[target] = [...grid.formulas[at.row(A12)]];
        return base;
      },
    },
    expected: (at) => ({
      code: "criterion-row-duplicated",
      sheet: at.sheet,
      cell: cellAddress(at.row(A12) + 1, parseCell(at.rowCell(A12)).column),
    }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "hidden member id changed",
    input: 'row-1 id of M1\'s column changed to "member:M9"',
    make: {
      grids: (base, at) => {
        typeValue(base, at.sheet, cellAddress(0, at.column(M1)), columnId.member("M9"));
        return base;
      },
    },
    expected: (at) => ({ code: "member-column-unknown", sheet: at.sheet, cell: at.headerCell(M1) }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "hidden member id cleared",
    input: "row-1 id of M1's column emptied (scores still typed there)",
    make: {
      grids: (base, at) => {
        typeValue(base, at.sheet, cellAddress(0, at.column(M1)), null);
        return base;
      },
    },
    expected: (at) => ({ code: "member-column-unknown", sheet: at.sheet, cell: at.entry(A11) }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "hidden column id cleared on the Products sheet",
    input: "row-1 id above the product id column emptied",
    make: {
      grids: (base, at) => {
        typeValue(
          base,
          at.productsSheet,
          cellAddress(0, parseCell(at.productCell("P01", "id")).column),
          null,
        );
        return base;
      },
    },
    // A warning: the column is read where the plan put it, so nothing else goes wrong.
    expected: (at) => ({
      code: "hidden-id-altered",
      sheet: at.productsSheet,
      cell: cellAddress(0, parseCell(at.productCell("P01", "id")).column),
    }),
  },
  {
    group: "structure",
    name: "hidden column id cleared on the Council sheet",
    input: "row-1 id above the member id column emptied",
    make: {
      grids: (base, at) => {
        const column = parseCell(at.memberCell("M1")).column;
        typeValue(base, at.councilSheet, cellAddress(0, column), null);
        return base;
      },
    },
    expected: (at) => ({
      code: "hidden-id-altered",
      sheet: at.councilSheet,
      cell: cellAddress(0, parseCell(at.memberCell("M1")).column),
    }),
  },
  {
    group: "structure",
    name: "hidden field id cleared on the Round sheet",
    input: "hidden A-column id of the criteria version row emptied",
    make: {
      grids: (base, at) => {
        typeValue(base, at.roundSheet, cellAddress(parseCell(at.roundField("criteriaVersion")).row, 0), null);
        return base;
      },
    },
    expected: (at) => ({
      code: "hidden-id-altered",
      sheet: at.roundSheet,
      cell: cellAddress(parseCell(at.roundField("criteriaVersion")).row, 0),
    }),
  },
  {
    group: "structure",
    name: "sheet marker cleared",
    input: "hidden A1 marker of P01's sheet emptied",
    make: {
      grids: (base, at) => {
        typeValue(base, at.sheet, "A1", null);
        return base;
      },
    },
    expected: (at) => ({
      code: "product-sheet-missing",
      sheet: at.productsSheet,
      cell: at.productCell("P01", "id"),
    }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "criteria sheet renamed",
    input: 'P01\'s sheet renamed "Phiếu bà Lan"',
    make: {
      grids: (base, at) => {
        renameSheet(base, at.sheet, "Phiếu bà Lan");
        return base;
      },
    },
    expected: () => ({ code: null }),
  },
  {
    group: "structure",
    name: "criteria sheet deleted",
    input: "P01's sheet deleted",
    make: {
      grids: (base, at) => {
        deleteSheet(base, at.sheet);
        return base;
      },
    },
    expected: (at) => ({
      code: "product-sheet-missing",
      sheet: at.productsSheet,
      cell: at.productCell("P01", "id"),
    }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "criteria sheet copied",
    input: 'P01\'s sheet copied as "Phiếu P01 (2)"',
    make: {
      grids: (base, at) => {
        copySheet(base, at.sheet, `${at.sheet} (2)`);
        return base;
      },
    },
    expected: (at) => ({ code: "sheet-duplicated", sheet: `${at.sheet} (2)`, cell: at.titleCell }),
  },
  {
    group: "structure",
    name: "duplicated product id",
    input: "P02's id on the Products sheet changed to P01",
    make: {
      grids: (base, at) => {
        typeValue(base, at.productsSheet, at.productCell("P02", "id"), "P01");
        return base;
      },
    },
    expected: (at) => ({
      code: "duplicate-product-id",
      sheet: at.productsSheet,
      cell: at.productCell("P02", "id"),
    }),
  },
  {
    group: "structure",
    name: "product row without an id",
    input: "P02's id on the Products sheet emptied",
    make: {
      grids: (base, at) => {
        typeValue(base, at.productsSheet, at.productCell("P02", "id"), null);
        return base;
      },
    },
    expected: (at) => ({
      code: "table-row-without-id",
      sheet: at.productsSheet,
      cell: at.productCell("P02", "id"),
    }),
  },
  {
    group: "structure",
    name: "product taken off the list",
    input: "P02's row deleted on the Products sheet (its criteria sheet stays)",
    make: {
      grids: (base, at) => {
        deleteRow(base, at.productsSheet, parseCell(at.productCell("P02", "id")).row);
        return base;
      },
    },
    expected: (at) => ({ code: "product-sheet-orphan", sheet: at.otherSheet, cell: at.titleCell }),
  },
  {
    group: "structure",
    name: "duplicated member id",
    input: "M3's id on the Council sheet changed to M2",
    make: {
      grids: (base, at) => {
        typeValue(base, at.councilSheet, at.memberCell("M3"), "M2");
        return base;
      },
    },
    expected: (at) => ({ code: "duplicate-member-id", sheet: at.councilSheet, cell: at.memberCell("M3") }),
  },
  {
    group: "structure",
    name: "member removed from the council",
    input: "M3's row deleted on the Council sheet (M3's scores remain)",
    make: {
      grids: (base, at) => {
        deleteRow(base, at.councilSheet, parseCell(at.memberCell("M3")).row);
        return base;
      },
    },
    expected: (at) => ({ code: "member-column-unknown", sheet: at.sheet, cell: at.headerCell("M3") }),
  },
  {
    group: "structure",
    name: "member column deleted",
    input: "M2's column deleted on P01's sheet",
    make: {
      grids: (base, at) => {
        deleteColumn(base, at.sheet, at.column("M2"));
        return base;
      },
    },
    // A warning: M2 is absent for P01, which the rules allow. Named where a column would go: right of M3,
    // which moved into M2's place.
    expected: (at) => ({
      code: "member-column-missing",
      sheet: at.sheet,
      cell: cellAddress(parseCell(at.headerCell("M3")).row, at.column("M3")),
    }),
  },
  {
    group: "structure",
    name: "member column added by hand",
    input: 'a column "Thành viên 4" typed right of M3, with scores',
    make: {
      grids: (base, at) => {
        const right = at.column("M3") + 1;
        copyColumn(base, at.sheet, at.column("M3"), right);
        typeValue(base, at.sheet, cellAddress(0, right), null);
        typeValue(base, at.sheet, cellAddress(parseCell(at.headerCell("M3")).row, right), "Thành viên 4");
        return base;
      },
    },
    expected: (at) => ({
      code: "member-column-unknown",
      sheet: at.sheet,
      cell: cellAddress(at.row(A11), at.column("M3") + 1),
    }),
  },
  {
    group: "structure",
    name: "member column duplicated",
    input: "M1's column copied (hidden id too) right of M3",
    make: {
      grids: (base, at) => {
        copyColumn(base, at.sheet, at.column(M1), at.column("M3") + 1);
        return base;
      },
    },
    expected: (at) => ({
      code: "member-column-duplicated",
      sheet: at.sheet,
      cell: cellAddress(parseCell(at.headerCell(M1)).row, at.column("M3") + 1),
    }),
  },
  {
    group: "structure",
    name: "total formula typed over",
    input: "100 typed over M1's total formula",
    make: {
      grids: (base, at) => {
        const total = at.layout.criteria.P01.totalRow;
        if (total === undefined) throw new Error("P01's sheet has no total row");
        typeValue(base, at.sheet, cellAddress(total, at.column(M1)), 100);
        return base;
      },
    },
    expected: (at) => ({
      code: "formula-overwritten",
      sheet: at.sheet,
      cell: cellAddress(at.layout.criteria.P01.totalRow ?? 0, at.column(M1)),
    }),
  },
  {
    group: "structure",
    name: "Round sheet deleted",
    input: "the Round sheet deleted",
    make: {
      grids: (base, at) => {
        deleteSheet(base, at.roundSheet);
        return base;
      },
    },
    expected: () => ({ code: "setup-sheet-missing" }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "Council sheet deleted",
    input: "the Council sheet deleted",
    make: {
      grids: (base, at) => {
        deleteSheet(base, at.councilSheet);
        return base;
      },
    },
    expected: () => ({ code: "setup-sheet-missing" }),
    p01NotRated: true,
  },
  {
    group: "structure",
    name: "council level not in the list",
    input: '"Cấp vũ trụ" as the council level',
    make: {
      grids: (base, at) => {
        typeValue(base, at.roundSheet, at.roundField("councilLevel"), "Cấp vũ trụ");
        return base;
      },
    },
    expected: (at) => ({ code: "field-invalid", sheet: at.roundSheet, cell: at.roundField("councilLevel") }),
  },
  {
    group: "structure",
    name: "quorum as a word",
    input: '"hai" as the minimum number of members',
    make: {
      grids: (base, at) => {
        typeValue(base, at.roundSheet, at.roundField("minMembers"), "hai");
        return base;
      },
    },
    expected: (at) => ({ code: "field-invalid", sheet: at.roundSheet, cell: at.roundField("minMembers") }),
  },
  {
    group: "structure",
    name: "meeting date beyond Excel's calendar",
    input: "99999999 typed as the meeting date",
    make: {
      grids: (base, at) => {
        typeValue(base, at.roundSheet, at.roundField("date"), 99_999_999);
        return base;
      },
    },
    expected: (at) => ({ code: "field-invalid", sheet: at.roundSheet, cell: at.roundField("date") }),
  },
  {
    group: "structure",
    name: "product kind not in the list",
    input: '"mới tinh" as P01\'s kind of evaluation',
    make: {
      grids: (base, at) => {
        typeValue(base, at.productsSheet, at.productCell("P01", "kind"), "mới tinh");
        return base;
      },
    },
    expected: (at) => ({
      code: "field-invalid",
      sheet: at.productsSheet,
      cell: at.productCell("P01", "kind"),
    }),
  },
];

const dataCases: BadInputCase[] = [
  {
    group: "data",
    name: "unknown criteria version",
    input: '"9999/2099" as the round\'s criteria version',
    make: {
      grids: (base, at) => {
        typeValue(base, at.roundSheet, at.roundField("criteriaVersion"), "9999/2099");
        return base;
      },
    },
    expected: (at) => ({
      code: "unknown-criteria-version",
      sheet: at.roundSheet,
      cell: at.roundField("criteriaVersion"),
    }),
    p01NotRated: true,
  },
  {
    group: "data",
    name: "criteria version left blank",
    input: "the round's criteria version emptied",
    make: {
      grids: (base, at) => {
        typeValue(base, at.roundSheet, at.roundField("criteriaVersion"), null);
        return base;
      },
    },
    expected: (at) => ({
      code: "unknown-criteria-version",
      sheet: at.roundSheet,
      cell: at.roundField("criteriaVersion"),
    }),
    p01NotRated: true,
  },
  {
    group: "data",
    name: "product set of another version",
    input: 'P01\'s product set "148-01" in a 1048/2019 round',
    make: {
      grids: (base, at) => {
        typeValue(base, at.productsSheet, at.productCell("P01", "productSet"), "148-01");
        return base;
      },
    },
    expected: (at) => ({
      code: "unknown-product-set",
      sheet: at.productsSheet,
      cell: at.productCell("P01", "productSet"),
    }),
    p01NotRated: true,
  },
  {
    group: "data",
    name: "product set without criteria data",
    input: 'P01\'s product set "1048-07" (indexed, sheet not shipped)',
    make: {
      grids: (base, at) => {
        typeValue(base, at.productsSheet, at.productCell("P01", "productSet"), "1048-07");
        return base;
      },
    },
    expected: (at) => ({
      code: "criteria-sheet-missing",
      sheet: at.productsSheet,
      cell: at.productCell("P01", "productSet"),
    }),
    p01NotRated: true,
  },
  {
    group: "data",
    name: "criteria set sheet that does not add up",
    input:
      "Bộ tiêu chí 1048-01 sheet typed into the workbook, A.1.1's best option changed from 3 to 5 points",
    make: {
      grids: async (base) => {
        const workbook = MemoryWorkbook.fromGrids(base);
        const set = shippedCatalog().criteriaSet("1048/2019", "1048-01");
        if (!set) throw new Error("no shipped 1048-01");
        await writeCriteriaSetSheet(workbook, { ...commandOptions(), set });
        const grids = editable(await workbook.readSheets());
        const { sheet, points } = criteriaSetCells(grids);
        typeValue(grids, sheet, points, 5);
        return grids;
      },
    },
    // The parts now add up to 102: named on part A, the part that no longer matches the decision.
    expected: (_, built) => ({
      code: "criteria-total-not-100",
      sheet: criteriaSetCells(built).sheet,
      cell: criteriaSetCells(built).part,
    }),
    p01NotRated: true,
  },
];

/** On the Bộ tiêu chí sheet: part A's cell and the points of A.1.1's best option (listed last). */
function criteriaSetCells(grids: Grids): { sheet: string; part: string; points: string } {
  const grid = grids.find(
    (g) => typeof g.values[0]?.[0] === "string" && String(g.values[0][0]).startsWith("ocop:criteria-set:"),
  );
  if (!grid) throw new Error("no Bộ tiêu chí sheet");
  const ids = grid.values[0];
  const partColumn = ids.indexOf(columnId.field("part"));
  const idColumn = ids.indexOf(columnId.field("criterionId"));
  const pointsColumn = ids.indexOf(columnId.field("points"));
  const first = grid.values.findIndex((line) => line[idColumn] === "A.1.1");
  let last = first;
  while (grid.values[last + 1]?.[idColumn] === null && grid.values[last + 1]?.[pointsColumn] !== null)
    last += 1;
  const header = grid.values.findIndex((line) => line[0] === rowId.header);
  return {
    sheet: grid.name,
    part: cellAddress(header + 1, partColumn),
    points: cellAddress(last, pointsColumn),
  };
}

/** What a council might pick instead of their workbook, and workbooks saved by Excel with odd cells. */
const fileCases: BadInputCase[] = [
  {
    group: "file",
    name: "not an .xlsx (a PDF)",
    input: "a PDF saved as round.xlsx",
    make: {
      file: (files) =>
        files.file("pdf.xlsx", Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")),
    },
    expected: () => ({ code: "file-not-xlsx" }),
  },
  {
    group: "file",
    name: "not an .xlsx (a CSV)",
    input: "a CSV list of products renamed .xlsx",
    make: { file: (files) => files.file("csv.xlsx", Buffer.from("id,name\nP01,=1+1\n", "utf8")) },
    expected: () => ({ code: "file-not-xlsx" }),
  },
  {
    group: "file",
    name: "a zip that is not a workbook",
    input: "a zip holding a Word document, renamed .xlsx",
    make: {
      file: (files) =>
        files.file(
          "docx.xlsx",
          storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
        ),
    },
    expected: () => ({ code: "file-not-xlsx" }),
  },
  {
    group: "file",
    name: "truncated .xlsx",
    input: "the valid round's file cut at half its length",
    make: {
      file: (files) => {
        const bytes = files.validBytes();
        return files.file("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
      },
    },
    expected: () => ({ code: "file-corrupt" }),
  },
  {
    group: "file",
    name: "corrupt .xlsx",
    input: "the valid round's file with 4 KB of its middle overwritten",
    make: {
      file: (files) => {
        const bytes = files.validBytes();
        const middle = Math.floor(bytes.length / 2);
        bytes.fill(0x5a, middle, middle + 4096);
        return files.file("corrupt.xlsx", bytes);
      },
    },
    expected: () => ({ code: "file-corrupt" }),
  },
  {
    group: "file",
    name: "password-protected workbook",
    input: "an OLE/CFB container (D0 CF 11 E0 A1 B1 1A E1) with EncryptionInfo and EncryptedPackage",
    make: {
      file: (files) => files.file("password.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"])),
    },
    expected: () => ({ code: "file-encrypted" }),
  },
  {
    group: "file",
    name: "old .xls saved as .xlsx",
    input: "an OLE/CFB container with a Workbook stream",
    make: { file: (files) => files.file("old.xlsx", compoundFile(["Workbook"])) },
    expected: () => ({ code: "file-old-xls" }),
  },
  {
    group: "file",
    name: "empty file",
    input: "a 0-byte round.xlsx",
    make: { file: (files) => files.file("empty.xlsx", Buffer.alloc(0)) },
    expected: () => ({ code: "file-empty" }),
  },
  {
    group: "file",
    name: "empty workbook",
    input: "a valid .xlsx with one blank sheet",
    make: {
      file: async (files) => {
        const blank = XlsxWorkbook.empty();
        blank.workbook.addWorksheet("Sheet1");
        return files.file("blank.xlsx", await blank.toBuffer());
      },
    },
    expected: () => ({ code: "setup-sheet-missing" }),
  },
  {
    group: "file",
    name: "Excel error value in a score cell",
    input: "#N/A (an error value, not text) in M1's A.1.1 cell",
    make: {
      file: (files, at) =>
        files.edited("error.xlsx", (workbook) => {
          worksheet(workbook, at.sheet).getCell(at.entry(A11)).value = {
            error: "#N/A",
          } as ExcelJS.CellErrorValue;
        }),
    },
    expected: onEntry("score-error-value"),
  },
  {
    group: "file",
    name: "a date typed in a score cell",
    input: "15/10/2024 typed in M1's A.1.1 cell (Excel stores a day number)",
    make: {
      file: (files, at) =>
        files.edited("date.xlsx", (workbook) => {
          const cell = worksheet(workbook, at.sheet).getCell(at.entry(A11));
          cell.value = new Date(Date.UTC(2024, 9, 15));
          cell.numFmt = "dd/mm/yyyy";
        }),
    },
    expected: onEntry("score-date"),
  },
  {
    group: "file",
    name: "formula in a score cell of a saved file",
    input: "=1+2 with its cached result 3 in M1's A.1.1 cell",
    make: {
      file: (files, at) =>
        files.edited("formula.xlsx", (workbook) => {
          worksheet(workbook, at.sheet).getCell(at.entry(A11)).value = { formula: "1+2", result: 3 };
        }),
    },
    expected: onEntry("score-formula"),
  },
  {
    group: "file",
    name: "20 MB workbook",
    input: 'the valid round plus a 20 MB product photo on a sheet of its own, "2,5" in M1\'s A.1.1 cell',
    make: {
      file: (files, at) =>
        files.edited("large.xlsx", (workbook) => {
          worksheet(workbook, at.sheet).getCell(at.entry(A11)).value = "2,5";
          // Random bytes do not compress: the saved file really is over 20 MB.
          const photo = workbook.addImage({
            buffer: randomBytes(LARGE_FILE_BYTES) as unknown as ExcelJS.Buffer,
            extension: "png",
          });
          workbook.addWorksheet("Ảnh sản phẩm").addImage(photo, "B2:H20");
        }),
    },
    expected: onEntry("score-decimal-comma"),
  },
];

/** 20 MiB and a little more: the size the issue names, reached by one incompressible part. */
export const LARGE_FILE_BYTES = 20 * 1024 * 1024 + 4096;

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export const badInputCases: readonly BadInputCase[] = [
  ...cellValueCases,
  ...structureCases,
  ...dataCases,
  ...pastedTableCases,
  ...fileCases,
];
