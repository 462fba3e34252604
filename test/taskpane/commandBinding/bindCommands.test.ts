import { shippedCatalog } from "../../../src/criteria/shippedCatalog";
import { allowedPoints, criteriaOf } from "../../../src/domain";
import { bindCommands } from "../../../src/taskpane/commandBinding/bindCommands";
import type { PaneCommands } from "../../../src/taskpane/commandBinding/paneCommands";
import { sampleWorkbook, SAMPLE_PRODUCTS } from "../../../src/taskpane/host/sampleWorkbook";
import { cellAddress, parseCell } from "../../../src/workbook/cellAddress";
import { MemoryWorkbook } from "../../../src/workbook/memoryWorkbook";
import { CancelledError } from "../../../src/taskpane/commandBinding/cancelledError";

// Whole rounds through the parser and commands take a while on a busy machine.
jest.setTimeout(30_000);

const catalog = shippedCatalog();
const set = catalog.criteriaSet("1048/2019", "1048-01");
if (!set) throw new Error("1048-01 ships with the add-in");
const criteria = criteriaOf(set);

const noProgress = () => undefined;
const compute = (commands: PaneCommands, replaceEdited = false) =>
  commands.compute({
    language: "vi",
    signal: new AbortController().signal,
    onProgress: noProgress,
    replaceEdited,
  });

async function setUp(workbook: MemoryWorkbook): Promise<PaneCommands> {
  const commands = bindCommands(workbook, catalog);
  await commands.setUpRound({
    criteriaVersion: "1048/2019",
    council: { level: "district", name: "Hội đồng huyện Chợ Mới" },
    products: "sheet",
    members: [{ name: "Nguyễn Văn A", role: "Chủ tịch" }, { name: "Lê Thị B" }],
    language: "vi",
  });
  await commands.insertCriteriaSheets("vi");
  return commands;
}

/** Types one option into each of a member's criteria cells, sheet after sheet, as a member filling in would. */
async function fillAll(workbook: MemoryWorkbook, commands: PaneCommands, memberId: string, pick = Math.max) {
  for (;;) {
    const progress = await commands.memberProgress(memberId);
    if (!progress.nextEmpty) return;
    const { sheet, cell } = progress.nextEmpty;
    const { column } = parseCell(cell);
    const grid = (await workbook.readSheets([sheet]))[0];
    grid.values.forEach((row, index) => {
      const id = typeof row[0] === "string" && row[0].startsWith("criterion:") ? row[0].slice(10) : undefined;
      const criterion = criteria.find((c) => c.id === id);
      if (criterion) workbook.setCell(sheet, cellAddress(index, column), pick(...allowedPoints(criterion)));
    });
  }
}

