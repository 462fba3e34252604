import type { IssueText } from "./issueText";

type ProductSetText = Pick<IssueText, "product-set-missing" | "product-set-ambiguous">;

export const viProductSetIssues: ProductSetText = {
  "product-set-missing": {
    what: (i) => `Sản phẩm ${i.product} chưa có bộ sản phẩm.`,
    fix: "Chọn bộ sản phẩm trong danh sách thả xuống ở trang Sản phẩm (mã và tên, ví dụ 26-04 Mật ong…).",
  },
  "product-set-ambiguous": {
    what: (i) =>
      `Sản phẩm ${i.product}: tên bộ sản phẩm "${i.value ?? ""}" khớp nhiều bộ (${i.detail ?? ""}).`,
    fix: "Chọn đúng một bộ trong danh sách thả xuống, hoặc ghi mã bộ.",
  },
};

export const enProductSetIssues: ProductSetText = {
  "product-set-missing": {
    what: (i) => `Product ${i.product} has no product set.`,
    fix: "Pick the product set from the drop-down on the Products sheet (code and name, e.g. 26-04 Mật ong…).",
  },
  "product-set-ambiguous": {
    what: (i) =>
      `Product ${i.product}: the set name "${i.value ?? ""}" matches several sets (${i.detail ?? ""}).`,
    fix: "Pick one set from the drop-down, or write its code.",
  },
};
