import { criteriaOf, policyOf, type Catalog, type CriteriaSet, type Round } from "../../src/domain";
import type { Language } from "../../src/i18n/language";
import { planCouncilSheet } from "../../src/workbook/plan/councilSheet";
import { planCriteriaSheet } from "../../src/workbook/plan/criteriaSheet";
import { planProductsSheet } from "../../src/workbook/plan/productsSheet";
import { planRoundSheet } from "../../src/workbook/plan/roundSheet";
import type { CellValue, SheetPlan } from "../../src/workbook/plan/sheetPlan";
import type { SheetGrid } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { catalogWithSynthetic, freshProduce, roundWithTotals, sheetFor } from "../domain/testRounds";

/** Test helpers for the workbook layer: a round drawn as plans, plans turned into grids, grids edited. */

export const catalog: Catalog = catalogWithSynthetic();

/** Three 1048-01 products, three members; P03 is not scored by M3; names a spreadsheet could mistake. */
export function sampleRound(): Round {
  const base = roundWithTotals({ P01: [72, 80, 75], P02: [55, 48, 60], P03: [91, 95, null] });
  return {
    ...base,
    council: { level: "district", name: "Hội đồng huyện Chợ Mới", date: "2024-10-15" },
    roundNumber: "2",
    deadline: "2024-10-20",
    members: [
      { id: "M1", name: "Nguyễn Văn A", role: "Chủ tịch Hội đồng" },
      { id: "M2", name: "Trần Thị B" },
      { id: "M3", name: "@Lê Văn C", role: "Thư ký" },
    ],
    products: [
      {
        id: "P01",
        name: "=1+1",
        producer: "+84 912 345 678",
        commune: "Xã Yên Đĩnh",
        productSet: "1048-01",
        kind: "new",
        dossier: {
          facilityCertificate: true,
          qualityDeclaration: true,
          testReport: true,
          productStory: false,
        },
      },
      { id: "P02", name: "Miến dong", productSet: "1048-01", kind: "upgrade" },
      {
        id: "P03",
        name: "-Mật ong bạc hà",
        producer: "HTX Hoà Bình",
        productSet: "1048-01",
        kind: "renewal",
      },
    ],
  };
}

/** Every sheet of a round as the commands would write them, criteria sheets with the round's entries. */
export function roundPlans(
  round: Round,
  language: Language = "vi",
  names?: Partial<Record<string, string>>,
): SheetPlan[] {
  const version = catalog.version(round.criteriaVersion);
  if (!version) throw new Error(`no version ${round.criteriaVersion}`);
  return [
    planRoundSheet({ name: names?.round ?? "Đợt", round, language, versions: catalog.versions }),
    planProductsSheet({
      name: names?.products ?? "Sản phẩm",
      products: round.products,
      productSets: version.productSets,
      language,
    }),
    planCouncilSheet({ name: names?.council ?? "Hội đồng", members: round.members, language }),
    ...round.products.map((product) => {
      const set = catalog.criteriaSet(version.id, product.productSet);
      if (!set) throw new Error(`no set ${product.productSet}`);
      return planCriteriaSheet({
        name: names?.[product.id] ?? `Phiếu ${product.id}`,
        product,
        set,
        version,
        members: round.members,
        entries: round.scores[product.id],
        policy: policyOf(round),
        language,
      });
    }),
  ];
}

/** Renders plans into a workbook in memory, as an adapter would. */
export async function workbookOf(plans: readonly SheetPlan[]): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.writeSheets(plans);
  return workbook;
}

export async function gridsOf(plans: readonly SheetPlan[]): Promise<SheetGrid[]> {
  return [...(await (await workbookOf(plans)).readSheets())];
}

export function gridNamed(grids: readonly SheetGrid[], name: string): SheetGrid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}

/** A copy of the grids with one sheet changed. */
export function editGrid(
  grids: readonly SheetGrid[],
  name: string,
  edit: (values: CellValue[][], formulas: (string | null)[][]) => void,
  extra: Partial<SheetGrid> = {},
): SheetGrid[] {
  return grids.map((grid) => {
    if (grid.name !== name) return grid;
    const values = grid.values.map((row) => [...row]);
    const formulas = grid.formulas.map((row) => [...row]);
    edit(values, formulas);
    return { ...grid, values, formulas, ...extra };
  });
}

/** Moves column `from` so it ends up at index `to`, as dragging a column in Excel does. */
export function moveColumn<T>(rows: T[][], from: number, to: number): void {
  for (const row of rows) {
    while (row.length <= Math.max(from, to)) row.push(null as T);
    const [cell] = row.splice(from, 1);
    row.splice(to, 0, cell);
  }
}

/** Row and column (0-based) of the cell whose hidden ids are `rowId` and `columnId`. */
export function cellOf(grid: SheetGrid, rowId: string, columnId: string): { row: number; column: number } {
  const row = grid.values.findIndex((line) => line[0] === rowId);
  const column = grid.values[0].findIndex((id) => id === columnId);
  if (row < 0 || column < 0) throw new Error(`no cell ${rowId} × ${columnId} on ${grid.name}`);
  return { row, column };
}

/** A made-up 148/2023 "Thực phẩm" table (the add-in ships none): one criterion per part, 40/25/35. */
export function typedFoodSet(): CriteriaSet {
  const criterion = (id: string, best: number) => ({
    id,
    name: `Tiêu chí ${id}`,
    required: false,
    options: [
      { text: "Chưa đạt", points: 0 },
      { text: "Đạt một phần", points: best / 2 },
      { text: "Đạt", points: best },
    ],
  });
  const part = (id: string, name: string, max: number) => ({
    id,
    name,
    maxPoints: max,
    groups: [{ id: `${id}.1`, name: `Nhóm ${id}.1`, criteria: [criterion(`${id}.1.1`, max)] }],
  });
  return {
    version: "148/2023",
    decision: "148/QĐ-TTg ngày 24/02/2023",
    productSet: { code: "148-01", name: "Thực phẩm", group: "Thực phẩm" },
    source: "typed by the council from the printed decision (test)",
    synthetic: false,
    origin: "workbook",
    parts: [
      part("A", "Sản phẩm và sức mạnh cộng đồng", 40),
      part("B", "Khả năng tiếp thị", 25),
      part("C", "Chất lượng sản phẩm", 35),
    ],
  };
}

export { criteriaOf, freshProduce, sheetFor };
