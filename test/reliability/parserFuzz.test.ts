import fc from "fast-check";
import { assessRound } from "../../src/commands/roundAssessment";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { allowedPoints, criteriaOf, isError } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import type { CellValue } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid } from "../../src/workbook/port";
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
  typeFormula,
  typeValue,
  type Grids,
} from "./gridEdits";
import { validMemoryRound } from "./validRound";

const catalog = shippedCatalog();
const set = catalog.criteriaSet("1048/2019", "1048-01");
const allowed = new Map(set ? criteriaOf(set).map((c) => [c.id, new Set(allowedPoints(c))]) : []);

/** Values users and hostile files put in cells, weighted towards the ones the parser has to tell apart. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 120 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 1, 2, 3, 4, 5, 2.5, 45580, -0, Infinity, -Infinity, NaN),
  fc.boolean(),
  fc.string(),
  fc.constantFrom("3", "2,5", " 3 ", "#N/A", "#REF!", "15/10/2024", "=1+1", "", "   ", "\u0000", "３"),
  // Hidden ids, real and broken, so edits reach the parser's structure paths.
  fc.constantFrom(
    "ocop:round",
    "ocop:products",
    "ocop:council",
    "ocop:result",
    "ocop:audit",
    "ocop:criteria:P01",
    "ocop:criteria:P99",
    "ocop:criteria-set:1048-01",
    "criterion:A.1.1",
    "criterion:Z.9.9",
    "option:A.1.1:0",
    "member:M1",
    "member:M9",
    "col:id",
    "col:name",
    "col:points",
    "header",
    "total",
    "field:criteriaVersion",
    "field:minMembers",
    "abc",
  ),
);

/** Random sheets: any names, any shapes, markers and ids in random places. */
const randomGrid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 31 }),
    visible: fc.boolean(),
    values: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 30 }),
    formulaAt: fc.array(fc.tuple(fc.nat(29), fc.nat(11)), { maxLength: 5 }),
  })
  .map(({ name, visible, values, formulaAt }) => {
    const formulas = values.map((row) => row.map((): string | null => null));
    for (const [row, column] of formulaAt)
      if (formulas[row] && column < formulas[row].length) formulas[row][column] = "=SUM(A1:A2)";
    return { name, visible, values, formulas };
  });

type Edit = (grids: Grids) => void;

/** Edits a user can make in Excel, anywhere: cell, row, column, sheet. */
function editOf(base: readonly SheetGrid[]): fc.Arbitrary<Edit> {
  const sheetIndex = fc.nat(base.length - 1);
  const row = fc.nat(200);
  const column = fc.nat(10);
  const pick = (grids: Grids, index: number) => grids[index % Math.max(1, grids.length)];
  // Members' entry cells of the valid round, so a good share of edits land where scores are typed.
  const entryCells = parseEntryCells(base);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...entryCells), cellValue)
        .map(([[sheet, address], v]): Edit => (g) => {
          if (g.some((grid) => grid.name === sheet)) typeValue(g, sheet, address, v);
        }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...entryCells), fc.integer({ min: 0, max: 5 }))
        .map(([[sheet, address], v]): Edit => (g) => {
          if (g.some((grid) => grid.name === sheet)) typeFormula(g, sheet, address, `=${v}`, v);
        }),
    },
    {
      weight: 6,
      arbitrary: fc.tuple(sheetIndex, row, column, cellValue).map(([s, r, c, v]): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet) typeValue(g, sheet.name, cellAddress(r, c), v);
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(sheetIndex, row, column, fc.integer({ min: 0, max: 5 }))
        .map(([s, r, c, v]): Edit => (g) => {
          const sheet = pick(g, s);
          if (sheet) typeFormula(g, sheet.name, cellAddress(r, c), `=${v}`, v);
        }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(sheetIndex, row).map(([s, r]): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet) deleteRow(g, sheet.name, r);
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(sheetIndex, row).map(([s, r]): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet) insertRow(g, sheet.name, r);
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(sheetIndex, row, fc.integer({ min: 1, max: 6 }), row)
        .map(([s, from, count, before]): Edit => (g) => {
          const sheet = pick(g, s);
          if (sheet) moveRows(g, sheet.name, from, count, before);
        }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(sheetIndex, column).map(([s, c]): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet) deleteColumn(g, sheet.name, c);
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(sheetIndex, column, column).map(([s, from, to]): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet) copyColumn(g, sheet.name, from, to);
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(sheetIndex, fc.string({ minLength: 1, maxLength: 31 }))
        .map(([s, name]): Edit => (g) => {
          const sheet = pick(g, s);
          if (sheet && !g.some((other) => other.name === name)) renameSheet(g, sheet.name, name);
        }),
    },
    {
      weight: 1,
      arbitrary: sheetIndex.map((s): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet) deleteSheet(g, sheet.name);
      }),
    },
    {
      weight: 1,
      arbitrary: sheetIndex.map((s): Edit => (g) => {
        const sheet = pick(g, s);
        if (sheet && !g.some((other) => other.name === `${sheet.name} (2)`))
          copySheet(g, sheet.name, `${sheet.name} (2)`);
      }),
    },
  );
}

