import {
  MANDATORY_DOSSIER_ITEMS,
  PRODUCT_KINDS,
  productSetLabel,
  SUPPORTING_DOSSIER_ITEMS,
  type DossierItem,
  type Product,
  type ProductSetRef,
} from "../../domain";
import type { Language } from "../../i18n/language";
import { documentLabels } from "../../i18n/documentLabels";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { FILL, SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { CellValue, SheetPlan } from "./sheetPlan";
import { tableSheetLayout } from "./tableSheetLayout";

export const PRODUCT_FIELDS = ["id", "name", "producer", "commune", "productSet", "kind"] as const;
export const DOSSIER_ITEMS: readonly DossierItem[] = [
  ...MANDATORY_DOSSIER_ITEMS,
  ...SUPPORTING_DOSSIER_ITEMS,
];
/** Setup tables: title on row 2, a note on row 3, the header on row 4, data from row 5 (1-based). */
export const TABLE_HEADER_ROW = 3;
/** Drop-downs reach this many rows below the header, so rows pasted later get them too. */
export const TABLE_INPUT_ROWS = 500;

export interface ProductsSheetInput {
  readonly name: string;
  readonly products: readonly Product[];
  readonly productSets: readonly ProductSetRef[];
  readonly language: Language;
  readonly previous?: SheetExtent;
  /** Read-only columns after the dossier checklist (a forwarded round's reference columns). */
  readonly extraColumns?: readonly ProductColumn[];
}

export interface ProductColumn {
  readonly id: string;
  readonly label: string;
  readonly width: number;
  readonly cell: (p: Product) => CellValue;
  readonly list?: readonly string[];
}

/** Sản phẩm: an Excel table users can paste into, with the dossier checklist. */
export function planProductsSheet(input: ProductsSheetInput): SheetPlan {
  const all = sheetLabels(input.language);
  const labels = all.products;
  const setLabels = new Map(input.productSets.map((ref) => [ref.code, productSetLabel(ref)]));
  const yesNo = (flag: boolean | undefined): CellValue =>
    flag === undefined ? null : flag ? all.yes : all.no;
  const columns: ProductColumn[] = [
    { id: "id", label: labels.id, width: 10, cell: (p) => p.id },
    { id: "name", label: labels.name, width: 36, cell: (p) => p.name },
    { id: "producer", label: labels.producer, width: 28, cell: (p) => p.producer ?? null },
    { id: "commune", label: labels.commune, width: 16, cell: (p) => p.commune ?? null },
    {
      id: "productSet",
      label: labels.productSet,
      width: 30,
      cell: (p) => setLabels.get(p.productSet) ?? p.productSet,
      // "26-04 Mật ong, mật khác và …": a list this long lives in a hidden column (listSource.ts); the
      // parser reads a label, a bare code or a name typed instead back to the code (chooseProductSet).
      list: [...setLabels.values()],
    },
    {
      id: "kind",
      label: labels.kind,
      width: 16,
      cell: (p) => (p.kind ? all.kinds[p.kind] : null),
      list: PRODUCT_KINDS.map((kind) => all.kinds[kind]),
    },
    ...DOSSIER_ITEMS.map((item) => ({
      id: item,
      label: labels.dossier[item],
      width: 14,
      cell: (p: Product) => yesNo(p.dossier?.[item]),
      list: [all.yes, all.no],
    })),
    ...(input.extraColumns ?? []),
  ];
  const rows = input.products.map((product) => columns.map((column) => column.cell(product)));
  return planSetupTable({
    key: sheetKey.products,
    kind: "products",
    name: input.name,
    title: labels.title,
    note: `${labels.mandatory}; ${labels.supporting}`,
    tableName: "OcopProducts",
    columns,
    rows,
    previous: input.previous,
    pageWord: documentLabels(input.language).page,
  });
}

/** A titled Excel table with column ids in the hidden row: shared by the Products and Council sheets. */
export function planSetupTable(spec: {
  readonly key: string;
  readonly kind: "products" | "council";
  readonly name: string;
  readonly title: string;
  readonly note?: string;
  readonly tableName: string;
  readonly columns: readonly { id: string; label: string; width: number; list?: readonly string[] }[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly previous?: SheetExtent;
  /** "Trang" of the footer's page numbers, in the sheet's language. */
  readonly pageWord?: string;
}): SheetPlan {
  const draft = new SheetDraft(spec.key);
  const first = 1;
  const last = first + spec.columns.length - 1;
  const header = TABLE_HEADER_ROW;
  draft.rowId(1, rowId.title).value(1, first, spec.title);
  draft.format({ range: span(1, first, 1, last), bold: true, fontSize: 14 });
  if (spec.note) draft.value(2, first, spec.note).format({ range: span(2, first, 2, first), italic: true });
  draft.rowId(header, rowId.header);
  spec.columns.forEach((column, i) => {
    draft.columnId(first + i, columnId.field(column.id)).value(header, first + i, column.label);
    draft.width(first + i, column.width);
    if (column.list && column.list.length > 0)
      draft.validations.push({
        range: span(header + 1, first + i, header + TABLE_INPUT_ROWS, first + i),
        list: column.list,
        errorTitle: column.label,
        errorMessage: column.list.join("; "),
      });
  });
  spec.rows.forEach((values, r) => draft.values(header + 1 + r, first, values));
  const bottom = header + Math.max(spec.rows.length, 1);
  draft.format({ range: span(header, first, header, last), bold: true, wrap: true, fill: FILL.header });
  draft.format({ range: span(header + 1, first, header + TABLE_INPUT_ROWS, last), numberFormat: "@" });
  draft.tables.push({ name: spec.tableName, range: span(header, first, bottom, last) });
  // The table and the paste area below it (where its drop-downs reach) are the generated region: a
  // shorter list must not leave old rows behind, whatever the sheet's extent was read as.
  const clearRows = Math.max(spec.previous?.rows ?? 0, bottom + 1, header + TABLE_INPUT_ROWS + 1);
  return draft.toPlan({
    name: spec.name,
    kind: spec.kind,
    protect: false,
    clear: [span(0, 0, clearRows - 1, last)],
    ...tableSheetLayout(header, spec.pageWord),
  });
}
