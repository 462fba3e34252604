import { withKeptBlocks, withPageCount } from "./pageCount";
import { DOCUMENT_FONT, documentPrint } from "./printLayout";
import type { SheetDraft, SheetExtent } from "./sheetDraft";
import type { SheetKind, SheetPlan } from "./sheetPlan";

/**
 * A paper's sheet plan: protected, in Times New Roman 12, on A4 fitted to the page's width (the layout fits
 * it already, so nothing shrinks), its table's header row frozen and repeated on every page, and its own
 * page count in the footer; blocks kept together (signatures, headings) moved whole to the next page.
 */
export function documentPlan(
  draft: SheetDraft,
  options: {
    readonly name: string;
    readonly kind: SheetKind;
    readonly previous?: SheetExtent;
    readonly orientation: "portrait" | "landscape";
    readonly pageWord: string;
    /** The table's header row, 0-based, when the paper has a table that runs over pages. */
    readonly header?: number;
  },
): SheetPlan {
  const { header } = options;
  const plan = draft.toPlan({
    name: options.name,
    kind: options.kind,
    protect: true,
    previous: options.previous,
    font: DOCUMENT_FONT,
    ...(header !== undefined ? { freeze: { rows: header + 1, columns: 0 } } : {}),
    print: documentPrint({
      orientation: options.orientation,
      pageWord: options.pageWord,
      fitToWidth: true,
      ...(header !== undefined ? { repeatRows: `${header + 1}:${header + 1}` } : {}),
    }),
  });
  return withPageCount(withKeptBlocks(plan, draft.keeps), options.pageWord);
}
