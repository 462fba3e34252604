// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl, DEV_BASE_URL, rewriteManifest } = require("../../scripts/addinBaseUrl") as {
  addinBaseUrl(env: Record<string, string | undefined>): string;
  DEV_BASE_URL: string;
  rewriteManifest(xml: string, baseUrl: string): string;
};

describe("ADDIN_BASE_URL, the one hosting setting", () => {
  it("defaults to the dev server when unset or blank", () => {
    expect(addinBaseUrl({})).toBe(DEV_BASE_URL);
    expect(addinBaseUrl({ ADDIN_BASE_URL: "  " })).toBe(DEV_BASE_URL);
  });

  it("adds the trailing slash a folder URL needs", () => {
    expect(addinBaseUrl({ ADDIN_BASE_URL: "https://so-nn.example.gov.vn/ocop" })).toBe(
      "https://so-nn.example.gov.vn/ocop/",
    );
  });

  it("refuses plain http, since Office loads add-ins only over HTTPS", () => {
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: "http://example.com/" })).toThrow(/https/);
  });

  it("refuses something that is not a URL, or carries a query", () => {
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: "ocop-server" })).toThrow(/absolute URL/);
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: "https://example.com/?v=1" })).toThrow(/query/);
  });

  it("rewrites every dev URL in the manifest and nothing else", () => {
    const xml = `<a x="${DEV_BASE_URL}taskpane.html"/><b y="${DEV_BASE_URL}assets/icon-16.png"/><c z="https://go.microsoft.com/"/>`;
    expect(rewriteManifest(xml, "https://h.example/o/")).toBe(
      '<a x="https://h.example/o/taskpane.html"/><b y="https://h.example/o/assets/icon-16.png"/><c z="https://go.microsoft.com/"/>',
    );
  });
});
