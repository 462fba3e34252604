/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type {
  ComputeOutcome,
  ComputeRequest,
  ResultSummary,
} from "../../../../src/taskpane/commandBinding/paneCommands";
import type { Issue } from "../../../../src/domain";
import { ComputeScreen } from "../../../../src/taskpane/components/compute/ComputeScreen";
import { deferred, fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";

const divergent: Issue = {
  code: "member-divergent",
  severity: "warning",
  product: "P03",
  member: "M3",
  value: 95,
  detail: 60,
  expected: 15,
  sheet: "Phiếu P03",
  cell: "G40",
};
const summary: ResultSummary = {
  products: 5,
  stars: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 1 },
  rows: {
    recognized: [{ id: "P01", name: "Bưởi", sheet: "Phiếu P01", issues: [] }],
    forwarded: [
      { id: "P03", name: "Mật ong", sheet: "Phiếu P03", issues: [divergent] },
      { id: "P04", name: "Chè", sheet: "Phiếu P04", issues: [] },
    ],
    other: [{ id: "P05", name: "Nấm", sheet: "Phiếu P05", issues: [] }],
    unfinished: [{ id: "P02", name: "Cam sành", sheet: "Phiếu P02", issues: [] }],
    invalid: [],
  },
  warnings: [{ id: "P03", name: "Mật ong", sheet: "Phiếu P03", issues: [divergent] }],
  members: [{ id: "M3", name: "Trần Văn Ba" }],
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

  it("summarises stars with glyphs and words, and decisions in rows that add up to the product count", async () => {
    const commands = fakeCommands({ compute: async () => ({ kind: "computed", summary }) });
    renderPane(<ComputeScreen />, { commands });
    fireEvent.click(screen.getByRole("button", { name: "Tính kết quả" }));
    const five = (await screen.findByText(/^5 sao$/)).closest("tr") as HTMLElement;
    expect(five.textContent).toBe("★★★★★ 5 sao1");
    const headers = screen.getAllByRole("button").map((button) => button.textContent ?? "");
    const rowCount = (label: string) =>
      Number(/(\d+)$/.exec(headers.find((header) => header.startsWith(label)) ?? "")?.[1]);
    const counts = [
      "Công nhận",
      "Đề nghị cấp trên",
      "Không đạt hạng sao",
      "Chưa chấm xong",
      "Có lỗi cần sửa",
    ].map(rowCount);
    expect(counts).toEqual([1, 2, 1, 1, 0]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(summary.products);
    expect(screen.getByText("Cộng").parentElement?.textContent).toBe("Cộng5");
    fireEvent.click(screen.getByRole("button", { name: "Mở trang Kết quả" }));
    expect(commands.selectCell).toHaveBeenCalledWith("Kết quả", "A1");
  });

  it("opens a decision row to its products, each a link to its sheet", async () => {
    const commands = fakeCommands({ compute: async () => ({ kind: "computed", summary }) });
    renderPane(<ComputeScreen />, { commands });
    fireEvent.click(screen.getByRole("button", { name: "Tính kết quả" }));
    fireEvent.click((await screen.findByText("Chưa chấm xong")).closest("button") as HTMLElement);
    fireEvent.click(await screen.findByText("P02 – Cam sành: mở phiếu"));
    expect(commands.selectCell).toHaveBeenCalledWith("Phiếu P02", "A1");
  });

  it("lists which warnings stand and where, naming the member, each a link to its cell", async () => {
    const commands = fakeCommands({ compute: async () => ({ kind: "computed", summary }) });
    renderPane(<ComputeScreen />, { commands });
    fireEvent.click(screen.getByRole("button", { name: "Tính kết quả" }));
    expect(await screen.findByText("1 sản phẩm đã xếp hạng nhưng có cảnh báo")).toBeTruthy();
    const warning = screen.getByText(/Trần Văn Ba \(M3\) cho 95 điểm/).closest("button") as HTMLElement;
    expect(warning.textContent).toContain("Chọn ô G40");
    fireEvent.click(warning);
    expect(commands.selectCell).toHaveBeenCalledWith("Phiếu P03", "G40");
    expect(screen.queryByText(/: có cảnh báo$/)).toBeNull();
  });

  it("stops on a workbook with no round and says what to do first, instead of a sheet of errors", async () => {
    const commands = fakeCommands({ compute: async () => ({ kind: "no-round", issues: [] }) });
    renderPane(<ComputeScreen />, { commands });
    fireEvent.click(screen.getByRole("button", { name: "Tính kết quả" }));
    expect(await screen.findByText("Chưa tính được kết quả")).toBeTruthy();
    expect(screen.getByText(/ở thẻ "Thiết lập", bấm "Tạo hoặc cập nhật các trang"/)).toBeTruthy();
    expect(screen.queryByText("Tổng hợp")).toBeNull();
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
