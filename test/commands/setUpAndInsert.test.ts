import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { insertCriteriaSheets, setUpRound, writeCriteriaSetSheet } from "../../src/commands";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { typedFoodSet } from "../workbook/workbookFixtures";
import { catalog, sampleRound, scoreAddress, scoredWorkbook, typeScores } from "./commandFixtures";

const round = sampleRound();
const read = async (workbook: MemoryWorkbook) => parseWorkbook(await workbook.readSheets(), catalog);

describe("setUpRound", () => {
  it("writes the Round, Products and Council sheets with one read and one write", async () => {
    const workbook = new MemoryWorkbook();
    const outcome = await setUpRound(workbook, { catalog, round });
    expect(outcome.sheets).toEqual({ round: "Đợt", products: "Sản phẩm", council: "Hội đồng" });
    expect(workbook.calls).toMatchObject({ readSheets: 1, writeSheets: 1 });
    const reading = await read(workbook);
    expect(reading.round.products).toEqual(round.products);
    expect(reading.round.members).toEqual(round.members);
  });

  it("keeps a product named =1+1 as text on the Products sheet", async () => {
    const workbook = new MemoryWorkbook();
    await setUpRound(workbook, { catalog, round });
    const grid = (await workbook.readSheets()).find((g) => g.name === "Sản phẩm")!;
    const row = grid.values.findIndex((line) => line.includes("=1+1"));
    expect(row).toBeGreaterThan(0);
    expect(grid.formulas[row].every((f) => f === null)).toBe(true);
  });

  it("updates the sheets in place when the user renamed them", async () => {
    const workbook = new MemoryWorkbook();
    await setUpRound(workbook, { catalog, round });
    workbook.renameSheet("Sản phẩm", "Danh sách SP");
    await setUpRound(workbook, { catalog, round: { ...round, products: round.products.slice(0, 1) } });
    expect(workbook.sheetNames()).toEqual(["Đợt", "Danh sách SP", "Hội đồng"]);
    expect((await read(workbook)).round.products.map((p) => p.id)).toEqual(["P01"]);
  });

  it("labels the sheets in English when asked", async () => {
    const workbook = new MemoryWorkbook();
    await setUpRound(workbook, { catalog, round, language: "en" });
    expect(workbook.sheetNames()).toEqual(["Round", "Products", "Council"]);
    expect((await read(workbook)).language).toBe("en");
  });
});

