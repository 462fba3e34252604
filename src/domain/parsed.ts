/** Either a value, or the issues that stopped it. */
export type Parsed<T> =
  | { readonly kind: "ok"; readonly value: T; readonly issues: readonly import("./issue").Issue[] }
  | { readonly kind: "failed"; readonly issues: readonly import("./issue").Issue[] };
