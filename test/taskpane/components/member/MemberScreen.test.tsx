/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { MemberProgress } from "../../../../src/taskpane/commandBinding/paneCommands";
import { MemberScreen } from "../../../../src/taskpane/components/member/MemberScreen";
import { fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";

const members = [
  { id: "M1", name: "Nguyễn Văn An", role: "Chủ tịch" },
  { id: "M2", name: "Trần Thị Bình" },
];

const progressOf = async (memberId?: string): Promise<MemberProgress> =>
  memberId === "M2"
    ? {
        members,
        products: [
          { id: "P01", name: "Bưởi", state: "complete", missing: 0, criteria: 31 },
          { id: "P02", name: "Cam sành", state: "partial", missing: 4, criteria: 31 },
          { id: "P03", name: "Chuối ngự", state: "empty", missing: 31, criteria: 31 },
        ],
        nextEmpty: { sheet: "Phiếu P02", cell: "F30" },
      }
    : { members, products: [] };

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("member view", () => {
  it("says the round has no members yet", async () => {
    renderPane(<MemberScreen />, { language: "en" });
    expect(await screen.findByText(/has no members yet/)).toBeTruthy();
  });

  it("lists the products a member still has to score, in words", async () => {
    renderPane(<MemberScreen />, { commands: fakeCommands({ memberProgress: progressOf }), language: "en" });
    fireEvent.change(await screen.findByRole("combobox", { name: "Member" }), { target: { value: "M2" } });
    expect(await screen.findByText("1 of 3 products fully scored")).toBeTruthy();
    expect(screen.getByText("In progress, 4 of 31 criteria missing")).toBeTruthy();
    expect(screen.getByText("Not started, 31 of 31 criteria missing")).toBeTruthy();
    expect(screen.queryByText("P01 – Bưởi")).toBeNull();
  });

  it("jumps to the member's next empty cell", async () => {
    const commands = fakeCommands({ memberProgress: progressOf });
    renderPane(<MemberScreen />, { commands, language: "en" });
    fireEvent.change(await screen.findByRole("combobox", { name: "Member" }), { target: { value: "M2" } });
    fireEvent.click(await screen.findByRole("button", { name: "Go to the next empty cell" }));
    expect(commands.selectCell).toHaveBeenCalledWith("Phiếu P02", "F30");
  });

  it("says when everything is scored and there is no empty cell left", async () => {
    const done = async (): Promise<MemberProgress> => ({
      members,
      products: [{ id: "P01", name: "Bưởi", state: "complete", missing: 0, criteria: 31 }],
    });
    renderPane(<MemberScreen />, { commands: fakeCommands({ memberProgress: done }), language: "en" });
    fireEvent.change(await screen.findByRole("combobox", { name: "Member" }), { target: { value: "M1" } });
    expect(await screen.findByText("You have scored every product.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "No empty cell left." }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("says plainly when copies cannot be exported or imported from this host", async () => {
    const commands = { ...fakeCommands({ memberProgress: progressOf }), canExchangeCopies: false };
    renderPane(<MemberScreen />, { commands, language: "en" });
    expect(await screen.findByText(/cannot export or import/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save my copy as a file" })).toBeNull();
  });

  it("shows a failure to read the members, and reads again on request", async () => {
    const memberProgress = jest
      .fn()
      .mockRejectedValueOnce(new Error("no sheet"))
      .mockImplementation(progressOf);
    renderPane(<MemberScreen />, { commands: fakeCommands({ memberProgress }), language: "en" });
    fireEvent.click(await screen.findByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Member" })).toBeTruthy());
  });

  it("exports the chosen member's copy as a download named after them", async () => {
    const createObjectURL = jest.fn(() => "blob:copy");
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const commands = fakeCommands({
      memberProgress: progressOf,
      exportMemberCopy: async () => ({
        kind: "exported" as const,
        fileName: "OCOP-M2-Tran Thi Binh.xlsx",
        bytes: new Uint8Array([1]),
      }),
    });
    renderPane(<MemberScreen />, { commands, language: "en" });
    fireEvent.change(await screen.findByRole("combobox", { name: "Member" }), { target: { value: "M2" } });
    fireEvent.click(await screen.findByRole("button", { name: "Save my copy as a file" }));
    expect(await screen.findByText("Your copy is saved as OCOP-M2-Tran Thi Binh.xlsx")).toBeTruthy();
    expect(commands.exportMemberCopy).toHaveBeenCalledWith("M2", "en");
    expect(createObjectURL).toHaveBeenCalled();
  });

  it("names the member id and the council sheet when the copy asked for is of no member there", async () => {
    const commands = fakeCommands({
      memberProgress: progressOf,
      exportMemberCopy: async () => ({ kind: "unknown-member" as const, member: "M2", sheet: "Hội đồng" }),
    });
    renderPane(<MemberScreen />, { commands });
    fireEvent.change(await screen.findByRole("combobox", { name: "Thành viên" }), {
      target: { value: "M2" },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Lưu phiếu của tôi ra tệp" }));
    expect(
      await screen.findByText(
        `Không thấy thành viên mã M2 trên trang 'Hội đồng' (danh sách có thể vừa đổi) nên chưa tạo tệp nào. Chọn lại tên của bạn ở ô Thành viên rồi bấm "Lưu phiếu của tôi ra tệp".`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Đã lưu phiếu của bạn/)).toBeNull();
  });

  it("shows no file input and none of the secretary's import on the member's tab", async () => {
    const { container } = renderPane(<MemberScreen />, {
      commands: fakeCommands({ memberProgress: progressOf }),
      language: "en",
    });
    await screen.findByRole("combobox", { name: "Member" });
    expect(container.querySelector('input[type="file"]')).toBeNull();
    expect(screen.queryByText("For the secretary")).toBeNull();
    expect(screen.queryByRole("button", { name: "Import members' copies" })).toBeNull();
  });
});
