import type { WorkbookLayout } from "./parse/workbookLayout";

/** Whether the result sheet still says what the inputs say. */
export type ResultFreshness =
  | { readonly kind: "none" }
  | { readonly kind: "current"; readonly computedAt: string }
  /** An entry, a member, a product or the policy changed since the result sheet was written. */
  | { readonly kind: "stale"; readonly computedAt: string; readonly fingerprint: string };

/**
 * Compares the fingerprint the result sheet was computed from (read back from its meta rows) with the
 * fingerprint of the inputs now. The result sheet holds plain values, so after an edit it goes on showing
 * the old stars until compute runs again; this is what lets the task pane say so.
 */
export function resultFreshness(layout: WorkbookLayout, currentFingerprint: string): ResultFreshness {
  const previous = layout.previousResult;
  if (!previous) return { kind: "none" };
  return previous.fingerprint === currentFingerprint
    ? { kind: "current", computedAt: previous.computedAt }
    : { kind: "stale", computedAt: previous.computedAt, fingerprint: previous.fingerprint };
}
