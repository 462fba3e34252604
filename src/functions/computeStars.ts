import type { Stars } from "../domain/criteriaVersion";
import { starBand } from "../domain/starBand";
import type { FunctionCatalog } from "./functionCatalog";
import type { Language } from "../i18n/language";
import { numberCell } from "./cellArgument";
import type { FunctionResult } from "./functionResult";
import { value } from "./functionResult";
import { versionArgument } from "./versionArgument";

/** A product score lies between 0 and 100 points under every decision (parts add up to 100). */
export const SCORE_RANGE = { min: 0, max: 100 } as const;

/**
 * OCOP.STARS: the stars a score earns under a version's bands. The score is banded as given, unrounded,
 * which is the engine's default policy (domain.md open question 2): 69.99 is 3 stars.
 */
export function computeStars(
  score: unknown,
  version: unknown,
  catalog: FunctionCatalog,
  language: Language,
): FunctionResult<Stars> {
  const points = numberCell(score, "score", SCORE_RANGE, language);
  if (points.kind === "error") return points;
  const found = versionArgument(version, catalog, language);
  if (found.kind === "error") return found;
  return value(starBand(points.value, found.value.starBands));
}
