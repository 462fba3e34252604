import type { MinimumOptionReading } from "../../domain";
import type { CriteriaVersion } from "../../domain";
import type { RoundingPolicy } from "../../domain";

/**
 * Formula pieces that work in Excel 2016 and LibreOffice alike: no IFS, XLOOKUP, LET or dynamic arrays.
 * Star bands use LOOKUP over array constants, which both read from an .xlsx and office-js writes in
 * en-US syntax.
 */
export function starsLookup(score: string, bands: CriteriaVersion["starBands"]): string {
  const sorted = [...bands].sort((a, b) => a.minScore - b.minScore);
  return `LOOKUP(${score},{${sorted.map((b) => b.minScore).join(",")}},{${sorted.map((b) => b.stars).join(",")}})`;
}

/** The average as the round's policy bands it (domain.md open question 2). */
export function bandedScore(average: string, rounding: RoundingPolicy): string {
  switch (rounding) {
    case "none":
      return average;
    case "integer-half-up":
      return `ROUND(${average},0)`;
    case "2-decimals-half-up":
      return `ROUND(${average},2)`;
  }
}

/** An option marked ★★★ / ★★★★ / ★★★★★: the points a product must reach for that many stars. */
export interface OptionMark {
  readonly points: number;
  readonly minStars: number;
}

/**
 * The highest star level one criterion lets a product have under 26/2026's minimum options: 5 when the
 * counted members reached every marked option, else one below the lowest mark they missed. `counted` is
 * the row of 1/0 flags of the members whose sheet counts, `scores` the criterion's cells in the same
 * columns. "mean" compares the counted members' mean, as the engine does; "every-member" needs each of
 * them to reach the mark. Blank-free: 5 while no sheet counts (the product has no stars yet anyway).
 */
export function minimumOptionCap(
  marks: readonly OptionMark[],
  counted: string,
  scores: string,
  reading: MinimumOptionReading,
): string {
  const missed = (points: number) =>
    reading === "mean"
      ? `SUMIF(${counted},1,${scores})/SUM(${counted})<${points}`
      : `SUMPRODUCT((${counted}=1)*(${scores}<${points}))>0`;
  const levels = marks.map((mark) => `IF(${missed(mark.points)},${mark.minStars - 1},5)`);
  return `=IF(SUM(${counted})=0,5,MIN(5,${levels.join(",")}))`;
}

/**
 * Stars after every cap: the banded stars, the required-criterion cap when any required criterion is zero
 * on every counted sheet, and the lowest level a minimum-option helper cell allows (`capCells`, blanks
 * ignored by MIN).
 */
export function cappedStars(
  band: string,
  requiredZero: readonly string[],
  requiredCap: number,
  capCells: string | undefined,
): string {
  const caps = [
    ...(requiredZero.length > 0 ? [`IF(OR(${requiredZero.join(",")}),${requiredCap},5)`] : []),
    ...(capCells ? [`MIN(${capCells})`] : []),
  ];
  return caps.length === 0 ? band : `MIN(${band},${caps.join(",")})`;
}

/** "★★★☆☆" from a cell holding the star count, blank while the count is blank. */
export function starGlyphsFormula(stars: string): string {
  return `=IF(${stars}="","",REPT("★",${stars})&REPT("☆",5-${stars}))`;
}

/** Functions a generated formula must never use (newer than Excel 2016, or unknown to LibreOffice). */
export const BANNED_FUNCTIONS: readonly string[] = [
  "IFS",
  "SWITCH",
  "XLOOKUP",
  "XMATCH",
  "LET",
  "LAMBDA",
  "FILTER",
  "SORT",
  "SORTBY",
  "UNIQUE",
  "SEQUENCE",
  "TEXTJOIN",
  "CONCAT",
  "MAXIFS",
  "MINIFS",
];
