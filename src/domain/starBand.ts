import type { CriteriaVersion, Stars } from "./criteriaVersion";

/**
 * Xếp hạng sao: the highest band whose lower bound the score reaches. The decisions write bands as whole
 * numbers ("từ 50 đến 69 điểm"), so 69.99 stays in the 50 band and 70 starts the next (domain.md "Stars").
 */
export function starBand(score: number, bands: CriteriaVersion["starBands"]): Stars {
  let stars: Stars = bands[0].stars;
  for (const band of bands) if (score >= band.minScore) stars = band.stars;
  return stars;
}
