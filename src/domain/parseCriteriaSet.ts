import { z } from "zod";
import {
  bestPoints,
  type CriteriaGroup,
  type CriteriaSet,
  type Criterion,
  type CriterionOption,
} from "./criteriaSet";
import { issue, type Issue } from "./issue";
import type { Parsed } from "./parsed";
import { zodIssues } from "./zodIssues";

const optionSchema = z.object({
  text: z.string().min(1),
  points: z.number().finite(),
  minStars: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
});
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
/**
 * What the decision prints around its table: notes keyed by criterion or group id, and the `_`-prefixed
 * facts about the transcription (numbering, criteria printed without options, misprints).
 */
const decisionNotesSchema = z
  .object({
    _numbering: z.record(z.string(), z.string()).optional(),
    _noOptionsPrinted: z.array(z.string()).optional(),
    _sourceDiscrepancies: z.array(z.string()).optional(),
    _afterTable: z.array(z.string()).optional(),
  })
  .catchall(z.unknown());
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
  exclusion: z.array(z.string()).optional(),
  decisionNotes: decisionNotesSchema.optional(),
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
  return { kind: "ok", value: toCriteriaSet(data, origin), issues: [] };
}

type CriteriaSetData = z.output<typeof criteriaSetSchema>;

/** The checked document as the domain holds it, with the decision's notes placed where a member reads them. */
function toCriteriaSet(data: CriteriaSetData, origin: CriteriaSet["origin"]): CriteriaSet {
  const notes = data.decisionNotes;
  return {
    version: data.version,
    decision: data.decision,
    productSet: data.productSet,
    source: data.source,
    notes: data.notes,
    ...(data.exclusion?.length ? { exclusion: data.exclusion } : {}),
    ...(notes?._sourceDiscrepancies?.length ? { sourceDiscrepancies: notes._sourceDiscrepancies } : {}),
    ...(notes?._afterTable?.length ? { afterTable: notes._afterTable } : {}),
    synthetic: data.synthetic,
    origin,
    parts: data.parts.map((part) => ({
      ...part,
      groups: part.groups.map((group) => withDecisionNotes(group, notes)),
    })),
  };
}

type DecisionNotes = NonNullable<CriteriaSetData["decisionNotes"]>;
type GroupData = CriteriaSetData["parts"][number]["groups"][number];

/** Yêu cầu / Ghi chú and the decision's numbering onto each criterion; a group's own notes onto the group. */
function withDecisionNotes(group: GroupData, notes: DecisionNotes | undefined): CriteriaGroup {
  const groupNotes = noteLines(notes?.[group.id]);
  return {
    id: group.id,
    name: group.name,
    ...(groupNotes?.length ? { notes: groupNotes } : {}),
    criteria: group.criteria.map((criterion): Criterion => {
      const own = noteLines(notes?.[criterion.id]);
      const decisionNumber = notes?._numbering?.[criterion.id];
      const noOptionsPrinted = (notes?._noOptionsPrinted ?? []).some((entry) =>
        entry.startsWith(`${criterion.id} `),
      );
      return {
        ...criterion,
        ...(decisionNumber ? { decisionNumber } : {}),
        ...(own?.length ? { notes: own } : {}),
        ...(noOptionsPrinted ? { noOptionsPrinted, options: withNotMetOption(criterion.options) } : {}),
      };
    }),
  };
}

/** Notes are lists of lines; anything else under a criterion's id is not a note. */
function noteLines(value: unknown): readonly string[] | undefined {
  return Array.isArray(value) && value.every((line) => typeof line === "string") ? value : undefined;
}

/**
 * 26/2026 prints a few criteria (bilingual labelling) with points but no options; read naturally, the
 * criterion is met or not, so the loader offers "Không đáp ứng" for 0 beside the printed option.
 */
export const NOT_MET_OPTION: CriterionOption = { text: "Không đáp ứng", points: 0 };

function withNotMetOption(options: readonly CriterionOption[]): readonly CriterionOption[] {
  return options.some((option) => option.points === 0) ? options : [NOT_MET_OPTION, ...options];
}

/** Points may be halves; compare sums without float noise. */
function samePoints(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
