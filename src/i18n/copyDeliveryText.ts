import type { Language } from "./language";

/** Said when a member's copy opened as a new, unsaved workbook (Excel.createWorkbook) rather than downloaded. */
export function copyOpenedText(fileName: string, language: Language): string {
  return language === "vi"
    ? `Bản chấm đã mở thành một sổ làm việc mới, chưa lưu. Lưu lại với tên ${fileName} (Tệp > Lưu thành) rồi gửi cho thành viên.`
    : `The copy opened as a new, unsaved workbook. Save it as ${fileName} (File > Save As) and send it to the member.`;
}
