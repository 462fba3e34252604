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
      what: "Phiên bản Excel này không cho phần bổ trợ đọc và ghi các trang tính.",
      fix: "Dùng Excel cho Microsoft 365, Excel 2019 trở lên hoặc Excel trên web; hoặc dùng lệnh ocop trên tệp .xlsx.",
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
      what: "Không đặt được khổ A4, vừa chiều ngang trang và hàng tiêu đề lặp lại khi in.",
      fix: "Chỉnh trong Bố trí trang trước khi in.",
    },
    "partial-read": {
      what: "Phần bổ trợ phải đọc mọi ô của các phiếu đánh giá, nên đợt nhiều sản phẩm kiểm tra và tính chậm hơn.",
      fix: "Vẫn chấm điểm bình thường; cập nhật Excel để đọc nhanh hơn.",
    },
  },
  en: {
    "read-write": {
      what: "This version of Excel does not let the add-in read and write sheets.",
      fix: "Use Excel for Microsoft 365, Excel 2019 or later, or Excel on the web; or the ocop command on an .xlsx file.",
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
      what: "A4 paper, fit to width and repeated header rows cannot be set for printing.",
      fix: "Set them in Page Layout before printing.",
    },
    "partial-read": {
      what: "The add-in has to read every cell of the criteria sheets, so large rounds validate and compute more slowly.",
      fix: "Scoring still works; update Excel for faster reads.",
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
