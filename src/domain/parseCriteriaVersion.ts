import { z } from "zod";
import type { CriteriaVersion } from "./criteriaVersion";
import type { Parsed } from "./parsed";
import { COUNCIL_LEVELS, type CouncilLevel } from "./round";
import { zodIssues } from "./zodIssues";

const outcome = z.enum(["recognize", "forward", "not-rated", "return"]);
const starsMap = z.object({ "1": outcome, "2": outcome, "3": outcome, "4": outcome, "5": outcome });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date as YYYY-MM-DD");
const level = z.enum(COUNCIL_LEVELS as [CouncilLevel, ...CouncilLevel[]]);
const stars = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const criteriaVersionSchema = z
  .object({
    format: z.literal("ocop-version/1"),
    id: z.string().min(1),
    decision: z.string().min(1),
    date: isoDate,
    /** When the decision applies to a meeting (inclusive); `until` absent while it is in force. */
    inForce: z.object({ from: isoDate, until: isoDate.optional() }).optional(),
    /** The council levels that score under this decision (26/2026: province and national only). */
    levels: z
      .array(level)
      .min(1)
      .default([...COUNCIL_LEVELS]),
    source: z.string().min(1),
    notes: z.string().optional(),
    synthetic: z.boolean().default(false),
    parts: z
      .array(z.object({ id: z.string().regex(/^[A-Z]$/), name: z.string(), maxPoints: z.number() }))
      .min(1),
    starBands: z
      .array(z.object({ stars, minScore: z.number() }))
      .length(5)
      .refine((bands) => bands.every((band, i) => band.stars === i + 1), "bands for 1 to 5 stars, in order")
      .refine(
        (bands) => bands.every((band, i) => i === 0 || band.minScore > bands[i - 1].minScore),
        "rising",
      ),
    requiredCriterionCap: z.object({ maxStars: stars }),
    outcomes: z.object({
      commune: starsMap.optional(),
      district: starsMap.optional(),
      province: starsMap.optional(),
      national: starsMap.optional(),
    }),
    renewalByWrittenOpinions: z.boolean().optional(),
    productSets: z
      .array(z.object({ code: z.string().min(1), name: z.string().min(1), group: z.string().default("") }))
      .min(1),
  })
  .refine((version) => version.levels.every((name) => version.outcomes[name] !== undefined), {
    message: "an outcomes table for every level the version allows",
    path: ["outcomes"],
  });

/** Reads a version's index file: its decision, star bands, outcomes per council level and product sets. */
export function parseCriteriaVersion(doc: unknown): Parsed<CriteriaVersion> {
  const parsed = criteriaVersionSchema.safeParse(doc);
  if (!parsed.success) return { kind: "failed", issues: zodIssues("version-schema", parsed.error) };
  const { format: _format, inForce, ...version } = parsed.data;
  return { kind: "ok", value: { ...version, inForce: inForce ?? { from: version.date } }, issues: [] };
}
