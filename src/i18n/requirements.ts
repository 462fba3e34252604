import type { ExcelFeature, ExcelRequirement } from "../excel/requirements";
import type { Language } from "./language";

interface FeatureText {
  /** What the add-in cannot do on this Excel. */
  readonly what: string;
  /** What the council does instead. */
  readonly fix: string;
}

const texts: Record<Language, Record<ExcelFeature, FeatureText>> = {
  vi: {
    "read-write": {
      what: "Phiên bản Excel này (như Excel 2016) không cho phần bổ trợ đọc và ghi các trang tính.",
      fix: "Dùng Excel 2019 trở lên, Excel cho Microsoft 365 hoặc Excel trên web; hoặc dùng lệnh ocop trên tệp .xlsx.",
    },
    "conditional-formats": {
      what: "Không tô màu được các ô thiếu điểm hoặc điểm lệch nhiều.",
      fix: "Vẫn chấm điểm bình thường; xem danh sách lỗi trong ngăn tác vụ.",
    },
    "sheet-view": {
      what: "Không cố định được hàng tiêu đề và màu thẻ trang tính.",
      fix: "Vẫn chấm điểm bình thường; có thể cố định hàng tiêu đề bằng tay (Xem > Cố định ngăn).",
    },
    "sheet-copy": {
      what: "Chèn phiếu đánh giá cho nhiều sản phẩm chậm hơn: mỗi phiếu được vẽ lại từ đầu thay vì sao chép phiếu đầu tiên.",
      fix: "Không cần làm gì; các phiếu vẫn giống hệt nhau.",
    },
    "data-validation": {
      what: "Không tạo được danh sách chọn điểm trong các ô chấm điểm.",
      fix: "Gõ điểm bằng tay; nút Kiểm tra vẫn báo mọi điểm không thuộc các phương án.",
    },
    "page-layout": {
      what: "Không đặt được khổ A4, vừa chiều ngang trang, hàng tiêu đề lặp lại và đầu trang, chân trang khi in.",
      fix: "Chỉnh trong Bố trí trang trước khi in; Excel 2021 trở lên, Excel cho Microsoft 365 và Excel trên web tự đặt sẵn.",
    },
    "partial-read": {
      what: "Phần bổ trợ phải đọc mọi ô của các phiếu đánh giá, nên đợt nhiều sản phẩm kiểm tra và tính chậm hơn.",
      fix: "Vẫn chấm điểm bình thường; Excel 2021 trở lên, Excel cho Microsoft 365 và Excel trên web đọc nhanh hơn.",
    },
  },
  en: {
    "read-write": {
      what: "This version of Excel (such as Excel 2016) does not let the add-in read and write sheets.",
      fix: "Use Excel 2019 or later, Excel for Microsoft 365 or Excel on the web; or the ocop command on an .xlsx file.",
    },
    "conditional-formats": {
      what: "Cells with missing or divergent scores cannot be highlighted.",
      fix: "Scoring still works; see the list of issues in the task pane.",
    },
    "sheet-view": {
      what: "Header rows cannot be frozen and sheet tabs cannot be coloured.",
      fix: "Scoring still works; freeze the header rows by hand (View > Freeze Panes).",
    },
    "sheet-copy": {
      what: "Inserting criteria sheets for many products is slower: each sheet is drawn in full instead of copied from the first.",
      fix: "Nothing to do; the sheets come out the same.",
    },
    "data-validation": {
      what: "Score cells cannot offer a dropdown of allowed points.",
      fix: "Type the points; Validate still reports any score that is not one of the options.",
    },
    "page-layout": {
      what: "A4 paper, fit to width, repeated header rows, page header and footer cannot be set for printing.",
      fix: "Set them in Page Layout before printing; Excel 2021 or later, Excel for Microsoft 365 and Excel on the web set them for you.",
    },
    "partial-read": {
      what: "The add-in has to read every cell of the criteria sheets, so large rounds validate and compute more slowly.",
      fix: "Scoring still works; Excel 2021 or later, Excel for Microsoft 365 and Excel on the web read faster.",
    },
  },
};

/** A missing requirement in words, naming the requirement set so support staff can look it up. */
export function requirementText(
  requirement: ExcelRequirement,
  language: Language,
): FeatureText & { readonly needs: string } {
  return { ...texts[language][requirement.feature], needs: `${requirement.set} ${requirement.version}` };
}

/**
 * Said where Excel has no shared runtime (SharedRuntime 1.1: Excel 2019, volume-licensed Office before
 * 2021): the manifest's overrides are skipped there, so the add-in is a plain task pane.
 */
export function noSharedRuntimeText(language: Language): FeatureText & { readonly needs: string } {
  const needs = "SharedRuntime 1.1";
  return language === "vi"
    ? {
        what: "Trên phiên bản Excel này (như Excel 2019) phần bổ trợ chỉ là ngăn tác vụ: không có nhóm nút OCOP trên thẻ Trang đầu và không có các hàm =OCOP.*.",
        fix: "Mọi việc vẫn làm trong ngăn (mở lại từ Chèn > Phần bổ trợ của tôi); các phiếu dùng công thức có sẵn của Excel. Nút và hàm cần Excel 2021 trở lên, Excel cho Microsoft 365 hoặc Excel trên web.",
        needs,
      }
    : {
        what: "On this version of Excel (such as Excel 2019) the add-in is a task pane only: no OCOP buttons on the Home tab and no =OCOP.* functions.",
        fix: "Everything still works in the pane (open it again from Insert > My Add-ins); the sheets use Excel's own formulas. The buttons and functions need Excel 2021 or later, Excel for Microsoft 365 or Excel on the web.",
        needs,
      };
}
