/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ComputeScreen } from "../../src/taskpane/components/compute/ComputeScreen";
import { fakeCommands } from "../taskpane/fakeCommands";
import { renderPane } from "../taskpane/renderPane";

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe('"Tạo đợt cấp trên" in the compute screen', () => {
  it("after compute, refuses a workbook whose result went stale with the reason and what to do", async () => {
    const commands = fakeCommands({
      nextLevelRound: jest.fn().mockResolvedValue({
        kind: "refused",
        messages: ["The open workbook: the result is stale — inputs changed after it was computed on …"],
      }),
    });
    renderPane(<ComputeScreen />, { commands, language: "en" });
    expect(screen.queryByRole("button", { name: "Create next-level round" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Compute results" }));
    fireEvent.click(await screen.findByRole("button", { name: "Create next-level round" }));
    expect(await screen.findByText("The next-level round was not created")).toBeTruthy();
    expect(screen.getByText(/the result is stale/)).toBeTruthy();
  });

  it("outside Excel the next round is a file to save, and the pane says how many products it holds", async () => {
    const created = jest.fn(() => "blob:next-round");
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    // jsdom cannot follow a download link; the file handed to it is what the test checks.
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const commands = fakeCommands({
      nextLevelRound: jest.fn().mockResolvedValue({
        kind: "built",
        fileName: "OCOP-cấp-trung-ương-2026-09-30.xlsx",
        bytes: new Uint8Array([1, 2, 3]),
        products: 3,
        duplicates: 1,
      }),
    });
    renderPane(<ComputeScreen />, { commands, language: "vi" });
    fireEvent.click(screen.getByRole("button", { name: "Tính kết quả" }));
    fireEvent.click(await screen.findByRole("button", { name: "Tạo đợt cấp trên" }));
    expect(
      await screen.findByText(/Đã tạo tệp OCOP-cấp-trung-ương-2026-09-30\.xlsx với 3 sản phẩm/),
    ).toBeTruthy();
    expect(screen.getByText(/1 sản phẩm trùng/)).toBeTruthy();
    expect(created).toHaveBeenCalledTimes(1);
  });
});
