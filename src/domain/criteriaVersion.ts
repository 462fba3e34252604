import type { CouncilLevel } from "./round";
import type { ProductSetRef } from "./criteriaSet";

/** What a council at its level does with a scored product. */
/**
 * `return`: 26/2026 central council, a product below 90 goes back to the province, which may recognise it
 * 3★ or 4★ on the central council's result (domain.md "26/2026").
 */
export type Outcome = "recognize" | "forward" | "not-rated" | "return";

export type Stars = 1 | 2 | 3 | 4 | 5;

/** Khung xếp hạng sao: a star level starts at minScore (inclusive). */
export interface StarBand {
  readonly stars: Stars;
  readonly minScore: number;
}

/** Một bộ tiêu chí theo quyết định: the rules one government decision sets. Data, never code. */
export interface CriteriaVersion {
  readonly id: string;
  readonly decision: string;
  readonly date: string;
  readonly source: string;
  readonly notes?: string;
  readonly synthetic: boolean;
  readonly parts: readonly { readonly id: string; readonly name: string; readonly maxPoints: number }[];
  readonly starBands: readonly StarBand[];
  /** When a required criterion averages 0, stars are capped here (open question 1 in domain.md). */
  readonly requiredCriterionCap: { readonly maxStars: Stars };
  /** When the decision applies to a meeting, both ends inclusive (Điều 12 of 26/2026 for the overlap). */
  readonly inForce: { readonly from: string; readonly until?: string };
  /** The council levels that score under this decision; a round at another level is an error. */
  readonly levels: readonly CouncilLevel[];
  /** What each allowed level does with a product of so many stars. */
  readonly outcomes: Readonly<Partial<Record<CouncilLevel, Readonly<Record<Stars, Outcome>>>>>;
  readonly productSets: readonly ProductSetRef[];
  /** Renewals (phân hạng lại) are evaluated by the members' written opinions (26/2026). */
  readonly renewalByWrittenOpinions?: boolean;
}
