import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { DEFAULT_POLICY, parseRound, policyOf } from "../../src/domain";
import { FIXTURE_ROUNDS } from "./testRounds";

const roundFiles = readdirSync(FIXTURE_ROUNDS).filter(
  (f) => f.endsWith(".json") && !f.endsWith(".expected.json"),
);
const load = (name: string) => JSON.parse(readFileSync(join(FIXTURE_ROUNDS, name), "utf8"));

describe("reading an ocop-round/1 file", () => {
  it.each(roundFiles)("reads the fixture %s", (name) => {
    expect(parseRound(load(name)).kind).toBe("ok");
  });

  it.each([
    ["another format", { format: "ocop-result/1" }, "format"],
    ["an unknown council level", { council: { level: "village", name: "x" } }, "council.level"],
    [
      "an unknown product kind",
      { products: [{ id: "P1", name: "x", productSet: "1048-01", kind: "old" }] },
      "products[0].kind",
    ],
    ["an unknown rounding policy", { policy: { rounding: "bankers" } }, "policy.rounding"],
    ["a negative quorum", { policy: { minMembers: -1 } }, "policy.minMembers"],
    ["a sheet that is not an object", { scores: { P01: { M1: 7 } } }, "scores.P01.M1"],
  ])("rejects %s as round-schema, naming where", (_label, change, path) => {
    const parsed = parseRound({ ...load("district-round.json"), ...change });
    expect(parsed.kind).toBe("failed");
    expect(parsed.issues[0]).toMatchObject({ code: "round-schema", path });
  });

  it("keeps text, booleans and nulls among the entries so the engine can report them", () => {
    const doc = load("district-round.json");
    doc.scores.P01.M1["A.1.1"] = "3";
    doc.scores.P01.M1["A.1.2"] = null;
    doc.scores.P01.M1["A.1.3"] = true;
    const parsed = parseRound(doc);
    expect(parsed.kind === "ok" && parsed.value.scores.P01.M1).toMatchObject({
      "A.1.1": "3",
      "A.1.2": null,
      "A.1.3": true,
    });
  });

  it("gives every policy field its documented default (no rounding, 1 member, 15 points, dossier warns, minimum options on the mean)", () => {
    const parsed = parseRound(load("district-round.json"));
    if (parsed.kind !== "ok") throw new Error("fixture should read");
    expect(policyOf(parsed.value)).toEqual({
      rounding: "none",
      minMembers: 1,
      divergencePoints: 15,
      dossierBlocks: false,
      minimumOptionReading: "mean",
    });
    expect(policyOf({ ...parsed.value, policy: { minMembers: 3 } })).toEqual({
      ...DEFAULT_POLICY,
      minMembers: 3,
    });
  });
});
