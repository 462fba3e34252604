import type { SheetPlan } from "../workbook/plan/sheetPlan";

/**
 * What a sheet copy carries over from a drawn plan to another: everything in the plan but its name, its
 * key and the contents of its cells, as one comparable string. Two plans with the same shape draw the
 * same sheet but for some cells, so the second can be a copy of the first plus those cells.
 *
 * The page header and footer are left out: they name the product (a footer per product), and the copy
 * path sets the print layout again anyway. Undefined means "never copy this plan":
 * - tables: a copied table gets a new name from Excel, and a table's name must be unique in the workbook;
 * - a Text ("@") number format: a full render writes cells before formats, a copy writes its cells into
 *   cells already formatted, and Excel keeps a formula typed into a Text cell as text.
 */
export function copyShapeOf(plan: SheetPlan): string | undefined {
  if (plan.tables.length > 0) return undefined;
  if (plan.formats.some((format) => format.numberFormat === "@")) return undefined;
  const { name: _name, key: _key, blocks: _blocks, print, ...shape } = plan;
  const printShape = print ? { ...print, header: undefined, footer: undefined } : undefined;
  return JSON.stringify({ ...shape, print: printShape });
}
