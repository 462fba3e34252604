import { exportMemberCopy, importMemberCopies, writeCriteriaSetSheet } from "../../src/commands";
import { criteriaOf } from "../../src/domain";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { freshProduce, typedFoodSet } from "../workbook/workbookFixtures";
import {
  catalog,
  sampleRound,
  scoreAddress,
  setUpWorkbook,
  sheetWithKey,
  typeScores,
} from "./commandFixtures";

const round = sampleRound();
const criteria = criteriaOf(freshProduce());

async function copyFor(main: MemoryWorkbook, member: string): Promise<MemoryWorkbook> {
  const outcome = await exportMemberCopy(main, { catalog, member });
  if (outcome.kind !== "exported") throw new Error(outcome.kind);
  const copy = new MemoryWorkbook();
  await copy.writeSheets(outcome.plans);
  return copy;
}

describe("exportMemberCopy", () => {
  it("gives a member a workbook with only their own column, and nobody else's scores", async () => {
    const main = await setUpWorkbook(round);
    await typeScores(main, { P01: { M1: round.scores.P01.M1, M2: round.scores.P01.M2 } });
    const copy = await copyFor(main, "M2");
    const sheet = await sheetWithKey(copy, "criteria:P01");
    const members = sheet.values[0].filter((id) => String(id).startsWith("member:"));
    expect(members).toEqual(["member:M2"]);
    const reading = parseWorkbook(await copy.readSheets(), catalog);
    expect(reading.round.scores).toEqual({ P01: { M2: round.scores.P01.M2 } });
    const cell = await scoreAddress(copy, "P02", "M2", criteria[0].id);
    expect(copy.isEditable(cell.sheet, cell.cell)).toBe(true);
  });

  it("carries the criteria sets the council typed in, so the copy reads on its own", async () => {
    const main = new MemoryWorkbook();
    await writeCriteriaSetSheet(main, { catalog, set: typedFoodSet() });
    const food = {
      ...round,
      criteriaVersion: "148/2023",
      products: [{ id: "T1", name: "Giò lụa", productSet: "148-01" }],
    };
    await setUpWorkbook(food, main);
    const copy = await copyFor(main, "M1");
    await typeScores(copy, { T1: { M1: { "A.1.1": 40, "B.1.1": 25, "C.1.1": 35 } } });
    const reading = parseWorkbook(await copy.readSheets(), catalog);
    expect(reading.issues).toEqual([]);
    expect(reading.criteriaSets).toEqual([typedFoodSet()]);
  });

  it("makes each criteria sheet that member's own phiếu: my score, my total, my signature, no product rating", async () => {
    const main = await setUpWorkbook(round);
    await typeScores(main, { P01: { M2: round.scores.P01.M2 } });
    const sheet = await sheetWithKey(await copyFor(main, "M2"), "criteria:P01");
    const texts = sheet.values.flat().filter((value): value is string => typeof value === "string");
    const rowIds = sheet.values.map((row) => row[0]);
    expect(texts).toEqual(
      expect.arrayContaining(["Điểm của tôi", "TỔNG ĐIỂM CỦA TÔI", "NGƯỜI ĐÁNH GIÁ", "(Ký, ghi rõ họ tên)"]),
    );
    expect(texts).toContain(round.members[1].name);
    expect(
      texts.some((text) => text.startsWith("Người đánh giá: ") && text.includes(round.members[1].name)),
    ).toBe(true);
    for (const productRating of ["average", "product-stars", "stars"])
      expect(rowIds).not.toContain(productRating);
    for (const label of ["Điểm trung bình của sản phẩm", "Hạng sao của sản phẩm", "Hạng sao"])
      expect(texts).not.toContain(label);
  });

  it("refuses a member who is not on the council", async () => {
    const main = await setUpWorkbook(round);
    expect(await exportMemberCopy(main, { catalog, member: "M9" })).toEqual({
      kind: "unknown-member",
      member: "M9",
    });
  });
});

