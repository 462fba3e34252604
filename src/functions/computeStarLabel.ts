import { starBand } from "../domain/starBand";
import type { FunctionCatalog } from "./functionCatalog";
import type { Language } from "../i18n/language";
import { starLabel } from "../i18n/outcomeText";
import { numberCell } from "./cellArgument";
import { value, type FunctionResult } from "./functionResult";
import { languageArgument } from "./languageArgument";
import { SCORE_RANGE } from "./computeStars";
import { versionArgument } from "./versionArgument";

/**
 * OCOP.STARLABEL: "★★★★☆ 4 sao" from a star count or a score. A whole number from 1 to 5 is read as stars
 * (a product scoring 5 points or less does not occur in practice); anything else up to 100 as a score,
 * banded under the newest version.
 */
export function computeStarLabel(
  starsOrScore: unknown,
  lang: unknown,
  catalog: FunctionCatalog,
  messages: Language,
): FunctionResult<string> {
  const language = languageArgument(lang, messages);
  if (language.kind === "error") return language;
  const number = numberCell(starsOrScore, "stars_or_score", SCORE_RANGE, messages);
  if (number.kind === "error") return number;
  if (Number.isInteger(number.value) && number.value >= 1 && number.value <= 5)
    return value(starLabel(number.value, language.value));
  const version = versionArgument(undefined, catalog, messages);
  if (version.kind === "error") return version;
  return value(starLabel(starBand(number.value, version.value.starBands), language.value));
}
