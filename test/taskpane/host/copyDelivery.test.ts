/** @jest-environment jsdom */
import { base64Of, deliverCopy, excelCopyHost, type CopyHost } from "../../../src/taskpane/host/copyDelivery";
import { describeFailure } from "../../../src/i18n/hostErrors";

const copy = { fileName: "Ban-cham-M1.xlsx", bytes: new Uint8Array([80, 75, 3, 4, 255, 0]) };

/** A host whose createWorkbook and download links are recorded instead of acting. */
function recorded(platform: string, hasExcelApi18: boolean) {
  const opened: string[] = [];
  const host: CopyHost = excelCopyHost(platform, hasExcelApi18, async (base64) => {
    opened.push(base64);
  });
  const clicked: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  return { host, opened, clicked };
}

beforeAll(() => {
  // jsdom has no object URLs.
  URL.createObjectURL = () => "blob:copy";
  URL.revokeObjectURL = () => undefined;
});
// The download revokes its object URL after ten seconds; fake timers keep that from outliving the test.
beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe("handing a member's copy over", () => {
  it("opens it as a new workbook in Excel for Mac, whose pane cannot download", async () => {
    const { host, opened, clicked } = recorded("Mac", true);
    expect(await deliverCopy(copy, host)).toBe("opened");
    expect(opened).toEqual([Buffer.from(copy.bytes).toString("base64")]);
    expect(clicked).toEqual([]);
  });

  it("opens it as a new workbook in Excel on Windows rather than showing a download bar in the pane", async () => {
    const { host, opened, clicked } = recorded("PC", true);
    expect(await deliverCopy(copy, host)).toBe("opened");
    expect(opened).toHaveLength(1);
    expect(clicked).toEqual([]);
  });

  it("downloads it in Excel on the web, and on a Windows Excel without ExcelApi 1.8", async () => {
    for (const [platform, has18] of [
      ["OfficeOnline", true],
      ["PC", false],
    ] as const) {
      const { host, opened, clicked } = recorded(platform, has18);
      expect(await deliverCopy(copy, host)).toBe("downloaded");
      expect(opened).toEqual([]);
      expect(clicked).toEqual([copy.fileName]);
      jest.restoreAllMocks();
    }
  });

  it("says plainly, in the user's language, when this Excel can do neither", async () => {
    const { host, clicked } = recorded("Mac", false);
    const failure = await deliverCopy(copy, host).catch((error: unknown) => error);
    expect(failure).toMatchObject({ problem: "cannot-open-copy" });
    expect(clicked).toEqual([]);
    expect(describeFailure(failure, "vi")).toContain("không mở được bản chấm");
    expect(describeFailure(failure, "en")).toContain("can neither open the copy");
  });

  it("encodes a workbook larger than one String.fromCharCode call takes", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
