import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor } from "../../../src/taskpane/host/officeTheme";

describe("themeFor", () => {
  it("uses the dark theme when Office's body background is dark", () => {
    expect(themeFor("#262626")).toBe(webDarkTheme);
  });
  it("uses the light theme for a light Office theme", () => {
    expect(themeFor("#FFFFFF")).toBe(webLightTheme);
  });
  it("uses the light theme without Office or with a colour it cannot read", () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor("transparent")).toBe(webLightTheme);
  });
});
