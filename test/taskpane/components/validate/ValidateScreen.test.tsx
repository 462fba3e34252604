/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { issue } from "../../../../src/domain";
import type { ValidationReport } from "../../../../src/taskpane/commandBinding/paneCommands";
import { ValidateScreen } from "../../../../src/taskpane/components/validate/ValidateScreen";
import { deferred, fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";

const report: ValidationReport = {
  issues: [
    issue("member-divergent", "warning", {
      product: "P01",
      member: "M2",
      sheet: "Phiếu P01",
      cell: "F12",
      value: 52,
      expected: 15,
      detail: 80,
    }),
    issue("score-not-allowed", "error", {
      product: "P01",
      member: "M1",
      criterion: "A.1.1",
      sheet: "Phiếu P01",
      cell: "E9",
      value: 99,
      expected: "1, 2, 3",
    }),
    issue("member-incomplete", "error", {
      product: "P02",
      member: "M2",
      criterion: "C.6.1",
      sheet: "Phiếu P02",
      cell: "F40",
      expected: 31,
      detail: 1,
    }),
    issue("duplicate-member-id", "error", { member: "M3" }),
  ],
  products: { complete: 1, incomplete: 1, invalid: 1 },
  notStarted: 0,
  members: [
    { id: "M1", name: "Nguyễn Văn An", complete: 1, incomplete: 0, invalid: 1 },
    { id: "M2", name: "Trần Thị Bình", complete: 1, incomplete: 1, invalid: 0 },
  ],
};

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("validate screen", () => {
  it("says nothing was checked yet before the first run", () => {
    renderPane(<ValidateScreen />, { language: "en" });
    expect(screen.getByText("Not validated yet.")).toBeTruthy();
  });

  it("shows it is working while the workbook is checked", () => {
    const pending = deferred<ValidationReport>();
    renderPane(<ValidateScreen />, {
      commands: fakeCommands({ validate: () => pending.promise }),
      language: "en",
    });
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(screen.getByRole("status").textContent).toContain("Validating");
    expect((screen.getByRole("button", { name: "Validate" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("shows an error it did not expect, with a way to try again", async () => {
    const commands = fakeCommands({ validate: jest.fn().mockRejectedValue(new Error("sheet is protected")) });
    renderPane(<ValidateScreen />, { commands, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText(/sheet is protected/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(commands.validate).toHaveBeenCalledTimes(2);
  });

  it("on a fresh round says progress (0/3 sản phẩm đã chấm xong), not three red errors", async () => {
    const fresh: ValidationReport = {
      issues: [],
      products: { complete: 0, incomplete: 3, invalid: 0 },
      notStarted: 3,
      members: [],
    };
    renderPane(<ValidateScreen />, { commands: fakeCommands({ validate: async () => fresh }) });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("0/3 sản phẩm đã chấm xong")).toBeTruthy();
    expect(screen.getByText(/3 sản phẩm chưa có ai chấm/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText(/lỗi,/)).toBeNull();
  });

  it("says the round is clean when nothing is wrong", async () => {
    renderPane(<ValidateScreen />);
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Không có lỗi. Có thể tính kết quả.")).toBeTruthy();
  });

  it("groups issues by sheet, errors first, each with what is wrong and how to fix it", async () => {
    renderPane(<ValidateScreen />, {
      commands: fakeCommands({ validate: async () => report }),
      language: "en",
    });
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect(await screen.findByText("3 errors, 1 warnings")).toBeTruthy();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Whole round (1)", "Phiếu P01 (2)", "Phiếu P02 (1)"]);
    const p01 = screen.getByRole("heading", { name: "Phiếu P01 (2)" }).closest("section");
    if (!p01) throw new Error("the group is a section");
    const items = within(p01)
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    expect(items[0]).toMatch(/^Error.*99 is not an option's points.*How to fix:.*drop-down/);
    expect(items[1]).toMatch(/^Warning/);
  });

  it("names members by name, and says severity in words rather than colour alone", async () => {
    renderPane(<ValidateScreen />, {
      commands: fakeCommands({ validate: async () => report }),
      language: "en",
    });
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    const item = await screen.findByRole("button", { name: /C\.6\.1/ });
    expect(item.textContent).toContain("member Trần Thị Bình (M2)");
    expect(item.textContent).toMatch(/^Error/);
  });

  it("selects the issue's cell in Excel when the issue is clicked", async () => {
    const commands = fakeCommands({ validate: async () => report });
    renderPane(<ValidateScreen />, { commands, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    fireEvent.click(await screen.findByRole("button", { name: /Select cell E9/ }));
    expect(commands.selectCell).toHaveBeenCalledWith("Phiếu P01", "E9");
  });

  it("counts complete, incomplete and invalid products, and per member", async () => {
    renderPane(<ValidateScreen />, {
      commands: fakeCommands({ validate: async () => report }),
      language: "en",
    });
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    const table = await screen.findByRole("table", { name: "Per member" });
    const row = within(table).getByRole("row", { name: /Trần Thị Bình/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["1", "1", "0"]);
    const totals = screen.getByRole("table", { name: "Product status" });
    expect(within(totals).getByRole("row", { name: /Whole round/ }).textContent).toBe("Whole round111");
  });
});