function parseEntryCells(grids: readonly SheetGrid[]): [string, string][] {
  const { layout } = parseWorkbook(grids, catalog);
  return Object.values(layout.criteria).flatMap((sheet) =>
    Object.values(sheet.criterionRows).flatMap((row) =>
      Object.values(sheet.memberColumns).map((column): [string, string] => [
        sheet.sheet,
        cellAddress(row, column),
      ]),
    ),
  );
}

/**
 * Read straight from the grid by hidden ids, without the parser: is every entry on this product's
 * criteria sheet(s) blank or one of its criterion's allowed points, typed as a number?
 */
function entriesAllValid(grids: readonly SheetGrid[], product: string): boolean {
  for (const grid of grids) {
    if (grid.values[0]?.[0] !== `ocop:criteria:${product}`) continue;
    const memberColumns = (grid.values[0] ?? []).flatMap((id, column) =>
      typeof id === "string" && id.trim().startsWith("member:") ? [column] : [],
    );
    for (const [row, line] of grid.values.entries()) {
      const id = line[0];
      if (typeof id !== "string" || !id.trim().startsWith("criterion:")) continue;
      const points = allowed.get(id.trim().slice("criterion:".length));
      for (const column of memberColumns) {
        const value = line[column] ?? null;
        const formula = grid.formulas[row]?.[column] ?? null;
        if (formula !== null) return false;
        if (value === null || (typeof value === "string" && value.trim() === "")) continue;
        if (typeof value !== "number" || !points?.has(value)) return false;
      }
    }
  }
  return true;
}

let base: readonly SheetGrid[];
beforeAll(async () => {
  base = (await validMemoryRound(catalog)).grids;
}, 60_000);

describe("the workbook parser under random input", () => {
  it("never throws on random grids, and the round they give can always be assessed", () => {
    fc.assert(
      fc.property(fc.array(randomGrid, { maxLength: 6 }), (grids) => {
        const reading = parseWorkbook(grids, catalog);
        const assessment = assessRound(reading);
        expect(assessment.result.products.length).toBe(reading.round.products.length);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random edits of a valid round, and never rates a product with an invalid entry", () => {
    let withInvalidEntry = 0;
    fc.assert(
      fc.property(fc.array(editOf(base), { minLength: 1, maxLength: 6 }), (edits) => {
        const grids = editable(base);
        for (const edit of edits) edit(grids);
        const reading = parseWorkbook(grids, catalog);
        const { result, issues } = assessRound(reading);
        if (reading.round.products.some((p) => !entriesAllValid(grids, p.id))) withInvalidEntry += 1;
        for (const product of result.products) {
          if (product.status !== "scored") continue;
          // Stars only where every entry on the product's sheet is a number among its options…
          expect({ product: product.id, valid: entriesAllValid(grids, product.id) }).toEqual({
            product: product.id,
            valid: true,
          });
          // …and its criteria sheet holds no error.
          const sheet = reading.layout.criteria[product.id]?.sheet;
          expect(
            issues.filter(
              (found) =>
                isError(found) &&
                sheet !== undefined &&
                found.sheet === sheet &&
                found.product === product.id &&
                found.code.startsWith("score-"),
            ),
          ).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: many runs really did break an entry.
    expect(withInvalidEntry).toBeGreaterThan(50);
  }, 120_000);
});
