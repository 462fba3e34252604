import type { CouncilLevel } from "../domain/round";
import type { Language } from "./language";
import { levelName } from "./outcomeText";

/** An argument of an OCOP.* custom function, as the user sees it in Excel's formula bar. */
export type FunctionArgument =
  | "score"
  | "version"
  | "stars_or_score"
  | "lang"
  | "member_totals"
  | "min_members"
  | "level"
  | "points"
  | "criterion_id"
  | "product_set"
  | "criterion_ids";

/**
 * Why a custom function gives no answer, or (for OCOP.CHECK) why an entry is not allowed: a stable code and
 * the facts, like the engine's issues; the words are below, Vietnamese first.
 */
export type FunctionProblem =
  | { readonly code: "blank"; readonly argument: FunctionArgument }
  | { readonly code: "not-a-number"; readonly argument: FunctionArgument; readonly value: string }
  | {
      readonly code: "out-of-range";
      readonly argument: FunctionArgument;
      readonly value: number;
      readonly min: number;
      readonly max: number;
    }
  | { readonly code: "not-a-whole-number"; readonly argument: FunctionArgument; readonly value: number }
  | { readonly code: "not-one-cell"; readonly argument: FunctionArgument }
  | { readonly code: "unknown-version"; readonly value: string; readonly known: string }
  | { readonly code: "unknown-level"; readonly value: string }
  | { readonly code: "level-not-in-version"; readonly value: string; readonly version: string }
  | { readonly code: "unknown-language"; readonly value: string }
  | { readonly code: "too-few-members"; readonly count: number; readonly min: number }
  | { readonly code: "unknown-product-set"; readonly value: string; readonly version?: string }
  | { readonly code: "criteria-sheet-missing"; readonly productSet: string; readonly version: string }
  | { readonly code: "unknown-criterion"; readonly criterion: string; readonly productSet: string }
  | { readonly code: "mark-unread"; readonly criterion: string; readonly productSet: string }
  | { readonly code: "entry-blank"; readonly criterion: string }
  | {
      readonly code: "entry-not-a-number";
      readonly criterion: string;
      readonly value: string;
      readonly allowed: string;
    }
  | {
      readonly code: "entry-not-allowed";
      readonly criterion: string;
      readonly value: number;
      readonly allowed: string;
    };

const argumentNames: Record<Language, Record<FunctionArgument, string>> = {
  vi: {
    score: "điểm",
    version: "bộ tiêu chí",
    stars_or_score: "số sao hoặc điểm",
    lang: "ngôn ngữ",
    member_totals: "tổng điểm các thành viên",
    min_members: "số thành viên tối thiểu",
    level: "cấp hội đồng",
    points: "điểm",
    criterion_id: "mã tiêu chí",
    product_set: "bộ sản phẩm",
    criterion_ids: "mã tiêu chí",
  },
  en: {
    score: "score",
    version: "version",
    stars_or_score: "stars or score",
    lang: "language",
    member_totals: "member totals",
    min_members: "minimum members",
    level: "council level",
    points: "points",
    criterion_id: "criterion id",
    product_set: "product set",
    criterion_ids: "criterion ids",
  },
};

