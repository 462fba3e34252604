import type { Language } from "./language";

/**
 * The labels of the pane's tabs and buttons (and the ribbon's button), in one place. The pane shows these
 * and every fix text that tells a user what to press quotes them from here, so the two cannot drift apart.
 */
export interface ControlLabels {
  readonly setupTab: string;
  readonly validateTab: string;
  readonly computeTab: string;
  readonly memberTab: string;
  readonly settingsTab: string;
  readonly setUpRound: string;
  readonly insertCriteria: string;
  readonly validate: string;
  readonly compute: string;
  readonly saveMyCopy: string;
  readonly importCopies: string;
  readonly savePolicy: string;
}

const vi: ControlLabels = {
  setupTab: "Thiết lập",
  validateTab: "Kiểm tra",
  computeTab: "Kết quả",
  memberTab: "Phiếu của tôi",
  settingsTab: "Cài đặt",
  setUpRound: "Tạo hoặc cập nhật các trang",
  insertCriteria: "Tạo phiếu đánh giá",
  validate: "Kiểm tra",
  compute: "Tính kết quả",
  saveMyCopy: "Lưu phiếu của tôi ra tệp",
  importCopies: "Nhập phiếu của thành viên",
  savePolicy: "Lưu quy định",
};

const en: ControlLabels = {
  setupTab: "Setup",
  validateTab: "Validate",
  computeTab: "Results",
  memberTab: "My column",
  settingsTab: "Settings",
  setUpRound: "Create or update the sheets",
  insertCriteria: "Insert scoring sheets",
  validate: "Validate",
  compute: "Compute results",
  saveMyCopy: "Save my copy as a file",
  importCopies: "Import members' copies",
  savePolicy: "Save rules",
};

const labels: Readonly<Record<Language, ControlLabels>> = { vi, en };

export function controlLabels(language: Language): ControlLabels {
  return labels[language];
}

/** Every label, for checking that a quoted control name is one the pane really shows. */
export function allControlLabels(language: Language): readonly string[] {
  return Object.values(labels[language]);
}
