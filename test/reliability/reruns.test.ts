import { computeResults, exportMemberCopy, importMemberCopies, validateRound } from "../../src/commands";
import { assessRound } from "../../src/commands/roundAssessment";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { describeIssue } from "../../src/i18n";
import { cellAddress, parseCell } from "../../src/workbook/cellAddress";
import { sheetKey } from "../../src/workbook/hiddenIds";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook, type WorkbookReading } from "../../src/workbook/parse/parseWorkbook";
import { resultFreshness } from "../../src/workbook/resultFreshness";
import { cellsOfSheets } from "./gridEdits";
import { commandOptions, validMemoryRound } from "./validRound";

const catalog = shippedCatalog();
const options = commandOptions(catalog);

async function read(workbook: MemoryWorkbook): Promise<WorkbookReading> {
  return parseWorkbook(await workbook.readSheets(), catalog);
}

async function freshness(workbook: MemoryWorkbook) {
  const reading = await read(workbook);
  return resultFreshness(reading.layout, assessRound(reading).fingerprint).kind;
}

async function resultCells(workbook: MemoryWorkbook): Promise<Record<string, string>> {
  const reading = await read(workbook);
  const name = reading.layout.sheetNames[sheetKey.result];
  return cellsOfSheets(await workbook.readSheets(), [name]);
}

/** M1's entry for the first criterion of P01, and an allowed value other than the one typed there. */
async function firstEntry(workbook: MemoryWorkbook) {
  const layout = (await read(workbook)).layout.criteria.P01;
  const [criterion, row] = Object.entries(layout.criterionRows)[0];
  const cell = cellAddress(row, layout.memberColumns.M1);
  const typed = workbook.value(layout.sheet, cell);
  const set = catalog.criteriaSet("1048/2019", "1048-01");
  const other = set?.parts[0].groups[0].criteria[0].options.map((o) => o.points).find((p) => p !== typed);
  if (other === undefined) throw new Error(`no other option for ${criterion}`);
  return { sheet: layout.sheet, cell, typed, other };
}

describe("re-running compute", () => {
  it("writes an identical result sheet when nothing changed", async () => {
    const { workbook } = await validMemoryRound(catalog);
    const first = await computeResults(workbook, options);
    const once = await resultCells(workbook);
    const second = await computeResults(workbook, {
      ...options,
      now: () => new Date("2025-01-01T00:00:00Z"),
    });
    expect(second.kind === "computed" && second.unchanged).toBe(true);
    expect(second.kind === "computed" && first.kind === "computed" && second.computedAt).toBe(
      first.kind === "computed" && first.computedAt,
    );
    expect(await resultCells(workbook)).toEqual(once);
  });

  it("shows the result as stale after an entry changes, until compute runs again", async () => {
    const { workbook } = await validMemoryRound(catalog);
    expect(await freshness(workbook)).toBe("none");
    await computeResults(workbook, options);
    expect(await freshness(workbook)).toBe("current");

    const entry = await firstEntry(workbook);
    workbook.setCell(entry.sheet, entry.cell, entry.other);
    expect(await freshness(workbook)).toBe("stale");
    // Validating reads and reports; it does not make an old result current.
    await validateRound(workbook, options);
    expect(await freshness(workbook)).toBe("stale");

    const rerun = await computeResults(workbook, options);
    expect(rerun.kind === "computed" && rerun.unchanged).toBe(false);
    expect(await freshness(workbook)).toBe("current");
  });

  it("has validate warn that the result sheet is stale, on the cell holding its fingerprint", async () => {
    const { workbook } = await validMemoryRound(catalog);
    const computed = await computeResults(workbook, options);
    if (computed.kind !== "computed") throw new Error("compute did not run");
    const before = await validateRound(workbook, options);
    expect(before.kind === "validated" && before.issues.some((i) => i.code === "result-stale")).toBe(false);

    const entry = await firstEntry(workbook);
    workbook.setCell(entry.sheet, entry.cell, entry.other);
    const after = await validateRound(workbook, options);
    if (after.kind !== "validated") throw new Error("validate did not run");
    const stale = after.issues.filter((i) => i.code === "result-stale");
    expect(stale).toHaveLength(1);
    expect(stale[0].sheet).toBe(computed.sheet);
    const grid = (await workbook.readSheets([computed.sheet]))[0];
    const { row, column } = parseCell(stale[0].cell ?? "");
    expect(grid.values[row][column]).toBe(computed.fingerprint);
  });

  it("counts an entry typed back to what it was as the same inputs", async () => {
    const { workbook } = await validMemoryRound(catalog);
    await computeResults(workbook, options);
    const entry = await firstEntry(workbook);
    workbook.setCell(entry.sheet, entry.cell, entry.other);
    expect(await freshness(workbook)).toBe("stale");
    workbook.setCell(entry.sheet, entry.cell, entry.typed);
    expect(await freshness(workbook)).toBe("current");
  });

  it("shows a result as stale when a member or a product is added after compute", async () => {
    const { workbook } = await validMemoryRound(catalog);
    await computeResults(workbook, options);
    const council = (await read(workbook)).layout.council;
    if (!council) throw new Error("no council sheet");
    const last = Math.max(...Object.values(council.rows));
    workbook.setCell(council.sheet, cellAddress(last + 1, council.columns.id), "M4");
    workbook.setCell(council.sheet, cellAddress(last + 1, council.columns.name), "Thành viên 4");
    expect(await freshness(workbook)).toBe("stale");
  });
});

