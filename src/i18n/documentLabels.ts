import type { CouncilLevel } from "../domain";
import type { UnevaluatedReason } from "../domain/roundConclusions";
import type { Language } from "./language";

/**
 * Labels of the papers a council signs (Kết quả, its annex, Biên bản, the two lists), Vietnamese first,
 * worded as Vietnamese administrative papers are (Nghị định 30/2020/NĐ-CP).
 */
export interface DocumentLabels {
  readonly sheetNames: {
    readonly memberScores: string;
    readonly minutes: string;
    readonly recognition: string;
    readonly upward: string;
  };
  readonly page: string;
  readonly nation: string;
  readonly motto: string;
  readonly councilBody: string;
  /** A blank to fill by hand where the round does not say (issuer, place, a name). */
  readonly blank: string;
  readonly dateLine: (place: string, day: string, month: string, year: string) => string;
  readonly signature: {
    readonly secretary: string;
    readonly onBehalf: string;
    readonly chair: string;
    readonly sign: string;
  };
  readonly result: {
    readonly subtitle: (council: string, round: string | undefined) => string;
    readonly rank: string;
    readonly id: string;
    readonly name: string;
    readonly producer: string;
    readonly commune: string;
    readonly members: string;
    readonly average: string;
    readonly stars: string;
    readonly outcome: string;
    readonly notRated: string;
    readonly notes: string;
    readonly total: (count: number) => string;
  };
  readonly memberScores: {
    readonly title: string;
    readonly subtitle: string;
    readonly average: string;
    readonly part: (part: string) => string;
  };
  readonly minutes: {
    readonly title: string;
    readonly subtitle: (level: string) => string;
    readonly opening: (date: string, place: string, council: string, round: string | undefined) => string;
    readonly attendance: string;
    readonly chairedBy: (name: string) => string;
    readonly secretary: (name: string) => string;
    readonly present: (count: number, of: number) => string;
    readonly absent: (count: number) => string;
    readonly none: string;
    readonly number: string;
    readonly fullName: string;
    readonly role: string;
    readonly content: string;
    readonly decision: (decision: string, version: string) => string;
    readonly evaluated: (products: number, rated: number, unrated: number) => string;
    readonly rounding: (policy: string) => string;
    readonly resultAnnex: string;
    readonly counts: string;
    readonly renewal: (products: string) => string;
    readonly conclusions: string;
    readonly recognised: (count: number) => string;
    readonly upward: (count: number, level: string) => string;
    readonly returned: (count: number) => string;
    readonly notRated: (count: number) => string;
    readonly notEvaluated: (count: number) => string;
    readonly reasons: Readonly<Record<UnevaluatedReason, string>>;
    readonly closing: string;
  };
  readonly lists: {
    readonly recognitionTitle: string;
    readonly upwardTitle: (level: string) => string;
    readonly subtitle: (council: string, date: string) => string;
    readonly number: string;
    readonly productSet: string;
    readonly score: string;
    readonly dossier: string;
    readonly dossierComplete: string;
    readonly dossierMissing: (items: string) => string;
    readonly dossierUnknown: string;
    readonly empty: string;
  };
  /** "cấp tỉnh": the council level as a phrase inside a sentence. */
  readonly levelPhrase: Readonly<Record<CouncilLevel, string>>;
  /** The level a council of this level proposes products to. */
  readonly nextLevelPhrase: Readonly<Record<CouncilLevel, string>>;
  /** "69,67 điểm". */
  readonly points: (score: string) => string;
}