describe("insertCriteriaSheets", () => {
  it("adds a criteria sheet per product with one read and one write, however many products", async () => {
    for (const count of [1, 3]) {
      const workbook = new MemoryWorkbook();
      await setUpRound(workbook, { catalog, round: { ...round, products: round.products.slice(0, count) } });
      workbook.calls.readSheets = 0;
      workbook.calls.writeSheets = 0;
      const outcome = await insertCriteriaSheets(workbook, { catalog });
      expect(outcome).toMatchObject({ kind: "inserted" });
      expect(workbook.calls).toMatchObject({ readSheets: 1, writeSheets: 1 });
      expect(workbook.sheetNames().filter((n) => n.startsWith("Phiếu"))).toHaveLength(count);
    }
  });

  it("keeps every score when a product is added later", async () => {
    const workbook = await scoredWorkbook();
    const added = {
      ...round,
      products: [...round.products, { id: "P04", name: "Chè Shan tuyết", productSet: "1048-01" }],
    };
    await setUpRound(workbook, { catalog, round: added });
    await insertCriteriaSheets(workbook, { catalog });
    const reading = await read(workbook);
    expect(reading.round.scores).toEqual(round.scores);
    expect(reading.layout.criteria.P04).toBeDefined();
  });

  it("keeps every score, even a wrong one, when a member joins later", async () => {
    const workbook = await scoredWorkbook();
    const first = Object.keys(round.scores.P01.M1)[0];
    await typeScores(workbook, { P02: { M1: { [first]: "2,5" } } });
    const joined = { ...round, members: [...round.members, { id: "M4", name: "Phạm D" }] };
    await setUpRound(workbook, { catalog, round: joined });
    await insertCriteriaSheets(workbook, { catalog });
    const reading = await read(workbook);
    expect(reading.round.scores).toEqual({
      ...round.scores,
      P02: { ...round.scores.P02, M1: { ...round.scores.P02.M1, [first]: "2,5" } },
    });
    const cell = await scoreAddress(workbook, "P01", "M4", first);
    expect(workbook.isEditable(cell.sheet, cell.cell)).toBe(true);
  });

  it("deletes the sheets of products taken off the round only when asked to", async () => {
    const workbook = await scoredWorkbook();
    await setUpRound(workbook, { catalog, round: { ...round, products: round.products.slice(1) } });
    const kept = await insertCriteriaSheets(workbook, { catalog });
    expect(kept).toMatchObject({ kind: "inserted", removed: [] });
    expect(workbook.hasSheet("Phiếu P01")).toBe(true);
    const removed = await insertCriteriaSheets(workbook, { catalog, removeOrphans: true });
    expect(removed).toMatchObject({ kind: "inserted", removed: ["Phiếu P01"] });
    expect(workbook.hasSheet("Phiếu P01")).toBe(false);
    expect((await read(workbook)).round.scores).toEqual({ P02: round.scores.P02, P03: round.scores.P03 });
  });

  it("says on the Products sheet why a product got no criteria sheet", async () => {
    const workbook = new MemoryWorkbook();
    const withMissing = {
      ...round,
      products: [...round.products, { id: "P09", name: "Cà chua sấy Đà Lạt", productSet: "1048-07" }],
    };
    await setUpRound(workbook, { catalog, round: withMissing });
    const outcome = await insertCriteriaSheets(workbook, { catalog });
    expect(outcome).toMatchObject({
      kind: "inserted",
      skipped: [
        expect.objectContaining({
          code: "criteria-sheet-missing",
          product: "P09",
          sheet: "Sản phẩm",
          cell: "F8",
        }),
      ],
    });
  });

  it("reports progress per product and writes nothing once aborted", async () => {
    const workbook = new MemoryWorkbook();
    await setUpRound(workbook, { catalog, round });
    const steps: number[] = [];
    await insertCriteriaSheets(workbook, { catalog, onProgress: (step) => steps.push(step.done) });
    expect(steps).toEqual([1, 2, 3]);
    const fresh = new MemoryWorkbook();
    await setUpRound(fresh, { catalog, round });
    const controller = new AbortController();
    controller.abort();
    expect(await insertCriteriaSheets(fresh, { catalog, signal: controller.signal })).toEqual({
      kind: "aborted",
    });
    expect(fresh.sheetNames()).toEqual(["Đợt", "Sản phẩm", "Hội đồng"]);
  });

  it("draws criteria sheets from a set the council typed into the workbook", async () => {
    const workbook = new MemoryWorkbook();
    await writeCriteriaSetSheet(workbook, { catalog, set: typedFoodSet() });
    const food = {
      ...round,
      criteriaVersion: "148/2023",
      products: [{ id: "T1", name: "Giò lụa", productSet: "148-01" }],
    };
    await setUpRound(workbook, { catalog, round: food });
    const outcome = await insertCriteriaSheets(workbook, { catalog });
    expect(outcome).toMatchObject({
      kind: "inserted",
      skipped: [],
      sheets: [{ product: "T1", sheet: "Phiếu T1" }],
    });
    const reading = await read(workbook);
    expect(reading.issues).toEqual([]);
    expect(Object.keys(reading.layout.criteria.T1.criterionRows)).toEqual(["A.1.1", "B.1.1", "C.1.1"]);
  });
});

describe("commands", () => {
  it("take the catalog as a parameter and never load the shipped one themselves", () => {
    const folder = join(__dirname, "../../src/commands");
    for (const file of readdirSync(folder))
      expect(readFileSync(join(folder, file), "utf8")).not.toMatch(/criteria\/shipped/);
  });
});
