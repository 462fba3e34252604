import type { RoundingPolicy } from "./round";

/**
 * The score a product is banded on: the mean of `count` member totals adding up to `sum`, rounded as the
 * round's policy says (domain.md open question 2; default none). Half-up is computed from sum and count,
 * not from the already divided mean, so 69.995 rounds to 70.00 and not to 69.99 by float noise.
 */
export function roundScore(sum: number, count: number, rounding: RoundingPolicy): number {
  switch (rounding) {
    case "none":
      return sum / count;
    case "integer-half-up":
      return Math.floor(sum / count + 0.5);
    case "2-decimals-half-up":
      return Math.floor((sum * 100) / count + 0.5) / 100;
  }
}
