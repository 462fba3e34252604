/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { shippedCatalog } from "../../../../src/criteria/shippedCatalog";
import { VersionPicker } from "../../../../src/taskpane/components/setup/VersionPicker";
import { offeredVersions } from "../../../../src/taskpane/hooks/offeredVersions";
import { renderPane } from "../../renderPane";

jest.setTimeout(20_000);

const versions = offeredVersions(shippedCatalog());
const options = () =>
  within(screen.getByRole("combobox"))
    .getAllByRole("option")
    .map((option) => option.textContent);

describe("the version picker", () => {
  it("says per decision whether it applies on the meeting date and for how many sets it has criteria", () => {
    renderPane(
      <VersionPicker versions={versions} value="148/2023" meetingDate="2024-10-15" onChange={() => {}} />,
    );
    expect(options()).toEqual([
      expect.stringMatching(/^26\/2026.* — chưa có hiệu lực vào ngày họp; có phiếu cho 22\/26 bộ sản phẩm$/),
      expect.stringMatching(/^148\/QĐ-TTg.* — đang áp dụng vào ngày họp; có phiếu cho 0\/6 bộ sản phẩm$/),
      expect.stringMatching(
        /^1048\/QĐ-TTg.* — đã hết hiệu lực vào ngày họp; có phiếu cho 23\/26 bộ sản phẩm$/,
      ),
    ]);
    // At 320 px the box cuts the text; the hint under it says the same of the chosen decision in full.
    expect(
      screen.getByText(/148\/QĐ-TTg.*: đang áp dụng vào ngày họp; có phiếu cho 0\/6 bộ sản phẩm\./),
    ).toBeTruthy();
  });

  it("judges on today until a date is typed, in English too", () => {
    jest.useFakeTimers({ now: new Date(2026, 9, 20, 9, 0) });
    try {
      renderPane(
        <VersionPicker versions={versions} value="26/2026" meetingDate={undefined} onChange={() => {}} />,
        { language: "en" },
      );
      expect(options()).toEqual([
        expect.stringMatching(/ — in force; sheets for 22 of 26 product sets$/),
        expect.stringMatching(/ — no longer in force; sheets for 0 of 6 product sets$/),
        expect.stringMatching(/ — no longer in force; sheets for 23 of 26 product sets$/),
      ]);
    } finally {
      jest.useRealTimers();
    }
  });
});
