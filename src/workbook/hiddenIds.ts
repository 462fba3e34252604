import type { SheetKind } from "./plan/sheetPlan";
import type { SheetGrid } from "./port";

/**
 * Every generated sheet carries hidden ids, so the parser never depends on labels, sheet names or
 * positions: column A (hidden) holds row ids, row 1 (hidden) holds column ids, and A1 holds the sheet's
 * marker ("ocop:criteria:P01"). A renamed sheet, a moved member column or a translated label still reads.
 */
export const ID_COLUMN = 0;
export const ID_ROW = 0;
/** Generated content starts right of the id column and below the id row. */
export const FIRST_COLUMN = 1;
export const FIRST_ROW = 1;

const MARKER = "ocop:";

export const sheetKey = {
  round: "round",
  products: "products",
  council: "council",
  result: "result",
  audit: "audit",
  criteria: (productId: string) => `criteria:${productId}`,
  criteriaSet: (code: string) => `criteria-set:${code}`,
  memberScores: "member-scores",
  minutes: "minutes",
  /** The two lists a level sends: for recognition here, and to the next level's council. */
  proposals: (list: "recognition" | "upward") => `proposals:${list}`,
} as const;

export function markerOf(key: string): string {
  return `${MARKER}${key}`;
}

/** How far from A1 the marker is looked for: a user may insert rows above or columns left of it. */
const MARKER_SEARCH = { rows: 10, columns: 5 } as const;

/**
 * Where a sheet's marker is and what key it holds. Normally A1; if a user inserted rows or columns before
 * it, the ids moved along with it, so the marker's row and column are the id row and id column.
 */
export function findMarker(grid: SheetGrid): { row: number; column: number; key: string } | undefined {
  for (let row = 0; row < Math.min(grid.values.length, MARKER_SEARCH.rows); row += 1)
    for (let column = 0; column < MARKER_SEARCH.columns; column += 1) {
      const marker = grid.values[row]?.[column];
      if (typeof marker === "string" && marker.startsWith(MARKER))
        return { row, column, key: marker.slice(MARKER.length) };
    }
  return undefined;
}

/** The key a sheet's marker cell holds, or undefined for a sheet the add-in did not generate. */
export function keyOfGrid(grid: SheetGrid): string | undefined {
  return findMarker(grid)?.key;
}

/** The sheet kind a key names ("criteria:P01" → criteria). */
export function kindOfKey(key: string): SheetKind | undefined {
  const head = key.split(":")[0];
  const kinds: readonly SheetKind[] = [
    "round",
    "products",
    "council",
    "criteria",
    "result",
    "audit",
    "criteria-set",
    "member-scores",
    "minutes",
    "proposals",
  ];
  return (kinds as readonly string[]).includes(head) ? (head as SheetKind) : undefined;
}

/** The part after the kind: product id of a criteria sheet, product set code of a criteria-set sheet. */
export function keySubject(key: string): string {
  const at = key.indexOf(":");
  return at < 0 ? "" : key.slice(at + 1);
}

/** Row ids (hidden column A). */
export const rowId = {
  header: "header",
  title: "title",
  field: (name: string) => `field:${name}`,
  part: (id: string) => `part:${id}`,
  group: (id: string) => `group:${id}`,
  criterion: (id: string) => `criterion:${id}`,
  option: (id: string, index: number) => `option:${id}:${index}`,
  /** A criterion's printed notes (Yêu cầu / Ghi chú), or a line saying the decision prints no options. */
  note: (id: string) => `note:${id}`,
  subtotal: (part: string) => `subtotal:${part}`,
  total: "total",
  stars: "stars",
  filled: "filled",
  complete: "complete",
  average: "average",
  productStars: "product-stars",
  signature: "signature",
  product: (id: string) => `product:${id}`,
  starCount: (stars: number) => `count:${stars}`,
  meta: (name: string) => `meta:${name}`,
  auditLine: "audit-line",
} as const;

/** Column ids (hidden row 1). */
export const columnId = {
  field: (name: string) => `col:${name}`,
  member: (id: string) => `member:${id}`,
} as const;

/** "criterion:A.1.1" → ["criterion", "A.1.1"]; ids hold colons only after their kind. */
export function splitId(id: string): readonly [string, string] {
  const at = id.indexOf(":");
  return at < 0 ? [id, ""] : [id.slice(0, at), id.slice(at + 1)];
}
