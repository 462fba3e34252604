/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ExcelHostError } from "../../../src/excel/excelHostError";
import { checkRequirements } from "../../../src/excel/requirements";
import { HostNotices } from "../../../src/taskpane/app/HostNotices";
import { ValidateScreen } from "../../../src/taskpane/components/validate/ValidateScreen";
import { FakeExcel } from "../../excel/fakeExcel";
import { fakeCommands } from "../fakeCommands";
import { renderPane } from "../renderPane";

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("the pane in Excel 2019 (ExcelApi 1.8, no SharedRuntime)", () => {
  it("says it is a task pane only, where to open it, and what needs a newer Excel", () => {
    const excel2019 = new FakeExcel([], { excelApi: "1.8", sharedRuntime: false });
    const { missing } = checkRequirements(excel2019.isSetSupported);
    renderPane(<HostNotices />, {
      host: "excel",
      language: "vi",
      missingRequirements: missing,
      sharedRuntime: false,
    });
    expect(
      screen.getByText(/chỉ là ngăn tác vụ.*=OCOP\.\*.*Chèn > Phần bổ trợ của tôi.*SharedRuntime 1\.1/),
    ).toBeTruthy();
    expect(screen.getByText(/khổ A4.*\(ExcelApi 1\.9\)/)).toBeTruthy();
  });

  it("says nothing of the sort where the shared runtime is there", () => {
    renderPane(<HostNotices />, { host: "excel", language: "en", sharedRuntime: true });
    expect(screen.queryByText(/task pane only/)).toBeNull();
  });
});

describe("Excel's refusals in the pane", () => {
  it("shows what to do in the user's language instead of Excel's English", async () => {
    const commands = fakeCommands({
      validate: jest.fn(async () => {
        throw new ExcelHostError(
          "cell-edit-mode",
          undefined,
          "InvalidOperationInCellEditMode: Excel is in cell-editing mode.",
        );
      }),
    });
    renderPane(<ValidateScreen />, { language: "vi", commands });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText(/Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại/)).toBeTruthy();
    expect(screen.queryByText(/cell-editing mode/)).toBeNull();
  });
});
