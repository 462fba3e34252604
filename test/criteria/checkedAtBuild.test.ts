import { catalogContents, trustedCatalog, type Catalog } from "../../src/domain";
import { checkedCatalog, shippedCatalog } from "../../src/criteria/shippedCatalog";
import { shippedDocuments } from "../../src/criteria/shippedDocuments";

/** Everything a user of the catalog can ask of it, version by version. */
function everyAnswer(catalog: Catalog) {
  return catalog.versions.map((version) => ({
    version: catalog.version(version.id),
    productSets: catalog.productSets(version.id),
    drafts: catalog.drafts(version.id),
  }));
}

describe("the shipped criteria the browser receives (checked when webpack builds, taken as they are)", () => {
  it("are the catalog Node checks, answer for answer, after the trip through the build's JSON", () => {
    // What scripts/parsedCatalog.js's checkedCatalogJson() hands the pane's criteria data chunk.
    const built = JSON.stringify(catalogContents(shippedCatalog()));
    const inBrowser = trustedCatalog(JSON.parse(built));
    expect(everyAnswer(inBrowser)).toEqual(everyAnswer(shippedCatalog()));
    expect(inBrowser.criteriaSet("26/2026", "26-01")).toEqual(
      shippedCatalog().criteriaSet("26/2026", "26-01"),
    );
  });

  it("carry every complete set and draft the data files hold", () => {
    const contents = catalogContents(shippedCatalog());
    expect(contents.sets.length).toBe(45);
    expect(contents.drafts.length).toBeGreaterThan(0);
  });

  it("stop the build when a shipped file fails a check, naming the file", () => {
    const broken = {
      name: "26-2026/broken.json",
      doc: { format: "ocop-criteria/1", version: "26/2026", parts: [] },
    };
    expect(() => checkedCatalog([...shippedDocuments(), broken])).toThrow(
      /Shipped criteria data is invalid.*26-2026\/broken\.json/,
    );
  });
});
