import { criteriaOf, type CriteriaSet, type MinimumOptionReading } from "../../domain";

/** Where the product's complete members and a criterion's entries are, in A1 ranges of the criteria sheet. */
export interface MarkRanges {
  /** The row of 1/0 flags saying which members' sheets are complete. */
  readonly completeRow: string;
  /** The member cells of a criterion's row. */
  rowOf(criterionId: string): string;
}

/**
 * 26/2026 minimum options as native formula terms, one per marked option: the star level the product may
 * hold given that option (minStars − 1 when the complete members' reading falls short of it, else 5). The
 * product's stars are the MIN of its band and these terms, so a mark above the band changes nothing, as in
 * the engine (src/domain/minimumOptions.ts). Excel 2016 and LibreOffice functions only.
 */
export function minimumOptionTerms(
  set: CriteriaSet,
  ranges: MarkRanges,
  reading: MinimumOptionReading,
): string[] {
  return criteriaOf(set).flatMap((criterion) =>
    criterion.options.flatMap((option) => {
      if (option.minStars === undefined) return [];
      const row = ranges.rowOf(criterion.id);
      const short =
        reading === "every-member"
          ? `COUNTIFS(${ranges.completeRow},1,${row},"<${option.points}")>0`
          : `SUMIF(${ranges.completeRow},1,${row})<${option.points}*SUM(${ranges.completeRow})`;
      return [`IF(${short},${option.minStars - 1},5)`];
    }),
  );
}
