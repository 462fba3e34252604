import { computeFromRibbon } from "../../src/runtime/computeFromRibbon";

describe("the ribbon's Tính kết quả when Excel refuses", () => {
  const scope = globalThis as { Office?: unknown; Excel?: unknown; window?: unknown };
  const dialogs: string[] = [];

  beforeAll(() => {
    // The runtime page's address, which the notice dialog's URL is made from.
    scope.window = { location: { href: "https://localhost:3000/taskpane.html" } };
    // Excel in cell-edit mode: every batch is refused with InvalidOperationInCellEditMode.
    scope.Excel = {
      run: () =>
        Promise.reject(
          Object.assign(new Error("The operation failed because Excel is in cell-editing mode."), {
            code: "InvalidOperationInCellEditMode",
          }),
        ),
    };
    scope.Office = {
      context: {
        displayLanguage: "vi-VN",
        requirements: { isSetSupported: () => true },
        ui: {
          // The dialog is recorded and reported as not opened, so the command finishes at once.
          displayDialogAsync: (
            url: string,
            _options: unknown,
            opened: (result: { status: string }) => void,
          ) => {
            dialogs.push(url);
            opened({ status: "failed" });
          },
        },
      },
      AsyncResultStatus: { Succeeded: "succeeded" },
    };
  });
  afterAll(() => {
    delete scope.Office;
    delete scope.Excel;
    delete scope.window;
  });

  it("says in Vietnamese to leave the cell being edited, not Excel's English", async () => {
    await computeFromRibbon();
    expect(dialogs).toHaveLength(1);
    const message = new URL(dialogs[0]).searchParams.get("message");
    expect(message).toContain("Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại");
    expect(message).not.toContain("cell-editing mode");
  });
});
