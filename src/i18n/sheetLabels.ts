import type { CouncilLevel, DossierItem, MinimumOptionReading, ProductKind, RoundingPolicy } from "../domain";
import type { Language } from "./language";

/**
 * Labels printed on the generated sheets, Vietnamese first. Labels are for people only: the parser reads
 * hidden ids, so a translated or retyped label never changes what a sheet means.
 */
export interface SheetLabels {
  readonly sheetNames: {
    readonly round: string;
    readonly products: string;
    readonly council: string;
    readonly result: string;
    readonly audit: string;
    readonly criteriaSet: string;
    /** Criteria sheets are named prefix + product id ("Phiếu P01"). */
    readonly criteriaPrefix: string;
  };
  readonly round: {
    readonly title: string;
    readonly councilLevel: string;
    readonly councilName: string;
    readonly issuer: string;
    readonly place: string;
    readonly roundNumber: string;
    readonly date: string;
    readonly deadline: string;
    readonly criteriaVersion: string;
    readonly rounding: string;
    readonly minMembers: string;
    readonly divergencePoints: string;
    readonly dossierBlocks: string;
    readonly minimumOptionReading: string;
    readonly language: string;
    readonly hint: string;
  };
  readonly products: {
    readonly title: string;
    readonly id: string;
    readonly name: string;
    readonly producer: string;
    readonly commune: string;
    readonly productSet: string;
    readonly kind: string;
    readonly dossier: Readonly<Record<DossierItem, string>>;
    readonly mandatory: string;
    readonly supporting: string;
  };
  readonly council: {
    readonly title: string;
    readonly id: string;
    readonly name: string;
    readonly role: string;
  };
  readonly criteria: {
    readonly title: string;
    readonly product: string;
    readonly producer: string;
    readonly commune: string;
    readonly productSet: string;
    readonly version: string;
    readonly code: string;
    readonly text: string;
    readonly points: string;
    readonly required: string;
    readonly requiredMark: string;
    readonly part: string;
    readonly partSubtotal: (part: string, max: number) => string;
    readonly memberTotal: string;
    readonly memberStars: string;
    readonly membersFilled: string;
    readonly memberComplete: string;
    readonly average: string;
    readonly productStars: string;
    readonly signatures: string;
    readonly member: string;
    readonly chair: string;
    readonly secretary: string;
    readonly sign: string;
    readonly scoreErrorTitle: string;
    readonly scoreErrorMessage: (allowed: string) => string;
    readonly scorePrompt: string;
    /** Header of the required column on a sheet whose options carry minimum-star marks. */
    readonly minimumMark: string;
    readonly marksLegend: (everyMember: boolean) => string;
    readonly exclusion: string;
    readonly discrepancies: (places: string) => string;
    readonly noOptionsPrinted: (points: number) => string;
    /** Member copies: the member's own column, total, name line and signature. */
    readonly myScore: string;
    readonly myTotal: string;
    readonly evaluator: string;
    readonly evaluatorSigns: string;
    /** The council's sheet: each member signs in their own column. */
    readonly memberSignatures: string;
    /** Footer, with Excel's page codes (&P page, &N pages of this sheet). */
    /** Excel's page code &P and the sheet's own page count, or &N (the print job's pages) when not known. */
    readonly pageFooter: (product: string, pages?: number) => string;
  };
  readonly result: {
    readonly title: string;
    readonly rank: string;
    readonly id: string;
    readonly name: string;
    readonly average: string;
    readonly stars: string;
    readonly outcome: string;
    readonly notes: string;
    readonly part: (part: string) => string;
    readonly starCount: (stars: number) => string;
    readonly counts: string;
    readonly version: string;
    readonly decision: string;
    readonly rounding: string;
    readonly computedAt: string;
    readonly fingerprint: string;
    readonly council: string;
  };
  readonly audit: {
    readonly title: string;
    readonly time: string;
    readonly action: string;
    readonly fingerprint: string;
    readonly products: string;
    readonly complete: string;
    readonly incomplete: string;
    readonly invalid: string;
    readonly errors: string;
    readonly warnings: string;
    readonly actions: Readonly<Record<"validate" | "compute" | "import", string>>;
  };
  readonly criteriaSet: {
    readonly title: string;
    readonly version: string;
    readonly decision: string;
    readonly productSetCode: string;
    readonly productSetName: string;
    readonly productSetGroup: string;
    readonly source: string;
    readonly notes: string;
    readonly part: string;
    readonly group: string;
    readonly criterionId: string;
    readonly criterionName: string;
    readonly option: string;
    readonly points: string;
    readonly required: string;
    readonly minStars: string;
    readonly decisionNumber: string;
    readonly criterionNotes: string;
    readonly hint: string;
  };
  readonly levels: Readonly<Record<CouncilLevel, string>>;
  readonly kinds: Readonly<Record<ProductKind, string>>;
  readonly roundings: Readonly<Record<RoundingPolicy, string>>;
  readonly minimumOptionReadings: Readonly<Record<MinimumOptionReading, string>>;
  readonly yes: string;
  readonly no: string;
}

