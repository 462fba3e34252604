import type { ListValidation } from "./sheetPlan";

/** Excel keeps a drop-down's typed list ("a,b,c") to 255 characters, and refuses a longer one. */
export const MAX_INLINE_LIST_CHARS = 255;

/**
 * Whether a drop-down's items can be typed into the rule itself: together at most 255 characters, and none
 * holding the comma that separates them or a quote (an inline list has no escape for either). Otherwise
 * the items go into cells and the rule refers to them (ListValidation.source).
 */
export function fitsInline(list: readonly (string | number)[]): boolean {
  const items = list.map(String);
  return (
    items.join(",").length <= MAX_INLINE_LIST_CHARS &&
    !items.some((item) => item.includes(",") || item.includes('"'))
  );
}

/** What a spreadsheet's list rule holds: the items typed in, or an absolute range of the sheet's cells. */
export function listRuleSource(validation: ListValidation): string {
  return validation.source ?? validation.list.map(String).join(",");
}
