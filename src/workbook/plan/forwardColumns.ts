import type { CouncilLevel, Stars } from "../../domain";
import { forwardColumnLabels } from "../../i18n/chainText";
import type { Language } from "../../i18n/language";
import { sheetLabels } from "../../i18n/sheetLabels";
import type { ProductColumn } from "./productsSheet";

/** Where a forwarded product came from: one lower-level council's result for it. */
export interface ProductOrigin {
  readonly file: string;
  readonly council: string;
  readonly level: CouncilLevel;
  readonly productId: string;
  readonly score: number;
  readonly stars: Stars;
  readonly date?: string;
}

export interface ProductReference {
  readonly origin: ProductOrigin;
  /** Other files that sent the same product: the row is flagged, never doubled. */
  readonly alsoFrom: readonly ProductOrigin[];
}

/** Column ids of the reference columns (row 1, hidden): the products parser reads none of them. */
export const FORWARD_FIELDS = [
  "ref-file",
  "ref-council",
  "ref-level",
  "ref-id",
  "ref-score",
  "ref-stars",
  "ref-date",
  "ref-duplicate",
] as const;

/**
 * The reference columns of a next-level Sản phẩm sheet, keyed by the product's id in the new round: the
 * sending file, council and level, its id there, score (2 decimals, unrounded bands are the sender's),
 * stars, meeting date, and the duplicate flag naming the other file(s).
 */
export function forwardColumns(
  references: ReadonlyMap<string, ProductReference>,
  language: Language,
): ProductColumn[] {
  const labels = forwardColumnLabels(language);
  const levels = sheetLabels(language).levels;
  const of = (id: string) => references.get(id)?.origin;
  const duplicate = (id: string) => {
    const others = references.get(id)?.alsoFrom ?? [];
    if (others.length === 0) return null;
    return labels.alsoFrom(others.map((o) => `${o.file} (${o.productId}, ${o.score.toFixed(2)})`).join("; "));
  };
  const cells: Record<
    (typeof FORWARD_FIELDS)[number],
    [string, number, (id: string) => string | number | null]
  > = {
    "ref-file": [labels.sourceFile, 22, (id) => of(id)?.file ?? null],
    "ref-council": [labels.sourceCouncil, 28, (id) => of(id)?.council ?? null],
    "ref-level": [
      labels.sourceLevel,
      12,
      (id) => {
        const o = of(id);
        return o ? levels[o.level] : null;
      },
    ],
    "ref-id": [labels.sourceId, 10, (id) => of(id)?.productId ?? null],
    "ref-score": [
      labels.score,
      10,
      (id) => {
        const o = of(id);
        return o ? Math.round(o.score * 100) / 100 : null;
      },
    ],
    "ref-stars": [labels.stars, 8, (id) => of(id)?.stars ?? null],
    "ref-date": [labels.date, 12, (id) => of(id)?.date ?? null],
    "ref-duplicate": [labels.duplicate, 36, duplicate],
  };
  return FORWARD_FIELDS.map((field) => {
    const [label, width, cell] = cells[field];
    return { id: field, label, width, cell: (product) => cell(product.id) };
  });
}