describe("importMemberCopies", () => {
  it("brings back each member's own scores in one write", async () => {
    const main = await setUpWorkbook(round);
    const copies = await Promise.all(["M1", "M2", "M3"].map((m) => copyFor(main, m)));
    for (const [i, copy] of copies.entries()) {
      const member = `M${i + 1}`;
      const own = Object.fromEntries(
        Object.entries(round.scores).flatMap(([p, byMember]) =>
          byMember[member] ? [[p, { [member]: byMember[member] }]] : [],
        ),
      );
      await typeScores(copy, own);
    }
    main.calls.writeSheets = 0;
    const outcome = await importMemberCopies(main, {
      catalog,
      copies: copies.map((port, i) => ({ name: `M${i + 1}.xlsx`, port })),
    });
    expect(outcome).toMatchObject({ kind: "imported", issues: [] });
    expect(main.calls.writeSheets).toBe(1);
    expect(parseWorkbook(await main.readSheets(), catalog).round.scores).toEqual(round.scores);
  });

  it("ignores anything a copy holds for other members, even a column added by hand with their id", async () => {
    const main = await setUpWorkbook(round);
    const copy = await copyFor(main, "M1");
    await typeScores(copy, { P01: { M1: round.scores.P01.M1 } });
    const sheet = await sheetWithKey(copy, "criteria:P01");
    const extra = sheet.values[0].length;
    const first = await scoreAddress(copy, "P01", "M1", criteria[0].id);
    copy.setCell(sheet.name, `${String.fromCharCode(65 + extra)}1`, "member:M2");
    copy.setCell(
      sheet.name,
      first.cell.replace(/^[A-Z]+/, String.fromCharCode(65 + extra)),
      criteria[0].options[0].points,
    );
    await importMemberCopies(main, { catalog, copies: [{ name: "M1.xlsx", port: copy }] });
    expect(parseWorkbook(await main.readSheets(), catalog).round.scores).toEqual({
      P01: { M1: round.scores.P01.M1 },
    });
  });

  it("reports a conflict at its cell and keeps the main workbook's score", async () => {
    const main = await setUpWorkbook(round);
    const copy = await copyFor(main, "M1");
    const id = criteria[0].id;
    const points = criteria[0].options.map((o) => o.points);
    await typeScores(main, { P01: { M1: { [id]: points[0] } } });
    await typeScores(copy, {
      P01: { M1: { [id]: points[points.length - 1], [criteria[1].id]: criteria[1].options[0].points } },
    });
    const outcome = await importMemberCopies(main, { catalog, copies: [{ name: "M1.xlsx", port: copy }] });
    const where = await scoreAddress(main, "P01", "M1", id);
    expect(outcome).toMatchObject({
      kind: "imported",
      copies: [{ name: "M1.xlsx", member: "M1", entries: 1 }],
      issues: [expect.objectContaining({ code: "copy-conflict", member: "M1", criterion: id, ...where })],
    });
    const scores = parseWorkbook(await main.readSheets(), catalog).round.scores.P01.M1;
    expect(scores).toEqual({ [id]: points[0], [criteria[1].id]: criteria[1].options[0].points });
  });

  it("takes the copy's score over the main one only when asked to", async () => {
    const main = await setUpWorkbook(round);
    const copy = await copyFor(main, "M1");
    const id = criteria[0].id;
    const points = criteria[0].options.map((o) => o.points);
    await typeScores(main, { P01: { M1: { [id]: points[0] } } });
    await typeScores(copy, { P01: { M1: { [id]: points[points.length - 1] } } });
    await importMemberCopies(main, {
      catalog,
      copies: [{ name: "M1.xlsx", port: copy }],
      onConflict: "take-copy",
    });
    expect(parseWorkbook(await main.readSheets(), catalog).round.scores.P01.M1[id]).toBe(
      points[points.length - 1],
    );
  });

  it("refuses a workbook that is not one member's copy", async () => {
    const main = await setUpWorkbook(round);
    const outcome = await importMemberCopies(main, { catalog, copies: [{ name: "main.xlsx", port: main }] });
    expect(outcome).toMatchObject({
      kind: "imported",
      issues: [expect.objectContaining({ code: "copy-not-for-member", detail: "main.xlsx" })],
    });
  });
});
