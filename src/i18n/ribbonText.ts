import { controlLabels } from "./controlLabels";
import type { Language } from "./language";

/** What the ribbon's "Tính kết quả" button tells the user; it runs with the task pane closed. */
export interface RibbonNotice {
  readonly title: string;
  readonly message: string;
}

/** What happened, as facts; the words are below, Vietnamese first. */
export type RibbonOutcome =
  | {
      readonly kind: "computed";
      readonly sheet: string;
      readonly rated: number;
      readonly incomplete: number;
      readonly invalid: number;
      readonly errors: number;
      readonly warnings: number;
    }
  | { readonly kind: "host-too-old" }
  /** The workbook holds no round: nothing was written. */
  | { readonly kind: "no-round" }
  | { readonly kind: "failed"; readonly detail: string };

export function ribbonNotice(outcome: RibbonOutcome, language: Language): RibbonNotice {
  const vi = language === "vi";
  switch (outcome.kind) {
    case "computed": {
      const { sheet, rated, incomplete, invalid, errors, warnings } = outcome;
      const problems = errors + warnings > 0;
      return vi
        ? {
            title: "Đã tính kết quả",
            message:
              `Kết quả đã ghi vào trang '${sheet}': ${rated} sản phẩm được xếp hạng, ${incomplete} chưa chấm xong, ${invalid} có lỗi.` +
              (problems ? ` Có ${errors} lỗi và ${warnings} cảnh báo: mở OCOP để xem và sửa.` : ""),
          }
        : {
            title: "Results computed",
            message:
              `Results written to the '${sheet}' sheet: ${rated} products rated, ${incomplete} with scoring not finished, ${invalid} with errors.` +
              (problems
                ? ` There are ${errors} errors and ${warnings} warnings: open OCOP to see and fix them.`
                : ""),
          };
    }
    case "host-too-old":
      return vi
        ? {
            title: "Chưa tính được kết quả",
            message:
              "Phiên bản Excel này thiếu chức năng add-in cần để đọc và ghi trang tính. Hãy cập nhật Excel.",
          }
        : {
            title: "Results not computed",
            message:
              "This version of Excel lacks what the add-in needs to read and write sheets. Please update Excel.",
          };
    case "no-round":
      return vi
        ? {
            title: "Chưa tính được kết quả",
            message: `Sổ làm việc này chưa có đợt đánh giá. Trước hết mở OCOP, ở thẻ "${controlLabels("vi").setupTab}" bấm "${controlLabels("vi").setUpRound}".`,
          }
        : {
            title: "Results not computed",
            message: `This workbook holds no evaluation round yet. First open OCOP and, on the "${controlLabels("en").setupTab}" tab, press "${controlLabels("en").setUpRound}".`,
          };
    case "failed":
      return vi
        ? { title: "Chưa tính được kết quả", message: `${outcome.detail} Mở OCOP để xem chi tiết.` }
        : { title: "Results not computed", message: `${outcome.detail} Open OCOP for the details.` };
  }
}
