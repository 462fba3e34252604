import { z } from "zod";
import { bestPoints, type CriteriaSet } from "./criteriaSet";
import { issue, type Issue } from "./issue";
import type { Parsed } from "./parsed";
import { zodIssues } from "./zodIssues";

const optionSchema = z.object({ text: z.string().min(1), points: z.number().finite() });
const criterionSchema = z.object({
  id: z.string().regex(/^[A-Z]\.\d+\.\d+$/, "id like A.1.2"),
  name: z.string().min(1),
  required: z.boolean().default(false),
  options: z.array(optionSchema).min(1),
});
const groupSchema = z.object({
  id: z.string().regex(/^[A-Z]\.\d+$/, "id like A.1"),
  name: z.string().min(1),
  criteria: z.array(criterionSchema).min(1),
});
const partSchema = z.object({
  id: z.string().regex(/^[A-Z]$/, "id like A"),
  name: z.string().min(1),
  maxPoints: z.number().finite(),
  groups: z.array(groupSchema).min(1),
});
export const criteriaSetSchema = z.object({
  format: z.literal("ocop-criteria/1"),
  version: z.string().min(1),
  decision: z.string().min(1),
  productSet: z.object({ code: z.string().min(1), name: z.string().min(1), group: z.string().default("") }),
  source: z.string().min(1),
  notes: z.string().optional(),
  complete: z.boolean().optional(),
  synthetic: z.boolean().default(false),
  parts: z.array(partSchema).min(1),
});

export type CriteriaSetDocument = z.input<typeof criteriaSetSchema>;

/** Total points a criteria sheet adds up to (domain.md: 100 in all). */
export const TOTAL_POINTS = 100;

/**
 * Reads one criteria set and checks it the same way whether it ships with the add-in or a council typed it
 * into a workbook: schema, ids nested as part.group.criterion and unique, points never negative, each
 * part's maxPoints equal to the sum of its criteria's best options, parts adding up to 100.
 */
export function parseCriteriaSet(
  doc: unknown,
  origin: CriteriaSet["origin"] = "shipped",
): Parsed<CriteriaSet> {
  const parsed = criteriaSetSchema.safeParse(doc);
  if (!parsed.success) return { kind: "failed", issues: zodIssues("criteria-schema", parsed.error) };
  const data = parsed.data;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const note = (id: string, path: string) => {
    if (seen.has(id)) issues.push(issue("criteria-duplicate-id", "error", { criterion: id, path }));
    seen.add(id);
  };
  let total = 0;
  data.parts.forEach((part, p) => {
    note(part.id, `parts[${p}]`);
    let partBest = 0;
    part.groups.forEach((group, g) => {
      const groupPath = `parts[${p}].groups[${g}]`;
      note(group.id, groupPath);
      if (!group.id.startsWith(`${part.id}.`))
        issues.push(
          issue("criteria-id-mismatch", "error", { criterion: group.id, path: groupPath, expected: part.id }),
        );
      group.criteria.forEach((criterion, c) => {
        const path = `${groupPath}.criteria[${c}]`;
        note(criterion.id, path);
        if (!criterion.id.startsWith(`${group.id}.`))
          issues.push(
            issue("criteria-id-mismatch", "error", { criterion: criterion.id, path, expected: group.id }),
          );
        criterion.options.forEach((option, o) => {
          if (option.points < 0)
            issues.push(
              issue("criteria-negative-points", "error", {
                criterion: criterion.id,
                path: `${path}.options[${o}]`,
                value: option.points,
              }),
            );
        });
        partBest += bestPoints(criterion);
      });
    });
    if (!samePoints(partBest, part.maxPoints))
      issues.push(
        issue("criteria-part-sum", "error", {
          part: part.id,
          path: `parts[${p}].maxPoints`,
          value: part.maxPoints,
          expected: partBest,
        }),
      );
    total += part.maxPoints;
  });
  if (!samePoints(total, TOTAL_POINTS))
    issues.push(issue("criteria-total-not-100", "error", { value: total, expected: TOTAL_POINTS }));
  if (issues.length > 0) return { kind: "failed", issues };
  const set: CriteriaSet = {
    version: data.version,
    decision: data.decision,
    productSet: data.productSet,
    source: data.source,
    notes: data.notes,
    synthetic: data.synthetic,
    origin,
    parts: data.parts,
  };
  return { kind: "ok", value: set, issues: [] };
}

/** Points may be halves; compare sums without float noise. */
function samePoints(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
