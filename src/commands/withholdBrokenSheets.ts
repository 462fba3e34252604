import { isError, rankProducts, type Issue, type RoundResult, type UnrankedProductResult } from "../domain";
import { keySubject, kindOfKey } from "../workbook/hiddenIds";
import type { WorkbookReading } from "../workbook/parse/parseWorkbook";

/**
 * Compute refuses to rate a product whose sheets are not in a state it can trust: a criterion row deleted,
 * inserted or given a wrong hidden id, a member column unknown or copied, the sheet copied, or the
 * workbook's own Bộ tiêu chí sheet for its product set broken. The engine would score what is left (or
 * fall back to the shipped criteria), but stars printed from a half-read sheet would be a wrong decision;
 * the product is listed as invalid with the sheet's own issues (sheet and cell) as the reason.
 */
export function withholdBrokenSheets(result: RoundResult, reading: WorkbookReading): RoundResult {
  const { layout, round } = reading;
  const errorsOn = (sheet: string) =>
    reading.issues.filter(
      (candidate) =>
        isError(candidate) &&
        // Score cells already make the product invalid in the engine; these are the sheets' structure.
        !candidate.code.startsWith("score-") &&
        (candidate.sheet === sheet || (candidate.code === "sheet-duplicated" && candidate.detail === sheet)),
    );
  const brokenSets = new Map<string, Issue[]>();
  for (const [key, sheet] of Object.entries(layout.sheetNames))
    if (kindOfKey(key) === "criteria-set") {
      const found = errorsOn(sheet);
      if (found.length > 0) brokenSets.set(keySubject(key), found);
    }
  const broken = new Map<string, Issue[]>();
  for (const product of round.products) {
    const found = [
      ...(layout.criteria[product.id] ? errorsOn(layout.criteria[product.id].sheet) : []),
      ...(brokenSets.get(product.productSet) ?? []),
    ];
    if (found.length > 0) broken.set(product.id, found);
  }
  if (broken.size === 0) return result;
  const products = result.products.map((product): UnrankedProductResult => {
    if (product.status !== "scored") return product;
    const { rank: _rank, ...unranked } = product;
    const reasons = broken.get(product.id);
    if (!reasons) return unranked;
    return {
      id: product.id,
      status: "invalid",
      memberTotals: product.memberTotals,
      partAverages: product.partAverages,
      issues: [...product.issues, ...reasons],
      outcome: "none",
    };
  });
  return { ...result, products: rankProducts(products) };
}