const vi: DocumentLabels = {
  sheetNames: {
    memberScores: "Bảng điểm thành viên",
    minutes: "Biên bản họp Hội đồng",
    recognition: "Danh sách đề nghị công nhận",
    upward: "Danh sách đề nghị cấp trên",
  },
  page: "Trang",
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  councilBody: "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
  blank: "……………………",
  dateLine: (place, day, month, year) => `${place}, ngày ${day} tháng ${month} năm ${year}`,
  signature: {
    secretary: "THƯ KÝ HỘI ĐỒNG",
    onBehalf: "TM. HỘI ĐỒNG",
    chair: "CHỦ TỊCH",
    sign: "(Ký, ghi rõ họ tên)",
  },
  result: {
    subtitle: (council, round) => (round ? `${council} — ${round}` : council),
    rank: "Thứ hạng",
    id: "Mã SP",
    name: "Tên sản phẩm",
    producer: "Chủ thể",
    commune: "Địa chỉ (xã)",
    members: "Số thành viên chấm",
    average: "Điểm trung bình",
    stars: "Hạng sao",
    outcome: "Kết luận",
    notRated: "Không đạt",
    notes: "Ghi chú",
    total: (count) => `Tổng số sản phẩm: ${count}`,
  },
  memberScores: {
    title: "BẢNG ĐIỂM CỦA CÁC THÀNH VIÊN HỘI ĐỒNG",
    subtitle: "(Kèm theo Kết quả đánh giá, phân hạng sản phẩm OCOP)",
    average: "Điểm TB",
    part: (part) => `TB phần ${part}`,
  },
  minutes: {
    title: "BIÊN BẢN",
    subtitle: (level) => `Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP ${level}`,
    opening: (date, place, council, round) =>
      `Hôm nay, ${date}, tại ${place}, ${council} họp đánh giá, phân hạng sản phẩm OCOP${round ? ` (${round})` : ""}.`,
    attendance: "I. THÀNH PHẦN THAM DỰ",
    chairedBy: (name) => `Chủ trì: ${name}, Chủ tịch Hội đồng.`,
    secretary: (name) => `Thư ký: ${name}, Thư ký Hội đồng.`,
    present: (count, of) => `Thành viên có mặt: ${count}/${of}`,
    absent: (count) => `Thành viên vắng mặt (không chấm sản phẩm nào): ${count}`,
    none: "Không có.",
    number: "STT",
    fullName: "Họ và tên",
    role: "Chức danh trong Hội đồng",
    content: "II. NỘI DUNG",
    decision: (decision, version) => `Bộ tiêu chí áp dụng: ${decision} (${version}).`,
    evaluated: (products, rated, unrated) =>
      `Số sản phẩm đưa ra đánh giá: ${products}; đã xếp hạng: ${rated}; chưa xếp hạng: ${unrated}.`,
    rounding: (policy) => `Cách làm tròn điểm trung bình trước khi xếp hạng: ${policy}.`,
    resultAnnex: "Kết quả chi tiết: bảng Kết quả đánh giá, phân hạng sản phẩm OCOP kèm theo.",
    counts: "Số sản phẩm theo hạng sao:",
    renewal: (products) =>
      `Sản phẩm đánh giá lại (cấp lại giấy chứng nhận) được Hội đồng đánh giá bằng hình thức lấy ý kiến bằng văn bản: ${products}.`,
    conclusions: "III. KẾT LUẬN CỦA HỘI ĐỒNG",
    recognised: (count) => `1. Sản phẩm đề nghị công nhận đạt hạng sao ở cấp này: ${count}`,
    upward: (count, level) => `2. Sản phẩm đề nghị Hội đồng ${level} đánh giá, phân hạng: ${count}`,
    returned: (count) => `Sản phẩm trả về cấp tỉnh công nhận: ${count}`,
    notRated: (count) => `3. Sản phẩm không đạt hạng sao: ${count}`,
    notEvaluated: (count) => `4. Sản phẩm chưa đánh giá được: ${count}`,
    reasons: {
      incomplete: "chưa đủ phiếu chấm của thành viên",
      invalid: "phiếu chấm có lỗi cần sửa",
      dossier: "hồ sơ thiếu giấy tờ bắt buộc",
    },
    closing:
      "Biên bản được lập xong và thông qua ngay tại cuộc họp; các thành viên Hội đồng thống nhất với nội dung biên bản.",
  },
  lists: {
    recognitionTitle: "DANH SÁCH SẢN PHẨM ĐỀ NGHỊ CÔNG NHẬN SẢN PHẨM OCOP",
    upwardTitle: (level) => `DANH SÁCH SẢN PHẨM ĐỀ NGHỊ HỘI ĐỒNG ${level.toUpperCase()} ĐÁNH GIÁ, PHÂN HẠNG`,
    subtitle: (council, date) => `(Kèm theo Biên bản họp ${council} ngày ${date})`,
    number: "STT",
    productSet: "Bộ sản phẩm",
    score: "Điểm",
    dossier: "Hồ sơ",
    dossierComplete: "Đủ",
    dossierMissing: (items) => `Thiếu: ${items}`,
    dossierUnknown: "Chưa khai",
    empty: "Không có sản phẩm nào.",
  },
  levelPhrase: {
    commune: "cấp xã",
    district: "cấp huyện",
    province: "cấp tỉnh",
    national: "cấp trung ương",
  },
  nextLevelPhrase: {
    commune: "cấp huyện",
    district: "cấp tỉnh",
    province: "cấp trung ương",
    national: "cấp trung ương",
  },
  points: (score) => `${score} điểm`,
};

