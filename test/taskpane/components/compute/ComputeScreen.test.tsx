/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type {
  ComputeOutcome,
  ComputeRequest,
  ResultSummary,
} from "../../../../src/taskpane/commands/paneCommands";
import { ComputeScreen } from "../../../../src/taskpane/components/compute/ComputeScreen";
import { deferred, fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";

const summary: ResultSummary = {
  products: 4,
  stars: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 1 },
  recognized: 1,
  forwarded: 2,
  attention: [{ id: "P02", name: "Cam sành", status: "incomplete" }],
  resultSheet: { sheet: "Kết quả", cell: "A1" },
};

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("compute screen", () => {
  it("shows the current step and how far it is, and cancels through the command's signal", async () => {
    const pending = deferred<ComputeOutcome>();
    let request: ComputeRequest | undefined;
    const commands = fakeCommands({
      compute: (given) => {
        request = given;
        return pending.promise;
      },
    });
    renderPane(<ComputeScreen />, { commands, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Compute results" }));
    act(() => request?.onProgress("write", 120, 480));
    expect(screen.getByText("Writing the Results sheet: 120/480")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(request?.signal.aborted).toBe(true);
    expect(screen.getByText("Cancelled. The Results sheet was not changed.")).toBeTruthy();
    await act(async () => pending.resolve({ kind: "computed", summary }));
    expect(screen.queryByText("Summary")).toBeNull();
  });

  it("shows an unexpected failure with a way to try again", async () => {
    const commands = fakeCommands({ compute: jest.fn().mockRejectedValue(new Error("Excel is busy")) });
    renderPane(<ComputeScreen />, { commands, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Compute results" }));
    expect(await screen.findByText(/Excel is busy/)).toBeTruthy();
  });

  it("summarises stars with glyphs and words, decisions, and products to look at again", async () => {
    const commands = fakeCommands({ compute: async () => ({ kind: "computed", summary }) });
    renderPane(<ComputeScreen />, { commands });
    fireEvent.click(screen.getByRole("button", { name: "Tính kết quả" }));
    const five = await screen.findByRole("row", { name: /5 sao/ });
    expect(five.textContent).toBe("★★★★★ 5 sao1");
    expect(screen.getByRole("row", { name: /Đề nghị cấp trên/ }).textContent).toContain("2");
    const list = screen.getByRole("list");
    expect(within(list).getByRole("listitem").textContent).toBe("P02 – Cam sành: chưa đủ điểm");
    fireEvent.click(screen.getByRole("button", { name: "Mở trang Kết quả" }));
    expect(commands.selectCell).toHaveBeenCalledWith("Kết quả", "A1");
  });

  it("asks before replacing an edited result sheet, and only then computes with replacing allowed", async () => {
    const compute = jest
      .fn<Promise<ComputeOutcome>, [ComputeRequest]>()
      .mockResolvedValueOnce({ kind: "needs-confirmation", editedCells: ["H11", "H12"] })
      .mockResolvedValueOnce({ kind: "computed", summary });
    renderPane(<ComputeScreen />, { commands: fakeCommands({ compute }), language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Compute results" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("(H11, H12)");
    expect(compute.mock.calls[0][0].replaceEdited).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "Replace" }));
    expect(await screen.findByText("Summary")).toBeTruthy();
    expect(compute.mock.calls[1][0].replaceEdited).toBe(true);
  });

  it("leaves an edited result sheet alone when the user keeps it", async () => {
    const compute = jest.fn().mockResolvedValue({ kind: "needs-confirmation", editedCells: ["H11"] });
    renderPane(<ComputeScreen />, { commands: fakeCommands({ compute }), language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Compute results" }));
    fireEvent.click(await screen.findByRole("button", { name: "Keep it" }));
    expect(await screen.findByText("The Results sheet was left as it is.")).toBeTruthy();
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
