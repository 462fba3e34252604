import type { ScoredProduct } from "../domain/roundResult";
import { starBand } from "../domain/starBand";
import type { FunctionCatalog } from "./functionCatalog";
import type { Language } from "../i18n/language";
import { outcomeText } from "../i18n/outcomeText";
import { numberCell } from "./cellArgument";
import { SCORE_RANGE } from "./computeStars";
import { failure, value, type FunctionResult } from "./functionResult";
import { languageArgument } from "./languageArgument";
import { levelArgument } from "./levelArgument";
import { versionArgument } from "./versionArgument";

/**
 * OCOP.OUTCOME: what a council at `level` does with a product of that score under the version's rules
 * ("Công nhận 3 sao", "Đề nghị cấp tỉnh đánh giá"), worded exactly as the result sheet prints it.
 */
export function computeOutcome(
  score: unknown,
  level: unknown,
  version: unknown,
  lang: unknown,
  catalog: FunctionCatalog,
  messages: Language,
): FunctionResult<string> {
  const language = languageArgument(lang, messages);
  if (language.kind === "error") return language;
  const points = numberCell(score, "score", SCORE_RANGE, messages);
  if (points.kind === "error") return points;
  const council = levelArgument(level, messages);
  if (council.kind === "error") return council;
  const found = versionArgument(version, catalog, messages);
  if (found.kind === "error") return found;
  const outcomes = found.value.outcomes[council.value];
  if (!outcomes)
    return failure(
      "notAvailable",
      { code: "level-not-in-version", value: council.value, version: found.value.id },
      messages,
    );
  const stars = starBand(points.value, found.value.starBands);
  // outcomeText words a product result; this one stands for a product scored by the council at this score.
  const product: ScoredProduct = {
    id: "",
    status: "scored",
    memberTotals: {},
    partAverages: {},
    issues: [],
    score: points.value,
    bandedScore: points.value,
    stars,
    outcome: outcomes[stars],
    rank: 1,
  };
  return value(outcomeText(product, council.value, language.value));
}
