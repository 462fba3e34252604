import type { CriteriaVersion, ProductResult, Round, RoundResult } from "../../domain";
import { documentLabels } from "../../i18n/documentLabels";
import type { Language } from "../../i18n/language";
import { sheetLabels } from "../../i18n/sheetLabels";
import { columnLetters } from "../cellAddress";
import { columnId, rowId, sheetKey } from "../hiddenIds";
import { DocumentFrame } from "./documentFrame";
import { PAGE_WIDTH_CHARACTERS, documentPrint } from "./printLayout";
import { orderedForResult } from "./resultSheet";
import { SheetDraft, span, type SheetExtent } from "./sheetDraft";
import type { SheetPlan } from "./sheetPlan";

export interface MemberScoresSheetInput {
  readonly name: string;
  readonly round: Round;
  readonly result: RoundResult;
  readonly version?: CriteriaVersion;
  readonly language: Language;
  readonly previous?: SheetExtent;
}

/** Table text of the annex: 11 points, the least documents.md allows for a table. */
const SIZE = 11;
const PRODUCT_COLUMNS = [7, 18] as const;
const MEMBER_WIDTH = 9;
const NUMBER_WIDTH = 8;

/**
 * Bảng điểm thành viên, the annex of Kết quả: each member's total per product, the average and the part
 * averages, products in the result's order. A council of 15 does not fit one page across: the table runs
 * onto further pages at its printed size, with the product columns and the header row repeated.
 */
export function planMemberScoresSheet(input: MemberScoresSheetInput): SheetPlan {
  const labels = documentLabels(input.language);
  const draft = new SheetDraft(sheetKey.memberScores);
  const parts = input.version?.parts.map((part) => part.id) ?? ["A", "B", "C"];
  const ids = [
    columnId.field("id"),
    columnId.field("name"),
    ...input.round.members.map((member) => columnId.member(member.id)),
    columnId.field("average"),
    ...parts.map((part) => columnId.field(`part:${part}`)),
  ];
  const widths = [
    ...PRODUCT_COLUMNS,
    ...input.round.members.map(() => MEMBER_WIDTH),
    ...[0, ...parts].map(() => NUMBER_WIDTH),
  ];
  const frame = new DocumentFrame(draft, widths, 2);
  ids.forEach((id, i) => draft.columnId(frame.first + i, id));
  // The product columns repeat on every page across, with whatever rows hold there: the titles start right
  // of them so they print once, whole, on the first page.
  const [from, to] = [frame.first + 2, firstPageEnd(frame)];
  const centred = { horizontal: "center" } as const;
  let row = frame.text(
    1,
    labels.memberScores.title,
    { ...centred, bold: true, size: 14, uppercase: true },
    from,
    to,
  );
  row = frame.text(row, labels.memberScores.subtitle, { ...centred, italic: true }, from, to);
  row = frame.text(row, input.round.council.name, centred, from, to);
  const header = frame.space(row, 8);
  writeScores(frame, header, input, parts);
  const productColumns = `${columnLetters(frame.first)}:${columnLetters(frame.first + 1)}`;
  const plan = draft.toPlan({
    name: input.name,
    kind: "member-scores",
    protect: true,
    previous: input.previous,
    font: { name: "Times New Roman", size: SIZE },
    freeze: { rows: header + 1, columns: frame.first + 2 },
    print: documentPrint({
      orientation: "landscape",
      pageWord: labels.page,
      repeatRows: `${header + 1}:${header + 1}`,
      repeatColumns: productColumns,
    }),
  });
  // Pages across depend on how wide the reader draws a column (Excel and LibreOffice differ), so the
  // annex counts its pages with Excel's &N, exact when the annex is printed on its own.
  return plan;
}

/** The last column that still prints on the first page: titles stay on it rather than split across two. */
function firstPageEnd(frame: DocumentFrame): number {
  let end = frame.first;
  while (end < frame.last && frame.widthOf(frame.first, end + 1) <= PAGE_WIDTH_CHARACTERS.landscape) end += 1;
  return end;
}

function writeScores(
  frame: DocumentFrame,
  header: number,
  input: MemberScoresSheetInput,
  parts: readonly string[],
): void {
  const all = sheetLabels(input.language);
  const labels = documentLabels(input.language).memberScores;
  const titles = [
    all.result.id,
    all.result.name,
    ...input.round.members.map((member) => member.name),
    labels.average,
    ...parts.map(labels.part),
  ];
  const products = orderedForResult(input.result.products);
  const body = products.map((product) => scoresRow(product, input, parts));
  const bottom = frame.table(header, titles, body, SIZE) - 1;
  frame.draft.rowId(header, rowId.header);
  products.forEach((product, i) => frame.draft.rowId(header + 1 + i, rowId.product(product.id)));
  const numbers = span(header + 1, frame.first + 2, bottom, frame.last);
  frame.format({ range: numbers, horizontal: "center" });
  const averages = span(header + 1, frame.last - parts.length, bottom, frame.last);
  frame.format({ range: averages, numberFormat: "0.00" });
}

function scoresRow(
  product: ProductResult,
  input: MemberScoresSheetInput,
  parts: readonly string[],
): (string | number | null)[] {
  const info = input.round.products.find((p) => p.id === product.id);
  return [
    product.id,
    info?.name ?? "",
    ...input.round.members.map((member) => product.memberTotals[member.id] ?? null),
    product.status === "scored" ? product.score : null,
    ...parts.map((part) => product.partAverages[part] ?? null),
  ];
}
