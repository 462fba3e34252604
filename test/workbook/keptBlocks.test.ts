import { DocumentFrame } from "../../src/workbook/plan/documentFrame";
import { documentPlan } from "../../src/workbook/plan/documentPlan";
import { pageCount } from "../../src/workbook/plan/pageCount";
import { SheetDraft } from "../../src/workbook/plan/sheetDraft";

/**
 * A portrait paper of `lines` body lines (20 pt each) and then a signature-like block of `block` lines kept
 * together. A4 portrait inside the papers' margins holds about 728 points: 36 lines of 20 points.
 */
function paper(lines: number, block: number) {
  const draft = new SheetDraft("result");
  const frame = new DocumentFrame(draft, [20, 20], 1);
  for (let row = 1; row <= lines; row += 1) frame.space(row, 20);
  const first = lines + 1;
  for (let row = first; row < first + block; row += 1) frame.space(row, 20);
  draft.keepTogether(first, first + block - 1);
  return {
    plan: documentPlan(draft, {
      name: "Kết quả",
      kind: "result",
      orientation: "portrait",
      pageWord: "Trang",
    }),
    first,
  };
}

describe("blocks kept together on a paper (signatures, headings with their first line)", () => {
  it("start the next page when they would run over the end of this one, and the page count counts it", () => {
    const { plan, first } = paper(30, 8);
    expect(plan.print?.rowBreaks).toEqual([first]);
    expect(pageCount(plan)).toBe(2);
    expect(plan.print?.footer).toContain("Trang &P/2");
  });

  it("stay where they are when they fit, with no break at all", () => {
    const { plan } = paper(20, 8);
    expect(plan.print?.rowBreaks).toEqual([]);
    expect(pageCount(plan)).toBe(1);
  });

  it("are not moved when they are taller than a page: they split however they are placed", () => {
    const { plan } = paper(10, 40);
    expect(plan.print?.rowBreaks).toEqual([]);
  });

  it("are not moved off a page that holds nothing else", () => {
    const { plan } = paper(0, 30);
    expect(plan.print?.rowBreaks).toEqual([]);
  });
});