const vi: SheetLabels = {
  sheetNames: {
    round: "Đợt",
    products: "Sản phẩm",
    council: "Hội đồng",
    result: "Kết quả",
    audit: "Nhật ký",
    criteriaSet: "Bộ tiêu chí",
    criteriaPrefix: "Phiếu",
  },
  round: {
    title: "THÔNG TIN ĐỢT ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
    councilLevel: "Cấp hội đồng",
    councilName: "Tên hội đồng",
    issuer: "Cơ quan ban hành (vd. UBND huyện Hàm Yên)",
    place: "Địa danh ghi trên văn bản (vd. Hàm Yên)",
    roundNumber: "Đợt số",
    date: "Ngày họp",
    deadline: "Hạn nộp phiếu",
    criteriaVersion: "Bộ tiêu chí (quyết định)",
    rounding: "Làm tròn điểm trung bình",
    minMembers: "Số thành viên chấm tối thiểu",
    divergencePoints: "Ngưỡng lệch điểm (điểm)",
    dossierBlocks: "Thiếu hồ sơ bắt buộc thì không xếp hạng",
    minimumOptionReading: "Phương án tối thiểu (dấu sao) tính theo",
    language: "Ngôn ngữ",
    hint: "Chỉ sửa cột giá trị. Không xoá cột A và dòng 1 đã ẩn: chúng giữ mã để phần mềm đọc lại trang.",
  },
  products: {
    title: "DANH SÁCH SẢN PHẨM DỰ THI",
    id: "Mã SP",
    name: "Tên sản phẩm",
    producer: "Chủ thể",
    commune: "Xã",
    productSet: "Bộ sản phẩm",
    kind: "Loại đánh giá",
    dossier: {
      facilityCertificate: "Giấy chứng nhận cơ sở (*)",
      qualityDeclaration: "Công bố chất lượng (*)",
      testReport: "Phiếu kiểm nghiệm (*)",
      environmentPlan: "Kế hoạch bảo vệ môi trường",
      productStory: "Câu chuyện sản phẩm",
      communeConfirmation: "Xác nhận của xã",
    },
    mandatory: "(*) hồ sơ bắt buộc",
    supporting: "hồ sơ bổ sung",
  },
  council: {
    title: "THÀNH VIÊN HỘI ĐỒNG",
    id: "Mã thành viên",
    name: "Họ và tên",
    role: "Chức danh trong hội đồng",
  },
  criteria: {
    title: "PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
    product: "Sản phẩm",
    producer: "Chủ thể",
    commune: "Xã",
    productSet: "Bộ sản phẩm",
    version: "Bộ tiêu chí",
    code: "Mã",
    text: "Tiêu chí / phương án",
    points: "Điểm",
    required: "Bắt buộc",
    requiredMark: "(*)",
    part: "Phần",
    partSubtotal: (part, max) => `Cộng phần ${part} (tối đa ${max} điểm)`,
    memberTotal: "TỔNG ĐIỂM",
    memberStars: "Hạng sao",
    membersFilled: "Số tiêu chí đã chấm",
    memberComplete: "Phiếu đã chấm đủ (1 = có)",
    average: "Điểm trung bình của sản phẩm",
    productStars: "Hạng sao của sản phẩm",
    signatures: "XÁC NHẬN CỦA HỘI ĐỒNG",
    member: "Thành viên",
    chair: "Chủ tịch hội đồng",
    secretary: "Thư ký hội đồng",
    sign: "(Ký, ghi rõ họ tên)",
    scoreErrorTitle: "Điểm không hợp lệ",
    scoreErrorMessage: (allowed) => `Chọn một điểm trong danh sách: ${allowed}.`,
    scorePrompt: "Chọn điểm của phương án phù hợp",
    minimumMark: "Mức sao tối thiểu",
    marksLegend: (everyMember) =>
      `★★★ / ★★★★ / ★★★★★ bên phương án: yêu cầu tối thiểu phải đạt để được xếp hạng 3 / 4 / 5 sao (${everyMember ? "mọi thành viên phải chấm từ mức đó trở lên" : "so với điểm trung bình của các thành viên ở tiêu chí đó"}).`,
    exclusion: "Hồ sơ bị loại khi",
    discrepancies: (places) =>
      `Quyết định in sai tổng điểm ở: ${places}. Các phương án được giữ đúng như bản in của quyết định.`,
    noOptionsPrinted: (points) =>
      `Quyết định không in phương án cho tiêu chí này: chấm 0 (không đạt) hoặc ${points} (đạt).`,
    myScore: "Điểm của tôi",
    myTotal: "TỔNG ĐIỂM CỦA TÔI",
    evaluator: "Người đánh giá",
    evaluatorSigns: "NGƯỜI ĐÁNH GIÁ",
    memberSignatures: "Chữ ký của thành viên (mỗi người ký ở cột điểm của mình)",
    pageFooter: (product, pages) => `${product} — Trang &P/${pages ?? "&N"}`,
  },
  result: {
    title: "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
    rank: "Thứ hạng",
    id: "Mã SP",
    name: "Tên sản phẩm",
    average: "Điểm trung bình",
    stars: "Hạng sao",
    outcome: "Kết luận",
    notes: "Ghi chú",
    part: (part) => `TB phần ${part}`,
    starCount: (stars) => `${stars} sao`,
    counts: "Số sản phẩm theo hạng sao",
    version: "Bộ tiêu chí",
    decision: "Quyết định",
    rounding: "Làm tròn trước khi xếp hạng",
    computedAt: "Thời điểm tính",
    fingerprint: "Mã kiểm tra dữ liệu",
    council: "Hội đồng",
  },
  audit: {
    title: "NHẬT KÝ KIỂM TRA VÀ TÍNH ĐIỂM",
    time: "Thời điểm",
    action: "Thao tác",
    fingerprint: "Mã kiểm tra dữ liệu",
    products: "Số sản phẩm",
    complete: "Đã chấm xong",
    incomplete: "Chưa chấm xong",
    invalid: "Có lỗi",
    errors: "Số lỗi",
    warnings: "Số cảnh báo",
    actions: { validate: "Kiểm tra", compute: "Tính kết quả", import: "Nhập phiếu thành viên" },
  },
  criteriaSet: {
    title: "BỘ TIÊU CHÍ ĐÁNH GIÁ",
    version: "Bộ tiêu chí (mã)",
    decision: "Quyết định",
    productSetCode: "Mã bộ sản phẩm",
    productSetName: "Tên bộ sản phẩm",
    productSetGroup: "Nhóm sản phẩm",
    source: "Nguồn văn bản",
    notes: "Ghi chú",
    part: "Phần",
    group: "Nhóm tiêu chí",
    criterionId: "Mã tiêu chí",
    criterionName: "Tên tiêu chí",
    option: "Phương án",
    points: "Điểm",
    required: "Bắt buộc (*)",
    minStars: "Sao tối thiểu (***)",
    decisionNumber: "Số thứ tự trong QĐ",
    criterionNotes: "Ghi chú / Yêu cầu",
    hint: "Dán nguyên bảng tiêu chí của quyết định (□ phương án, N Điểm) vào ô đầu tiên dưới dòng tiêu đề, hoặc ghi theo các cột; ô Phần, Nhóm, Mã, Tên để trống thì lấy theo dòng trên.",
  },
  levels: { commune: "Cấp xã", district: "Cấp huyện", province: "Cấp tỉnh", national: "Cấp trung ương" },
  kinds: { new: "Đánh giá mới", upgrade: "Nâng hạng", renewal: "Cấp lại" },
  roundings: {
    none: "Không làm tròn",
    "integer-half-up": "Làm tròn đến số nguyên",
    "2-decimals-half-up": "Làm tròn 2 chữ số thập phân",
  },
  minimumOptionReadings: { mean: "Điểm trung bình", "every-member": "Mọi thành viên" },
  yes: "Có",
  no: "Không",
};

