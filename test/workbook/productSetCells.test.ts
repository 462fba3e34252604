import { scoreRound } from "../../src/domain";
import { cellAddress } from "../../src/workbook/cellAddress";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { locateIssue } from "../../src/workbook/parse/locateIssue";
import { catalog, editGrid, gridNamed, gridsOf, roundPlans, sampleRound } from "./workbookFixtures";

async function withProductSet(text: string) {
  const grids = await gridsOf(roundPlans(sampleRound()));
  const products = gridNamed(grids, "Sản phẩm");
  const at = {
    row: products.values.findIndex((line) => line[1] === "P02"),
    column: products.values[0].indexOf("col:productSet"),
  };
  const edited = editGrid(grids, "Sản phẩm", (values) => (values[at.row][at.column] = text));
  return { reading: parseWorkbook(edited, catalog), cell: cellAddress(at.row, at.column) };
}

describe("the Products sheet's product-set cells", () => {
  it("show each product's set by code and name, and a label chosen from the drop-down reads as its code", async () => {
    const grids = await gridsOf(roundPlans(sampleRound()));
    const products = gridNamed(grids, "Sản phẩm");
    const column = products.values[0].indexOf("col:productSet");
    const row = products.values.findIndex((line) => line[1] === "P02");
    expect(products.values[row][column]).toBe("1048-01 Rau, củ, quả, hạt tươi");
    const { reading } = await withProductSet("1048-04 Mật ong, các sản phẩm từ mật ong, mật khác");
    expect(reading.issues.filter((found) => found.code.startsWith("product-set"))).toEqual([]);
    expect(reading.round.products.find((p) => p.id === "P02")?.productSet).toBe("1048-04");
  });

  it("a name typed instead of a code is read as that set's code", async () => {
    const { reading } = await withProductSet("Rau, củ, quả, hạt tươi");
    expect(reading.round.products.find((p) => p.id === "P02")?.productSet).toBe("1048-01");
  });

  it("a name several sets share is named at its cell with the sets it matches", async () => {
    const { reading, cell } = await withProductSet("rau, củ, quả, hạt");
    expect(reading.issues).toContainEqual(
      expect.objectContaining({ code: "product-set-ambiguous", sheet: "Sản phẩm", cell, product: "P02" }),
    );
  });

  it("an empty cell is an error naming the product's row, never the first set", async () => {
    const { reading, cell } = await withProductSet("");
    const issues = scoreRound(reading.round, reading.catalog).products.flatMap((p) => p.issues);
    const missing = issues.find((found) => found.code === "product-set-missing");
    expect(missing && locateIssue(missing, reading.layout)).toMatchObject({
      sheet: "Sản phẩm",
      cell,
      product: "P02",
    });
  });
});
