import { rowId } from "../hiddenIds";
import { FONT_SIZE } from "./criteriaPrintLayout";
import type { CriteriaSheetContext } from "./criteriaSheetContext";
import { span } from "./sheetDraft";

/** Points: room for a handwritten signature. */
const SIGNATURE_HEIGHT = 48;

/**
 * Each person signs once. On the council's sheet every member signs in their own score column, under
 * their name in the repeated column header, so a sheet printed across two pages has each signature on
 * the page of that member's scores and nobody's line twice. A member's copy ends with that member's own
 * block: "NGƯỜI ĐÁNH GIÁ", "(Ký, ghi rõ họ tên)", room to sign, the name.
 */
export function writeSignatures(sheet: CriteriaSheetContext, row: number): void {
  if (sheet.input.memberCopy) writeEvaluatorBlock(sheet, row);
  else writeMemberSignatureRow(sheet, row);
}

function writeMemberSignatureRow(sheet: CriteriaSheetContext, row: number): void {
  const { draft, labels, columns: C } = sheet;
  draft.rowId(row, rowId.signature).value(row, C.code, labels.memberSignatures);
  draft.merges.push(span(row, C.code, row, C.required));
  draft.format({ range: span(row, C.code, row, C.required), bold: true, wrap: true, vertical: "top" });
  draft.format({ range: span(row, C.firstMember, row, C.lastMember), border: "thin" });
  draft.rowHeights.push({ row, height: SIGNATURE_HEIGHT });
}

function writeEvaluatorBlock(sheet: CriteriaSheetContext, row: number): void {
  const { draft, labels, columns: C, input } = sheet;
  const lines: { text: string; format: { bold?: boolean; italic?: boolean; fontSize?: number } }[] = [
    { text: labels.evaluatorSigns, format: { bold: true } },
    { text: labels.sign, format: { italic: true, fontSize: FONT_SIZE.small } },
    { text: "", format: {} },
    { text: input.members[0]?.name ?? "", format: { bold: true } },
  ];
  // Right of the criterion texts, as a Vietnamese paper places its signer (documents.md).
  lines.forEach((line, i) => {
    const at = row + i;
    draft.rowId(at, rowId.signature).value(at, C.points, line.text);
    draft.merges.push(span(at, C.points, at, C.lastMember));
    draft.format({ range: span(at, C.points, at, C.lastMember), horizontal: "center", ...line.format });
  });
  draft.rowHeights.push({ row: row + 2, height: SIGNATURE_HEIGHT });
  // The block prints whole, on the page of the member's totals above it.
  draft.keepTogether(row - 2, row + lines.length - 1);
}
