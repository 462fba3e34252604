import { checkSetBelongs } from "./catalog";
import type { CriteriaSet, Criterion } from "./criteriaSet";
import type { CriteriaVersion } from "./criteriaVersion";
import type { Issue } from "./issue";
import { parseCriteriaSet } from "./parseCriteriaSet";

/**
 * The criteria sets a round file carries (`criteriaSets`, as `ocop export` writes them for a workbook
 * whose council pasted its own table): each checked like shipped data, with the decision's numbering,
 * notes and minimum stars kept. A set that fails its checks is left out and its issues returned.
 */
export function roundCriteriaSets(
  doc: unknown,
  versions: readonly CriteriaVersion[],
): { readonly sets: readonly CriteriaSet[]; readonly issues: readonly Issue[] } {
  const listed = (doc as { criteriaSets?: unknown } | null)?.criteriaSets;
  if (!Array.isArray(listed)) return { sets: [], issues: [] };
  const sets: CriteriaSet[] = [];
  const issues: Issue[] = [];
  listed.forEach((setDoc, i) => {
    const parsed = parseCriteriaSet(setDoc, "workbook");
    const found = parsed.kind === "failed" ? parsed.issues : checkSetBelongs(parsed.value, versions);
    issues.push(...found.map((f) => ({ ...f, path: `criteriaSets[${i}]${f.path ? `.${f.path}` : ""}` })));
    if (parsed.kind === "ok" && found.length === 0) sets.push(withDocumentDetails(parsed.value, setDoc));
  });
  return { sets, issues };
}

interface DocumentDetails {
  readonly decisionNotes?: Record<string, unknown>;
  readonly exclusion?: readonly string[];
  readonly parts?: readonly {
    readonly groups?: readonly {
      readonly criteria?: readonly { readonly options?: readonly { readonly minStars?: unknown }[] }[];
    }[];
  }[];
}

function withDocumentDetails(set: CriteriaSet, doc: unknown): CriteriaSet {
  const data = doc as DocumentDetails;
  const notes = data.decisionNotes ?? {};
  const numbering = (notes._numbering ?? {}) as Record<string, string | undefined>;
  const bare = Array.isArray(notes._noOptionsPrinted) ? (notes._noOptionsPrinted as string[]) : [];
  const detail = (criterion: Criterion, p: number, g: number, c: number): Criterion => {
    const own = notes[criterion.id];
    const options = data.parts?.[p]?.groups?.[g]?.criteria?.[c]?.options ?? [];
    return {
      ...criterion,
      ...(numbering[criterion.id] ? { decisionNumber: numbering[criterion.id] } : {}),
      ...(Array.isArray(own) ? { notes: own as string[] } : {}),
      ...(bare.some((line) => line.startsWith(`${criterion.id} `)) ? { noOptionsPrinted: true } : {}),
      options: criterion.options.map((option, o) => {
        const minStars = options[o]?.minStars;
        return minStars === 3 || minStars === 4 || minStars === 5 ? { ...option, minStars } : option;
      }),
    };
  };
  return {
    ...set,
    ...(Array.isArray(data.exclusion) ? { exclusion: data.exclusion } : {}),
    parts: set.parts.map((part, p) => ({
      ...part,
      groups: part.groups.map((group, g) => ({
        ...group,
        criteria: group.criteria.map((criterion, c) => detail(criterion, p, g, c)),
      })),
    })),
  };
}

/**
 * The set as an `ocop-criteria/1` document in the shipped files' shape (minStars on options, notes,
 * numbering and options-not-printed under decisionNotes), so `ocop criteria import --out` writes a file
 * that can ship as it is.
 */
export function criteriaDocument(set: CriteriaSet): Record<string, unknown> {
  const criteria = set.parts.flatMap((part) => part.groups.flatMap((group) => group.criteria));
  const notes: Record<string, unknown> = {};
  for (const criterion of criteria) if (criterion.notes) notes[criterion.id] = criterion.notes;
  notes._numbering = Object.fromEntries(criteria.map((c) => [c.id, c.decisionNumber]));
  const bare = criteria.filter((c) => c.noOptionsPrinted);
  if (bare.length > 0)
    notes._noOptionsPrinted = bare.map(
      (c) => `${c.id} (${c.decisionNumber}): the decision prints this criterion with no □ options.`,
    );
  return {
    format: "ocop-criteria/1",
    version: set.version,
    decision: set.decision,
    productSet: set.productSet,
    source: set.source,
    complete: true,
    ...(set.exclusion ? { exclusion: set.exclusion } : {}),
    decisionNotes: notes,
    parts: set.parts.map((part) => ({
      id: part.id,
      name: part.name,
      maxPoints: part.maxPoints,
      groups: part.groups.map((group) => ({
        id: group.id,
        name: group.name,
        criteria: group.criteria.map((c) => ({
          id: c.id,
          name: c.name,
          required: c.required,
          options: c.options,
        })),
      })),
    })),
  };
}