describe("pane commands over a workbook", () => {
  it("reads the sample Products sheet before the round is set up", async () => {
    const setup = await bindCommands(sampleWorkbook(), catalog).readSetup();
    expect(setup.productsOnSheet.map((p) => p.id)).toEqual(SAMPLE_PRODUCTS.map((p) => p.id));
    expect(setup.council).toBeUndefined();
  });

  it("keeps member ids and their scores when a member is added later", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    const first = await commands.memberProgress("M1");
    const { sheet, cell } = first.nextEmpty ?? { sheet: "", cell: "" };
    workbook.setCell(sheet, cell, allowedPoints(criteria[0])[0]);
    const outcome = await commands.setUpRound({
      criteriaVersion: "1048/2019",
      council: { level: "district", name: "Hội đồng huyện Chợ Mới" },
      products: { mode: "add", rows: [{ name: "Măng tây Ninh Thuận", productSet: "1048-01" }] },
      members: [{ name: "Nguyễn Văn A" }, { name: "Lê Thị B" }, { name: "Trần Văn C" }],
      language: "vi",
    });
    expect(outcome).toEqual({
      products: SAMPLE_PRODUCTS.length + 1,
      members: 3,
      keptEntries: 1,
      pasted: { mode: "add", added: 1, removed: 0, kept: SAMPLE_PRODUCTS.length },
    });
    await commands.insertCriteriaSheets("vi");
    expect(workbook.value(sheet, cell)).toBe(allowedPoints(criteria[0])[0]);
    const setup = await commands.readSetup();
    expect(setup.members.map((m) => [m.id, m.name])).toEqual([
      ["M1", "Nguyễn Văn A"],
      ["M2", "Lê Thị B"],
      ["M3", "Trần Văn C"],
    ]);
    expect(setup.productsOnSheet.at(-1)).toMatchObject({ id: "P05", name: "Măng tây Ninh Thuận" });
  });

  it("tells a member which products still need scores and where the next empty cell is", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    const progress = await commands.memberProgress("M2");
    expect(progress.products.map((p) => p.state)).toEqual(["empty", "empty", "empty", "empty"]);
    expect(progress.products[0].missing).toBe(criteria.length);
    expect(progress.nextEmpty?.sheet).toBeTruthy();
  });

  it("validates, then computes a summary once every member scored every product", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    const before = await commands.validate();
    expect(before.products.complete).toBe(0);
    // Nobody has scored yet: that is progress, not "too few members" errors.
    expect(before.notStarted).toBe(4);
    expect(before.issues.filter((found) => found.code === "too-few-members")).toEqual([]);
    await fillAll(workbook, commands, "M1");
    await fillAll(workbook, commands, "M2");
    const after = await commands.validate();
    expect(after.products).toEqual({ complete: 4, incomplete: 0, invalid: 0 });
    expect(after.members.map((m) => [m.name, m.complete])).toEqual([
      ["Nguyễn Văn A", 4],
      ["Lê Thị B", 4],
    ]);
    const outcome = await compute(commands);
    if (outcome.kind !== "computed") throw new Error(`expected a computed outcome, got ${outcome.kind}`);
    expect(outcome.summary.products).toBe(4);
    expect(outcome.summary.stars[5]).toBe(4);
    expect(outcome.summary.rows.forwarded.map((p) => p.id)).toEqual(["P01", "P02", "P03", "P04"]);
    expect(workbook.hasSheet(outcome.summary.resultSheet.sheet)).toBe(true);
  });

  it("replaces the Products sheet's list with pasted products when asked, keeping a listed product's id and scores", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    const first = await commands.memberProgress("M1");
    const { sheet, cell } = first.nextEmpty ?? { sheet: "", cell: "" };
    workbook.setCell(sheet, cell, allowedPoints(criteria[0])[0]);
    const kept = SAMPLE_PRODUCTS[0];
    const outcome = await commands.setUpRound({
      criteriaVersion: "1048/2019",
      council: { level: "district", name: "Hội đồng huyện Chợ Mới" },
      products: {
        mode: "replace",
        rows: [
          { name: kept.name, productSet: "1048-01" },
          { name: "Măng tây Ninh Thuận", productSet: "1048-01" },
        ],
      },
      members: [{ name: "Nguyễn Văn A" }, { name: "Lê Thị B" }],
      language: "vi",
    });
    expect(outcome.products).toBe(2);
    expect(outcome.pasted).toEqual({
      mode: "replace",
      added: 1,
      removed: SAMPLE_PRODUCTS.length - 1,
      kept: 1,
    });
    expect(outcome.keptEntries).toBe(1);
    const setup = await commands.readSetup();
    expect(setup.productsOnSheet.map((p) => p.name)).toEqual([kept.name, "Măng tây Ninh Thuận"]);
  });

  it("computes nothing on a workbook with no round, and writes no result sheet", async () => {
    const workbook = new MemoryWorkbook();
    const outcome = await compute(bindCommands(workbook, catalog));
    expect(outcome.kind).toBe("no-round");
    expect(await workbook.readSheets()).toEqual([]);
  });

  it("puts every product in one decision row, so the rows add up, and lists warnings with their cells", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    await fillAll(workbook, commands, "M1");
    const outcome = await compute(commands);
    if (outcome.kind !== "computed") throw new Error("expected computed");
    const { rows, products } = outcome.summary;
    expect(Object.values(rows).reduce((sum, row) => sum + row.length, 0)).toBe(products);
    expect(rows.unfinished).toEqual([]);
    expect(rows.forwarded[0].sheet).toMatch(/P01/);
  });

  it("asks before replacing a result sheet someone typed over, and replaces it once agreed", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    await fillAll(workbook, commands, "M1");
    const first = await compute(commands);
    if (first.kind !== "computed") throw new Error("expected computed");
    const sheet = first.summary.resultSheet.sheet;
    const grid = (await workbook.readSheets([sheet]))[0];
    const row = grid.values.findIndex((r) => r.includes("P01"));
    const column = grid.values[row].findIndex((v) => typeof v === "number");
    const address = cellAddress(row, column);
    workbook.setCell(sheet, address, 99);
    const second = await compute(commands);
    expect(second).toEqual({ kind: "needs-confirmation", editedCells: [address] });
    expect(workbook.value(sheet, address)).toBe(99);
    const third = await compute(commands, true);
    expect(third.kind).toBe("computed");
    expect(workbook.value(sheet, address)).not.toBe(99);
  });

  it("stores the policy on the Round sheet, and has none before the round is set up", async () => {
    const workbook = sampleWorkbook();
    const commands = bindCommands(workbook, catalog);
    expect(await commands.readPolicy()).toBeUndefined();
    await setUp(workbook);
    const policy = await commands.readPolicy();
    expect(policy?.minMembers).toBe(1);
    const saved = await commands.savePolicy(
      {
        rounding: "integer-half-up",
        minMembers: 2,
        divergencePoints: 10,
        dossierBlocks: false,
        minimumOptionReading: "every-member",
      },
      "vi",
    );
    expect(saved).toEqual({ kind: "saved" });
    expect(await commands.readPolicy()).toEqual({
      rounding: "integer-half-up",
      minMembers: 2,
      divergencePoints: 10,
      dossierBlocks: false,
      minimumOptionReading: "every-member",
    });
    expect((await commands.readSetup()).council?.name).toBe("Hội đồng huyện Chợ Mới");
  });

  it("saves no policy to a workbook without a Round sheet, and names the sheet to create", async () => {
    const workbook = sampleWorkbook();
    const before = workbook.sheetNames();
    const commands = bindCommands(workbook, catalog);
    const saved = await commands.savePolicy(
      {
        rounding: "none",
        minMembers: 3,
        divergencePoints: 10,
        dossierBlocks: false,
        minimumOptionReading: "every-member",
      },
      "en",
    );
    expect(saved).toEqual({ kind: "no-round-sheet", sheet: "Đợt" });
    expect(workbook.sheetNames()).toEqual(before);
  });

  it("makes no copy for a member id the council sheet does not hold, and names the id and the sheet", async () => {
    const commands = await setUp(sampleWorkbook());
    expect(await commands.exportMemberCopy("M9", "vi")).toEqual({
      kind: "unknown-member",
      member: "M9",
      sheet: "Hội đồng",
    });
  });

  it("adds no criteria set sheet for a version the catalog lacks, and names the version", async () => {
    const workbook = new MemoryWorkbook();
    const commands = bindCommands(workbook, catalog);
    const added = await commands.addCriteriaSetSheet({
      criteriaVersion: "9999/2099",
      productSet: "1048-04",
      fromShipped: false,
      language: "vi",
    });
    expect(added).toEqual({ kind: "unknown-version", version: "9999/2099" });
    expect(workbook.sheetNames()).toEqual([]);
  });

  it("stops compute when cancelled before anything is written", async () => {
    const workbook = sampleWorkbook();
    const commands = await setUp(workbook);
    const controller = new AbortController();
    controller.abort();
    await expect(
      commands.compute({
        language: "vi",
        signal: controller.signal,
        onProgress: noProgress,
        replaceEdited: true,
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(workbook.sheetNames().some((name) => name === "Kết quả")).toBe(false);
  });
});
