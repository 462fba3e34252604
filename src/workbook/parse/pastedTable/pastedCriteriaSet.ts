import type { CriteriaPart, CriteriaSet, CriteriaVersion, Criterion, CriterionOption } from "../../../domain";
import { bestOf } from "./checkPastedTable";
import type { OutlineCriterion, PastedOutline } from "./pastedOutline";

/** Who the pasted table is for: the version it belongs to and the product set's code (and name). */
export interface PastedTableContext {
  readonly version: CriteriaVersion;
  readonly code: string;
  /** Overrides the name printed in the table's header ("Bộ sản phẩm: …"). */
  readonly name?: string;
  /** Overrides the group the version lists the set under (the sheet's "Nhóm" field). */
  readonly group?: string;
  /** Where the paste came from, kept in the set's source. */
  readonly source: string;
  /** The sheet (or file) named in messages. */
  readonly sheet?: string;
}

/** The pasted table as the domain's criteria set: ids part.group.criterion, numbering and notes kept. */
export function pastedCriteriaSet(outline: PastedOutline, context: PastedTableContext): CriteriaSet {
  const ref = context.version.productSets.find((p) => p.code === context.code);
  return {
    version: context.version.id,
    decision: context.version.decision,
    productSet: {
      code: context.code,
      name: context.name ?? outline.name ?? ref?.name ?? context.code,
      group: context.group ?? ref?.group ?? outline.sector ?? "",
    },
    source: context.source,
    ...(outline.exclusion.length > 0 ? { exclusion: [...outline.exclusion] } : {}),
    synthetic: false,
    origin: "workbook",
    parts: outline.parts.map((part): CriteriaPart => {
      const groups = part.groups.map((group, g) => {
        const groupId = `${part.id}.${g + 1}`;
        return {
          id: groupId,
          name: group.name,
          criteria: group.criteria.map((criterion, c) => pastedCriterion(criterion, `${groupId}.${c + 1}`)),
        };
      });
      return {
        id: part.id,
        name: part.name || context.version.parts.find((p) => p.id === part.id)?.name || part.id,
        maxPoints: groups.reduce(
          (sum, group) => sum + group.criteria.reduce((s, criterion) => s + bestOfSet(criterion), 0),
          0,
        ),
        groups,
      };
    }),
  };
}

function pastedCriterion(criterion: OutlineCriterion, id: string): Criterion {
  const bare = criterion.options.length === 0;
  const options: CriterionOption[] = bare
    ? [{ text: criterion.name, points: bestOf(criterion) }]
    : criterion.options.map((option) => ({
        text: option.text,
        points: option.slot.points?.points ?? 0,
        ...(option.mark ? { minStars: option.mark.length as 3 | 4 | 5 } : {}),
      }));
  return {
    id,
    name: criterion.name,
    required: false,
    options,
    decisionNumber: criterion.number,
    ...(criterion.notes.length > 0 ? { notes: [...criterion.notes] } : {}),
    ...(bare ? { noOptionsPrinted: true } : {}),
  };
}

function bestOfSet(criterion: Criterion): number {
  return Math.max(...criterion.options.map((option) => option.points));
}
