import type { CouncilLevel } from "../domain/round";
import type { Language } from "./language";
import { sheetLabels } from "./sheetLabels";

/** Why `ocop forward` (or the pane's "Tạo đợt cấp trên") will not use a file. */
export type ForwardRefusalReason =
  | "unreadable"
  | "no-round"
  | "no-result"
  | "stale-result"
  | "version-differs"
  | "level-differs"
  | "set-not-in-version"
  | "no-next-level"
  | "nothing-to-forward";

type RefusalText = Readonly<Record<ForwardRefusalReason, (file: string, detail: string) => string>>;

const refusalVi: RefusalText = {
  unreadable: (f, d) => `${f}: không đọc được tệp. ${d}`,
  "no-round": (f) =>
    `${f}: sổ tính không có đợt đánh giá (thiếu trang Đợt, Sản phẩm hoặc Hội đồng). Chọn đúng tệp kết quả của hội đồng.`,
  "no-result": (f) =>
    `${f}: chưa có kết quả (không có trang Kết quả). Chạy "ocop compute ${f}" hoặc bấm "Tính kết quả" rồi thử lại.`,
  "stale-result": (f, d) =>
    `${f}: kết quả đã cũ — dữ liệu đã sửa sau lần tính ngày ${d} (ô dấu vân tay trên trang Kết quả). Chạy "ocop compute ${f}" rồi thử lại.`,
  "version-differs": (f, d) =>
    `${f}: dùng bộ tiêu chí ${d}, khác các tệp còn lại. Bỏ tệp này, hoặc thêm --version để chọn bộ tiêu chí của đợt cấp trên.`,
  "level-differs": (f, d) =>
    `${f}: là kết quả của hội đồng ${d}, khác cấp với các tệp còn lại. Chỉ gộp kết quả của cùng một cấp.`,
  "set-not-in-version": (f, d) =>
    `${f}: ${d} không có trong bộ tiêu chí đã chọn. Sửa bộ sản phẩm trên trang Sản phẩm hoặc chọn --version khác.`,
  "no-next-level": (f, d) =>
    `${f}: hội đồng ${d} không có cấp trên để chuyển lên. Dùng --level để chọn cấp, hoặc --returned cho danh sách trả về tỉnh.`,
  "nothing-to-forward": (f) =>
    `${f}: không có sản phẩm nào được đề nghị lên cấp trên (hoặc trả về). Không tạo tệp.`,
};

const refusalEn: RefusalText = {
  unreadable: (f, d) => `${f}: the file cannot be read. ${d}`,
  "no-round": (f) =>
    `${f}: the workbook holds no round (its Round, Products or Council sheet is missing). Choose the council's result workbook.`,
  "no-result": (f) =>
    `${f}: no result yet (no result sheet). Run "ocop compute ${f}" or press "Compute results", then try again.`,
  "stale-result": (f, d) =>
    `${f}: the result is stale — inputs changed after it was computed on ${d} (fingerprint cell on the result sheet). Run "ocop compute ${f}" and try again.`,
  "version-differs": (f, d) =>
    `${f}: uses criteria version ${d}, unlike the other files. Leave it out, or add --version to choose the next round's criteria version.`,
  "level-differs": (f, d) =>
    `${f}: holds the result of a ${d} council, another level than the other files. Combine results of one level only.`,
  "set-not-in-version": (f, d) =>
    `${f}: ${d} is not in the chosen criteria version. Fix the product set on the Products sheet or choose another --version.`,
  "no-next-level": (f, d) =>
    `${f}: a ${d} council has no level above it to forward to. Choose one with --level, or use --returned for the list returned to the province.`,
  "nothing-to-forward": (f) =>
    `${f}: no product is proposed to the next level (or returned). No file was written.`,
};

/** A file `forward` will not use, and why; `level` is named in the reader's language. */
export interface ForwardRefusal {
  readonly file: string;
  readonly reason: ForwardRefusalReason;
  readonly detail?: string;
  readonly level?: CouncilLevel;
}

export function forwardRefusalText(refusal: ForwardRefusal, language: Language): string {
  const detail = refusal.level ? sheetLabels(language).levels[refusal.level] : (refusal.detail ?? "");
  return (language === "vi" ? refusalVi : refusalEn)[refusal.reason](refusal.file, detail);
}

/** Reference columns of a forwarded round's Sản phẩm sheet: where each product came from. */
export interface ForwardColumnLabels {
  readonly sourceFile: string;
  readonly sourceCouncil: string;
  readonly sourceLevel: string;
  readonly sourceId: string;
  readonly score: string;
  readonly stars: string;
  readonly date: string;
  readonly duplicate: string;
  /** The flag on a product two files forwarded: the other file(s) named. */
  readonly alsoFrom: (files: string) => string;
}

const columnsVi: ForwardColumnLabels = {
  sourceFile: "Tệp gửi lên",
  sourceCouncil: "Hội đồng gửi lên",
  sourceLevel: "Cấp gửi lên",
  sourceId: "Mã ở cấp gửi",
  score: "Điểm cấp gửi",
  stars: "Sao cấp gửi",
  date: "Ngày họp cấp gửi",
  duplicate: "Trùng sản phẩm",
  alsoFrom: (files) => `TRÙNG: cũng được gửi từ ${files} — kiểm tra, giữ một hồ sơ`,
};

const columnsEn: ForwardColumnLabels = {
  sourceFile: "Sent from file",
  sourceCouncil: "Sending council",
  sourceLevel: "Sending level",
  sourceId: "Id at sending level",
  score: "Score there",
  stars: "Stars there",
  date: "Meeting date there",
  duplicate: "Duplicate",
  alsoFrom: (files) => `DUPLICATE: also sent from ${files} — check and keep one dossier`,
};

export function forwardColumnLabels(language: Language): ForwardColumnLabels {
  return language === "vi" ? columnsVi : columnsEn;
}

const councilVi: Readonly<Record<CouncilLevel, string>> = {
  commune: "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp xã",
  district: "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện",
  province: "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
  national: "Hội đồng đánh giá, phân hạng sản phẩm OCOP Trung ương",
};

const councilEn: Readonly<Record<CouncilLevel, string>> = {
  commune: "Commune OCOP evaluation council",
  district: "District OCOP evaluation council",
  province: "Province OCOP evaluation council",
  national: "Central OCOP evaluation council",
};

/** The next round's council name when none is given. */
export function defaultCouncilName(level: CouncilLevel, language: Language): string {
  return (language === "vi" ? councilVi : councilEn)[level];
}
