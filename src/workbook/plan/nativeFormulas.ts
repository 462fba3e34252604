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
