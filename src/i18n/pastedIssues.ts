import type { IssueCode } from "../domain";
import type { IssueText } from "./issueText";
import { show } from "./issueText";

type PastedCode = Extract<IssueCode, `pasted-${string}`>;
type PastedText = Pick<IssueText, PastedCode>;

/** A pasted decision table: what is wrong in it, and how to fix the paste, in Vietnamese. */
export const viPastedIssues: PastedText = {
  "pasted-no-criteria": {
    what: (i) =>
      `Không tìm thấy bảng tiêu chí trong ${show(i.value)} dòng đã dán: không có tiêu đề phần ("Phần A"), tiêu chí ("1.1. …") hay phương án ("□ …").`,
    fix: "Sao chép nguyên bảng Phụ lục của quyết định (từ dòng tiêu đề phần A đến hết phần C) rồi dán vào ô đầu vùng dán.",
  },
  "pasted-misplaced": {
    what: (i) => `Dòng ${show(i.value)} không nằm dưới tiêu chí hay nhóm nào.`,
    fix: "Kiểm tra tiêu đề nhóm hoặc tiêu chí phía trên có bị xoá hay đánh số sai không, rồi dán lại.",
  },
  "pasted-points-not-number": {
    what: (i) => `Ô điểm ghi ${show(i.value)}, không phải một số điểm.`,
    fix: "Ghi điểm là một số (2) hoặc một số kèm chữ Điểm (2 Điểm), như văn bản quyết định.",
  },
  "pasted-option-without-points": {
    what: (i) => `${show(i.value)} không có điểm: cột điểm thiếu một giá trị.`,
    fix: "Ghi điểm của dòng này theo văn bản quyết định (ô điểm bên cạnh hoặc ngay dưới).",
  },
  "pasted-points-without-option": {
    what: (i) => `Điểm ${show(i.value)} không thuộc phương án hay tiêu chí nào: cột điểm thừa một giá trị.`,
    fix: "Xoá ô điểm thừa, hoặc thêm phương án bị thiếu theo văn bản quyết định.",
  },
  "pasted-criterion-total": {
    what: (i) =>
      `Tiêu chí ${i.detail ?? ""} ghi ${show(i.value)} điểm nhưng phương án cao nhất được ${show(i.expected)} điểm.`,
    fix: "Đối chiếu điểm các phương án với văn bản quyết định; nếu văn bản in nhầm tổng, sửa ô tổng cho bằng phương án cao nhất.",
  },
  "pasted-group-total": {
    what: (i) =>
      `Nhóm ${i.detail ?? ""} ghi ${show(i.value)} điểm nhưng các tiêu chí của nhóm cộng lại được ${show(i.expected)}.`,
    fix: "Đối chiếu điểm các tiêu chí trong nhóm với văn bản quyết định.",
  },
  "pasted-part-sum": {
    what: (i) =>
      `Phần ${i.part}: điểm cao nhất các tiêu chí cộng lại được ${show(i.value)}, quyết định quy định ${show(i.expected)}.`,
    fix: "Tìm tiêu chí hoặc phương án bị thiếu, trùng hay sai điểm trong phần này và sửa theo văn bản quyết định.",
  },
  "pasted-part-missing": {
    what: (i) => `Bảng đã dán thiếu Phần ${i.part} (${show(i.expected)} điểm).`,
    fix: "Dán nguyên bảng, gồm cả ba phần A, B, C.",
  },
  "pasted-option-duplicated": {
    what: (i) => `Tiêu chí ${i.detail ?? ""}: phương án ${show(i.value)} xuất hiện hai lần.`,
    fix: "Xoá dòng phương án bị trùng (và ô điểm của nó).",
  },
  "pasted-star-mark-unknown": {
    what: (i) =>
      `Dấu sao ${show(i.value)} cuối phương án không phải một cấp sao của quyết định (${i.expected ?? ""}).`,
    fix: "Sửa dấu sao theo văn bản quyết định: *** (3 sao), **** (4 sao), ***** (5 sao).",
  },
  "pasted-criterion-without-options": {
    what: (i) => `Tiêu chí ${i.detail ?? ""} không có phương án nào (dòng "□ …") và không ghi điểm.`,
    fix: "Dán cả các phương án của tiêu chí, mỗi phương án một dòng bắt đầu bằng □.",
  },
};

/** The same, in English. */
export const enPastedIssues: PastedText = {
  "pasted-no-criteria": {
    what: (i) =>
      `No criteria table in the ${show(i.value)} pasted rows: no part title ("Phần A"), criterion ("1.1. …") or option ("□ …").`,
    fix: "Copy the decision's whole annex table (from part A's title row to the end of part C) and paste it at the paste area's first cell.",
  },
  "pasted-misplaced": {
    what: (i) => `The row ${show(i.value)} is under no criterion or group.`,
    fix: "Check that the group or criterion heading above it is there and numbered right, then paste again.",
  },
  "pasted-points-not-number": {
    what: (i) => `A points cell holds ${show(i.value)}, which is not a number of points.`,
    fix: "Write the points as a number (2) or a number with the word Điểm (2 Điểm), as the decision prints them.",
  },
  "pasted-option-without-points": {
    what: (i) => `${show(i.value)} has no points: the points column is one value short.`,
    fix: "Type this row's points from the decision (in the points cell beside it or just below).",
  },
  "pasted-points-without-option": {
    what: (i) =>
      `The points ${show(i.value)} belong to no option or criterion: the points column has one value too many.`,
    fix: "Delete the extra points cell, or add the missing option from the decision.",
  },
  "pasted-criterion-total": {
    what: (i) =>
      `Criterion ${i.detail ?? ""} is printed as ${show(i.value)} points but its best option gives ${show(i.expected)}.`,
    fix: "Check the options' points against the decision; if the decision misprints the total, set the total cell to the best option's points.",
  },
  "pasted-group-total": {
    what: (i) =>
      `Group ${i.detail ?? ""} is printed as ${show(i.value)} points but its criteria add up to ${show(i.expected)}.`,
    fix: "Check the group's criteria against the decision.",
  },
  "pasted-part-sum": {
    what: (i) =>
      `Part ${i.part}: the criteria's best options add up to ${show(i.value)}; the decision gives ${show(i.expected)}.`,
    fix: "Find the criterion or option in this part that is missing, repeated or has wrong points, and fix it from the decision.",
  },
  "pasted-part-missing": {
    what: (i) => `The pasted table has no Part ${i.part} (${show(i.expected)} points).`,
    fix: "Paste the whole table, all three parts A, B and C.",
  },
  "pasted-option-duplicated": {
    what: (i) => `Criterion ${i.detail ?? ""}: the option ${show(i.value)} appears twice.`,
    fix: "Delete the repeated option row (and its points cell).",
  },
  "pasted-star-mark-unknown": {
    what: (i) =>
      `The star mark ${show(i.value)} after an option is not one of the decision's star levels (${i.expected ?? ""}).`,
    fix: "Write the mark as the decision prints it: *** (3 stars), **** (4 stars), ***** (5 stars).",
  },
  "pasted-criterion-without-options": {
    what: (i) => `Criterion ${i.detail ?? ""} has no options ("□ …" rows) and no points.`,
    fix: "Paste the criterion's options too, one row each starting with □.",
  },
};
