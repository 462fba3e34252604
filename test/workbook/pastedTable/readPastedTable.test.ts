import type { Issue } from "../../../src/domain";
import { readPastedTable, tsvRows } from "../../../src/workbook/parse/pastedTable/readPastedTable";
import {
  comparable,
  comparableDocument,
  fixtureJson,
  pastedTsv,
  pointsById,
  renderTwoColumnTable,
  version1048,
  version2026,
} from "./pastedFixtures";

const read1048 = (rows: string[][], code = "1048-01") =>
  readPastedTable({ rows }, { version: version1048(), code, source: "test", sheet: "paste.tsv" });

function issuesOf(reading: ReturnType<typeof readPastedTable>): readonly Issue[] {
  return reading.kind === "failed" ? reading.issues : [];
}

/** The 1048-01 paste with one cell changed (1-based row, 0-based column as in the file). */
function edited(edit: (rows: string[][]) => void): string[][] {
  const rows = tsvRows(pastedTsv("1048-01"));
  edit(rows);
  return rows;
}

describe("a real paste of a 1048 table", () => {
  it("1048-01 reads to the shipped set's points on every criterion, with the decision's numbering", () => {
    const reading = read1048(tsvRows(pastedTsv("1048-01")));
    if (reading.kind !== "ok") throw new Error(JSON.stringify(reading.issues));
    expect(pointsById(reading.set.parts)).toEqual(pointsById(fixtureJson("1048-01.expected.json").parts));
    expect(reading.set.parts.map((p) => p.maxPoints)).toEqual([35, 25, 40]);
    const criteria = reading.set.parts.flatMap((p) => p.groups.flatMap((g) => g.criteria));
    expect(criteria.find((c) => c.id === "C.2.1")?.decisionNumber).toBe("7");
    expect(criteria.find((c) => c.id === "A.1.1")?.notes).toEqual([
      "Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc",
    ]);
    expect(reading.set.productSet.name).toBe("Rau, củ, quả, hạt tươi");
    expect(reading.set.exclusion?.[0]).toMatch(/^Bị loại khi: Giả mạo hồ sơ/);
  });

  it("1048-04 is refused at the one criterion whose printed total its options do not reach (9.1, row 160)", () => {
    const issues = issuesOf(read1048(tsvRows(pastedTsv("1048-04")), "1048-04"));
    expect(issues).toEqual([
      expect.objectContaining({
        code: "pasted-criterion-total",
        cell: "B160",
        value: 3,
        expected: 2,
        detail: "9.1",
      }),
    ]);
  });

  it("1048-04 with the misprinted total corrected reads to the shipped set's points", () => {
    const rows = tsvRows(pastedTsv("1048-04"));
    rows[159][2] = "2 điểm";
    const reading = read1048(rows, "1048-04");
    if (reading.kind !== "ok") throw new Error(JSON.stringify(reading.issues));
    expect(pointsById(reading.set.parts)).toEqual(pointsById(fixtureJson("1048-04.expected.json").parts));
  });
});

describe("26/2026 tables in the decision's two-column layout", () => {
  it.each(["26-2026/26-01-rau-cu-qua-hat-tuoi.json", "26-2026/26-26-dich-vu-du-lich.json"])(
    "%s comes back exactly: names, numbering, notes, options, points and star marks",
    (file) => {
      const doc = fixtureJson(file);
      const reading = readPastedTable(
        { rows: renderTwoColumnTable(doc) },
        { version: version2026(), code: doc.productSet.code, source: "test" },
      );
      if (reading.kind !== "ok") throw new Error(JSON.stringify(reading.issues));
      expect(comparable(reading.set)).toEqual(comparableDocument(doc));
      expect(reading.set.exclusion ?? []).toEqual(doc.exclusion ?? []);
    },
  );

  it("a mark the decision does not know (** or ******) is named", () => {
    const doc = fixtureJson("26-2026/26-01-rau-cu-qua-hat-tuoi.json");
    const rows = renderTwoColumnTable(doc);
    const marked = rows.findIndex((row) => row[0].endsWith(" *****"));
    rows[marked][0] = rows[marked][0].replace(/ \*+$/, " **");
    const issues = issuesOf(
      readPastedTable(
        { rows },
        { version: version2026(), code: "26-01", source: "test", sheet: "Bộ tiêu chí" },
      ),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: "pasted-star-mark-unknown", cell: `A${marked + 1}`, value: "**" }),
    ]);
  });
});

describe("bad pastes each give their named issue", () => {
  it("a points cell deleted: the option without points is named", () => {
    // Row 130 "□ Phù hợp ⇥ 5 Điểm" (criterion 6.2) loses its points.
    const issues = issuesOf(read1048(edited((rows) => (rows[129][1] = ""))));
    expect(issues.map((i) => i.code)).toEqual(["pasted-option-without-points"]);
    expect(issues[0].cell).toMatch(/^A1(2[6-9]|3[0-2])$/);
  });

  it("an option duplicated: the repeated row is named", () => {
    const issues = issuesOf(read1048(edited((rows) => rows.splice(125, 0, [...rows[124]]))));
    expect(issues).toEqual([
      expect.objectContaining({ code: "pasted-option-duplicated", cell: "A126", detail: "6.1" }),
    ]);
  });

  it("a part short by one point: the part is named with its sum and the decision's", () => {
    // 6.2's best option and its printed total, 8 → 7: the table agrees with itself, part C has 39.
    const issues = issuesOf(
      read1048(
        edited((rows) => {
          rows[125][1] = "7 điểm";
          rows[130][1] = "7 Điểm";
        }),
      ),
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: "pasted-part-sum", part: "C", value: 39, expected: 40 }),
    ]);
  });

  it("text in a points cell: the cell and its text are named", () => {
    const issues = issuesOf(read1048(edited((rows) => (rows[128][1] = "ba Điểm"))));
    expect(issues).toEqual([
      expect.objectContaining({ code: "pasted-points-not-number", cell: "B129", value: "ba Điểm" }),
    ]);
  });

  it("points without an option: the extra value is named", () => {
    const issues = issuesOf(read1048(edited((rows) => rows[146].push("9 Điểm"))));
    expect(issues.map((i) => i.code)).toContain("pasted-points-without-option");
  });

  it("5,000 rows of unrelated text: no criteria table found, quickly and without a crash", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`Dòng văn bản ${i} không liên quan`, `${i % 7}`]);
    const issues = issuesOf(read1048(rows));
    expect(issues).toEqual([expect.objectContaining({ code: "pasted-no-criteria", value: 5000 })]);
  });

  it("a missing part is named", () => {
    const issues = issuesOf(read1048(edited((rows) => rows.splice(118))));
    expect(issues.map((i) => [i.code, i.part])).toEqual([["pasted-part-missing", "C"]]);
  });
});
