import { SheetDraft, wrappedLines } from "../../src/workbook/plan/sheetDraft";

describe("row heights for wrapped text", () => {
  it("counts one line for text that fits and more for text that wraps at word breaks", () => {
    expect(wrappedLines("Nguồn nguyên liệu", 60)).toBe(1);
    expect(wrappedLines("một hai ba bốn năm", 12)).toBe(2);
    expect(wrappedLines("dòng một\ndòng hai", 60)).toBe(2);
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
  });

  it("asks for height only where a cell needs more than one line, the tallest cell of a row winning", () => {
    const draft = new SheetDraft("criteria:P01");
    draft.fitText(3, "ngắn", 60).fitText(4, "a ".repeat(50), 20).fitText(4, "a ".repeat(100), 20);
    const plan = draft.toPlan({ name: "x", kind: "criteria", protect: false });
    expect(plan.rowHeights).toEqual([{ row: 4, height: 15 * wrappedLines("a ".repeat(100), 20) }]);
  });
});
