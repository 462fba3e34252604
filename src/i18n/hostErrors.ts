import { ExcelHostError, type ExcelHostProblem } from "../excel/excelHostError";
import type { Language } from "./language";

type HostText = Readonly<Record<ExcelHostProblem, (sheet: string) => string>>;

const vi: HostText = {
  "cell-edit-mode": () =>
    "Excel đang chờ bạn sửa xong một ô nên chưa làm được gì. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.",
  "payload-too-large": () =>
    "Excel trên web từ chối vì lượt đọc/ghi quá lớn (giới hạn 5 MB), kể cả khi đã chia nhỏ. Mở sổ làm việc trong Excel trên máy tính (Mở trong ứng dụng máy tính) rồi thử lại.",
  "read-only": () =>
    "Excel không cho ghi vào sổ làm việc này: sổ đang mở ở chế độ chỉ đọc, cấu trúc sổ được bảo vệ, hoặc bạn chỉ có quyền xem. Bấm Bật chỉnh sửa, bỏ bảo vệ sổ (Xem lại > Bảo vệ sổ làm việc) hoặc lưu một bản có quyền sửa (Tệp > Lưu thành), rồi thử lại.",
  conflict: () =>
    "Một người đang cùng sửa sổ làm việc vừa thay đổi đúng chỗ phần bổ trợ ghi. Đợi một lát cho các thay đổi đồng bộ xong rồi thử lại.",
  "sheet-gone": () =>
    "Một trang tính phần bổ trợ cần vừa bị xóa hoặc đổi tên trong lúc chạy. Thử lại; nếu vẫn lỗi, bấm Kiểm tra để xem trang nào còn thiếu.",
  "inactive-workbook": () =>
    "Đang mở nhiều sổ làm việc và sổ này không còn được chọn. Bấm vào cửa sổ của sổ làm việc này rồi thử lại.",
  "host-too-old": () =>
    "Phiên bản Excel này thiếu một chức năng phần bổ trợ cần cho việc này. Cập nhật Excel, hoặc dùng Excel cho Microsoft 365 hay Excel trên web.",
  busy: () =>
    "Excel đang bận hoặc vừa gặp lỗi tạm thời (đã thử lại một lần). Đợi một lát, lưu sổ làm việc rồi thử lại.",
  "sheet-password-protected": (sheet) =>
    `Trang '${sheet}' được bảo vệ bằng mật khẩu (hoặc sổ làm việc đang mở chỉ đọc) nên phần bổ trợ không bỏ bảo vệ để ghi được; chưa có gì được ghi. Bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính, nhập mật khẩu) rồi thử lại.`,
  "cannot-open-copy": () =>
    "Excel này không mở được bản chấm thành sổ làm việc mới (cần ExcelApi 1.8) và cũng không tải tệp xuống được. Mở sổ làm việc trong Excel trên web hoặc Excel cho Microsoft 365 để lưu bản chấm ra tệp.",
};

const en: HostText = {
  "cell-edit-mode": () =>
    "Excel is waiting for you to finish editing a cell, so nothing was done. Press Enter or Esc to leave the cell you are editing, then try again.",
  "payload-too-large": () =>
    "Excel on the web refused because a read or write was too large (its limit is 5 MB), even in smaller parts. Open the workbook in the desktop app (Open in Desktop App) and try again.",
  "read-only": () =>
    "Excel does not allow writing to this workbook: it is open read-only, its structure is protected, or you may only view it. Choose Enable Editing, unprotect the workbook (Review > Protect Workbook) or save a copy you can edit (File > Save As), then try again.",
  conflict: () =>
    "Someone editing the workbook at the same time just changed the place the add-in writes to. Wait a moment for the changes to sync, then try again.",
  "sheet-gone": () =>
    "A sheet the add-in needs was deleted or renamed while it ran. Try again; if it still fails, choose Validate to see which sheet is missing.",
  "inactive-workbook": () =>
    "Several workbooks are open and this one is no longer selected. Click in this workbook's window, then try again.",
  "host-too-old": () =>
    "This version of Excel lacks something the add-in needs for this. Update Excel, or use Excel for Microsoft 365 or Excel on the web.",
  busy: () =>
    "Excel is busy or hit a passing fault (one retry was made). Wait a moment, save the workbook and try again.",
  "sheet-password-protected": (sheet) =>
    `Sheet '${sheet}' is protected with a password (or the workbook is open read-only), so the add-in cannot unprotect it to write; nothing was written. Unprotect the sheet (Review > Unprotect Sheet, enter the password) and try again.`,
  "cannot-open-copy": () =>
    "This Excel can neither open the copy as a new workbook (that needs ExcelApi 1.8) nor download a file. Open the workbook in Excel on the web or Excel for Microsoft 365 to export the copy.",
};

const texts = { vi, en } as const;

/** What Excel refused and what to do, in the user's language. */
export function hostErrorText(error: ExcelHostError, language: Language): string {
  return texts[language][error.problem](error.sheet ?? "");
}

/**
 * A failed command's message for the pane or the ribbon: Excel's refusals in the user's words, anything
 * else as its own message (our errors are already worded, an unknown one is shown as it came).
 */
export function describeFailure(error: unknown, language: Language): string {
  if (error instanceof ExcelHostError) return hostErrorText(error, language);
  return error instanceof Error ? error.message : String(error);
}
