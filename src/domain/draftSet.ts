import { z } from "zod";
import type { ProductSetRef } from "./criteriaSet";

/** An option as the decision prints it: `points: null` where the decision leaves the points cell empty. */
export interface DraftOption {
  readonly text: string;
  readonly points: number | null;
  readonly minStars?: 3 | 4 | 5;
}

export interface DraftCriterion {
  readonly id: string;
  readonly name: string;
  readonly options: readonly DraftOption[];
  readonly decisionNumber?: string;
  readonly notes?: readonly string[];
}

/**
 * Bộ tiêu chí chưa đủ: a product set whose decision prints a gap (an empty points cell, a missing option).
 * It ships as a draft, never with a guessed value: the council fills the gap in its workbook's Bộ tiêu chí
 * sheet, and only that filled sheet scores products.
 */
export interface DraftSet {
  readonly version: string;
  readonly decision: string;
  readonly productSet: ProductSetRef;
  readonly source: string;
  readonly exclusion?: readonly string[];
  /** What is missing, as the data file declares it. */
  readonly partialReasons: readonly string[];
  readonly parts: readonly {
    readonly id: string;
    readonly name: string;
    readonly maxPoints: number;
    readonly groups: readonly {
      readonly id: string;
      readonly name: string;
      readonly criteria: readonly DraftCriterion[];
    }[];
  }[];
}

const draftSchema = z.object({
  format: z.literal("ocop-criteria/1"),
  version: z.string().min(1),
  decision: z.string().min(1),
  complete: z.literal(false),
  productSet: z.object({ code: z.string().min(1), name: z.string().min(1), group: z.string().default("") }),
  source: z.string().min(1),
  exclusion: z.array(z.string()).optional(),
  partialReasons: z.array(z.string()).default([]),
  decisionNotes: z.record(z.string(), z.unknown()).optional(),
  parts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      groups: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          criteria: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              options: z.array(
                z.object({
                  text: z.string(),
                  points: z.number().nullable(),
                  minStars: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** Whether a data file declares itself incomplete (`"complete": false`). */
export function isDraftDocument(doc: unknown): boolean {
  return (doc as { complete?: unknown } | null)?.complete === false;
}

/** Reads a `complete: false` criteria file as a draft, with its numbering and notes; undefined if unreadable. */
export function parseDraftSet(doc: unknown): DraftSet | undefined {
  const parsed = draftSchema.safeParse(doc);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  const notes = (data.decisionNotes ?? {}) as Record<string, unknown>;
  const numbering = (notes._numbering ?? {}) as Record<string, string>;
  const notesOf = (id: string): string[] =>
    Array.isArray(notes[id])
      ? (notes[id] as unknown[]).filter((n): n is string => typeof n === "string")
      : [];
  return {
    version: data.version,
    decision: data.decision,
    productSet: data.productSet,
    source: data.source,
    ...(data.exclusion ? { exclusion: data.exclusion } : {}),
    partialReasons: data.partialReasons,
    parts: data.parts.map((part) => ({
      ...part,
      groups: part.groups.map((group) => ({
        ...group,
        criteria: group.criteria.map((criterion) => {
          const own = [...(group.criteria.length === 1 ? notesOf(group.id) : []), ...notesOf(criterion.id)];
          return {
            ...criterion,
            ...(numbering[criterion.id] ? { decisionNumber: numbering[criterion.id] } : {}),
            ...(own.length > 0 ? { notes: own } : {}),
          };
        }),
      })),
    })),
  };
}

/** The options a council must still give points to, by criterion id. */
export function draftGaps(draft: DraftSet): { criterion: string; option: number; text: string }[] {
  return draft.parts.flatMap((part) =>
    part.groups.flatMap((group) =>
      group.criteria.flatMap((criterion) =>
        criterion.options.flatMap((option, index) =>
          option.points === null ? [{ criterion: criterion.id, option: index, text: option.text }] : [],
        ),
      ),
    ),
  );
}
