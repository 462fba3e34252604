import type { Catalog } from "./catalog";
import type { ProductSetRef } from "./criteriaSet";
import type { CriteriaVersion } from "./criteriaVersion";
import { issue, type Issue } from "./issue";

/** What a product-set cell says: a code, nothing, a name matching several sets, or nothing known. */
export type ProductSetChoice =
  | { readonly kind: "code"; readonly code: string }
  | { readonly kind: "empty" }
  | { readonly kind: "ambiguous"; readonly codes: readonly string[] }
  | { readonly kind: "unknown" };

/** How a product set is offered in drop-downs and lists: its code and its name. */
export function productSetLabel(ref: ProductSetRef): string {
  return `${ref.code} ${ref.name}`;
}

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * Reads a product-set cell against a version's list: a code ("1048-04"), a drop-down label ("1048-04 Mật
 * ong, …"), or a name typed instead of a code, matched when exactly one set has it (accents and case aside;
 * a whole name first, then a name that contains what was typed).
 */
export function chooseProductSet(text: string, refs: readonly ProductSetRef[]): ProductSetChoice {
  const typed = text.trim();
  if (typed === "") return { kind: "empty" };
  const byCode = codeOfLabel(typed, refs);
  if (byCode) return { kind: "code", code: byCode };
  const wanted = fold(typed);
  for (const match of [
    (ref: ProductSetRef) => fold(ref.name) === wanted,
    (ref: ProductSetRef) => fold(ref.name).includes(wanted),
  ]) {
    const found = refs.filter(match);
    if (found.length === 1) return { kind: "code", code: found[0].code };
    if (found.length > 1) return { kind: "ambiguous", codes: found.map((ref) => ref.code) };
  }
  return { kind: "unknown" };
}

/** The code a cell holding a code or a drop-down label ("1048-04 Mật ong, …") names, if any. */
export function codeOfLabel(text: string, refs: readonly ProductSetRef[]): string | undefined {
  const typed = fold(text);
  return refs.find((ref) => typed === fold(ref.code) || typed.startsWith(`${fold(ref.code)} `))?.code;
}

/**
 * Why a product gets no criteria sheet from a version: no set given, a set the version does not list,
 * or a listed set whose criteria are not at hand (not shipped, or shipped with a gap to fill).
 */
export function productSetIssue(
  product: { readonly id: string; readonly productSet: string },
  version: CriteriaVersion,
  catalog?: Catalog,
): Issue {
  if (product.productSet.trim() === "")
    return issue("product-set-missing", "error", { product: product.id, expected: version.id });
  const indexed = version.productSets.some((ref) => ref.code === product.productSet);
  const draft = catalog?.draft(version.id, product.productSet);
  return issue(indexed ? "criteria-sheet-missing" : "unknown-product-set", "error", {
    product: product.id,
    value: product.productSet,
    expected: version.id,
    ...(draft ? { detail: "draft" } : {}),
  });
}