describe("members editing their own columns of one criteria sheet", () => {
  it("never touch the same cells, and no formula lives in a member's input cells", async () => {
    const { workbook } = await validMemoryRound(catalog);
    const layout = (await read(workbook)).layout.criteria.P01;
    const inputs = Object.entries(layout.memberColumns).map(([member, column]) => ({
      member,
      cells: Object.values(layout.criterionRows).map((row) => cellAddress(row, column)),
    }));
    expect(inputs.length).toBe(3);
    const owner = new Map<string, string>();
    for (const { member, cells } of inputs)
      for (const cell of cells) {
        expect(owner.get(cell)).toBeUndefined();
        owner.set(cell, member);
        expect(workbook.formula(layout.sheet, cell)).toBeNull();
        expect(workbook.isEditable(layout.sheet, cell)).toBe(true);
      }
    // Every native formula on the sheet (totals, stars, counts) sits outside all members' inputs, locked.
    const grid = (await workbook.readSheets([layout.sheet]))[0];
    const formulaCells = grid.formulas.flatMap((line, row) =>
      line.flatMap((formula, column) => (formula ? [cellAddress(row, column)] : [])),
    );
    expect(formulaCells.length).toBeGreaterThan(0);
    for (const cell of formulaCells) {
      expect(owner.has(cell)).toBe(false);
      expect(workbook.isEditable(layout.sheet, cell)).toBe(false);
    }
  });

  it("keeps both members' edits when they score the same product at the same time", async () => {
    const { workbook, grids } = await validMemoryRound(catalog);
    const layout = (await read(workbook)).layout.criteria.P01;
    const [criterion, row] = Object.entries(layout.criterionRows)[1];
    const set = catalog.criteriaSet("1048/2019", "1048-01");
    const points = set?.parts[0].groups[0].criteria[1].options.map((o) => o.points) ?? [];
    expect(set?.parts[0].groups[0].criteria[1].id).toBe(criterion);
    // Each member edits a copy of the same workbook; the edits are then applied one after the other.
    const m1 = { cell: cellAddress(row, layout.memberColumns.M1), value: points[0] };
    const m2 = { cell: cellAddress(row, layout.memberColumns.M2), value: points[points.length - 1] };
    expect(m1.cell).not.toBe(m2.cell);
    const merged = MemoryWorkbook.fromGrids(grids);
    for (const edit of [m1, m2]) merged.setCell(layout.sheet, edit.cell, edit.value);
    const reading = await read(merged);
    expect(reading.round.scores.P01.M1[criterion]).toBe(m1.value);
    expect(reading.round.scores.P01.M2[criterion]).toBe(m2.value);
    expect(reading.issues).toEqual([]);
  });
  it("land both members' own copies, scored at the same time, without a conflict or any other cell changing", async () => {
    const { workbook } = await validMemoryRound(catalog);
    const layout = (await read(workbook)).layout.criteria.P01;
    const [criterion, row] = Object.entries(layout.criterionRows)[1];
    const points =
      catalog
        .criteriaSet("1048/2019", "1048-01")
        ?.parts[0].groups[0].criteria[1].options.map((o) => o.points) ?? [];
    // The two entries are still to be scored in the main workbook.
    for (const member of ["M1", "M2"])
      workbook.setCell(layout.sheet, cellAddress(row, layout.memberColumns[member]), null);
    const before = cellsOfSheets(await workbook.readSheets(), [layout.sheet]);

    const copies = await Promise.all(
      (["M1", "M2"] as const).map(async (member, i) => {
        const exported = await exportMemberCopy(workbook, { ...options, member });
        if (exported.kind !== "exported") throw new Error(`no copy for ${member}`);
        const copy = new MemoryWorkbook();
        await copy.writeSheets(exported.plans);
        const sheet = (await read(copy)).layout.criteria.P01;
        const cell = cellAddress(sheet.criterionRows[criterion], sheet.memberColumns[member]);
        // In a member's copy only their own column takes input.
        expect(copy.isEditable(sheet.sheet, cell)).toBe(true);
        expect(Object.keys(sheet.memberColumns)).toEqual([member]);
        copy.setCell(sheet.sheet, cell, points[i]);
        return { name: `${member}.xlsx`, port: copy };
      }),
    );
    const imported = await importMemberCopies(workbook, { ...options, copies });
    if (imported.kind !== "imported") throw new Error("aborted");
    expect(imported.issues).toEqual([]);

    const after = cellsOfSheets(await workbook.readSheets(), [layout.sheet]);
    const changed = Object.keys(after).filter((cell) => after[cell] !== before[cell]);
    const m1 = `${layout.sheet}!${cellAddress(row, layout.memberColumns.M1)}`;
    const m2 = `${layout.sheet}!${cellAddress(row, layout.memberColumns.M2)}`;
    expect(changed.sort()).toEqual([m1, m2].sort());
    expect([after[m1], after[m2]].map((cell) => JSON.parse(cell).value)).toEqual([points[0], points[1]]);
  });
});

