import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  buildCatalog,
  newestVersionWithSheet,
  scoreRound,
  type CatalogDocument,
  type CriteriaSetDocument,
} from "../../src/domain";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";
import {
  FIXTURE_CRITERIA,
  freshProduceDocument,
  freshProduce,
  membersOf,
  productOf,
  roundOf,
  sheetFor,
  SYNTHETIC,
} from "./testRounds";

const versionDocument = (): CatalogDocument => {
  const found = shippedDocuments().find((d) => d.name === join("1048-2019", "version.json"));
  if (!found) throw new Error("1048-2019/version.json is not shipped");
  return found;
};
const asSet = (doc: CriteriaSetDocument, name = "test.json"): CatalogDocument => ({ name, doc });
const codes = (documents: CatalogDocument[]) =>
  buildCatalog(documents)
    .issues.map((i) => i.code)
    .sort();

describe("a sheet must belong to an indexed version and product set", () => {
  it("accepts 1048-01 next to its version file", () => {
    expect(codes([versionDocument(), asSet(freshProduceDocument())])).toEqual([]);
  });

  it("rejects a sheet for a version no file indexes (unknown-criteria-version)", () => {
    const doc = { ...freshProduceDocument(), version: "999/2030" };
    const built = buildCatalog([versionDocument(), asSet(doc, "odd.json")]);
    expect(built.issues).toEqual([
      expect.objectContaining({ code: "unknown-criteria-version", value: "999/2030", sheet: "odd.json" }),
    ]);
  });

  it("rejects a sheet for a product set its version does not list (criteria-set-not-indexed)", () => {
    const doc = { ...freshProduceDocument(), productSet: { code: "1048-99", name: "Lạ", group: "" } };
    expect(codes([versionDocument(), asSet(doc)])).toEqual(["criteria-set-not-indexed"]);
  });

  it("rejects a sheet whose parts do not match the version's (criteria-version-mismatch)", () => {
    const doc = freshProduceDocument();
    doc.parts[0].groups[0].criteria[0].options[2].points = 4; // A: 36
    doc.parts[0].maxPoints = 36;
    const b23 = doc.parts[1].groups[1].criteria[2];
    b23.options = b23.options.filter((o) => o.points < 2); // B: 24
    doc.parts[1].maxPoints = 24;
    const built = buildCatalog([versionDocument(), asSet(doc)]);
    expect(built.issues).toEqual([
      expect.objectContaining({ code: "criteria-version-mismatch", part: "A", value: 36, expected: 35 }),
      expect.objectContaining({ code: "criteria-version-mismatch", part: "B", value: 24, expected: 25 }),
    ]);
  });

  it("rejects a part the version does not have (criteria-part-unknown)", () => {
    const doc = freshProduceDocument();
    doc.parts[2] = {
      ...doc.parts[2],
      id: "D",
      groups: doc.parts[2].groups.map((g) => ({
        ...g,
        id: g.id.replace(/^C/, "D"),
        criteria: g.criteria.map((c) => ({ ...c, id: c.id.replace(/^C/, "D") })),
      })),
    };
    expect(codes([versionDocument(), asSet(doc)])).toEqual(["criteria-part-unknown"]);
  });

  it("leaves a broken sheet out and lists its product set as missing, naming the file", () => {
    const doc = freshProduceDocument();
    doc.parts[0].maxPoints = 34;
    const built = buildCatalog([versionDocument(), asSet(doc, "broken.json")]);
    expect(built.issues.map((i) => [i.code, i.sheet])).toEqual([
      ["criteria-part-sum", "broken.json"],
      ["criteria-total-not-100", "broken.json"],
    ]);
    expect(built.catalog.productSets("1048/2019")[0].kind).toBe("missing");
  });

  it("rejects a version file with four star bands (version-schema)", () => {
    const version = versionDocument().doc as { starBands: unknown[] };
    const broken = { ...version, starBands: version.starBands.slice(0, 4) };
    const built = buildCatalog([{ name: "v.json", doc: broken }]);
    expect(built.issues.map((i) => i.code)).toEqual(["version-schema"]);
    expect(built.catalog.versions).toEqual([]);
  });

  it("lets a sheet typed into the workbook take the place of the shipped one", () => {
    const { catalog } = buildCatalog(shippedDocuments());
    const typed = { ...freshProduce(), source: "Bộ tiêu chí sheet", origin: "workbook" as const };
    expect(catalog.withSets([typed]).criteriaSet("1048/2019", "1048-01")?.origin).toBe("workbook");
    expect(catalog.criteriaSet("1048/2019", "1048-01")?.origin).toBe("shipped");
  });
});

describe("a new decision or product set is a data-only change (synthetic fixture version)", () => {
  const fixtureFiles = readdirSync(join(FIXTURE_CRITERIA, "synthetic-2099"));
  const documents = [...shippedDocuments(), ...shippedDocuments(FIXTURE_CRITERIA)];

  it("marks every fixture file synthetic", () => {
    expect(fixtureFiles.length).toBeGreaterThan(1);
    for (const file of fixtureFiles) {
      const doc = JSON.parse(readFileSync(join(FIXTURE_CRITERIA, "synthetic-2099", file), "utf8"));
      expect([file, doc.synthetic]).toEqual([file, true]);
    }
  });

  it("loads the fixture folder with shippedDocuments(dir) and buildCatalog, without an issue", () => {
    const { catalog, issues } = buildCatalog(documents);
    expect(issues).toEqual([]);
    expect(catalog.version(SYNTHETIC)?.synthetic).toBe(true);
    expect(catalog.productSets(SYNTHETIC).map((e) => [e.ref.code, e.kind])).toEqual([
      ["SYN-01", "available"],
      ["SYN-02", "available"],
      ["SYN-03", "missing"],
    ]);
  });

  it("scores a round under the new version end to end", () => {
    const { catalog } = buildCatalog(documents);
    const round = roundOf({
      criteriaVersion: SYNTHETIC,
      members: membersOf(2),
      products: [productOf("P1", "SYN-01"), productOf("P2", "SYN-03")],
      scores: { P1: { M1: { "A.1.1": 70 }, M2: { "A.1.1": 69.99 } } },
    });
    const [scored, missing] = scoreRound(round, catalog).products;
    expect(scored).toMatchObject({ status: "scored", stars: 3, outcome: "recognize" });
    expect(scored.status === "scored" && scored.score).toBeCloseTo(69.995, 9);
    expect(missing.issues.map((i) => i.code)).toEqual(["criteria-sheet-missing"]);
  });

  it("keeps the shipped versions working beside it", () => {
    const { catalog } = buildCatalog(documents);
    const round = roundOf({
      members: membersOf(1),
      products: [productOf("P1")],
      scores: { P1: { M1: sheetFor(freshProduce(), 72) } },
    });
    expect(scoreRound(round, catalog).products[0]).toMatchObject({ status: "scored", stars: 4 });
  });

  it("never offers the synthetic version as the newest official one, though it is dated 2099", () => {
    const { catalog } = buildCatalog(documents);
    expect(catalog.version(SYNTHETIC)?.date).toBe("2099-01-01");
    expect(newestVersionWithSheet(catalog)?.id).toBe("26/2026");
  });

  it("would offer the same data once it is no longer marked synthetic", () => {
    const official = documents.map((d) =>
      (d.doc as { id?: string }).id === SYNTHETIC
        ? { ...d, doc: { ...(d.doc as object), synthetic: false } }
        : d,
    );
    expect(newestVersionWithSheet(buildCatalog(official).catalog)?.id).toBe(SYNTHETIC);
  });
});
