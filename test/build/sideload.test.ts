// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sideloadPlan } = require("../../scripts/sideload") as {
  sideloadPlan(
    platform: string,
    home: string,
    manifest: string,
    id: string,
  ): { kind: string; command?: string; args?: string[]; target?: string; steps?: string[] };
};

describe("npm start's sideloading", () => {
  it("on Windows registers the manifest as a developer add-in for desktop Excel", () => {
    const plan = sideloadPlan("win32", "C:\\Users\\hd", "C:\\ocop\\manifest.xml", "the-id");
    expect(plan.kind).toBe("registry");
    expect(plan.args).toEqual(
      expect.arrayContaining([
        "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
        "the-id",
        "C:\\ocop\\manifest.xml",
      ]),
    );
  });

  it("on macOS copies the manifest into Excel's wef folder", () => {
    const plan = sideloadPlan("darwin", "/Users/hd", "/src/ocop/manifest.xml", "the-id");
    expect(plan).toMatchObject({
      kind: "copy",
      target: "/Users/hd/Library/Containers/com.microsoft.Excel/Data/Documents/wef/manifest.xml",
    });
  });

  it("on Linux says how to upload the manifest into Excel on the web", () => {
    const plan = sideloadPlan("linux", "/home/hd", "/src/ocop/manifest.xml", "the-id");
    expect(plan.kind).toBe("manual");
    const text = plan.steps!.join("\n");
    expect(text).toContain("Excel on the web");
    expect(text).toContain("Upload My Add-in");
    expect(text).toContain("/src/ocop/manifest.xml");
  });
});
