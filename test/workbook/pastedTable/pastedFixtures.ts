import { readFileSync } from "fs";
import { join } from "path";
import type { CriteriaSet, CriteriaVersion } from "../../../src/domain";
import { parseCriteriaVersion } from "../../../src/domain";
import { shippedCatalog } from "../../../src/criteria/shippedCatalog";

export const PASTED = join(__dirname, "../../fixtures/pasted");

/** A real paste of a 1048 table (test/fixtures/pasted, copied from the decision's Word copy). */
export function pastedTsv(code: "1048-01" | "1048-04"): string {
  return readFileSync(join(PASTED, `${code}.tsv`), "utf8");
}

export function fixtureJson(path: string): SetDocument {
  return JSON.parse(readFileSync(join(PASTED, path), "utf8")) as SetDocument;
}

export const version1048 = (): CriteriaVersion => shippedCatalog().version("1048/2019") as CriteriaVersion;

/** 26/2026's parts and star bands, as a fixture (the real version.json ships with the decision's data). */
export function version2026(): CriteriaVersion {
  const parsed = parseCriteriaVersion(JSON.parse(readFileSync(join(PASTED, "26-2026/version.json"), "utf8")));
  if (parsed.kind !== "ok") throw new Error("26/2026 fixture version is invalid");
  return parsed.value;
}

interface SetOption {
  text: string;
  points: number;
  minStars?: 3 | 4 | 5;
}
interface SetCriterion {
  id: string;
  name: string;
  options: SetOption[];
}
export interface SetDocument {
  productSet: { code: string; name: string };
  exclusion?: string[];
  decisionNotes?: Record<string, unknown>;
  parts: {
    id: string;
    name: string;
    maxPoints: number;
    groups: { id: string; name: string; criteria: SetCriterion[] }[];
  }[];
}

function notesOf(doc: SetDocument, id: string): string[] {
  const notes = doc.decisionNotes?.[id];
  return Array.isArray(notes) ? (notes as string[]) : [];
}
const numberOf = (doc: SetDocument, id: string): string =>
  (doc.decisionNotes?._numbering as Record<string, string>)[id];
const bare = (doc: SetDocument, id: string): boolean =>
  ((doc.decisionNotes?._noOptionsPrinted as string[] | undefined) ?? []).some((n) => n.startsWith(`${id} `));
const best = (c: SetCriterion) => Math.max(...c.options.map((o) => o.points));
const stars = (o: SetOption) => (o.minStars ? ` ${"*".repeat(o.minStars)}` : "");

/**
 * A 26/2026 set's table as the decision prints it, two columns "Các tiêu chí | Thang điểm": part, group
 * and criterion headings with their points, notes under their criterion, options "□ … ***" with theirs.
 */
export function renderTwoColumnTable(doc: SetDocument): string[][] {
  const rows: string[][] = [
    [`1. Bộ sản phẩm: ${doc.productSet.name}`],
    ...(doc.exclusion ?? []).map((e) => [e]),
  ];
  rows.push(["Các tiêu chí", "Thang điểm"]);
  for (const part of doc.parts) {
    rows.push([`Phần ${part.id}: ${part.name}`, `${part.maxPoints} điểm`]);
    for (const group of part.groups) {
      const single = group.criteria.length === 1 && !numberOf(doc, group.criteria[0].id).includes(".");
      if (!single) {
        const sum = group.criteria.reduce((s, c) => s + best(c), 0);
        rows.push([`${numberOf(doc, group.criteria[0].id).split(".")[0]}. ${group.name}`, `${sum} điểm`]);
      }
      for (const criterion of group.criteria) {
        const number = numberOf(doc, criterion.id);
        rows.push([`${number}. ${criterion.name}`, `${best(criterion)} điểm`]);
        for (const note of [...(single ? notesOf(doc, group.id) : []), ...notesOf(doc, criterion.id)])
          rows.push([note]);
        if (bare(doc, criterion.id)) continue;
        for (const option of criterion.options)
          rows.push([`□ ${option.text}${stars(option)}`, `${option.points} điểm`]);
      }
    }
  }
  rows.push(["Tổng điểm (Phần A + B + C)", "100 điểm"]);
  rows.push([
    "Ghi chú: Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao (*** - 3 sao; **** - 4 sao; ***** - 5 sao)",
  ]);
  return rows;
}

/** What "exactly the decision's set" means, in one comparable shape. */
export function comparable(set: CriteriaSet) {
  return set.parts.map((part) => ({
    id: part.id,
    name: part.name,
    maxPoints: part.maxPoints,
    groups: part.groups.map((group) => ({
      id: group.id,
      name: group.name,
      criteria: group.criteria.map((c) => ({
        id: c.id,
        name: c.name,
        number: c.decisionNumber,
        notes: c.notes ?? [],
        bare: c.noOptionsPrinted ?? false,
        options: c.options.map((o) => ({ text: o.text, points: o.points, minStars: o.minStars })),
      })),
    })),
  }));
}

/** The same shape from a shipped-format JSON file (group notes of a one-criterion group are its own). */
export function comparableDocument(doc: SetDocument) {
  const parts = doc.parts.map((part) => ({
    ...part,
    groups: part.groups.map((group) => ({
      ...group,
      criteria: group.criteria.map((c) => ({
        ...c,
        required: false,
        decisionNumber: numberOf(doc, c.id),
        notes: [...(group.criteria.length === 1 ? notesOf(doc, group.id) : []), ...notesOf(doc, c.id)],
        noOptionsPrinted: bare(doc, c.id),
      })),
    })),
  }));
  return comparable({ parts } as unknown as CriteriaSet);
}

/** Option points per criterion id, the acceptance measure for the real 1048 pastes. */
export function pointsById(
  parts: readonly {
    groups: readonly { criteria: readonly { id: string; options: readonly { points: number | null }[] }[] }[];
  }[],
) {
  return Object.fromEntries(
    parts.flatMap((p) =>
      p.groups.flatMap((g) => g.criteria.map((c) => [c.id, c.options.map((o) => o.points)])),
    ),
  );
}
