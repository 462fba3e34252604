import {
  bestPoints,
  buildCatalog,
  criteriaOf,
  draftGaps,
  isDraftDocument,
  parseDraftSet,
  newestVersionWithSheet,
  parseCriteriaSet,
  type CriteriaSetDocument,
} from "../../src/domain";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";

const documents = shippedDocuments();
const isSet = (d: (typeof documents)[number]) => (d.doc as { format?: string }).format === "ocop-criteria/1";
// Sets the decision prints with a gap ship as drafts (`complete: false`): checked below, never scored.
const drafts = documents.filter((d) => isSet(d) && isDraftDocument(d.doc));
const setDocuments = documents.filter((d) => isSet(d) && !isDraftDocument(d.doc));

describe("criteria shipped under src/criteria", () => {
  it("load with no issue at all", () => {
    expect(buildCatalog(documents).issues).toEqual([]);
  });

  it("include at least the 1048-01 sheet", () => {
    expect(setDocuments.map((d) => d.name)).toContain("1048-2019/rau-cu-qua-hat-tuoi.json");
  });

  it("ship 22 complete 26/2026 sets and 23 complete 1048/2019 sets", () => {
    const byVersion = (id: string) =>
      setDocuments.filter((d) => (d.doc as CriteriaSetDocument).version === id);
    expect(byVersion("26/2026")).toHaveLength(22);
    expect(byVersion("1048/2019")).toHaveLength(23);
  });

  it("leave drafts (complete: false) out of the catalog, without an issue", () => {
    expect(drafts.map((d) => d.name)).toContain(
      "1048-2019/partial/1048-19-thuc-pham-chuc-nang-thuoc-tu-duoc-lieu.json",
    );
    for (const draft of drafts) {
      const doc = draft.doc as CriteriaSetDocument;
      expect(shippedCatalog().criteriaSet(doc.version, doc.productSet.code)).toBeUndefined();
    }
  });

  describe.each(setDocuments.map((d) => [d.name, d.doc as CriteriaSetDocument] as const))(
    "%s",
    (_name, doc) => {
      it("fits the ocop-criteria/1 schema and passes every check", () => {
        const parsed = parseCriteriaSet(doc);
        expect(parsed.issues).toEqual([]);
        expect(parsed.kind).toBe("ok");
      });

      it("uses every part, group and criterion id once", () => {
        const ids = doc.parts.flatMap((part) => [
          part.id,
          ...part.groups.flatMap((group) => [group.id, ...group.criteria.map((c) => c.id)]),
        ]);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it("never gives an option negative points", () => {
        const points = doc.parts.flatMap((part) =>
          part.groups.flatMap((group) => group.criteria.flatMap((c) => c.options.map((o) => o.points))),
        );
        expect(points.filter((p) => p < 0)).toEqual([]);
      });

      it("gives each part a maximum equal to the sum of its criteria's best options, 100 in all", () => {
        for (const part of doc.parts) {
          const best = part.groups
            .flatMap((group) => group.criteria)
            .reduce((sum, c) => sum + Math.max(...c.options.map((o) => o.points)), 0);
          expect([part.id, best]).toEqual([part.id, part.maxPoints]);
        }
        expect(doc.parts.reduce((sum, part) => sum + part.maxPoints, 0)).toBe(100);
      });

      it("belongs to an indexed version and product set, with that version's parts", () => {
        const catalog = shippedCatalog();
        const version = catalog.version(doc.version);
        expect(version).toBeDefined();
        expect(version?.productSets.map((ref) => ref.code)).toContain(doc.productSet.code);
        expect(doc.parts.map((p) => [p.id, p.maxPoints])).toEqual(
          version?.parts.map((p) => [p.id, p.maxPoints]),
        );
        expect(catalog.criteriaSet(doc.version, doc.productSet.code)).toBeDefined();
      });

      it("is official data, not a synthetic fixture", () => {
        expect(doc.synthetic ?? false).toBe(false);
      });
    },
  );
});

describe("criteria versions and their product sets", () => {
  // domain.md, "1048/2019 product sets (code → name)".
  const sets1048 = [
    "Rau, củ, quả, hạt tươi",
    "Thịt, trứng, sữa tươi",
    "Gạo, ngũ cốc",
    "Mật ong, các sản phẩm từ mật ong, mật khác",
    "Đồ ăn nhanh",
    "Chế biến từ gạo, ngũ cốc",
    "Chế biến từ rau, củ, quả, hạt",
    "Chế biến từ thịt, trứng, sữa",
    "Chế biến từ thủy, hải sản",
    "Tương, nước mắm, gia vị lỏng khác",
    "Gia vị khác",
    "Chè tươi, chế biến",
    "Các sản phẩm khác từ chè, trà",
    "Cà phê, ca cao",
    "Rượu trắng",
    "Đồ uống có cồn khác",
    "Nước khoáng thiên nhiên, nước uống tinh khiết",
    "Đồ uống không cồn",
    "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền",
    "Mỹ phẩm",
    "Trang thiết bị, dụng cụ y tế",
    "Thảo dược khác",
    "Thủ công mỹ nghệ, trang trí",
    "Thủ công mỹ nghệ gia dụng",
    "Vải, may mặc",
    "Dịch vụ du lịch - truyền thống - lễ hội",
  ];

  it("ships 1048/2019 and 148/2023 with their decisions' part maxima (35/25/40 and 40/25/35)", () => {
    const catalog = shippedCatalog();
    expect(catalog.version("1048/2019")?.parts.map((p) => p.maxPoints)).toEqual([35, 25, 40]);
    expect(catalog.version("148/2023")?.parts.map((p) => p.maxPoints)).toEqual([40, 25, 35]);
  });

  it("lists the 26 product sets of 1048/2019 as 1048-01 … 1048-26 with domain.md's names", () => {
    const refs = shippedCatalog().version("1048/2019")?.productSets ?? [];
    expect(refs.map((ref) => ref.code)).toEqual(
      sets1048.map((_, i) => `1048-${String(i + 1).padStart(2, "0")}`),
    );
    expect(refs.map((ref) => ref.name)).toEqual(sets1048);
  });

  it("marks 23 of 1048/2019's sets available and 07, 19 and 26 (gaps in the decision's text) missing", () => {
    const entries = shippedCatalog().productSets("1048/2019");
    expect(entries).toHaveLength(26);
    const available = entries.filter((e) => e.kind === "available");
    expect(available).toHaveLength(23);
    expect(available[0].kind === "available" && criteriaOf(available[0].set)).toHaveLength(31);
    expect(entries.filter((e) => e.kind === "missing").map((e) => e.ref.code)).toEqual([
      "1048-07",
      "1048-19",
      "1048-26",
    ]);
  });

  it("says on every 1048/2019 set that it is the 2019 original text, 781/QĐ-TTg amendments not applied", () => {
    for (const entry of shippedCatalog().productSets("1048/2019"))
      if (entry.kind === "available") expect(entry.set.decision).toMatch(/văn bản gốc.*781\/QĐ-TTg/);
    expect(shippedCatalog().version("1048/2019")?.notes).toMatch(/781\/QĐ-TTg \(2020\) are not applied/);
  });

  it("keeps the four misprinted criterion totals of 1048/2019 as the sets' source discrepancies", () => {
    const flagged = shippedCatalog()
      .productSets("1048/2019")
      .flatMap((e) =>
        e.kind === "available"
          ? (e.set.sourceDiscrepancies ?? []).map((line) => `${e.ref.code} ${line.split(":")[0]}`)
          : [],
      );
    // criteria/README.md: 04 §9.1, 13 §6.3, 17 §6.1, 25 §6.5.
    expect(flagged).toEqual([
      "1048-04 C.4.1 (9.1)",
      "1048-13 C.1.3 (6.3)",
      "1048-17 C.1.1 (6.1)",
      "1048-25 C.1.5 (6.5)",
    ]);
  });

  it("lists 26/2026's 26 product sets, 22 with a sheet; 26-04, 26-07, 26-10 and 26-11 print an empty points cell", () => {
    const entries = shippedCatalog().productSets("26/2026");
    expect(entries.map((e) => e.ref.code)).toEqual(
      Array.from({ length: 26 }, (_, i) => `26-${String(i + 1).padStart(2, "0")}`),
    );
    expect(entries.filter((e) => e.kind === "missing").map((e) => e.ref.code)).toEqual([
      "26-04",
      "26-07",
      "26-10",
      "26-11",
    ]);
    expect(new Set(entries.map((e) => e.ref.group)).size).toBe(6);
  });

  it("lets 26/2026 rounds be held by province and national councils only, in force from 22/5/2026", () => {
    const version = shippedCatalog().version("26/2026");
    expect(version?.parts.map((p) => p.maxPoints)).toEqual([40, 25, 35]);
    expect(version?.levels).toEqual(["province", "national"]);
    expect(version?.inForce).toEqual({ from: "2026-05-22" });
    expect(shippedCatalog().version("148/2023")?.inForce).toEqual({
      from: "2023-02-24",
      until: "2026-07-21",
    });
    expect(shippedCatalog().version("1048/2019")?.levels).toContain("district");
  });

  it("lists 148/2023's six groups, all missing until their sheets are sourced or imported", () => {
    const entries = shippedCatalog().productSets("148/2023");
    expect(entries.map((e) => e.ref.code)).toEqual([
      "148-01",
      "148-02",
      "148-03",
      "148-04",
      "148-05",
      "148-06",
    ]);
    expect(entries.every((e) => e.kind === "missing")).toBe(true);
  });

  it("lists nothing for a version it does not know", () => {
    expect(shippedCatalog().productSets("999/2030")).toEqual([]);
    expect(shippedCatalog().version("999/2030")).toBeUndefined();
  });

  it("offers 26/2026, the decision in force, as the newest official version with a sheet at hand", () => {
    expect(newestVersionWithSheet(shippedCatalog())?.id).toBe("26/2026");
  });

  it("has a 1048-01 sheet whose best options reach 100", () => {
    const set = shippedCatalog().criteriaSet("1048/2019", "1048-01");
    expect(set && criteriaOf(set).reduce((sum, c) => sum + bestPoints(c), 0)).toBe(100);
  });
});

describe.each(drafts.map((d) => [d.name, d.doc] as const))("draft %s", (_name, doc) => {
  it("reads as a draft that declares what is missing, and is never offered as a scorable set", () => {
    const draft = parseDraftSet(doc);
    expect(draft?.partialReasons.length).toBeGreaterThan(0);
    const catalog = shippedCatalog();
    if (draft && catalog.version(draft.version)) {
      expect(catalog.criteriaSet(draft.version, draft.productSet.code)).toBeUndefined();
      expect(catalog.draft(draft.version, draft.productSet.code)).toEqual(draft);
    }
  });

  it("names every empty points cell in its reasons: a gap is declared, never filled with a guess", () => {
    const draft = parseDraftSet(doc);
    for (const gap of draftGaps(draft!))
      expect(draft!.partialReasons.some((reason) => reason.startsWith(gap.criterion))).toBe(true);
  });
});
