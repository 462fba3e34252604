import type { UnkeptContent, WorkbookFileError, WorkbookFileProblem } from "../xlsx/workbookFileError";
import type { Language } from "./language";

type FileText = Readonly<Record<WorkbookFileProblem, (file: string, detail: string) => string>>;

const vi: FileText = {
  "file-missing": (f) => `Không tìm thấy tệp ${f}. Kiểm tra lại đường dẫn và tên tệp.`,
  "file-unreadable": (f) => `Không đọc được tệp ${f}: không có quyền đọc hoặc đó là một thư mục.`,
  "file-empty": (f) => `Tệp ${f} rỗng (0 byte). Có thể tệp chưa được lưu xong; hãy lấy lại bản đầy đủ.`,
  "file-not-xlsx": (f) =>
    `Tệp ${f} không phải sổ làm việc Excel (.xlsx). Mở tệp trong Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)".`,
  "file-old-xls": (f) =>
    `Tệp ${f} là định dạng Excel cũ (.xls). Mở tệp trong Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)".`,
  "file-encrypted": (f) =>
    `Tệp ${f} được đặt mật khẩu mở tệp. Mở trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi thử lại.`,
  "file-corrupt": (f) =>
    `Tệp ${f} bị hỏng hoặc không đầy đủ (có thể tải về hoặc sao chép chưa xong). Hãy lấy lại bản gốc.`,
  "file-not-writable": (f) =>
    `Không ghi được tệp ${f}. Kiểm tra quyền ghi thư mục và đóng tệp nếu đang mở trong Excel.`,
  "file-content-would-be-lost": (f, d) =>
    `Tệp ${f} có ${d} mà dòng lệnh không giữ lại được khi ghi đè. Ghi kết quả sang tệp khác bằng --out (tệp gốc giữ nguyên), hoặc tính kết quả bằng add-in trong Excel.`,
};

const en: FileText = {
  "file-missing": (f) => `File ${f} was not found. Check the path and the file name.`,
  "file-unreadable": (f) => `File ${f} cannot be read: no permission, or it is a folder.`,
  "file-empty": (f) =>
    `File ${f} is empty (0 bytes). It may not have finished saving; get the full copy again.`,
  "file-not-xlsx": (f) =>
    `File ${f} is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
  "file-old-xls": (f) =>
    `File ${f} is in the old Excel format (.xls). Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
  "file-encrypted": (f) =>
    `File ${f} is protected with a password to open. Remove the password in Excel (File > Info > Protect Workbook) and try again.`,
  "file-corrupt": (f) =>
    `File ${f} is damaged or incomplete (perhaps a download or copy did not finish). Get the original again.`,
  "file-not-writable": (f) =>
    `File ${f} cannot be written. Check the folder's permissions and close the file if it is open in Excel.`,
  "file-content-would-be-lost": (f, d) =>
    `File ${f} holds ${d} that the command line cannot keep when it saves over the file. Write the results to another file with --out (the original stays as it is), or compute in Excel with the add-in.`,
};

const texts = { vi, en } as const;

const contentNames: Readonly<Record<Language, Readonly<Record<UnkeptContent, string>>>> = {
  vi: {
    charts: "biểu đồ",
    "pivot-tables": "bảng tổng hợp (PivotTable)",
    macros: "macro",
    slicers: "slicer",
    "form-controls": "điều khiển biểu mẫu",
    activex: "điều khiển ActiveX",
    timelines: "timeline",
    "threaded-comments": "chuỗi nhận xét (comment)",
  },
  en: {
    charts: "charts",
    "pivot-tables": "pivot tables",
    macros: "macros",
    slicers: "slicers",
    "form-controls": "form controls",
    activex: "ActiveX controls",
    timelines: "timelines",
    "threaded-comments": "threaded comments",
  },
};

/** The one-line message for a workbook file that could not be opened or saved. */
export function fileErrorText(error: WorkbookFileError, language: Language): string {
  return texts[language][error.problem](
    error.path ?? (language === "vi" ? "(trong bộ nhớ)" : "(in memory)"),
    error.content.map((what) => contentNames[language][what]).join(", ") || (error.detail ?? ""),
  );
}

/** Said when results go to another file: the copy lacks what exceljs cannot write, the original keeps it. */
export function unkeptContentWarning(
  content: readonly UnkeptContent[],
  target: string,
  language: Language,
): string {
  const names = content.map((what) => contentNames[language][what]).join(", ");
  return language === "vi"
    ? `Lưu ý: bản ${target} không có ${names} của tệp gốc; tệp gốc giữ nguyên.`
    : `Note: the copy ${target} does not have the original's ${names}; the original is unchanged.`;
}
