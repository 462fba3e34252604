import type { CriteriaVersion } from "../domain/criteriaVersion";
import type { FunctionCatalog } from "./functionCatalog";
import { functionProblemText, type FunctionProblem } from "../i18n/functionText";
import type { Language } from "../i18n/language";
import { isBlankCell, singleCell, textCell } from "./cellArgument";
import { failure, value, type FunctionResult } from "./functionResult";
import { languageArgument } from "./languageArgument";
import type { SetRules } from "./setRules";
import { versionArgument } from "./versionArgument";

/**
 * OCOP.CHECK: TRUE when `points` may be entered for the criterion, else the reason in words. The entry is
 * judged exactly as the engine judges a member's sheet (blank is not scored yet, text is not a score, a
 * number must be one of the criterion's option points); the other arguments being wrong is an Excel error.
 */
export function checkEntry(
  points: unknown,
  criterionId: unknown,
  productSet: unknown,
  version: unknown,
  lang: unknown,
  catalog: FunctionCatalog,
  messages: Language,
): FunctionResult<true | string> {
  const language = languageArgument(lang, messages);
  if (language.kind === "error") return language;
  const set = criteriaSetArgument(productSet, version, catalog, messages);
  if (set.kind === "error") return set;
  const id = textCell(criterionId, "criterion_id", messages);
  if (id.kind === "error") return id;
  const known = Object.keys(set.value.criteria).find((c) => c.toUpperCase() === id.value.toUpperCase());
  if (!known)
    return failure(
      "notAvailable",
      { code: "unknown-criterion", criterion: id.value, productSet: set.value.code },
      messages,
    );
  const criterion = { id: known };
  const entry = singleCell(points, "points", messages);
  if (entry.kind === "error") return entry;
  const allowed = set.value.criteria[known].points;
  const reason = (problem: FunctionProblem) =>
    value<true | string>(functionProblemText(problem, language.value));
  if (isBlankCell(entry.value)) return reason({ code: "entry-blank", criterion: criterion.id });
  if (typeof entry.value !== "number" || !Number.isFinite(entry.value))
    return reason({
      code: "entry-not-a-number",
      criterion: criterion.id,
      value: String(entry.value),
      allowed: allowed.join(", "),
    });
  if (!allowed.includes(entry.value))
    return reason({
      code: "entry-not-allowed",
      criterion: criterion.id,
      value: entry.value,
      allowed: allowed.join(", "),
    });
  return value(true);
}

/**
 * The criteria sheet a formula names by product set code ("1048-01"). Without a version, the code says
 * which decision it belongs to; a set the add-in does not ship yet is #N/A, not a guess.
 */
export function criteriaSetArgument(
  productSet: unknown,
  version: unknown,
  catalog: FunctionCatalog,
  language: Language,
): FunctionResult<SetRules> {
  const code = textCell(productSet, "product_set", language);
  if (code.kind === "error") return code;
  const wanted = code.value.toUpperCase();
  let versions: readonly CriteriaVersion[] = catalog.versions;
  if (!isBlankCell(version)) {
    const named = versionArgument(version, catalog, language);
    if (named.kind === "error") return named;
    versions = [named.value];
  }
  for (const candidate of versions) {
    const ref = candidate.productSets.find((p) => p.code.toUpperCase() === wanted);
    if (!ref) continue;
    const set = catalog.setRules(candidate.id, ref.code);
    return set
      ? value(set)
      : failure(
          "notAvailable",
          { code: "criteria-sheet-missing", productSet: ref.code, version: candidate.id },
          language,
        );
  }
  return failure(
    "notAvailable",
    {
      code: "unknown-product-set",
      value: code.value,
      ...(isBlankCell(version) ? {} : { version: versions[0].id }),
    },
    language,
  );
}
