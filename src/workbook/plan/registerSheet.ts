import type { CertificateEntry } from "../../domain/certificate";
import { registerLabels, type RegisterField } from "../../i18n/chainText";
import type { Language } from "../../i18n/language";
import { columnId, rowId } from "../hiddenIds";
import { FILL, SheetDraft, span } from "./sheetDraft";
import type { CellValue, SheetPlan } from "./sheetPlan";
import { tableSheetLayout } from "./tableSheetLayout";

export const REGISTER_KEY = "register";
export const REGISTER_ENTRY_ROW = "register-entry";
/** Title on row 2, note on row 3, header on row 4 (1-based); entries below. */
export const REGISTER_HEADER_ROW = 3;
/** Hidden columns the parser needs to read a line back (what the council did not need to see printed). */
export const REGISTER_HIDDEN_FIELDS = ["criteriaVersion", "level", "roundKey", "productId"] as const;

const VISIBLE: readonly { field: RegisterField; width: number; cell: (e: CertificateEntry) => CellValue }[] =
  [
    { field: "no", width: 6, cell: () => null },
    { field: "name", width: 30, cell: (e) => e.name },
    { field: "producer", width: 26, cell: (e) => e.producer ?? null },
    { field: "commune", width: 14, cell: (e) => e.commune ?? null },
    { field: "productSet", width: 10, cell: (e) => e.productSet },
    { field: "stars", width: 7, cell: (e) => e.stars },
    { field: "score", width: 8, cell: (e) => Math.round(e.score * 100) / 100 },
    { field: "council", width: 28, cell: (e) => e.council },
    { field: "decision", width: 20, cell: (e) => e.decision },
    { field: "decisionDate", width: 12, cell: (e) => e.decisionDate },
    { field: "expiry", width: 12, cell: (e) => e.expiry },
    { field: "notes", width: 30, cell: () => null },
  ];

export interface RegisterSheetInput {
  readonly name: string;
  readonly language: Language;
  /** Lines to append. */
  readonly entries: readonly CertificateEntry[];
  /** 0-based row the first new line goes to: below everything the sheet holds (hand-typed rows too). */
  readonly firstRow: number;
  /** Lines the register holds already, for the running number. */
  readonly existing: number;
}

/**
 * Sổ theo dõi: appends lines and writes nothing else of the rows below the header, so notes typed into
 * the Ghi chú column and columns a user added to the right survive every later addition. Protected (no
 * password) with only Ghi chú editable; A4 landscape, header row repeated, page numbers in the footer.
 */
export function planRegisterSheet(input: RegisterSheetInput): SheetPlan {
  const labels = registerLabels(input.language);
  const draft = new SheetDraft(REGISTER_KEY);
  // The hidden columns come first, so columns a user adds after Ghi chú are never among them.
  const hidden = 1;
  const first = hidden + REGISTER_HIDDEN_FIELDS.length;
  const last = first + VISIBLE.length - 1;
  const header = REGISTER_HEADER_ROW;
  draft.rowId(1, rowId.title).value(1, first, labels.title);
  draft.format({ range: span(1, first, 1, last), bold: true, fontSize: 14, horizontal: "center" });
  draft.merges.push(span(1, first, 1, last));
  draft.value(2, first, labels.note).format({ range: span(2, first, 2, first), italic: true });
  draft.rowId(header, rowId.header);
  VISIBLE.forEach((column, i) => {
    draft
      .columnId(first + i, columnId.field(column.field))
      .value(header, first + i, labels.columns[column.field]);
    draft.width(first + i, column.width).fitText(header, labels.columns[column.field], column.width);
  });
  REGISTER_HIDDEN_FIELDS.forEach((field, i) => {
    draft.columnId(hidden + i, columnId.field(field));
    draft.hiddenColumns.push(hidden + i);
  });
  draft.format({
    range: span(header, first, header, last),
    bold: true,
    wrap: true,
    fill: FILL.header,
    border: "thin",
  });
  input.entries.forEach((entry, i) => {
    const row = input.firstRow + i;
    draft.rowId(row, REGISTER_ENTRY_ROW);
    draft.values(row, first, [
      input.existing + i + 1,
      ...VISIBLE.slice(1, -1).map((column) => column.cell(entry)),
    ]);
    draft.values(row, hidden, [entry.criteriaVersion, entry.level, entry.roundKey, entry.productId]);
    // Wrapped names print on as many lines as they need instead of overlapping the next row.
    for (const column of VISIBLE) draft.fitText(row, String(column.cell(entry) ?? ""), column.width);
  });
  if (input.entries.length > 0) {
    const bottom = input.firstRow + input.entries.length - 1;
    draft.format({
      range: span(input.firstRow, first, bottom, last),
      border: "thin",
      vertical: "top",
      wrap: true,
    });
    draft.format({ range: span(input.firstRow, last, bottom, last), locked: false });
  }
  const layout = tableSheetLayout(header);
  return draft.toPlan({
    name: input.name,
    kind: "audit", // an append-only sheet like the Nhật ký: earlier lines are neither cleared nor rewritten
    protect: true,
    clear: [],
    freeze: layout.freeze,
    print: { ...layout.print, footer: labels.footer },
  });
}
