import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFor } from "../../../src/taskpane/host/officeTheme";

describe("themeFor", () => {
  it("uses the dark theme when Office's body background is dark", async () => {
    expect(await themeFor("#262626")).toBe(webDarkTheme);
  });
  it("uses the light theme for a light Office theme", async () => {
    expect(await themeFor("#FFFFFF")).toBe(webLightTheme);
  });
  it("uses the light theme without Office or with a colour it cannot read", async () => {
    expect(await themeFor(undefined)).toBe(webLightTheme);
    expect(await themeFor("transparent")).toBe(webLightTheme);
  });
});
