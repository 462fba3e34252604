import type { Language } from "./language";

/** What the ribbon's "Tính kết quả" button tells the user when it runs with the task pane closed. */
export interface RibbonNotice {
  readonly title: string;
  readonly message: string;
}

export type RibbonNoticeKind = "compute-unavailable" | "compute-done" | "compute-failed";

export function ribbonNotice(kind: RibbonNoticeKind, language: Language, detail = ""): RibbonNotice {
  const vi = language === "vi";
  switch (kind) {
    case "compute-unavailable":
      return vi
        ? {
            title: "Chưa tính được kết quả",
            message:
              "Nút này chưa dùng được trong phiên bản add-in này. Hãy mở OCOP và bấm Tính kết quả trong ngăn.",
          }
        : {
            title: "Results not computed",
            message:
              "This button is not available in this version of the add-in yet. Open OCOP and use Compute in the pane.",
          };
    case "compute-done":
      return vi
        ? { title: "Đã tính kết quả", message: detail }
        : { title: "Results computed", message: detail };
    case "compute-failed":
      return vi
        ? { title: "Chưa tính được kết quả", message: `${detail} Mở OCOP để xem chi tiết.` }
        : { title: "Results not computed", message: `${detail} Open OCOP for the details.` };
  }
}
