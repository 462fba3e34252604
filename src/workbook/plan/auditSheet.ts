import type { Language } from "../../i18n/language";
import { documentLabels } from "../../i18n/documentLabels";
import { localDateTime } from "../../i18n/localTime";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { documentPrint } from "./printLayout";
import { FILL, SheetDraft, span } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";

/** Nhật ký: one line per validate / compute / import. */
export interface AuditLine {
  readonly time: string;
  readonly action: "validate" | "compute" | "import";
  readonly fingerprint: string;
  readonly products: number;
  readonly complete: number;
  readonly incomplete: number;
  readonly invalid: number;
  readonly errors: number;
  readonly warnings: number;
}

export const AUDIT_FIELDS = [
  "time",
  "action",
  "fingerprint",
  "products",
  "complete",
  "incomplete",
  "invalid",
  "errors",
  "warnings",
] as const;
export const AUDIT_HEADER_ROW = 2;

export interface AuditSheetInput {
  readonly name: string;
  readonly line: AuditLine;
  /** How many lines the sheet holds already: the new one goes below them and they stay as they are. */
  readonly existingLines: number;
  readonly language: Language;
}

/** Appends one line to the log; earlier lines are neither cleared nor rewritten. */
export function planAuditSheet(input: AuditSheetInput): SheetPlan {
  const labels = sheetLabels(input.language).audit;
  const draft = new SheetDraft(sheetKey.audit);
  const first = 1;
  const last = first + AUDIT_FIELDS.length - 1;
  draft.rowId(1, rowId.title).value(1, first, labels.title);
  draft.format({ range: span(1, first, 1, last), bold: true, fontSize: 14 });
  const header = AUDIT_HEADER_ROW;
  draft.rowId(header, rowId.header);
  AUDIT_FIELDS.forEach((field, i) => {
    draft.columnId(first + i, columnId.field(field)).value(header, first + i, labels[field]);
    draft.width(
      first + i,
      field === "time" ? 22 : field === "fingerprint" ? 20 : field === "action" ? 22 : 10,
    );
  });
  draft.format({ range: span(header, first, header, last), bold: true, fill: FILL.header, wrap: true });
  const row = header + 1 + input.existingLines;
  const line = input.line;
  draft.rowId(row, rowId.auditLine);
  // The page shows local time; the exact ISO time stays in a hidden column beside it.
  draft.columnId(last + 1, columnId.field("stamp")).value(row, last + 1, line.time);
  draft.hiddenColumns.push(last + 1);
  draft.values(row, first, [
    localDateTime(line.time),
    labels.actions[line.action],
    line.fingerprint,
    line.products,
    line.complete,
    line.incomplete,
    line.invalid,
    line.errors,
    line.warnings,
  ]);
  return draft.toPlan({
    name: input.name,
    kind: "audit",
    protect: false,
    clear: [span(0, 0, header, last)],
    freeze: { rows: header + 1, columns: 0 },
    // One page wide, the header repeated: the log never splits its columns over two pages.
    print: documentPrint({
      orientation: "landscape",
      pageWord: documentLabels(input.language).page,
      fitToWidth: true,
      repeatRows: `${header + 1}:${header + 1}`,
    }),
  });
}
