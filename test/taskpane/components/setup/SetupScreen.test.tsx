/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SetupScreen } from "../../../../src/taskpane/components/setup/SetupScreen";
import { catalogWithSynthetic } from "../../catalogWithSynthetic";
import { deferred, fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";
import type { SetupSnapshot } from "../../../../src/taskpane/commandBinding/paneCommands";

const typeInto = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

// The first render of Fluent UI in jsdom is slow on a busy machine; no assertion here is about time.
jest.setTimeout(20_000);

describe("round setup screen", () => {
  it("says it is loading while the workbook is read", () => {
    const pending = deferred<SetupSnapshot>();
    renderPane(<SetupScreen />, { commands: fakeCommands({ readSetup: () => pending.promise }) });
    expect(screen.getByRole("status").textContent).toContain("Đang tải");
  });

  it("shows what went wrong reading the workbook and reads again on 'try again'", async () => {
    const commands = fakeCommands({
      readSetup: jest
        .fn()
        .mockRejectedValueOnce(new Error("Excel bận"))
        .mockResolvedValue({ members: [], productsOnSheet: [] }),
    });
    renderPane(<SetupScreen />, { commands, language: "en" });
    expect(await screen.findByText(/Excel bận/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Create or update the sheets" })).toBeTruthy();
    expect(commands.readSetup).toHaveBeenCalledTimes(2);
  });

  it("offers official decisions with their number and date, never synthetic test versions", async () => {
    renderPane(<SetupScreen />, { catalog: catalogWithSynthetic() });
    const picker = await screen.findByLabelText(/Bộ tiêu chí/);
    const options = within(picker)
      .getAllByRole("option")
      .map((option) => option.textContent);
    // Each followed by whether it applies and how many sets it has sheets for (VersionPicker.test.tsx).
    expect(options.map((option) => option?.split(" — ")[0])).toEqual([
      "26/2026/QĐ-TTg ngày 22/5/2026 (thay thế 148/QĐ-TTg và 1489/QĐ-TTg)",
      "148/QĐ-TTg ngày 24/02/2023",
      "1048/QĐ-TTg ngày 21/8/2019, sửa đổi bởi 781/QĐ-TTg ngày 08/6/2020",
    ]);
  });

  it("fills the form from the round already in the workbook", async () => {
    const commands = fakeCommands({
      readSetup: async () => ({
        criteriaVersion: "1048/2019",
        council: { level: "province", name: "Hội đồng tỉnh Hà Giang", date: "2024-10-15" },
        members: [
          { id: "M1", name: "Nguyễn Văn A", role: "Chủ tịch" },
          { id: "M2", name: "Lê Thị B" },
        ],
        productsOnSheet: [{ id: "P01", name: "Mật ong", productSet: "1048-04" }],
      }),
    });
    renderPane(<SetupScreen />, { commands });
    expect(((await screen.findByLabelText(/Tên hội đồng/)) as HTMLInputElement).value).toBe(
      "Hội đồng tỉnh Hà Giang",
    );
    expect((screen.getByLabelText(/Cấp hội đồng/) as HTMLSelectElement).value).toBe("province");
    expect((screen.getByLabelText(/Thành viên hội đồng/) as HTMLTextAreaElement).value).toBe(
      "Nguyễn Văn A; Chủ tịch\nLê Thị B",
    );
    expect(screen.getByText("1 sản phẩm, 2 thành viên")).toBeTruthy();
  });

  it("does not send a round without a council name or members, and says which field to fix", async () => {
    const commands = fakeCommands();
    renderPane(<SetupScreen />, { commands });
    fireEvent.click(await screen.findByRole("button", { name: "Tạo hoặc cập nhật các trang" }));
    expect(screen.getByText("Nhập tên hội đồng.")).toBeTruthy();
    expect(screen.getByText("Nhập ít nhất một thành viên.")).toBeTruthy();
    expect(commands.setUpRound).not.toHaveBeenCalled();
  });

  it("sends pasted products and members and reports how many entries were kept", async () => {
    const commands = fakeCommands({
      setUpRound: async () => ({ products: 2, members: 2, keptEntries: 17 }),
    });
    renderPane(<SetupScreen />, { commands, language: "en" });
    fireEvent.change(await screen.findByLabelText(/^Criteria/), { target: { value: "1048/2019" } });
    typeInto(/Council name/, "  Chợ Mới district council ");
    fireEvent.click(screen.getByRole("radio", { name: "Paste a list" }));
    typeInto(/Product list/, "Bưởi Diễn\tHTX Phúc Lộc\t1048-01\nCam sành; HTX Hàm Yên");
    typeInto(/Council members/, "Nguyễn Văn A; Chủ tịch\nLê Thị B");
    fireEvent.click(screen.getByRole("button", { name: "Create or update the sheets" }));
    await waitFor(() => expect(commands.setUpRound).toHaveBeenCalled());
    expect(commands.setUpRound.mock.calls[0][0]).toEqual({
      criteriaVersion: "1048/2019",
      council: { level: "district", name: "Chợ Mới district council" },
      products: {
        mode: "add",
        rows: [
          { name: "Bưởi Diễn", producer: "HTX Phúc Lộc", productSet: "1048-01" },
          { name: "Cam sành", producer: "HTX Hàm Yên", productSet: "1048-01" },
        ],
      },
      members: [{ name: "Nguyễn Văn A", role: "Chủ tịch" }, { name: "Lê Thị B" }],
      language: "en",
    });
    expect(await screen.findByText(/17 score cells already typed were kept/)).toBeTruthy();
  });

  it("says why a pasted line cannot be read instead of guessing, and does not send it silently", async () => {
    const commands = fakeCommands();
    renderPane(<SetupScreen />, { commands, language: "en" });
    fireEvent.click(await screen.findByRole("radio", { name: "Paste a list" }));
    typeInto(/Product list/, "Bưởi; HTX; 26-01\nChè; HTX; 9999-99\n; HTX Lan");
    expect(screen.getByText(/Line 2: product set code "9999-99" is not in the chosen decision/)).toBeTruthy();
    expect(screen.getByText(/Line 3: no name/)).toBeTruthy();
    typeInto(/Council name/, "Hội đồng");
    typeInto(/Council members/, "Nguyễn Văn A");
    fireEvent.click(screen.getByRole("button", { name: "Create or update the sheets" }));
    expect(
      screen.getByText("The sheets were not created: fix what is marked above and press again."),
    ).toBeTruthy();
    expect(commands.setUpRound).not.toHaveBeenCalled();
  });

  it("asks whether pasted products replace the Products sheet's list or are added, and says what happened", async () => {
    const commands = fakeCommands({
      readSetup: async () => ({
        members: [],
        productsOnSheet: [1, 2, 3, 4].map((n) => ({ id: `P0${n}`, name: `SP ${n}`, productSet: "1048-01" })),
      }),
      setUpRound: async () => ({
        products: 2,
        members: 1,
        keptEntries: 0,
        pasted: { mode: "replace", added: 2, removed: 4, kept: 0 },
      }),
    });
    renderPane(<SetupScreen />, { commands });
    fireEvent.click(await screen.findByRole("radio", { name: "Dán danh sách" }));
    typeInto(/Tên hội đồng/, "Hội đồng huyện");
    typeInto(/Danh sách sản phẩm/, "Bưởi; HTX\nCam; HTX");
    typeInto(/Thành viên hội đồng/, "Nguyễn Văn A");
    fireEvent.click(screen.getByRole("button", { name: "Tạo hoặc cập nhật các trang" }));
    expect(screen.getByText("Chọn thay hay thêm vào danh sách đang có.")).toBeTruthy();
    expect(commands.setUpRound).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("radio", { name: "Thay 4 sản phẩm đang có trên trang Sản phẩm" }));
    fireEvent.click(screen.getByRole("button", { name: "Tạo hoặc cập nhật các trang" }));
    await waitFor(() => expect(commands.setUpRound).toHaveBeenCalled());
    expect(commands.setUpRound.mock.calls[0][0].products).toMatchObject({ mode: "replace" });
    expect(await screen.findByText(/Đã thay danh sách sản phẩm: giữ 0, thêm 2, bỏ 4 sản phẩm/)).toBeTruthy();
  });

  it("reads the meeting date day first and sends it as ISO; a date that does not exist is marked", async () => {
    const commands = fakeCommands({
      readSetup: async () => ({
        council: { level: "district", name: "Hội đồng", date: "2026-10-20" },
        members: [{ id: "M1", name: "Nguyễn Văn A" }],
        productsOnSheet: [],
      }),
    });
    renderPane(<SetupScreen />, { commands });
    const date = (await screen.findByLabelText(/Ngày họp/)) as HTMLInputElement;
    await waitFor(() => expect(date.value).toBe("20/10/2026"));
    expect(date.type).not.toBe("date");
    typeInto(/Ngày họp/, "31/02/2026");
    expect(screen.getByText("Ngày không hợp lệ: nhập theo dạng 20/10/2026.")).toBeTruthy();
    typeInto(/Ngày họp/, "21/10/2026");
    fireEvent.click(screen.getByRole("button", { name: "Tạo hoặc cập nhật các trang" }));
    await waitFor(() => expect(commands.setUpRound).toHaveBeenCalled());
    expect(commands.setUpRound.mock.calls[0][0].council.date).toBe("2026-10-21");
  });

  it("does not call zero scoring sheets a success", async () => {
    const commands = fakeCommands({
      insertCriteriaSheets: async () => ({ sheets: 0, missingSets: [], issues: [] }),
    });
    renderPane(<SetupScreen />, { commands });
    fireEvent.click(await screen.findByRole("button", { name: "Tạo phiếu đánh giá" }));
    expect(await screen.findByText(/Chưa tạo trang phiếu nào/)).toBeTruthy();
    expect(screen.queryByText("Đã tạo hoặc cập nhật 0 trang phiếu.")).toBeNull();
  });

  it("proposes the decision in force on the meeting date, starting 26/2026 rounds at the province", async () => {
    renderPane(<SetupScreen />, { language: "en" });
    const picker = (await screen.findByLabelText(/^Criteria/)) as HTMLSelectElement;
    expect(picker.value).toBe("26/2026");
    expect((screen.getByLabelText(/Council level/) as HTMLSelectElement).value).toBe("province");
    typeInto(/Meeting date|Date/, "2024-10-15");
    expect(picker.value).toBe("148/2023");
    expect((screen.getByLabelText(/Council level/) as HTMLSelectElement).value).toBe("district");
  });

  it("offers 'Thêm bộ tiêu chí' for the chosen decision's sets before any sheet is inserted", async () => {
    const commands = fakeCommands({
      addCriteriaSetSheet: jest.fn(async () => ({
        kind: "written" as const,
        sheet: "Bộ tiêu chí 148-01",
        prefilled: "blank" as const,
        gaps: [],
      })),
    });
    renderPane(<SetupScreen />, { commands });
    const picker = (await screen.findByLabelText(/^Bộ tiêu chí/)) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: "148/2023" } });
    const section = screen.getByRole("region", { name: "Thêm bộ tiêu chí" });
    const sets = within(section).getByLabelText("Bộ sản phẩm") as HTMLSelectElement;
    expect(sets.value).toMatch(/^148-/);
    fireEvent.click(within(section).getByRole("button", { name: "Thêm bộ tiêu chí" }));
    expect(await within(section).findByText(/Đã tạo trang 'Bộ tiêu chí 148-01'/)).toBeTruthy();
    expect(commands.addCriteriaSetSheet).toHaveBeenCalledWith(
      expect.objectContaining({ criteriaVersion: "148/2023", productSet: sets.value, fromShipped: false }),
    );
  });

  it("names the product sets that still lack a criteria sheet after inserting sheets", async () => {
    const commands = fakeCommands({
      insertCriteriaSheets: async () => ({ sheets: 3, missingSets: ["1048-04", "1048-12"], issues: [] }),
    });
    renderPane(<SetupScreen />, { commands });
    fireEvent.click(await screen.findByRole("button", { name: "Tạo phiếu đánh giá" }));
    expect(await screen.findByText("Đã tạo hoặc cập nhật 3 trang phiếu.")).toBeTruthy();
    expect(screen.getByText(/Chưa có phiếu tiêu chí cho: 1048-04, 1048-12/)).toBeTruthy();
  });
  it("imports the files the secretary picks through a Fluent button, and lists what was skipped", async () => {
    const commands = fakeCommands({
      importMemberCopies: async () => ({
        members: 2,
        entries: 57,
        issues: [{ code: "copy-conflict", severity: "warning", product: "P01", member: "M1" }],
      }),
    });
    renderPane(<SetupScreen />, { commands, language: "en" });
    const button = await screen.findByRole("button", { name: "Import members' copies" });
    const input = screen.getByTestId("import-copies-files") as HTMLInputElement;
    const opened = jest.fn();
    input.addEventListener("click", opened);
    fireEvent.click(button);
    expect(opened).toHaveBeenCalled();
    expect(input.hidden).toBe(true);
    const file = new File([new Uint8Array([80, 75])], "an.xlsx");
    // jsdom's File lacks arrayBuffer(), which every browser the pane runs in has.
    Object.assign(file, { arrayBuffer: async () => new Uint8Array([80, 75]).buffer });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText("Imported 57 score cells from 2 members.")).toBeTruthy();
    expect(screen.getByText("1 cells skipped (see the issues list).")).toBeTruthy();
    const [files] = commands.importMemberCopies.mock.calls[0];
    expect(files.map((f) => [f.name, [...f.bytes]])).toEqual([["an.xlsx", [80, 75]]]);
  });
});