const en: SheetLabels = {
  sheetNames: {
    round: "Round",
    products: "Products",
    council: "Council",
    result: "Results",
    audit: "Log",
    criteriaSet: "Criteria set",
    criteriaPrefix: "Sheet",
  },
  round: {
    title: "OCOP EVALUATION ROUND",
    councilLevel: "Council level",
    councilName: "Council name",
    issuer: "Issuing body (e.g. UBND huyện Hàm Yên)",
    place: "Place on the documents (e.g. Hàm Yên)",
    roundNumber: "Round number",
    date: "Meeting date",
    deadline: "Scoring deadline",
    criteriaVersion: "Criteria version (decision)",
    rounding: "Rounding of the average",
    minMembers: "Minimum members scoring",
    divergencePoints: "Divergence threshold (points)",
    dossierBlocks: "Missing mandatory dossier blocks rating",
    minimumOptionReading: "Minimum options (star marks) read from",
    language: "Language",
    hint: "Edit only the value column. Do not delete hidden column A and row 1: they hold the ids the add-in reads.",
  },
  products: {
    title: "PRODUCTS IN THIS ROUND",
    id: "Product id",
    name: "Product name",
    producer: "Producer",
    commune: "Commune",
    productSet: "Product set",
    kind: "Evaluation",
    dossier: {
      facilityCertificate: "Facility certificate (*)",
      qualityDeclaration: "Quality declaration (*)",
      testReport: "Test report (*)",
      environmentPlan: "Environment plan",
      productStory: "Product story",
      communeConfirmation: "Commune confirmation",
    },
    mandatory: "(*) mandatory dossier item",
    supporting: "supporting item",
  },
  council: { title: "COUNCIL MEMBERS", id: "Member id", name: "Full name", role: "Role in the council" },
  criteria: {
    title: "OCOP PRODUCT EVALUATION SHEET",
    product: "Product",
    producer: "Producer",
    commune: "Commune",
    productSet: "Product set",
    version: "Criteria",
    code: "Code",
    text: "Criterion / option",
    points: "Points",
    required: "Required",
    requiredMark: "(*)",
    part: "Part",
    partSubtotal: (part, max) => `Part ${part} subtotal (max ${max} points)`,
    memberTotal: "TOTAL",
    memberStars: "Stars",
    membersFilled: "Criteria scored",
    memberComplete: "Sheet complete (1 = yes)",
    average: "Product's average score",
    productStars: "Product's stars",
    signatures: "COUNCIL SIGNATURES",
    member: "Member",
    chair: "Council chair",
    secretary: "Council secretary",
    sign: "(Signature and full name)",
    scoreErrorTitle: "Score not allowed",
    scoreErrorMessage: (allowed) => `Pick a score from the list: ${allowed}.`,
    scorePrompt: "Pick the points of the matching option",
    minimumMark: "Minimum for stars",
    marksLegend: (everyMember) =>
      `★★★ / ★★★★ / ★★★★★ beside an option: the least a product must reach to be rated 3 / 4 / 5 stars (${everyMember ? "every member must score it at least that" : "set against the members' mean points on that criterion"}).`,
    exclusion: "A dossier is excluded when",
    discrepancies: (places) =>
      `The decision misprints the totals at: ${places}. The options are kept exactly as the decision prints them.`,
    noOptionsPrinted: (points) =>
      `The decision prints no options for this criterion: score 0 (not met) or ${points} (met).`,
    myScore: "My score",
    myTotal: "MY TOTAL",
    evaluator: "Evaluator",
    evaluatorSigns: "EVALUATOR",
    memberSignatures: "Members' signatures (each signs in their own score column)",
    pageFooter: (product, pages) => `${product} — Page &P of ${pages ?? "&N"}`,
  },
  result: {
    title: "OCOP EVALUATION RESULTS",
    rank: "Rank",
    id: "Product id",
    name: "Product name",
    average: "Average score",
    stars: "Stars",
    outcome: "Decision",
    notes: "Notes",
    part: (part) => `Part ${part} avg`,
    starCount: (stars) => `${stars} ${stars === 1 ? "star" : "stars"}`,
    counts: "Products per star level",
    version: "Criteria version",
    decision: "Decision",
    rounding: "Rounding before banding",
    computedAt: "Computed at",
    fingerprint: "Input fingerprint",
    council: "Council",
  },
  audit: {
    title: "VALIDATION AND COMPUTATION LOG",
    time: "Time",
    action: "Action",
    fingerprint: "Input fingerprint",
    products: "Products",
    complete: "Complete",
    incomplete: "Incomplete",
    invalid: "With errors",
    errors: "Errors",
    warnings: "Warnings",
    actions: { validate: "Validate", compute: "Compute results", import: "Import member copies" },
  },
  criteriaSet: {
    title: "CRITERIA SET",
    version: "Criteria version (id)",
    decision: "Decision",
    productSetCode: "Product set code",
    productSetName: "Product set name",
    productSetGroup: "Product group",
    source: "Source text",
    notes: "Notes",
    part: "Part",
    group: "Group",
    criterionId: "Criterion id",
    criterionName: "Criterion name",
    option: "Option",
    points: "Points",
    required: "Required (*)",
    minStars: "Minimum stars (***)",
    decisionNumber: "Decision's number",
    criterionNotes: "Notes / requirements",
    hint: "Paste the decision's table as it is (□ options, N Điểm) at the first cell below the header row, or fill the columns; blank Part, Group, Id or Name cells repeat the row above.",
  },
  levels: { commune: "Commune", district: "District", province: "Province", national: "National" },
  kinds: { new: "New", upgrade: "Upgrade", renewal: "Renewal" },
  roundings: {
    none: "No rounding",
    "integer-half-up": "Round to a whole number",
    "2-decimals-half-up": "Round to 2 decimals",
  },
  minimumOptionReadings: { mean: "The members' mean", "every-member": "Every member" },
  yes: "Yes",
  no: "No",
};

