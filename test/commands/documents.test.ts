import { computeResults, setUpRound } from "../../src/commands";
import { parseWorkbook } from "../../src/workbook/parse/parseWorkbook";
import { cellAddress } from "../../src/workbook/cellAddress";
import { catalog, clock, sampleRound, scoredWorkbook, sheetWithKey, typeScores } from "./commandFixtures";

const noon = clock("2024-10-15T05:00:00.000Z");
const PAPERS = ["result", "member-scores", "minutes", "proposals:recognition", "proposals:upward"];

describe("the papers compute writes", () => {
  it("are recognised as generated sheets and never read as the round's input", async () => {
    const workbook = await scoredWorkbook();
    const before = parseWorkbook(await workbook.readSheets(), catalog);
    await computeResults(workbook, { catalog, now: noon });
    const after = parseWorkbook(await workbook.readSheets(), catalog);
    expect(after.round).toEqual(before.round);
    expect(after.issues).toEqual(before.issues);
    for (const key of PAPERS) expect(after.layout.sheetNames[key]).toBeDefined();
  });

  it("keep a note typed under a paper through a recompute, moving it down when the paper grows", async () => {
    const round = sampleRound();
    const workbook = await scoredWorkbook(round);
    await computeResults(workbook, { catalog, now: noon });
    const minutes = await sheetWithKey(workbook, "minutes");
    const below = minutes.values.length;
    workbook.setCell(minutes.name, cellAddress(below, 2), "Ý kiến khác: không có");
    // M2's entries taken back: the minutes gain a table of absent members and reach the note's row.
    const cleared = Object.fromEntries(
      Object.entries(round.scores).map(([product, byMember]) => [
        product,
        { M2: Object.fromEntries(Object.keys(byMember.M2 ?? {}).map((criterion) => [criterion, null])) },
      ]),
    );
    await typeScores(workbook, cleared);
    await computeResults(workbook, { catalog, now: noon });
    const after = await sheetWithKey(workbook, "minutes");
    const notes = after.values.flatMap((row, r) => (row.includes("Ý kiến khác: không có") ? [r] : []));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toBeGreaterThan(below);
    expect(after.values.flat()).toContain("Thành viên vắng mặt (không chấm sản phẩm nào): 1");
  });

  it("are written in the round's language, whatever language compute is asked for", async () => {
    const round = sampleRound();
    const workbook = await scoredWorkbook(round);
    await setUpRound(workbook, { catalog, round, language: "en" });
    await computeResults(workbook, { catalog, now: noon, language: "vi" });
    const result = await sheetWithKey(workbook, "result");
    expect(result.values.flat()).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(result.name).toBe("Results");
  });

  it("carry the round's issuing body and place, kept on the Round sheet and read back", async () => {
    const round = sampleRound();
    const placed = {
      ...round,
      council: { ...round.council, issuer: "UBND huyện Hàm Yên", place: "Hàm Yên" },
    };
    const workbook = await scoredWorkbook(placed);
    expect(parseWorkbook(await workbook.readSheets(), catalog).round.council).toEqual(placed.council);
    await computeResults(workbook, { catalog, now: noon });
    const text = (await sheetWithKey(workbook, "result")).values.flat();
    expect(text).toEqual(
      expect.arrayContaining(["UBND HUYỆN HÀM YÊN", "Hàm Yên, ngày 15 tháng 10 năm 2024"]),
    );
  });
});
