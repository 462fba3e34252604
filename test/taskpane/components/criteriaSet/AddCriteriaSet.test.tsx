/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { AddCriteriaSet } from "../../../../src/taskpane/components/criteriaSet/AddCriteriaSet";
import { fakeCommands } from "../../fakeCommands";
import { renderPane } from "../../renderPane";

jest.setTimeout(20_000);

/** Commands whose "Thêm bộ tiêu chí" makes a blank Bộ tiêu chí 1048-04 sheet, the request recorded. */
function blankSheetCommands() {
  return fakeCommands({
    addCriteriaSetSheet: jest.fn(async () => ({
      kind: "written" as const,
      sheet: "Bộ tiêu chí 1048-04",
      prefilled: "blank" as const,
      gaps: [],
    })),
  });
}

describe("Thêm bộ tiêu chí in the pane", () => {
  it("offers the missing set first, by code and name, and says where to paste the decision's table", async () => {
    const commands = blankSheetCommands();
    renderPane(<AddCriteriaSet versionId="1048/2019" codes={["1048-04"]} />, { commands });
    const select = screen.getByLabelText("Bộ sản phẩm") as HTMLSelectElement;
    expect(select.value).toBe("1048-04");
    expect(
      within(select).getByRole("option", { name: "1048-04 Mật ong, các sản phẩm từ mật ong, mật khác" }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Thêm bộ tiêu chí" }));
    expect(await screen.findByText(/Đã tạo trang 'Bộ tiêu chí 1048-04'.*dán vào ô đầu tiên/)).toBeTruthy();
    expect(commands.addCriteriaSetSheet).toHaveBeenCalledWith({
      criteriaVersion: "1048/2019",
      productSet: "1048-04",
      fromShipped: false,
      language: "vi",
    });
  });

  it("takes the council's own name and group for the set, and keeps the decision's when left empty", async () => {
    const commands = blankSheetCommands();
    renderPane(<AddCriteriaSet versionId="1048/2019" codes={["1048-04"]} />, { commands });
    const name = screen.getByLabelText("Tên bộ sản phẩm (tuỳ chọn)") as HTMLInputElement;
    expect(name.placeholder).toBe("Mật ong, các sản phẩm từ mật ong, mật khác");
    fireEvent.change(name, { target: { value: "  Mật ong bạc hà  " } });
    fireEvent.change(screen.getByLabelText("Nhóm, ngành (tuỳ chọn)"), { target: { value: "Thực phẩm" } });
    fireEvent.click(screen.getByRole("button", { name: "Thêm bộ tiêu chí" }));
    await screen.findByText(/Đã tạo trang 'Bộ tiêu chí 1048-04'/);
    expect(commands.addCriteriaSetSheet).toHaveBeenCalledWith({
      criteriaVersion: "1048/2019",
      productSet: "1048-04",
      fromShipped: false,
      name: "Mật ong bạc hà",
      group: "Thực phẩm",
      language: "vi",
    });
  });

  it("names the cells a set shipped with a gap needs filled, in English too", async () => {
    const commands = fakeCommands({
      addCriteriaSetSheet: async () => ({
        kind: "written" as const,
        sheet: "Criteria set 26-07",
        prefilled: "draft" as const,
        gaps: ["A.1.2: Không được cấp giấy chứng nhận chất lượng"],
      }),
    });
    renderPane(<AddCriteriaSet versionId="1048/2019" codes={["1048-07"]} />, { commands, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Add criteria set" }));
    expect(await screen.findByText(/no points for: A\.1\.2: Không được cấp/)).toBeTruthy();
  });

  it("names a criteria version the add-in lacks and says how to choose one", async () => {
    const commands = fakeCommands({
      addCriteriaSetSheet: async () => ({ kind: "unknown-version" as const, version: "1048/2019" }),
    });
    renderPane(<AddCriteriaSet versionId="1048/2019" codes={["1048-04"]} />, { commands, language: "en" });
    fireEvent.click(screen.getByRole("button", { name: "Add criteria set" }));
    expect(
      await screen.findByText(
        `The add-in has no criteria version '1048/2019', so no criteria set sheet was made. Choose a decision under "Criteria" at the top of the "Setup" tab, press "Create or update the sheets", then add it again.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/created/)).toBeNull();
  });
});
