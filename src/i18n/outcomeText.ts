import type { CouncilLevel, ProductResult } from "../domain";
import type { Language } from "./language";

const nextLevel: Record<CouncilLevel, CouncilLevel> = {
  commune: "district",
  district: "province",
  province: "national",
  national: "national",
};

const levelNames: Record<Language, Record<CouncilLevel, string>> = {
  vi: { commune: "cấp xã", district: "cấp huyện", province: "cấp tỉnh", national: "cấp trung ương" },
  en: { commune: "commune", district: "district", province: "province", national: "national" },
};

export function levelName(level: CouncilLevel, language: Language): string {
  return levelNames[language][level];
}

/** "★★★★☆": filled and empty stars, so the rating reads without colour. */
export function starGlyphs(stars: number): string {
  return "★".repeat(stars) + "☆".repeat(5 - stars);
}

export function starLabel(stars: number, language: Language): string {
  return `${starGlyphs(stars)} ${stars} ${language === "vi" ? "sao" : stars === 1 ? "star" : "stars"}`;
}

/** The decision in words, as the result sheet prints it: "Công nhận 3 sao", "Đề nghị cấp tỉnh đánh giá". */
export function outcomeText(product: ProductResult, level: CouncilLevel, language: Language): string {
  const vi = language === "vi";
  if (product.status === "incomplete") return vi ? "Chưa chấm xong" : "Scoring not finished";
  if (product.status !== "scored") return vi ? "Có lỗi cần sửa" : "Has errors to fix";
  switch (product.outcome) {
    case "recognize":
      return vi ? `Công nhận ${product.stars} sao` : `Recognise ${product.stars} stars`;
    case "forward":
      return vi
        ? `Đề nghị ${levelNames.vi[nextLevel[level]]} đánh giá`
        : `Forward to the ${levelNames.en[nextLevel[level]]} council`;
    case "not-rated":
      return vi ? "Không đạt hạng sao" : "Not rated";
    case "return":
      return vi
        ? `Trả về cấp tỉnh (${product.stars} sao)`
        : `Returned to the province (${product.stars} stars)`;
  }
}
