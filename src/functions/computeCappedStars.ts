import type { Stars } from "../domain/criteriaVersion";
import { starBand } from "../domain/starBand";
import type { Language } from "../i18n/language";
import { cellsOf, isBlankCell, numberCell } from "./cellArgument";
import { criteriaSetArgument } from "./checkEntry";
import { SCORE_RANGE } from "./computeStars";
import type { FunctionCatalog } from "./functionCatalog";
import { failure, value, type FunctionResult } from "./functionResult";
import type { SetRules } from "./setRules";

/**
 * OCOP.CAPPEDSTARS: the stars a criteria sheet's product holds once the 26/2026 minimum options are applied
 * ("Dấu sao là yêu cầu tối thiểu"): the band of `score`, lowered to one below the lowest star level whose
 * marked option a criterion's reading did not reach. `criterionIds` and `points` are two ranges of the same
 * size, read pairwise (the sheet's id column and a member's column, or a column of the members' means);
 * rows whose id is not a criterion of the set are skipped. A marked criterion without a number is #N/A:
 * without its reading the cap cannot be known, and a silent uncapped answer would be wrong.
 */
export function computeCappedStars(
  score: unknown,
  productSet: unknown,
  criterionIds: unknown,
  points: unknown,
  version: unknown,
  catalog: FunctionCatalog,
  language: Language,
): FunctionResult<Stars> {
  const given = numberCell(score, "score", SCORE_RANGE, language);
  if (given.kind === "error") return given;
  const set = criteriaSetArgument(productSet, version, catalog, language);
  if (set.kind === "error") return set;
  const rules = catalog.version(set.value.version);
  if (!rules)
    return failure(
      "notAvailable",
      { code: "unknown-version", value: set.value.version, known: "" },
      language,
    );
  const readings = readingsOf(set.value, criterionIds, points);
  const band = starBand(given.value, rules.starBands);
  let allowed: Stars = 5;
  for (const [criterion, { marks }] of Object.entries(set.value.criteria)) {
    if (!marks?.some(([, minStars]) => minStars <= band)) continue;
    const reading = readings.get(criterion);
    if (reading === undefined)
      return failure(
        "notAvailable",
        { code: "mark-unread", criterion, productSet: set.value.code },
        language,
      );
    for (const [needed, minStars] of marks)
      if (minStars <= band && reading < needed) allowed = Math.min(allowed, minStars - 1) as Stars;
  }
  return value(Math.min(band, allowed) as Stars);
}

/** The number beside each of the set's criterion ids, pairing the two ranges cell by cell. */
function readingsOf(set: SetRules, criterionIds: unknown, points: unknown): Map<string, number> {
  const ids = cellsOf(criterionIds);
  const values = cellsOf(points);
  const byUpper = new Map(Object.keys(set.criteria).map((id) => [id.toUpperCase(), id]));
  const readings = new Map<string, number>();
  ids.forEach((cell, i) => {
    const id = isBlankCell(cell) ? undefined : byUpper.get(String(cell).trim().toUpperCase());
    const reading = values[i];
    if (id && typeof reading === "number" && Number.isFinite(reading)) readings.set(id, reading);
  });
  return readings;
}
