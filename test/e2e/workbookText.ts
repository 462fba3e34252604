import ExcelJS from "exceljs";

/** Every text cell of a saved workbook, sheet by sheet: what a secretary opening the file would read. */
export async function workbookText(path: string): Promise<Map<string, string[]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts = new Map<string, string[]>();
  workbook.eachSheet((sheet) => {
    const values: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.text ?? ""))));
    texts.set(sheet.name, values);
  });
  return texts;
}
