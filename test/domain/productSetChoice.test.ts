import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { chooseProductSet, productSetLabel, scoreRound } from "../../src/domain";
import { sampleRound } from "../workbook/workbookFixtures";

const refs = shippedCatalog().version("1048/2019")!.productSets;

describe("choosing a product set by code or name", () => {
  it("reads a code, and the drop-down's label of code and name, as the code", () => {
    expect(chooseProductSet("1048-04", refs)).toEqual({ kind: "code", code: "1048-04" });
    const label = productSetLabel(refs.find((r) => r.code === "1048-04")!);
    expect(label).toBe("1048-04 Mật ong, các sản phẩm từ mật ong, mật khác");
    expect(chooseProductSet(label, refs)).toEqual({ kind: "code", code: "1048-04" });
  });

  it("matches a name typed instead of a code when exactly one set has it, accents and case aside", () => {
    expect(chooseProductSet("mat ong, cac san pham tu mat ong, mat khac", refs)).toEqual({
      kind: "code",
      code: "1048-04",
    });
    expect(chooseProductSet("Mật ong", refs)).toEqual({ kind: "code", code: "1048-04" });
  });

  it("names the sets an ambiguous name matches, and never picks one", () => {
    const choice = chooseProductSet("rau, củ, quả, hạt", refs);
    expect(choice.kind).toBe("ambiguous");
    expect(choice.kind === "ambiguous" && choice.codes).toEqual(
      expect.arrayContaining(["1048-01", "1048-07"]),
    );
  });

  it("an empty set is its own error naming the product, never silently the first set", () => {
    const round = sampleRound();
    const result = scoreRound(
      { ...round, products: [{ ...round.products[0], productSet: "" }] },
      shippedCatalog(),
    );
    expect(result.products[0].issues).toEqual([
      expect.objectContaining({ code: "product-set-missing", product: round.products[0].id }),
    ]);
  });
});