const en: DocumentLabels = {
  sheetNames: {
    memberScores: "Member scores",
    minutes: "Minutes",
    recognition: "Proposed for recognition",
    upward: "Proposed upward",
  },
  page: "Page",
  nation: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  councilBody: "OCOP PRODUCT EVALUATION AND RANKING COUNCIL",
  blank: "……………………",
  dateLine: (place, day, month, year) => `${place}, ${day}/${month}/${year}`,
  signature: {
    secretary: "COUNCIL SECRETARY",
    onBehalf: "ON BEHALF OF THE COUNCIL",
    chair: "CHAIR",
    sign: "(Signature and full name)",
  },
  result: {
    subtitle: (council, round) => (round ? `${council} — ${round}` : council),
    rank: "Rank",
    id: "Product id",
    name: "Product name",
    producer: "Producer",
    commune: "Commune",
    members: "Members scoring",
    average: "Average score",
    stars: "Stars",
    outcome: "Decision",
    notRated: "Not rated",
    notes: "Notes",
    total: (count) => `Products: ${count}`,
  },
  memberScores: {
    title: "COUNCIL MEMBERS' SCORES",
    subtitle: "(Annex to the OCOP evaluation results)",
    average: "Average",
    part: (part) => `Part ${part} avg`,
  },
  minutes: {
    title: "MINUTES",
    subtitle: (level) => `Meeting of the ${level} OCOP product evaluation and ranking council`,
    opening: (date, place, council, round) =>
      `On ${date}, at ${place}, the ${council} met to evaluate and rank OCOP products${round ? ` (${round})` : ""}.`,
    attendance: "I. ATTENDANCE",
    chairedBy: (name) => `Chaired by: ${name}, council chair.`,
    secretary: (name) => `Secretary: ${name}, council secretary.`,
    present: (count, of) => `Members present: ${count}/${of}`,
    absent: (count) => `Members absent (scored no product): ${count}`,
    none: "None.",
    number: "No.",
    fullName: "Full name",
    role: "Role in the council",
    content: "II. PROCEEDINGS",
    decision: (decision, version) => `Criteria applied: ${decision} (${version}).`,
    evaluated: (products, rated, unrated) =>
      `Products put to evaluation: ${products}; rated: ${rated}; not rated yet: ${unrated}.`,
    rounding: (policy) => `Rounding of the average before banding: ${policy}.`,
    resultAnnex: "Detailed results: the attached OCOP evaluation results.",
    counts: "Products per star level:",
    renewal: (products) =>
      `Renewal products (certificate renewal) were evaluated by the members' written opinions: ${products}.`,
    conclusions: "III. THE COUNCIL'S CONCLUSIONS",
    recognised: (count) => `1. Products proposed for recognition at this level: ${count}`,
    upward: (count, level) => `2. Products proposed to the ${level} council: ${count}`,
    returned: (count) => `Products returned to the province for recognition: ${count}`,
    notRated: (count) => `3. Products not rated: ${count}`,
    notEvaluated: (count) => `4. Products not evaluated: ${count}`,
    reasons: {
      incomplete: "members' sheets incomplete",
      invalid: "sheets hold errors to fix",
      dossier: "mandatory dossier items missing",
    },
    closing: "These minutes were drawn up and approved at the meeting; the council members agree with them.",
  },
  lists: {
    recognitionTitle: "PRODUCTS PROPOSED FOR OCOP RECOGNITION",
    upwardTitle: (level) => `PRODUCTS PROPOSED TO THE ${level.toUpperCase()} COUNCIL`,
    subtitle: (council, date) => `(Annex to the minutes of the ${council}, ${date})`,
    number: "No.",
    productSet: "Product set",
    score: "Score",
    dossier: "Dossier",
    dossierComplete: "Complete",
    dossierMissing: (items) => `Missing: ${items}`,
    dossierUnknown: "Not declared",
    empty: "No products.",
  },
  levelPhrase: {
    commune: "commune",
    district: "district",
    province: "province",
    national: "national",
  },
  nextLevelPhrase: {
    commune: "district",
    district: "province",
    province: "national",
    national: "national",
  },
  points: (score) => `${score} points`,
};

const labels: Readonly<Record<Language, DocumentLabels>> = { vi, en };

export function documentLabels(language: Language): DocumentLabels {
  return labels[language];
}
