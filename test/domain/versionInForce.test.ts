import { versionDateIssues, versionInForce } from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { describeIssue } from "../../src/i18n/describeIssue";
import { catalogWithSynthetic } from "./testRounds";

const versions = () => shippedCatalog().versions;
const proposed = (date: string | undefined) => versionInForce(versions(), date)?.id;
const warned = (id: string, date: string) => {
  const version = shippedCatalog().version(id);
  if (!version) throw new Error(`${id} is not shipped`);
  return versionDateIssues(version, date, versions());
};

describe("the version in force on a meeting date (Điều 12 of 26/2026: transition)", () => {
  it("proposes 1048/2019 in 2020, 148/2023 in 2024 and 26/2026 from 22/5/2026", () => {
    expect(proposed("2020-12-01")).toBe("1048/2019");
    expect(proposed("2024-06-01")).toBe("148/2023");
    expect(proposed("2026-05-21")).toBe("148/2023");
    expect(proposed("2026-05-22")).toBe("26/2026");
    expect(proposed("2026-06-30")).toBe("26/2026");
  });

  it("proposes the newest decision when no date is given, never a synthetic fixture", () => {
    expect(proposed(undefined)).toBe("26/2026");
    expect(versionInForce(catalogWithSynthetic().versions, "2099-06-01")?.id).toBe("26/2026");
  });

  it("warns for 148/2023 after 21/7/2026, but not during the transition", () => {
    expect(warned("148/2023", "2026-07-21")).toEqual([]);
    expect(warned("148/2023", "2026-07-22")).toEqual([
      expect.objectContaining({
        code: "version-not-in-force",
        severity: "warning",
        value: "148/2023",
        expected: "26/2026",
      }),
    ]);
  });

  it("warns for 26/2026 before 22/5/2026 and for 1048/2019 after 148/2023 replaced it", () => {
    expect(warned("26/2026", "2026-05-21")).toEqual([
      expect.objectContaining({ code: "version-not-in-force", expected: "148/2023" }),
    ]);
    expect(warned("1048/2019", "2023-02-24")).toEqual([
      expect.objectContaining({ code: "version-not-in-force", expected: "148/2023" }),
    ]);
    expect(warned("1048/2019", "2023-02-23")).toEqual([]);
  });

  it("names the meeting day as the papers write it, 15/10/2026, in both languages", () => {
    const [found] = warned("1048/2019", "2026-10-15");
    expect(describeIssue(found, "vi").what).toContain("Ngày họp 15/10/2026 nằm ngoài");
    expect(describeIssue(found, "en").what).toContain("The meeting date 15/10/2026 is outside");
  });

  it("says nothing when the date is missing or not a date it can read", () => {
    expect(warned("26/2026", "")).toEqual([]);
    expect(warned("26/2026", "giữa tháng 5")).toEqual([]);
  });
});
