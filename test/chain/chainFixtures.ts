import { readFileSync } from "fs";
import { join } from "path";
import {
  computeResults,
  insertCriteriaSheets,
  readComputedRound,
  setUpRound,
  type ForwardSource,
} from "../../src/commands";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";
import { buildCatalog, type Catalog, type Product, type Round } from "../../src/domain";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import type { SheetGrid } from "../../src/workbook/port";
import { typeScores } from "../commands/commandFixtures";
import { FIXTURE_CRITERIA } from "../domain/testRounds";

/** A 26/2026-like version built for these tests: province and central levels, "return" below 90 centrally. */
export const V26 = "synthetic/2026";
/** Its one product set: a single criterion whose option points are the score itself (0 … 100). */
export const SET26 = "SYN-01";

export function chainCatalog(): Catalog {
  const fixture = (name: string) =>
    JSON.parse(readFileSync(join(FIXTURE_CRITERIA, "synthetic-2099", name), "utf8")) as Record<
      string,
      unknown
    >;
  const version = fixture("version.json");
  const stars = (o: string[]) => Object.fromEntries(o.map((outcome, i) => [String(i + 1), outcome]));
  const doc26 = {
    ...version,
    id: V26,
    productSets: [{ code: SET26, name: "Bộ ranh giới sao", group: "Giả lập" }],
    outcomes: {
      commune: stars(["not-rated", "not-rated", "not-rated", "not-rated", "not-rated"]),
      district: stars(["not-rated", "not-rated", "not-rated", "not-rated", "not-rated"]),
      province: stars(["not-rated", "not-rated", "recognize", "recognize", "forward"]),
      national: stars(["return", "return", "return", "return", "recognize"]),
    },
  };
  const set26 = { ...fixture("boundary-set.json"), version: V26 };
  const { catalog, issues } = buildCatalog([
    ...shippedDocuments(),
    ...shippedDocuments(FIXTURE_CRITERIA),
    { name: "synthetic-2026/version.json", doc: doc26 },
    { name: "synthetic-2026/set.json", doc: set26 },
  ]);
  if (issues.length > 0) throw new Error(`chain fixture criteria are invalid: ${JSON.stringify(issues)}`);
  return catalog;
}

/** A round of the 26/2026-like version; members M1 and M2 give each product its `points` (score: their mean). */
export function round26(
  level: Round["council"]["level"],
  council: string,
  products: readonly (Product & { readonly points: readonly [number, number] })[],
): Round {
  return {
    criteriaVersion: V26,
    council: { level, name: council, date: "2026-09-10" },
    members: [
      { id: "M1", name: "Nguyễn Văn A" },
      { id: "M2", name: "Trần Thị B" },
    ],
    products: products.map(({ points: _points, ...product }) => product),
    scores: Object.fromEntries(
      products.map((p) => [p.id, { M1: { "A.1.1": p.points[0] }, M2: { "A.1.1": p.points[1] } }]),
    ),
  };
}

/** The round set up, its scores typed in, and (unless told not to) computed: a council's result workbook. */
export async function resultWorkbook(
  round: Round,
  catalog: Catalog,
  compute = true,
): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await setUpRound(workbook, { catalog, round });
  await insertCriteriaSheets(workbook, { catalog });
  await typeScores(workbook, round.scores);
  if (compute) await computeResults(workbook, { catalog, now: () => new Date("2026-09-10T09:00:00Z") });
  return workbook;
}

export async function sourceOf(
  file: string,
  workbook: MemoryWorkbook,
  catalog: Catalog,
): Promise<ForwardSource> {
  return { file, computed: await readComputedRound(workbook, catalog) };
}

/** A setup table's data rows as records keyed by column id (row 1, hidden), from the header row down. */
export function tableRecords(grid: SheetGrid): Record<string, string | number | boolean | null>[] {
  const ids = grid.values[0] ?? [];
  const header = grid.values.findIndex((row) => row[0] === "header");
  // Only the table's own columns count: a drop-down's list may sit in a hidden column beside it (listSource).
  const columns = ids.flatMap((id, c) => (typeof id === "string" && id.startsWith("col:") ? [c] : []));
  return grid.values
    .slice(header + 1)
    .filter((row) => columns.some((c) => row[c] !== null && row[c] !== undefined && row[c] !== ""))
    .map((row) =>
      Object.fromEntries(
        ids.flatMap((id, c) =>
          typeof id === "string" && id.startsWith("col:") ? [[id.slice(4), row[c] ?? null]] : [],
        ),
      ),
    );
}
