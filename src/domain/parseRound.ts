import { z } from "zod";
import type { Parsed } from "./parsed";
import {
  COUNCIL_LEVELS,
  MINIMUM_OPTION_READINGS,
  PRODUCT_KINDS,
  ROUNDING_POLICIES,
  type Round,
} from "./round";
import { zodIssues } from "./zodIssues";

const id = z.string().min(1);
const dossierFlag = z.boolean().optional();

export const roundSchema = z.object({
  format: z.literal("ocop-round/1"),
  criteriaVersion: z.string().min(1),
  council: z.object({
    level: z.enum(COUNCIL_LEVELS as [string, ...string[]]),
    name: z.string(),
    date: z.string().optional(),
    issuer: z.string().optional(),
    place: z.string().optional(),
  }),
  roundNumber: z.string().optional(),
  deadline: z.string().optional(),
  members: z.array(z.object({ id, name: z.string(), role: z.string().optional() })),
  products: z.array(
    z.object({
      id,
      name: z.string(),
      producer: z.string().optional(),
      commune: z.string().optional(),
      productSet: z.string(),
      kind: z.enum(PRODUCT_KINDS as [string, ...string[]]).optional(),
      dossier: z
        .object({
          facilityCertificate: dossierFlag,
          qualityDeclaration: dossierFlag,
          testReport: dossierFlag,
          environmentPlan: dossierFlag,
          productStory: dossierFlag,
          communeConfirmation: dossierFlag,
        })
        .optional(),
    }),
  ),
  scores: z
    .record(
      z.string(),
      z.record(z.string(), z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()]))),
    )
    .default({}),
  policy: z
    .object({
      rounding: z.enum(ROUNDING_POLICIES as [string, ...string[]]).optional(),
      minMembers: z.number().int().min(0).optional(),
      divergencePoints: z.number().min(0).optional(),
      dossierBlocks: z.boolean().optional(),
      minimumOptionReading: z.enum(MINIMUM_OPTION_READINGS as [string, ...string[]]).optional(),
    })
    .optional(),
});

/**
 * Reads an `ocop-round/1` document. Only the shape is checked here; whether the version, product sets and
 * entries make sense is the engine's job, so that every such problem becomes an issue with its facts.
 */
export function parseRound(doc: unknown): Parsed<Round> {
  const parsed = roundSchema.safeParse(doc);
  if (!parsed.success) return { kind: "failed", issues: zodIssues("round-schema", parsed.error) };
  const { format: _format, ...round } = parsed.data;
  return { kind: "ok", value: round as Round, issues: [] };
}
