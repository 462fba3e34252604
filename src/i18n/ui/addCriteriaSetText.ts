import { controlLabels } from "../controlLabels";
import type { Language } from "../language";

/** The words of the pane's "Thêm bộ tiêu chí" control, in both languages. */
export interface AddCriteriaSetText {
  readonly title: string;
  readonly intro: string;
  readonly setLabel: string;
  readonly fromShipped: string;
  /** Optional name and group shown on the sheet and in drop-downs; empty keeps the decision's. */
  readonly nameLabel: string;
  readonly groupLabel: string;
  readonly keepHint: string;
  readonly add: string;
  readonly adding: string;
  readonly needsPoints: string;
  readonly pasteHint: (sheet: string) => string;
  readonly shippedHint: (sheet: string) => string;
  readonly draftHint: (sheet: string, gaps: string) => string;
  /** The version chosen is not in the add-in's catalog: no sheet was made. */
  readonly unknownVersion: (version: string) => string;
}

const vi: AddCriteriaSetText = {
  title: "Thêm bộ tiêu chí",
  intro:
    "Bộ sản phẩm chưa có phiếu tiêu chí, hoặc quyết định mới: tạo trang Bộ tiêu chí rồi dán bảng tiêu chí của quyết định vào đó.",
  setLabel: "Bộ sản phẩm",
  fromShipped: "Điền sẵn từ bộ kèm theo phần mềm",
  nameLabel: "Tên bộ sản phẩm (tuỳ chọn)",
  groupLabel: "Nhóm, ngành (tuỳ chọn)",
  keepHint: "Để trống: dùng tên trong quyết định.",
  add: "Thêm bộ tiêu chí",
  adding: "Đang tạo trang Bộ tiêu chí…",
  needsPoints: "cần bổ sung điểm",
  pasteHint: (sheet) =>
    `Đã tạo trang '${sheet}'. Sao chép bảng tiêu chí của quyết định (từ "Phần A" đến hết phần C) và dán vào ô đầu tiên dưới dòng tiêu đề, rồi bấm Tạo phiếu đánh giá.`,
  shippedHint: (sheet) => `Đã tạo trang '${sheet}' điền sẵn bộ tiêu chí kèm theo phần mềm.`,
  draftHint: (sheet, gaps) =>
    `Đã tạo trang '${sheet}' điền sẵn; quyết định in thiếu điểm ở: ${gaps}. Điền các ô điểm tô đỏ rồi bấm Tạo phiếu đánh giá.`,
  unknownVersion: (version) =>
    `Phần bổ trợ không có bộ tiêu chí '${version}' nên chưa tạo trang Bộ tiêu chí nào. Chọn một quyết định ở mục "Bộ tiêu chí" đầu thẻ "${controlLabels("vi").setupTab}", bấm "${controlLabels("vi").setUpRound}", rồi thêm lại.`,
};

const en: AddCriteriaSetText = {
  title: "Add criteria set",
  intro:
    "A product set without criteria, or a new decision: create a criteria set sheet, then paste the decision's criteria table into it.",
  setLabel: "Product set",
  fromShipped: "Pre-fill from the set shipped with the add-in",
  nameLabel: "Product set name (optional)",
  groupLabel: "Group, sector (optional)",
  keepHint: "Leave empty to keep the decision's wording.",
  add: "Add criteria set",
  adding: "Creating the criteria set sheet…",
  needsPoints: "needs points",
  pasteHint: (sheet) =>
    `Sheet '${sheet}' created. Copy the decision's criteria table (from "Phần A" to the end of part C), paste it at the first cell below the header row, then click Insert criteria sheets.`,
  shippedHint: (sheet) => `Sheet '${sheet}' created, pre-filled with the set shipped with the add-in.`,
  draftHint: (sheet, gaps) =>
    `Sheet '${sheet}' created and pre-filled; the decision prints no points for: ${gaps}. Fill the red points cells, then click Insert criteria sheets.`,
  unknownVersion: (version) =>
    `The add-in has no criteria version '${version}', so no criteria set sheet was made. Choose a decision under "Criteria" at the top of the "${controlLabels("en").setupTab}" tab, press "${controlLabels("en").setUpRound}", then add it again.`,
};

export function addCriteriaSetText(language: Language): AddCriteriaSetText {
  return language === "en" ? en : vi;
}
