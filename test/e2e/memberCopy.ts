import ExcelJS from "exceljs";
import type { CellValue } from "../../src/workbook/plan/sheetPlan";

/** What a member does with the copy they were sent: types one score into their column and saves it. */
export async function fillCopyCell(
  path: string,
  where: { readonly product: string; readonly member: string; readonly criterion: string },
  value: CellValue,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets.find((s) => s.getCell("A1").value === `ocop:criteria:${where.product}`);
  if (!sheet) throw new Error(`the copy has no sheet for ${where.product}`);
  let row = 0;
  sheet.getColumn(1).eachCell((cell, number) => {
    if (cell.value === `criterion:${where.criterion}`) row = number;
  });
  let column = 0;
  sheet.getRow(1).eachCell((cell, number) => {
    if (cell.value === `member:${where.member}`) column = number;
  });
  if (!row || !column) throw new Error(`no cell for ${where.criterion} / ${where.member} in the copy`);
  sheet.getCell(row, column).value = value;
  await workbook.xlsx.writeFile(path);
}