/** One sentence a user can act on; Excel shows it in the error cell's tooltip (or CHECK returns it). */
export function functionProblemText(problem: FunctionProblem, language: Language): string {
  const vi = language === "vi";
  const arg = (name: FunctionArgument) => argumentNames[language][name];
  switch (problem.code) {
    case "blank":
      return vi ? `Thiếu ${arg(problem.argument)}.` : `The ${arg(problem.argument)} is blank.`;
    case "not-a-number":
      return vi
        ? `${capital(arg(problem.argument))} "${problem.value}" không phải là số.`
        : `The ${arg(problem.argument)} "${problem.value}" is not a number.`;
    case "out-of-range":
      return vi
        ? `${capital(arg(problem.argument))} ${problem.value} nằm ngoài khoảng ${problem.min}–${problem.max}.`
        : `The ${arg(problem.argument)} ${problem.value} is outside ${problem.min}–${problem.max}.`;
    case "not-a-whole-number":
      return vi
        ? `${capital(arg(problem.argument))} phải là số nguyên, không phải ${problem.value}.`
        : `The ${arg(problem.argument)} must be a whole number, not ${problem.value}.`;
    case "not-one-cell":
      return vi
        ? `${capital(arg(problem.argument))} phải là một ô, không phải một vùng.`
        : `The ${arg(problem.argument)} must be one cell, not a range.`;
    case "unknown-version":
      return vi
        ? `Không biết bộ tiêu chí "${problem.value}"; dùng một trong: ${problem.known}.`
        : `Unknown criteria version "${problem.value}"; use one of: ${problem.known}.`;
    case "unknown-level":
      return vi
        ? `Không biết cấp hội đồng "${problem.value}"; dùng xã, huyện, tỉnh hoặc trung ương.`
        : `Unknown council level "${problem.value}"; use commune, district, province or national.`;
    case "level-not-in-version":
      return vi
        ? `Bộ tiêu chí ${problem.version} không có hội đồng ${levelName(problem.value as CouncilLevel, "vi")}; dùng tỉnh hoặc trung ương.`
        : `Criteria version ${problem.version} has no ${problem.value} council; use province or national.`;
    case "unknown-language":
      return vi
        ? `Không biết ngôn ngữ "${problem.value}"; dùng "vi" hoặc "en".`
        : `Unknown language "${problem.value}"; use "vi" or "en".`;
    case "too-few-members":
      return vi
        ? `Mới có ${problem.count} thành viên có điểm, cần ít nhất ${problem.min}.`
        : `Only ${problem.count} members have a total; at least ${problem.min} needed.`;
    case "unknown-product-set":
      return vi
        ? `Không có bộ sản phẩm "${problem.value}"${problem.version ? ` trong bộ tiêu chí ${problem.version}` : ""}.`
        : `No product set "${problem.value}"${problem.version ? ` under criteria version ${problem.version}` : ""}.`;
    case "criteria-sheet-missing":
      return vi
        ? `Add-in chưa có phiếu tiêu chí cho bộ ${problem.productSet} (${problem.version}); kiểm tra phiếu nhập trong sổ bằng nút Kiểm tra ở ngăn OCOP.`
        : `The add-in has no criteria sheet for ${problem.productSet} (${problem.version}); check a sheet typed into the workbook with Validate in the OCOP pane.`;
    case "unknown-criterion":
      return vi
        ? `Không có tiêu chí "${problem.criterion}" trong phiếu của bộ ${problem.productSet}.`
        : `There is no criterion "${problem.criterion}" on the ${problem.productSet} sheet.`;
    case "mark-unread":
      return vi
        ? `Tiêu chí ${problem.criterion} của bộ ${problem.productSet} có phương án tối thiểu (dấu sao) nhưng vùng điểm không có số cho nó; chọn vùng mã tiêu chí và vùng điểm cùng kích thước, đủ mọi tiêu chí.`
        : `Criterion ${problem.criterion} of ${problem.productSet} has a minimum option (star mark) but the points range has no number for it; give id and points ranges of the same size covering every criterion.`;
    case "entry-blank":
      return vi
        ? `Tiêu chí ${problem.criterion} chưa được chấm.`
        : `Criterion ${problem.criterion} is not scored yet.`;
    case "entry-not-a-number":
      return vi
        ? `Tiêu chí ${problem.criterion}: "${problem.value}" không phải là điểm (được chọn: ${problem.allowed}).`
        : `Criterion ${problem.criterion}: "${problem.value}" is not a score (allowed: ${problem.allowed}).`;
    case "entry-not-allowed":
      return vi
        ? `Tiêu chí ${problem.criterion}: ${problem.value} không phải điểm của phương án nào (được chọn: ${problem.allowed}).`
        : `Criterion ${problem.criterion}: ${problem.value} is not an option's points (allowed: ${problem.allowed}).`;
  }
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
