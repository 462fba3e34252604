import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { policyOf, scoreRound, type Round, type RoundingPolicy } from "../../src/domain";
import { planCriteriaSheet } from "../../src/workbook/plan/criteriaSheet";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { calculateWithLibreOffice, type CalculatedSheets } from "../libreoffice/libreOffice";
import { roundOf, sheetFor } from "../domain/testRounds";
import { catalog, freshProduce } from "./workbookFixtures";

/**
 * The criteria sheets' native formulas, recalculated by LibreOffice from an .xlsx, must agree with the
 * engine: member totals, the average over complete members (blank while a member is half-way) and the
 * stars, with rounding policy and the required-criterion cap.
 */

const members = [1, 2, 3].map((n) => ({ id: `M${n}`, name: `TV ${n}` }));
const fresh = freshProduce();
const partial = Object.fromEntries(Object.entries(sheetFor(fresh, 60, 3)).slice(0, 10));

const rounds: Record<string, Round> = {
  produce: roundOf({
    members,
    products: ["P1", "P2", "P3"].map((id) => ({ id, name: id, productSet: "1048-01" })),
    scores: {
      P1: { M1: sheetFor(fresh, 72), M2: sheetFor(fresh, 80, 7), M3: sheetFor(fresh, 75, 14) },
      P2: { M1: sheetFor(fresh, 55), M2: partial, M3: sheetFor(fresh, 60, 9) },
      P3: { M1: sheetFor(fresh, 91), M2: sheetFor(fresh, 95, 5) },
    },
  }),
  ...Object.fromEntries(
    (["none", "integer-half-up", "2-decimals-half-up"] as RoundingPolicy[]).map((rounding) => [
      `boundary-${rounding}`,
      roundOf({
        criteriaVersion: "synthetic/2099",
        members,
        policy: { rounding },
        products: ["B1", "B2", "B3"].map((id) => ({ id, name: id, productSet: "SYN-01" })),
        scores: {
          B1: { M1: { "A.1.1": 69.99 }, M2: { "A.1.1": 70 } },
          B2: { M1: { "A.1.1": 49.99 }, M2: { "A.1.1": 50 } },
          B3: { M1: { "A.1.1": 89.99 }, M2: { "A.1.1": 90 }, M3: { "A.1.1": 90 } },
        },
      }),
    ]),
  ),
  required: roundOf({
    criteriaVersion: "synthetic/2099",
    members,
    products: ["R1", "R2"].map((id) => ({ id, name: id, productSet: "SYN-02" })),
    scores: {
      R1: { M1: { "A.1.1": 90, "A.1.2": 0 }, M2: { "A.1.1": 70, "A.1.2": 0 } },
      R2: { M1: { "A.1.1": 70, "A.1.2": 0 }, M2: { "A.1.1": 70, "A.1.2": 5 } },
    },
  }),
};

function rowOf(sheet: string[][], id: string): string[] {
  const row = sheet.find((line) => line[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("criteria sheet formulas recalculated by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "ocop-formulas-"));
  let calculated: Map<string, CalculatedSheets>;

  beforeAll(async () => {
    const names = Object.keys(rounds);
    const paths: string[] = [];
    for (const name of names) {
      const round = rounds[name];
      const version = catalog.version(round.criteriaVersion)!;
      const workbook = XlsxWorkbook.empty();
      await workbook.writeSheets(
        round.products.map((product) =>
          planCriteriaSheet({
            name: product.id,
            product,
            set: catalog.criteriaSet(version.id, product.productSet)!,
            version,
            members: round.members,
            entries: round.scores[product.id],
            policy: policyOf(round),
            language: "vi",
          }),
        ),
      );
      const path = join(work, `${name}.xlsx`);
      await workbook.saveAs(path);
      paths.push(path);
    }
    const sheets = calculateWithLibreOffice(paths);
    calculated = new Map(names.map((name, i) => [name, sheets[i]]));
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(Object.keys(rounds))("agrees with the engine on %s", (name) => {
    const round = rounds[name];
    const result = scoreRound(round, catalog);
    for (const product of result.products) {
      const sheet = calculated.get(name)!.get(product.id)!;
      const header = sheet[0];
      const total = rowOf(sheet, "total");
      for (const member of round.members) {
        const column = header.indexOf(`member:${member.id}`);
        const expected = product.memberTotals[member.id];
        if (expected === undefined) expect(total[column]).toBe("");
        else expect(Number(total[column])).toBeCloseTo(expected, 9);
      }
      const points = header.indexOf("col:points");
      const average = rowOf(sheet, "average")[points];
      const stars = rowOf(sheet, "product-stars")[points];
      if (product.status === "scored") {
        expect(Number(average)).toBeCloseTo(product.score, 9);
        expect(Number(stars)).toBe(product.stars);
      } else {
        expect(average).toBe("");
        expect(stars).toBe("");
      }
    }
  });
});
