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
    `${f}: sổ làm việc không có đợt đánh giá (thiếu trang Đợt, Sản phẩm hoặc Hội đồng). Chọn đúng tệp kết quả của hội đồng.`,
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

/** The Sổ theo dõi sản phẩm OCOP (certificate register) sheet. */
export interface RegisterLabels {
  readonly sheetName: string;
  readonly title: string;
  readonly note: string;
  readonly footer: string;
  readonly columns: Readonly<Record<RegisterField, string>>;
}

export type RegisterField =
  | "no"
  | "name"
  | "producer"
  | "commune"
  | "productSet"
  | "stars"
  | "score"
  | "council"
  | "decision"
  | "decisionDate"
  | "expiry"
  | "notes";

const registerVi: RegisterLabels = {
  sheetName: "Sổ theo dõi",
  title: "SỔ THEO DÕI SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN",
  note: "Mỗi dòng là một giấy chứng nhận (hiệu lực 36 tháng kể từ ngày quyết định). Ghi chú nhập ở cột cuối; dòng do lệnh ocop register add thêm.",
  footer: "Trang &P/&N",
  columns: {
    no: "STT",
    name: "Tên sản phẩm",
    producer: "Chủ thể",
    commune: "Xã",
    productSet: "Bộ sản phẩm",
    stars: "Số sao",
    score: "Điểm",
    council: "Hội đồng đánh giá",
    decision: "Số quyết định",
    decisionDate: "Ngày quyết định",
    expiry: "Hết hạn",
    notes: "Ghi chú",
  },
};

const registerEn: RegisterLabels = {
  sheetName: "Register",
  title: "REGISTER OF RECOGNISED OCOP PRODUCTS",
  note: "One line per certificate (valid 36 months from the decision date). Notes go in the last column; lines are added by ocop register add.",
  footer: "Page &P of &N",
  columns: {
    no: "No.",
    name: "Product",
    producer: "Producer",
    commune: "Commune",
    productSet: "Product set",
    stars: "Stars",
    score: "Score",
    council: "Council",
    decision: "Decision no.",
    decisionDate: "Decision date",
    expiry: "Expires",
    notes: "Notes",
  },
};

export function registerLabels(language: Language): RegisterLabels {
  return language === "vi" ? registerVi : registerEn;
}

type RegisterRefusalText = Readonly<
  Record<string, (file: string, register: string, detail: string) => string>
>;

const registerRefusalVi: RegisterRefusalText = {
  "no-round": (f) => `${f}: sổ làm việc không có đợt đánh giá (thiếu trang Đợt, Sản phẩm hoặc Hội đồng).`,
  "no-result": (f) => `${f}: chưa có kết quả. Chạy "ocop compute ${f}" rồi thêm vào sổ.`,
  "stale-result": (f, _r, d) =>
    `${f}: kết quả đã cũ (dữ liệu sửa sau lần tính ngày ${d}). Chạy "ocop compute ${f}" rồi thêm vào sổ.`,
  "already-added": (f, r, d) =>
    `${f}: đợt này đã có trong sổ ${r} (quyết định ${d}). Không thêm lần nữa; muốn sửa thì sửa trực tiếp trong sổ.`,
  "nothing-recognised": (f) => `${f}: hội đồng không công nhận sản phẩm nào ở cấp này; sổ không thay đổi.`,
  "not-a-register": (_f, r) =>
    `${r}: không có trang Sổ theo dõi. Tạo sổ bằng "ocop register add KETQUA.xlsx --register ${r} …".`,
};

const registerRefusalEn: RegisterRefusalText = {
  "no-round": (f) => `${f}: the workbook holds no round (its Round, Products or Council sheet is missing).`,
  "no-result": (f) => `${f}: no result yet. Run "ocop compute ${f}", then add it to the register.`,
  "stale-result": (f, _r, d) =>
    `${f}: the result is stale (inputs changed after it was computed on ${d}). Run "ocop compute ${f}", then add it.`,
  "already-added": (f, r, d) =>
    `${f}: this round is already in register ${r} (decision ${d}). It is not added twice; correct lines in the register itself.`,
  "nothing-recognised": (f) =>
    `${f}: the council recognised no product at this level; the register is unchanged.`,
  "not-a-register": (_f, r) =>
    `${r}: has no register sheet. Start one with "ocop register add RESULT.xlsx --register ${r} …".`,
};

export function registerRefusalText(
  reason: string,
  file: string,
  register: string,
  detail: string,
  language: Language,
): string {
  const table = language === "vi" ? registerRefusalVi : registerRefusalEn;
  return (table[reason] ?? table["no-round"])(file, register, detail);
}

/** The pane's "Tạo đợt cấp trên" section. */
export interface NextRoundPaneText {
  readonly title: string;
  readonly intro: string;
  readonly run: string;
  readonly making: string;
  readonly opened: (products: number) => string;
  readonly downloaded: (products: number, file: string) => string;
  readonly duplicates: (count: number) => string;
  readonly refused: string;
}

const paneVi: NextRoundPaneText = {
  title: "Tạo đợt cấp trên",
  intro:
    "Tạo sổ làm việc mới cho hội đồng cấp trên với các sản phẩm được đề nghị lên (kèm điểm, sao, hội đồng gửi). Kết quả phải vừa được tính.",
  run: "Tạo đợt cấp trên",
  making: "Đang tạo sổ làm việc cho đợt cấp trên…",
  opened: (n) => `Đã mở sổ làm việc mới với ${n} sản phẩm. Lưu sổ làm việc đó và gửi cho hội đồng cấp trên.`,
  downloaded: (n, f) => `Đã tạo tệp ${f} với ${n} sản phẩm. Lưu tệp và gửi cho hội đồng cấp trên.`,
  duplicates: (n) => `${n} sản phẩm trùng đã được đánh dấu ở cột "Trùng sản phẩm".`,
  refused: "Chưa tạo được đợt cấp trên",
};

const paneEn: NextRoundPaneText = {
  title: "Next-level round",
  intro:
    "Creates a new workbook for the next level's council holding the products proposed to it (with score, stars and sending council). The result must be current.",
  run: "Create next-level round",
  making: "Making the next level's workbook…",
  opened: (n) =>
    `A new workbook with ${n} products is open. Save it and send it to the next level's council.`,
  downloaded: (n, f) =>
    `File ${f} with ${n} products was created. Save it and send it to the next level's council.`,
  duplicates: (n) => `${n} duplicated products are flagged in the "Duplicate" column.`,
  refused: "The next-level round was not created",
};

export function nextRoundPaneText(language: Language): NextRoundPaneText {
  return language === "vi" ? paneVi : paneEn;
}
