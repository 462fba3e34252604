import { insertCriteriaSheets, setUpRound, type CommandOptions } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { allowedPoints, criteriaOf, type Catalog, type Round } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import type { CellValue } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid, WorkbookPort } from "../../src/workbook/port";

/** A fixed clock: reruns and snapshots must not depend on when the test runs. */
export const now = (): Date => new Date("2024-10-15T08:00:00Z");

export function commandOptions(catalog: Catalog = shippedCatalog()): CommandOptions {
  return { catalog, now };
}

/**
 * A small council round on the shipped 1048-01 sheet: two products, three members, every criterion
 * scored with an allowed option (a fixed pattern, so every run builds the same workbook).
 */
export function smallRound(
  catalog: Catalog,
  names?: { product?: string; producer?: string; member?: string },
): Round {
  const set = catalog.criteriaSet("1048/2019", "1048-01");
  if (!set) throw new Error("the shipped catalog has no 1048-01 criteria sheet");
  const members = [1, 2, 3].map((m) => ({
    id: `M${m}`,
    name: m === 1 && names?.member !== undefined ? names.member : `Thành viên ${m}`,
  }));
  const products = [1, 2].map((p) => ({
    id: `P0${p}`,
    name: p === 1 && names?.product !== undefined ? names.product : `Sản phẩm thử ${p}`,
    producer: p === 1 && names?.producer !== undefined ? names.producer : `HTX số ${p}`,
    productSet: "1048-01",
  }));
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  products.forEach((product, p) => {
    scores[product.id] = {};
    members.forEach((member, m) => {
      const sheet: Record<string, number> = {};
      criteriaOf(set).forEach((criterion, c) => {
        const points = allowedPoints(criterion);
        // Mostly the best option, so the products land in a real star band, varied per member.
        sheet[criterion.id] = points[Math.max(0, points.length - 1 - ((p + m + c) % 2))];
      });
      scores[product.id][member.id] = sheet;
    });
  });
  return {
    // A 1048/2019 round meets while 1048/2019 is in force (until 23/2/2023), so it starts without issues.
    criteriaVersion: "1048/2019",
    council: { level: "district", name: "Hội đồng OCOP huyện thử", date: "2022-10-15" },
    members,
    products,
    scores,
  };
}

/** Types a value into a cell as a user would; each adapter supplies its own way. */
export type TypeCell = (sheet: string, address: string, value: CellValue) => void;

/**
 * Sets a round up through the real commands (Thiết lập đợt, Chèn phiếu) and types every member's scores
 * into their column of each criteria sheet, as the secretary would.
 */
export async function buildRound(
  port: WorkbookPort,
  typeCell: TypeCell,
  round: Round,
  options: CommandOptions,
): Promise<void> {
  await setUpRound(port, { ...options, round });
  const inserted = await insertCriteriaSheets(port, options);
  if (inserted.kind !== "inserted" || inserted.skipped.length > 0)
    throw new Error(`criteria sheets not inserted: ${JSON.stringify(inserted)}`);
  const reading = parseWorkbook(await port.readSheets(), options.catalog);
  for (const [product, layout] of Object.entries(reading.layout.criteria))
    for (const [member, column] of Object.entries(layout.memberColumns))
      for (const [criterion, row] of Object.entries(layout.criterionRows))
        typeCell(
          layout.sheet,
          cellAddress(row, column),
          round.scores[product]?.[member]?.[criterion] ?? null,
        );
}

/** The valid round in memory, and its grids (what a user's edits start from). */
export async function validMemoryRound(
  catalog: Catalog = shippedCatalog(),
  round: Round = smallRound(catalog),
): Promise<{ workbook: MemoryWorkbook; grids: readonly SheetGrid[] }> {
  const workbook = new MemoryWorkbook();
  await buildRound(
    workbook,
    (sheet, address, value) => workbook.setCell(sheet, address, value),
    round,
    commandOptions(catalog),
  );
  return { workbook, grids: await workbook.readSheets() };
}
