import { formatDate } from "../../../src/taskpane/format/formatDate";

describe("formatDate", () => {
  it("writes dates day first in Vietnamese, as decisions do", () => {
    expect(formatDate("2023-02-24", "vi")).toBe("24/02/2023");
  });
  it("writes the month in words in English so nobody reads it as US order", () => {
    expect(formatDate("2023-02-24", "en")).toBe("24 Feb 2023");
  });
  it("leaves a date it cannot read as it is", () => {
    expect(formatDate("2023", "vi")).toBe("2023");
  });
});
