/**
 * The words the pane, the sheets and the command line use for OCOP's things, Vietnamese and English, and
 * the words they must not use (each with why). test/i18n/glossary.test.ts reads every text table against it.
 */
export interface GlossaryTerm {
  readonly vi: string;
  readonly en: string;
  /** What the term means, for translators and new texts. */
  readonly meaning: string;
  /** Words that say something else to a Vietnamese secretary (or leak an internal name), never to be used. */
  readonly avoid?: readonly { readonly pattern: RegExp; readonly why: string }[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    vi: "sổ làm việc",
    en: "workbook",
    meaning: "the Excel file (Vietnamese Excel's own word)",
    avoid: [{ pattern: /sổ tính/i, why: "Vietnamese Excel says “sổ làm việc”" }],
  },
  { vi: "trang", en: "sheet", meaning: "a worksheet of the workbook" },
  { vi: "đợt đánh giá", en: "round", meaning: "one evaluation round of a council" },
  {
    vi: "hội đồng",
    en: "council",
    meaning: "the evaluation and ranking council (hội đồng đánh giá, phân hạng)",
  },
  {
    vi: "thành viên",
    en: "member",
    meaning: "a council member; named by name, with the id in brackets where it helps",
    avoid: [
      { pattern: /\bTV\b/, why: "an abbreviation a secretary never typed; write “thành viên”" },
      { pattern: /\bMem\b/, why: "an abbreviation; write “Members”" },
    ],
  },
  { vi: "thư ký", en: "secretary", meaning: "the council's secretary, who sets up the round" },
  { vi: "phiếu đánh giá", en: "scoring sheet", meaning: "one product's sheet, a score column per member" },
  { vi: "bộ tiêu chí", en: "criteria", meaning: "the criteria of a government decision" },
  { vi: "bộ sản phẩm", en: "product set", meaning: "the group of products one criteria sheet serves" },
  { vi: "quyết định", en: "decision", meaning: "the Prime Minister's decision that fixes the criteria" },
  { vi: "chấm", en: "score", meaning: "what members do: pick points per criterion" },
  {
    vi: "tính kết quả",
    en: "compute results",
    meaning: "what the software does: averages, stars and the council's decision",
  },
  {
    vi: "chưa chấm xong",
    en: "scoring not finished",
    meaning: "a product whose scoring is unfinished (no member has a complete sheet yet)",
    avoid: [
      {
        pattern: /chưa đủ điểm/i,
        why: "reads “did not score enough points”, a verdict, not unfinished work",
      },
      { pattern: /not enough scores|not fully scored/i, why: "say “scoring not finished”" },
    ],
  },
  { vi: "hạng sao", en: "star rating", meaning: "1 to 5 stars, the OCOP class" },
  {
    vi: "thứ hạng",
    en: "rank",
    meaning: "a product's place by score in the round",
    avoid: [{ pattern: /^Hạng$/, why: "“Hạng” alone is the star class in OCOP; a place is “Thứ hạng”" }],
  },
  { vi: "điểm trung bình", en: "average score", meaning: "the plain mean of the complete members' totals" },
  {
    vi: "mức giữa (trung vị)",
    en: "middle (median)",
    meaning: "what a member's total is compared with for the divergence warning",
  },
  {
    vi: "lưu phiếu ra tệp",
    en: "save a copy as a file",
    meaning: "a member's own copy of their column, as an .xlsx file",
    avoid: [{ pattern: /xuất bản/i, why: "“xuất bản” means to publish" }],
  },
  { vi: "lỗi", en: "error", meaning: "a problem that stops a product being rated" },
  { vi: "cảnh báo", en: "warning", meaning: "a problem the council looks at; the product is still rated" },
  {
    vi: "(tên nút trong ngoặc kép)",
    en: "(a button's label in quotes)",
    meaning: "a fix text names a control by its real label, from controlLabels.ts",
    avoid: [
      {
        pattern: /"(Chèn phiếu đánh giá|Insert criteria sheets|Set up round|Thiết lập đợt)"/,
        why: "no such button",
      },
      { pattern: /domain\.md|database dump/i, why: "an internal document or term" },
    ],
  },
];
