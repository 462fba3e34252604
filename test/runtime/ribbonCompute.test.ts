import { setUpRound } from "../../src/commands/setUpRound";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { Round } from "../../src/domain";
import { ribbonNotice } from "../../src/i18n/ribbonText";
import { computeOnPort } from "../../src/runtime/ribbonCompute";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";

const catalog = shippedCatalog();
const round: Round = {
  criteriaVersion: "1048/2019",
  council: { level: "district", name: "Hội đồng huyện Thử" },
  members: [
    { id: "M1", name: "Nguyễn Văn A" },
    { id: "M2", name: "Trần Thị B" },
  ],
  products: [
    { id: "P01", name: "Bưởi", productSet: "1048-01" },
    { id: "P02", name: "Cam", productSet: "1048-01" },
  ],
  scores: {},
};

describe("Tính kết quả on the ribbon", () => {
  it("writes the result sheet through the compute command and shows it to the user", async () => {
    const workbook = new MemoryWorkbook();
    await setUpRound(workbook, { catalog, round });
    const outcome = await computeOnPort(workbook, catalog);
    expect(outcome).toMatchObject({
      kind: "computed",
      rated: 0,
      incomplete: round.products.length,
      invalid: 0,
    });
    if (outcome.kind !== "computed") throw new Error("not computed");
    expect(workbook.selected).toEqual({ sheet: outcome.sheet, cell: "A1" });
    expect((await workbook.readSheets()).map((grid) => grid.name)).toContain(outcome.sheet);
  });

  it("on a workbook with no round writes nothing and says to set up the round first", async () => {
    const workbook = new MemoryWorkbook();
    const outcome = await computeOnPort(workbook, catalog);
    expect(outcome).toEqual({ kind: "no-round" });
    expect(await workbook.readSheets()).toEqual([]);
    const notice = ribbonNotice(outcome, "vi");
    expect(notice.title).toBe("Chưa tính được kết quả");
    expect(notice.message).toContain('ở thẻ "Thiết lập" bấm "Tạo hoặc cập nhật các trang"');
  });

  it("says where the results are and how many products it rated, and points to the pane when there are errors", () => {
    const computed = {
      kind: "computed",
      sheet: "Kết quả",
      rated: 3,
      incomplete: 1,
      invalid: 0,
      errors: 1,
      warnings: 0,
    } as const;
    const vi = ribbonNotice(computed, "vi");
    expect(vi.message).toContain("'Kết quả'");
    expect(vi.message).toContain("3 sản phẩm được xếp hạng");
    expect(vi.message).toContain("mở OCOP");
    const clean = ribbonNotice({ ...computed, errors: 0 }, "en");
    expect(clean.message).toContain("3 products rated");
    expect(clean.message).not.toContain("open OCOP");
  });
});
