import { parseCriteriaSet, type CriteriaSetDocument } from "../../src/domain";
import { freshProduceDocument } from "./testRounds";

const codes = (doc: unknown) => parseCriteriaSet(doc).issues.map((i) => i.code);

/** Sets one option's points: parts[p].groups[g].criteria[c].options[o]. */
function setPoints(doc: CriteriaSetDocument, at: [number, number, number, number], points: number) {
  const [p, g, c, o] = at;
  doc.parts[p].groups[g].criteria[c].options[o].points = points;
}

describe("a criteria sheet is checked the same whether shipped or typed into a workbook", () => {
  it("accepts the unchanged 1048-01 sheet", () => {
    expect(parseCriteriaSet(freshProduceDocument()).kind).toBe("ok");
    expect(parseCriteriaSet(freshProduceDocument(), "workbook")).toMatchObject({
      kind: "ok",
      value: { origin: "workbook" },
    });
  });

  it("rejects a part whose maxPoints is not the sum of its best options (criteria-part-sum)", () => {
    const doc = freshProduceDocument();
    setPoints(doc, [0, 0, 0, 2], 4); // A.1.1's best option 3 → 4: part A now adds up to 36, not 35
    const parsed = parseCriteriaSet(doc);
    expect(parsed.kind).toBe("failed");
    expect(parsed.issues).toEqual([
      expect.objectContaining({ code: "criteria-part-sum", part: "A", value: 35, expected: 36 }),
    ]);
  });

  it("rejects parts that add up to more than 100 (criteria-total-not-100)", () => {
    const doc = freshProduceDocument();
    setPoints(doc, [0, 0, 0, 2], 4);
    doc.parts[0].maxPoints = 36;
    expect(parseCriteriaSet(doc).issues).toEqual([
      expect.objectContaining({ code: "criteria-total-not-100", value: 101, expected: 100 }),
    ]);
  });

  it("rejects a criterion id used twice (criteria-duplicate-id)", () => {
    const doc = freshProduceDocument();
    doc.parts[0].groups[0].criteria[1].id = "A.1.1";
    expect(parseCriteriaSet(doc).issues).toEqual([
      expect.objectContaining({ code: "criteria-duplicate-id", criterion: "A.1.1" }),
    ]);
  });

  it("rejects negative points (criteria-negative-points)", () => {
    const doc = freshProduceDocument();
    setPoints(doc, [0, 0, 1, 0], -1); // A.1.2's lowest option, so the part's best is untouched
    expect(parseCriteriaSet(doc).issues).toEqual([
      expect.objectContaining({
        code: "criteria-negative-points",
        criterion: "A.1.2",
        value: -1,
        path: "parts[0].groups[0].criteria[1].options[0]",
      }),
    ]);
  });

  it("rejects a criterion filed under another group (criteria-id-mismatch)", () => {
    const doc = freshProduceDocument();
    doc.parts[0].groups[0].criteria[0].id = "B.9.9";
    expect(codes(doc)).toEqual(["criteria-id-mismatch"]);
  });

  it("reports each broken rule, not only the first", () => {
    const doc = freshProduceDocument();
    doc.parts[0].groups[0].criteria[1].id = "A.1.1";
    setPoints(doc, [0, 0, 2, 0], -1);
    setPoints(doc, [1, 0, 0, 3], 6);
    expect(codes(doc).sort()).toEqual([
      "criteria-duplicate-id",
      "criteria-negative-points",
      "criteria-part-sum",
    ]);
  });

  it.each([
    ["no source", (doc: Record<string, unknown>) => delete doc.source, "source"],
    [
      "points as text",
      (doc: CriteriaSetDocument) =>
        ((doc.parts[0].groups[0].criteria[0].options[0] as { points: unknown }).points = "1"),
      "parts[0].groups[0].criteria[0].options[0].points",
    ],
    [
      "an id not like A.1.2",
      (doc: CriteriaSetDocument) => (doc.parts[0].groups[0].criteria[0].id = "A-1-1"),
      "parts[0].groups[0].criteria[0].id",
    ],
    [
      "a criterion without options",
      (doc: CriteriaSetDocument) => (doc.parts[0].groups[0].criteria[0].options = []),
      "parts[0].groups[0].criteria[0].options",
    ],
  ] as [string, (doc: CriteriaSetDocument & Record<string, unknown>) => unknown, string][])(
    "rejects a file with %s as criteria-schema, naming where",
    (_label, breakIt, path) => {
      const doc = freshProduceDocument() as CriteriaSetDocument & Record<string, unknown>;
      breakIt(doc);
      expect(parseCriteriaSet(doc).issues).toEqual([
        expect.objectContaining({ code: "criteria-schema", path }),
      ]);
    },
  );

  it("rejects something that is not a criteria file at all", () => {
    expect(codes({ format: "ocop-round/1" })).toContain("criteria-schema");
    expect(codes(null)).toEqual(["criteria-schema"]);
  });
});
