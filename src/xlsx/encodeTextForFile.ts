import { ValueType, type CellRichTextValue, type Workbook } from "exceljs";
import { encodeCellText } from "./cellText";

/**
 * Puts every cell's text into its file form (`_xHHHH_` for what XML cannot hold) just before a save, and
 * returns how to put the true text back. Every sheet is covered, not only those a plan wrote: exceljs
 * decodes the escapes when it loads a file and would otherwise drop those characters on the next save.
 */
export function encodeTextForFile(workbook: Workbook): () => void {
  const undo: (() => void)[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged cell echoes its master's value; writing it would write the master twice.
        if (cell.type === ValueType.Merge) return;
        const value = cell.value;
        if (typeof value === "string") {
          const encoded = encodeCellText(value);
          if (encoded === value) return;
          cell.value = encoded;
          undo.push(() => (cell.value = value));
        } else if (cell.type === ValueType.RichText) {
          const rich = value as CellRichTextValue;
          const runs = rich.richText.map((run) => ({ ...run, text: encodeCellText(run.text) }));
          if (runs.every((run, i) => run.text === rich.richText[i].text)) return;
          cell.value = { richText: runs };
          undo.push(() => (cell.value = rich));
        }
      }),
    );
  return () => {
    for (const step of undo) step();
  };
}
