import { detectHost } from "../../../src/taskpane/host/hostKind";

describe("detectHost", () => {
  it("runs over the in-memory workbook when office.js is absent", () => {
    expect(detectHost("", false)).toBe("memory");
  });
  it("runs in Excel when office.js is present", () => {
    expect(detectHost("", true)).toBe("excel");
  });
  it("obeys ?host=memory even with office.js loaded, for the browser tests", () => {
    expect(detectHost("?host=memory", true)).toBe("memory");
  });
});
