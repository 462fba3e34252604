import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { fixtureJson, PASTED, pointsById } from "../workbook/pastedTable/pastedFixtures";
import { ocop } from "./cliHarness";

const table = (code: string) => join(PASTED, `${code}.tsv`);

describe("ocop criteria import", () => {
  it("prints 1048-01 as ocop-criteria/1 whose every criterion's option points equal the shipped set's", async () => {
    const run = await ocop(
      "criteria",
      "import",
      table("1048-01"),
      "--version",
      "1048/2019",
      "--set",
      "1048-01",
    );
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.out) as { format: string; parts: Parameters<typeof pointsById>[0] };
    expect(printed.format).toBe("ocop-criteria/1");
    expect(pointsById(printed.parts)).toEqual(pointsById(fixtureJson("1048-01.expected.json").parts));
    expect(pointsById(printed.parts)).toEqual(
      pointsById(shippedCatalog().criteriaSet("1048/2019", "1048-01")?.parts ?? []),
    );
  });

  it("refuses 1048-04 with exit 1, naming row 160's misprinted total, in the user's language", async () => {
    const run = await ocop(
      "criteria",
      "import",
      table("1048-04"),
      "--version",
      "1048/2019",
      "--set",
      "1048-04",
      "--lang",
      "en",
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain("pasted-criterion-total");
    expect(run.out).toContain("cell B160: Criterion 9.1 is printed as 3 points but its best option gives 2.");
  });

  it("--out writes the set and --name names it", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "ocop-import-")), "set.json");
    const run = await ocop(
      "criteria",
      "import",
      table("1048-01"),
      "--version",
      "1048/2019",
      "--set",
      "1048-01",
      "--name",
      "Rau tươi",
      "--out",
      out,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).productSet.name).toBe("Rau tươi");
  });

  it("an unreadable table or unknown version is exit 2 with a one-line reason that says where the list is", async () => {
    expect(
      (await ocop("criteria", "import", "/no/such.tsv", "--version", "1048/2019", "--set", "x")).code,
    ).toBe(2);
    const run = await ocop(
      "criteria",
      "import",
      table("1048-01"),
      "--version",
      "2099/1",
      "--set",
      "x",
      "--lang",
      "en",
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("ocop versions");
  });

  it("a bad paste (5,000 unrelated rows) is exit 1 with its named issue", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ocop-import-")), "noise.tsv");
    writeFileSync(file, Array.from({ length: 5000 }, (_, i) => `dòng ${i}\tghi chú`).join("\n"));
    const run = await ocop("criteria", "import", file, "--version", "1048/2019", "--set", "1048-02");
    expect(run.code).toBe(1);
    expect(run.out).toContain("pasted-no-criteria");
  });
});

describe("ocop versions and ocop sets", () => {
  it("lists each version with its product sets and how many ship with sheets, in English on request", async () => {
    const run = await ocop("versions", "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^version\tdate\tproduct sets\twith sheets/);
    expect(run.out).toMatch(/\n1048\/2019\t2019-08-21\t26\t\d+\t/);
  });

  it("lists a version's sets with code, name, criteria count, source and status, in Vietnamese by default", async () => {
    const run = await ocop("sets", "1048/2019");
    expect(run.code).toBe(0);
    expect(run.out).toContain("1048-01\tRau, củ, quả, hạt tươi\t31\tkèm theo phần mềm\tđủ\n");
    expect(run.out).toMatch(
      /1048-07\tChế biến từ rau, củ, quả, hạt\t31\tkèm theo phần mềm\tcần bổ sung điểm\n/,
    );
    expect(run.out).toMatch(/1048-26\tDịch vụ du lịch - truyền thống - lễ hội\t\t\tchưa có/);
  });

  it("an unknown version says where to find the list", async () => {
    const run = await ocop("sets", "1999/1", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.err).toContain("ocop versions");
  });
});
