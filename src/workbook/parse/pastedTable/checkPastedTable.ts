import { issue, type CriteriaVersion, type Issue, type IssueCode } from "../../../domain";
import { cellAddress } from "../../cellAddress";
import type { PastedCell } from "./pastedLines";
import type { PairingGaps } from "./pairPastedPoints";
import type { OutlineCriterion, OutlinePart, PastedOutline, PointsSlot } from "./pastedOutline";

type Where = (code: IssueCode, cell: PastedCell, facts?: Omit<Issue, "code" | "severity">) => Issue;

/** Makes an error issue that names the sheet (or file) and the cell. */
export function issueAt(sheet: string | undefined): Where {
  return (code, cell, facts = {}) =>
    issue(code, "error", { ...facts, ...(sheet ? { sheet } : {}), cell: cellAddress(cell.row, cell.column) });
}

/** Before pairing: a table with no criteria, text where points belong, options outside any criterion. */
export function shapeIssues(
  outline: PastedOutline,
  at: Where,
  paste: { readonly rowCount: number; readonly origin: PastedCell },
): Issue[] {
  const criteria = outline.parts.flatMap((p) => p.groups.flatMap((g) => g.criteria));
  if (criteria.length === 0) return [at("pasted-no-criteria", paste.origin, { value: paste.rowCount })];
  return [
    ...outline.strayText.map((cell) => at("pasted-points-not-number", cell, { value: cell.value })),
    ...outline.misplaced.map((line) =>
      at("pasted-misplaced", line.cell, { value: line.number ? `${line.number}. ${line.text}` : line.text }),
    ),
  ];
}

/** After pairing: a heading or option the points column has no value for, or a value nothing claims. */
export function gapIssues(gaps: PairingGaps, at: Where): Issue[] {
  return [
    ...gaps.emptySlots.map((slot) =>
      at("pasted-option-without-points", slot.line.cell, { value: slotText(slot) }),
    ),
    ...gaps.extraValues.map((value) => at("pasted-points-without-option", value, { value: value.points })),
  ];
}

function slotText(slot: PointsSlot): string {
  const line = slot.line;
  return line.number ? `${line.number}. ${line.text}` : line.text;
}

/** The best option's points of a criterion as pasted (its printed total when it prints no options). */
export function bestOf(criterion: OutlineCriterion): number {
  if (criterion.options.length === 0) return criterion.slot.points?.points ?? 0;
  return Math.max(...criterion.options.map((option) => option.slot.points?.points ?? 0));
}

/**
 * The decision's own arithmetic, checked as printed: each criterion's total is its best option, each
 * group's total the sum of its criteria, each part adds up to the version's points, every part is there,
 * no option is printed twice, and every star mark is one the version knows.
 */
export function totalsIssues(outline: PastedOutline, version: CriteriaVersion, at: Where): Issue[] {
  const found: Issue[] = [];
  for (const part of outline.parts) {
    for (const group of part.groups) {
      const sum = group.criteria.reduce((total, criterion) => total + bestOf(criterion), 0);
      const printed = group.slot?.points;
      if (printed && !same(printed.points, sum))
        found.push(
          at("pasted-group-total", printed, { value: printed.points, expected: sum, detail: group.number }),
        );
      for (const criterion of group.criteria) found.push(...criterionIssues(criterion, version, at));
    }
    found.push(...partIssues(part, version, at));
  }
  const present = new Set(outline.parts.map((part) => part.id));
  const last = outline.parts[outline.parts.length - 1];
  for (const part of version.parts)
    if (!present.has(part.id))
      found.push(at("pasted-part-missing", last.line.cell, { part: part.id, expected: part.maxPoints }));
  return found;
}

function criterionIssues(criterion: OutlineCriterion, version: CriteriaVersion, at: Where): Issue[] {
  const found: Issue[] = [];
  const total = criterion.slot.points;
  if (criterion.options.length === 0 && !total)
    found.push(at("pasted-criterion-without-options", criterion.line.cell, { detail: criterion.number }));
  const best = bestOf(criterion);
  if (total && criterion.options.length > 0 && !same(total.points, best))
    found.push(
      at("pasted-criterion-total", criterion.line.cell, {
        value: total.points,
        expected: best,
        detail: criterion.number,
      }),
    );
  const seen = new Set<string>();
  const marks = knownMarks(version);
  for (const option of criterion.options) {
    const key = option.text.toLocaleLowerCase("vi").replace(/\s+/g, " ");
    if (seen.has(key))
      found.push(
        at("pasted-option-duplicated", option.line.cell, { value: option.text, detail: criterion.number }),
      );
    seen.add(key);
    if (option.mark && !marks.includes(option.mark.length))
      found.push(
        at("pasted-star-mark-unknown", option.line.cell, {
          value: option.mark,
          expected: marks.map((stars) => "*".repeat(stars)).join(", "),
        }),
      );
  }
  return found;
}

/** Star marks name a minimum star level: 3, 4 or 5 of the version's bands. */
function knownMarks(version: CriteriaVersion): number[] {
  return version.starBands.map((band) => band.stars).filter((stars) => stars >= 3);
}

function partIssues(part: OutlinePart, version: CriteriaVersion, at: Where): Issue[] {
  const expected = version.parts.find((p) => p.id === part.id);
  if (!expected)
    return [at("criteria-part-unknown", part.line.cell, { part: part.id, expected: version.id })];
  const sum = part.groups.reduce(
    (total, group) => total + group.criteria.reduce((s, criterion) => s + bestOf(criterion), 0),
    0,
  );
  if (same(sum, expected.maxPoints)) return [];
  return [at("pasted-part-sum", part.line.cell, { part: part.id, value: sum, expected: expected.maxPoints })];
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
