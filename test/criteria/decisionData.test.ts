import { readFileSync } from "fs";
import { join } from "path";
import {
  allowedPoints,
  buildCatalog,
  criteriaOf,
  type CatalogDocument,
  type CriteriaSetDocument,
} from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";

const criteriaFolder = join(__dirname, "../../src/criteria");
const readDoc = (path: string) =>
  JSON.parse(readFileSync(join(criteriaFolder, path), "utf8")) as CriteriaSetDocument;
const set26 = (code: string) => {
  const found = shippedCatalog().criteriaSet("26/2026", code);
  if (!found) throw new Error(`${code} is not shipped`);
  return found;
};
const criterion = (code: string, id: string) => {
  const found = criteriaOf(set26(code)).find((c) => c.id === id);
  if (!found) throw new Error(`${code} has no ${id}`);
  return found;
};

describe("the decision's own text reaches the domain (26-01 Rau, củ, quả, hạt tươi)", () => {
  it("keeps the star marks on options: A.1.5's third option is the ★★★★ minimum", () => {
    expect(criterion("26-01", "A.1.5").options.map((o) => o.minStars)).toEqual([undefined, undefined, 4, 5]);
  });

  it("prints the decision's numbering beside our ids (C.2.1 is its criterion 7)", () => {
    expect(criterion("26-01", "A.1.1").decisionNumber).toBe("1.1");
    expect(criterion("26-01", "C.2.1").decisionNumber).toBe("7");
  });

  it("puts Yêu cầu / Ghi chú under their criterion, and a group's note on the group", () => {
    expect(criterion("26-01", "A.1.1").notes).toEqual([
      "Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp tỉnh",
    ]);
    const c7 = set26("26-01").parts[2].groups.find((g) => g.id === "C.7");
    expect(c7?.notes?.[0]).toMatch(/^Ghi chú: Đánh giá dựa trên các hợp đồng xuất khẩu/);
  });

  it("offers 0 or the points on a criterion the decision prints without options (A.2.4, bilingual label)", () => {
    const labelling = criterion("26-01", "A.2.4");
    expect(labelling.noOptionsPrinted).toBe(true);
    expect(allowedPoints(labelling)).toEqual([0, 1]);
    expect(labelling.options[0]).toEqual({ text: "Không đáp ứng", points: 0 });
    expect(criterion("26-21", "A.2.3").noOptionsPrinted).toBe(true);
  });

  it("keeps the exclusion line for the sheet header and the star-mark legend printed under the table", () => {
    expect(set26("26-01").exclusion?.[0]).toMatch(/^Hồ sơ bị loại khi: Giả mạo hồ sơ/);
    expect(set26("26-01").afterTable?.[0]).toMatch(/Dấu sao là yêu cầu tối thiểu/);
  });

  it("has a star mark in every complete 26/2026 set, and none marks a criterion required", () => {
    for (const entry of shippedCatalog().productSets("26/2026")) {
      if (entry.kind !== "available") continue;
      const criteria = criteriaOf(entry.set);
      expect([entry.ref.code, criteria.some((c) => c.options.some((o) => o.minStars))]).toEqual([
        entry.ref.code,
        true,
      ]);
      expect(criteria.filter((c) => c.required)).toEqual([]);
    }
  });
});

describe("a draft set (complete: false) never breaks the shipped catalog", () => {
  const versionFile = shippedDocuments().filter((d) => d.name.startsWith("26-2026"));

  it("is skipped without an issue, even when its points are missing", () => {
    const draft = readDoc("26-2026/rau-cu-qua-hat-tuoi.json") as unknown as Record<string, unknown>;
    const broken = { ...draft, complete: false, parts: [] };
    const built = buildCatalog([...versionFile, { name: "26-2026/partial/x.json", doc: broken }]);
    expect(built.issues).toEqual([]);
  });

  it("does not replace the complete set of the same code", () => {
    const complete: CatalogDocument = {
      name: "26-2026/rau-cu-qua-hat-tuoi.json",
      doc: readDoc("26-2026/rau-cu-qua-hat-tuoi.json"),
    };
    const draft = { ...readDoc("26-2026/rau-cu-qua-hat-tuoi.json"), complete: false, source: "draft" };
    const built = buildCatalog([...versionFile, complete, { name: "draft.json", doc: draft }]);
    expect(built.catalog.criteriaSet("26/2026", "26-01")?.source).not.toBe("draft");
  });
});

describe("1048-19 Thực phẩm chức năng: hand transcription of the decision's irregular part C", () => {
  const doc = readDoc("1048-2019/partial/1048-19-thuc-pham-chuc-nang-thuoc-tu-duoc-lieu.json");
  const best = (partId: string) =>
    doc.parts
      .find((p) => p.id === partId)
      ?.groups.flatMap((g) => g.criteria)
      .reduce((sum, c) => sum + Math.max(...c.options.map((o) => o.points)), 0);

  it("has parts A 35 and B 25 as printed, and part C's eight criteria numbered 6 to 13", () => {
    expect([best("A"), best("B")]).toEqual([35, 25]);
    const c = doc.parts[2].groups.flatMap((g) => g.criteria);
    expect(c.map((x) => x.options.map((o) => o.points))).toEqual([
      [0, 1, 2, 3, 5],
      [0, 2, 4],
      [0, 1, 3, 5],
      [1, 2, 4, 6],
      [0, 1, 3],
      [0, 1, 3, 5],
      [0, 1, 2, 3, 4, 5],
      [1, 3, 5],
    ]);
  });

  it("declares the decision's gap instead of inventing it: criterion 10 prints 5 points, its options reach 3", () => {
    expect(doc.parts[2].maxPoints).toBe(40);
    expect(best("C")).toBe(38);
    expect(doc.complete).toBe(false);
    expect(shippedCatalog().criteriaSet("1048/2019", "1048-19")).toBeUndefined();
  });
});