describe("compute on a sheet in an inconsistent state", () => {
  it("refuses to rate the product, and says which sheet and cell to fix, in Vietnamese and English", async () => {
    const { workbook } = await validMemoryRound(catalog);
    const layout = (await read(workbook)).layout.criteria.P01;
    // A member's hidden column id overwritten: that member's scores would silently not count.
    workbook.setCell(layout.sheet, cellAddress(0, layout.memberColumns.M1), "member:M9");
    const computed = await computeResults(workbook, options);
    if (computed.kind !== "computed") throw new Error("aborted");
    const p01 = computed.result.products.find((p) => p.id === "P01");
    expect(p01?.status).toBe("invalid");
    expect(p01?.outcome).toBe("none");
    const reason = p01?.issues.find((found) => found.code === "member-column-unknown");
    expect(reason).toMatchObject({
      sheet: layout.sheet,
      cell: cellAddress(layout.headerRow ?? 0, layout.memberColumns.M1),
    });
    if (!reason) return;
    for (const language of ["vi", "en"] as const)
      expect(describeIssue(reason, language).what).toContain("M9");
    // The other product is still rated, and ranked as if P01 were not there.
    const p02 = computed.result.products.find((p) => p.id === "P02");
    expect(p02?.status === "scored" && p02.rank).toBe(1);
    // The result sheet says why next to the product.
    const result = (await workbook.readSheets([computed.sheet]))[0];
    expect(result.values.flat()).toContain(describeIssue(reason, "vi").what);
  });
});
