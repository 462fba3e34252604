import { addCriteriaSetSheet, insertCriteriaSheets, setUpRound, validateRound } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { sampleRound } from "./commandFixtures";

/** The shipped data: 26/2026's 26-07, whose decision prints an empty points cell, ships as a draft. */
function catalogWithDraft() {
  return shippedCatalog();
}

const round = {
  ...sampleRound(),
  criteriaVersion: "26/2026",
  council: { level: "province" as const, name: "Hội đồng OCOP tỉnh", date: "2026-10-15" },
  products: [{ id: "R1", name: "Mứt gừng", productSet: "26-07" }],
};

describe("a set the decision prints with a gap (partial set, draft)", () => {
  it("is never scored from the shipped data: the catalog holds it as a draft with its gap declared", () => {
    const catalog = catalogWithDraft();
    expect(catalog.criteriaSet("26/2026", "26-07")).toBeUndefined();
    const draft = catalog.draft("26/2026", "26-07");
    expect(draft?.partialReasons[0]).toMatch(/A\.1\.2 \(1\.2\).*no points printed/);
  });

  it("pre-fills a Bộ tiêu chí sheet with the gap empty, says which option to fill, and draws no Phiếu until it is filled", async () => {
    const catalog = catalogWithDraft();
    const workbook = new MemoryWorkbook();
    const added = await addCriteriaSetSheet(workbook, { catalog, version: "26/2026", productSet: "26-07" });
    expect(added).toMatchObject({ kind: "written", prefilled: "draft" });
    expect(added.kind === "written" && added.gaps).toEqual([
      expect.stringMatching(/^A\.1\.2: Không được cấp giấy chứng nhận chất lượng/),
    ]);
    await setUpRound(workbook, { catalog, round });
    const before = await insertCriteriaSheets(workbook, { catalog });
    expect(before).toMatchObject({ kind: "inserted", sheets: [] });
    const validated = await validateRound(workbook, { catalog });
    const issues = validated.kind === "validated" ? validated.issues : [];
    const gap = issues.find((found) => found.code === "criteria-cell-invalid");
    expect(gap).toMatchObject({ sheet: "Bộ tiêu chí 26-07", value: "" });
    expect(issues).toContainEqual(expect.objectContaining({ code: "criteria-sheet-missing", product: "R1" }));

    // The council types the points the decision left out; the workbook's set is then used like a shipped one.
    workbook.setCell("Bộ tiêu chí 26-07", gap?.cell ?? "", 0);
    const after = await insertCriteriaSheets(workbook, { catalog });
    expect(after).toMatchObject({ kind: "inserted", skipped: [], sheets: [{ product: "R1" }] });
  });
});

describe("1048-07, whose decision prints criterion 3.1 with two options only", () => {
  it("ships as a draft with the gap declared, and its sheet names where its points fall short", async () => {
    const { shippedCatalog } = await import("../../src/criteria/shippedCatalog");
    const catalog = shippedCatalog();
    expect(catalog.criteriaSet("1048/2019", "1048-07")).toBeUndefined();
    const workbook = new MemoryWorkbook();
    const added = await addCriteriaSetSheet(workbook, {
      catalog,
      version: "1048/2019",
      productSet: "1048-07",
    });
    expect(added).toMatchObject({ kind: "written", prefilled: "draft" });
    expect(added.kind === "written" && added.gaps[0]).toMatch(/^A\.3\.1 \(3\.1\).*only two options/);
    await setUpRound(workbook, {
      catalog,
      round: {
        ...round,
        criteriaVersion: "1048/2019",
        products: [{ id: "K1", name: "Mứt", productSet: "1048-07" }],
      },
    });
    const validated = await validateRound(workbook, { catalog });
    const issues = validated.kind === "validated" ? validated.issues : [];
    expect(issues).toContainEqual(
      // 34 + 25 + 40: named at part A's first row, the part whose points differ from the decision's.
      expect.objectContaining({ sheet: "Bộ tiêu chí 1048-07", code: "criteria-total-not-100", value: 99 }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "criteria-sheet-missing", product: "K1", detail: "draft" }),
    );
  });
});