const labels: Readonly<Record<Language, SheetLabels>> = { vi, en };

export function sheetLabels(language: Language): SheetLabels {
  return labels[language];
}

/**
 * A choice typed in any language (or as its code) back to its code: "Cấp huyện", "district" and "District"
 * all read as district, so a workbook switched to English still parses.
 */
export function choiceFromLabel<K extends string>(
  pick: (labels: SheetLabels) => Readonly<Record<K, string>>,
  typed: string,
): K | undefined {
  const wanted = typed.trim().toLowerCase();
  for (const language of Object.keys(labels) as Language[]) {
    const choices = pick(labels[language]);
    for (const code of Object.keys(choices) as K[])
      if (code.toLowerCase() === wanted || choices[code].toLowerCase() === wanted) return code;
  }
  return undefined;
}

/** "Có", "x", "yes", TRUE, 1 → true; "Không", "no", FALSE, 0 → false; blank → undefined. */
export function yesNoFromCell(value: string | number | boolean | null): boolean | undefined | "invalid" {
  if (value === null) return undefined;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : "invalid";
  const typed = value.trim().toLowerCase();
  if (typed === "") return undefined;
  if (["x", "1", "true", ...Object.values(labels).map((l) => l.yes.toLowerCase())].includes(typed))
    return true;
  if (["0", "false", ...Object.values(labels).map((l) => l.no.toLowerCase())].includes(typed)) return false;
  return "invalid";
}
