/*
 * The OCOP.* custom functions. The JSDoc blocks are read at build time by custom-functions-metadata to write
 * functions.json (names, descriptions, parameters), and its webpack loader appends the
 * CustomFunctions.associate calls to this file. Each function is a thin wrapper: the rules live in the
 * compute* modules and the engine, which tests run in Node.
 *
 * Parameters are typed `any` on purpose: this is the Office boundary, and Excel passes blanks, text and
 * errors that a `number` parameter would silently turn into 0 — a wrong number instead of a clear error.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { functionCatalog } from "./functionCatalog";
import { languageOf, type Language } from "../i18n/language";
import { checkEntry } from "./checkEntry";
import { computeAverage } from "./computeAverage";
import { computeCappedStars } from "./computeCappedStars";
import { computeOutcome } from "./computeOutcome";
import { computeStarLabel } from "./computeStarLabel";
import { computeStars } from "./computeStars";
import { excelResult } from "./excelResult";

/** Error messages follow Excel's display language; answers follow the formula's lang argument. */
function messageLanguage(): Language {
  return typeof Office !== "undefined" && Office.context ? languageOf(Office.context.displayLanguage) : "vi";
}

/**
 * Số sao OCOP (1–5) của một điểm. / OCOP stars (1–5) for a score.
 * @customfunction STARS
 * @param score Điểm 0–100 (tổng điểm trung bình). / Score 0–100 (the members' average).
 * @param [version] Bộ tiêu chí, ví dụ "148/2023"; bỏ trống: mới nhất. / Criteria version, e.g. "148/2023"; blank: newest.
 * @returns Số sao. / Stars.
 */
export function ocopStars(score: any, version?: any): number {
  return excelResult(computeStars(score, version, functionCatalog(), messageLanguage()));
}

/**
 * Nhãn hạng sao, ví dụ "★★★★☆ 4 sao". / Star label, e.g. "★★★★☆ 4 stars".
 * @customfunction STARLABEL
 * @param stars_or_score Số sao 1–5, hoặc điểm 0–100. / Stars 1–5, or a score 0–100.
 * @param [lang] "vi" (mặc định) hoặc "en". / "vi" (default) or "en".
 * @returns Nhãn hạng sao. / Star label.
 */
export function ocopStarLabel(stars_or_score: any, lang?: any): string {
  return excelResult(computeStarLabel(stars_or_score, lang, functionCatalog(), messageLanguage()));
}

/**
 * Điểm sản phẩm: trung bình tổng điểm các thành viên, bỏ qua ô trống. / Product score: the mean of the members' totals, ignoring blanks.
 * @customfunction AVERAGE
 * @param member_totals Tổng điểm từng thành viên (vùng ô). / Each member's total (a range).
 * @param [min_members] Số thành viên tối thiểu, mặc định 1. / Minimum members scoring, default 1.
 * @returns Tổng điểm trung bình. / The average score.
 */
export function ocopAverage(member_totals: any[][], min_members?: any): number {
  return excelResult(computeAverage(member_totals, min_members, messageLanguage()));
}

/**
 * Kết quả theo cấp hội đồng, ví dụ "Công nhận 3 sao". / The outcome at the council's level, e.g. "Recognise 3 stars".
 * @customfunction OUTCOME
 * @param score Điểm 0–100. / Score 0–100.
 * @param level Cấp hội đồng: xã, huyện, tỉnh, trung ương. / Council level: commune, district, province, national.
 * @param [version] Bộ tiêu chí; bỏ trống: mới nhất. / Criteria version; blank: newest.
 * @param [lang] "vi" (mặc định) hoặc "en". / "vi" (default) or "en".
 * @returns Kết quả bằng lời. / The outcome in words.
 */
export function ocopOutcome(score: any, level: any, version?: any, lang?: any): string {
  return excelResult(computeOutcome(score, level, version, lang, functionCatalog(), messageLanguage()));
}

/**
 * Kiểm tra điểm nhập cho một tiêu chí: TRUE hoặc lý do không hợp lệ. / Checks an entry for a criterion: TRUE or why it is not allowed.
 * @customfunction CHECK
 * @param points Điểm đã nhập. / The points entered.
 * @param criterion_id Mã tiêu chí, ví dụ "A.1.1". / Criterion id, e.g. "A.1.1".
 * @param product_set Mã bộ sản phẩm, ví dụ "1048-01". / Product set code, e.g. "1048-01".
 * @param [version] Bộ tiêu chí; bỏ trống: theo mã bộ sản phẩm. / Criteria version; blank: from the product set code.
 * @param [lang] "vi" (mặc định) hoặc "en". / "vi" (default) or "en".
 * @returns TRUE, hoặc lý do. / TRUE, or the reason.
 */
export function ocopCheck(points: any, criterion_id: any, product_set: any, version?: any, lang?: any): any {
  return excelResult(
    checkEntry(points, criterion_id, product_set, version, lang, functionCatalog(), messageLanguage()),
  );
}

/**
 * Số sao sau khi xét phương án tối thiểu (dấu sao, QĐ 26/2026). / Stars once the minimum options apply (26/2026 star marks).
 * @customfunction CAPPEDSTARS
 * @param score Điểm 0–100 (tổng điểm trung bình). / Score 0–100 (the members' average).
 * @param product_set Mã bộ sản phẩm, ví dụ "26-01". / Product set code, e.g. "26-01".
 * @param criterion_ids Cột mã tiêu chí của phiếu. / The sheet's criterion id column.
 * @param points Điểm từng tiêu chí, cùng kích thước (cột một thành viên hoặc điểm trung bình). / Each criterion's points, same size (a member's column or the means).
 * @param [version] Bộ tiêu chí; bỏ trống: theo mã bộ sản phẩm. / Criteria version; blank: from the product set code.
 * @returns Số sao. / Stars.
 */
export function ocopCappedStars(
  score: any,
  product_set: any,
  criterion_ids: any[][],
  points: any[][],
  version?: any,
): number {
  return excelResult(
    computeCappedStars(
      score,
      product_set,
      criterion_ids,
      points,
      version,
      functionCatalog(),
      messageLanguage(),
    ),
  );
}
