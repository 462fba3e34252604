import { checkRequirements, EXCEL_REQUIREMENTS } from "../../src/excel/requirements";
import { LANGUAGES } from "../../src/i18n/language";
import { requirementText } from "../../src/i18n/requirements";

/** A host that supports ExcelApi 1.1 up to 1.<minor>. */
const upTo =
  (minor: number) =>
  (name: string, version: string): boolean =>
    name === "ExcelApi" && Number(version.split(".")[1]) <= minor;

describe("checkRequirements", () => {
  it("needs nothing more on a host with ExcelApi 1.9", () => {
    const check = checkRequirements(upTo(9));
    expect(check.missing).toEqual([]);
    expect(check.canRun).toBe(true);
  });

  it("runs on Excel 2019 (ExcelApi 1.8) without the print layout and the partial read", () => {
    const check = checkRequirements(upTo(8));
    expect(check.canRun).toBe(true);
    expect(check.missing.map((r) => `${r.feature} ${r.version}`)).toEqual([
      "page-layout 1.9",
      "partial-read 1.9",
    ]);
    expect(check.features.has("page-layout")).toBe(false);
    expect(check.features.has("data-validation")).toBe(true);
  });

  it("cannot run below ExcelApi 1.4 and says so", () => {
    const check = checkRequirements(upTo(3));
    expect(check.canRun).toBe(false);
    expect(check.missing[0]).toMatchObject({ feature: "read-write", version: "1.4", blocking: true });
    expect(check.missing).toHaveLength(EXCEL_REQUIREMENTS.length);
  });

  it("explains every missing requirement in Vietnamese and English, naming the set", () => {
    for (const requirement of EXCEL_REQUIREMENTS)
      for (const language of LANGUAGES) {
        const text = requirementText(requirement, language);
        expect(text.what.length).toBeGreaterThan(10);
        expect(text.fix.length).toBeGreaterThan(10);
        expect(text.needs).toBe(`ExcelApi ${requirement.version}`);
      }
    expect(requirementText(EXCEL_REQUIREMENTS[0], "vi").what).not.toBe(
      requirementText(EXCEL_REQUIREMENTS[0], "en").what,
    );
  });
});
