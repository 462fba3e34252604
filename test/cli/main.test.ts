import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ocop, round } from "./cliHarness";

interface ResultDocument {
  format: string;
  criteriaVersion: string;
  policy: Record<string, unknown>;
  products: {
    id: string;
    status: string;
    memberTotals: Record<string, number>;
    partAverages: Record<string, number>;
    score?: number;
    bandedScore?: number;
    stars?: number;
    rank?: number;
    outcome: string;
    issues: { code: string; severity: string; member?: string }[];
  }[];
  issues: unknown[];
}

const savedLang = process.env.OCOP_LANG;
beforeEach(() => {
  delete process.env.OCOP_LANG;
});
afterAll(() => {
  if (savedLang === undefined) delete process.env.OCOP_LANG;
  else process.env.OCOP_LANG = savedLang;
});

describe("ocop compute", () => {
  it("prints an ocop-result/1 document with --json and exits 0", async () => {
    const run = await ocop("compute", round("district-round.json"), "--json");
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    const doc = JSON.parse(run.out) as ResultDocument;
    expect(doc.format).toBe("ocop-result/1");
    expect(doc.criteriaVersion).toBe("1048/2019");
    expect(doc.policy).toEqual({
      rounding: "none",
      minMembers: 1,
      divergencePoints: 15,
      dossierBlocks: false,
      minimumOptionReading: "mean",
    });
    expect(doc.issues).toEqual([]);
    expect(doc.products.map((p) => p.id)).toEqual(["P01", "P02", "P03", "P04"]);
    for (const product of doc.products) {
      expect(product.status).toBe("scored");
      expect(Object.keys(product).sort()).toEqual(
        [
          "bandedScore",
          "id",
          "issues",
          "memberTotals",
          "outcome",
          "partAverages",
          "rank",
          "score",
          "stars",
          "status",
        ].sort(),
      );
    }
    const p01 = doc.products[0];
    expect(p01.memberTotals).toEqual({ M1: 71, M2: 69, M3: 69 });
    expect(p01.score).toBeCloseTo(69.6667, 4);
    expect([p01.stars, p01.outcome, p01.rank]).toEqual([3, "forward", 2]);
    expect(doc.products[2].issues).toEqual([
      {
        code: "member-divergent",
        severity: "warning",
        product: "P03",
        member: "M3",
        value: 72,
        detail: 48,
        expected: 15,
      },
    ]);
  });

  it("gives unrated products status and outcome but no score, stars or rank", async () => {
    const doc = JSON.parse(
      (await ocop("compute", round("invalid-entries.json"), "--json")).out,
    ) as ResultDocument;
    const unrated = doc.products.filter((p) => p.status !== "scored");
    expect(unrated.map((p) => p.id)).toEqual(["P02", "P03", "P04", "P05", "P06"]);
    for (const product of unrated) {
      expect(product.outcome).toBe("none");
      expect(product).not.toHaveProperty("stars");
      expect(product).not.toHaveProperty("score");
      expect(product).not.toHaveProperty("rank");
    }
  });

  it("prints a table in Vietnamese by default and in English with --lang en", async () => {
    const vi = await ocop("compute", round("district-round.json"));
    expect(vi.code).toBe(0);
    expect(vi.out).toContain("Điểm TB");
    expect(vi.out).toContain("Bưởi da xanh Chợ Mới");
    expect(vi.out).toContain("69,67");
    expect(vi.out).not.toContain("69.67");
    const en = await ocop("compute", round("district-round.json"), "--lang", "en");
    expect(en.out.split("\n")[0]).toMatch(/^Rank\s+Id\s+Product/);
    expect(en.out).toMatch(/P03 .*55\.00/);
    expect(en.out).toContain("69.67");
  });
});

describe("the language of the output", () => {
  it("follows OCOP_LANG when --lang is not given, and treats an empty OCOP_LANG as unset", async () => {
    process.env.OCOP_LANG = "en";
    expect((await ocop("validate", round("district-round.json"))).out).toContain("0 errors, 1 warnings");
    process.env.OCOP_LANG = "";
    const run = await ocop("validate", round("district-round.json"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("0 lỗi, 1 cảnh báo");
  });

  it("lets --lang win over OCOP_LANG", async () => {
    process.env.OCOP_LANG = "en";
    expect((await ocop("validate", round("district-round.json"), "--lang", "vi")).out).toContain("0 lỗi");
  });
});

describe("ocop validate", () => {
  // An issue line: "Lỗi: [where: ]what fix (code)"; severity first, code last.
  const severities: Record<string, string> = {
    Lỗi: "error",
    "Cảnh báo": "warning",
    Error: "error",
    Warning: "warning",
  };
  const codesIn = (out: string) =>
    out
      .split("\n")
      .map((line) => /^(Lỗi|Cảnh báo|Error|Warning): .* \(([a-z-]+)\)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => `${severities[match[1]]} ${match[2]}`);

  it("exits 0 for a round with warnings only", async () => {
    const run = await ocop("validate", round("district-round.json"), "--lang", "en");
    expect(run.code).toBe(0);
    expect(codesIn(run.out)).toEqual(["warning member-divergent"]);
    expect(run.out).toContain("0 errors, 1 warnings");
  });

  it("exits 1 and names a distinct code for an unknown product set, a sheet not shipped, a score not in options, a partial member and a non-number", async () => {
    const run = await ocop("validate", round("invalid-entries.json"));
    expect(run.code).toBe(1);
    expect(codesIn(run.out)).toEqual([
      "error unknown-product-set",
      "error criteria-sheet-missing",
      "error score-not-allowed",
      "error member-incomplete",
      "error score-not-a-number",
    ]);
    expect(run.out).toContain("5 lỗi, 0 cảnh báo");
  });

  it("exits 1 with unknown-criteria-version for a round naming an unknown version", async () => {
    const run = await ocop("validate", round("unknown-version.json"));
    expect(run.code).toBe(1);
    expect(codesIn(run.out)).toEqual(["error unknown-criteria-version"]);
  });
});

describe("unreadable input and bad usage", () => {
  const dir = mkdtempSync(join(tmpdir(), "ocop-cli-"));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ["a missing file", () => join(dir, "khong-co.json"), /không đọc được .*khong-co\.json: ENOENT/],
    ["a file that is not JSON", () => file("not.json", "{ format: ocop"), /không phải JSON/],
    ["a JSON file of another format", () => file("result.json", '{"format":"ocop-result/1"}'), /format/],
    ["a JSON array", () => file("array.json", "[1, 2]"), /ocop-round\/1/],
  ] as [string, () => string, RegExp][])(
    "exits 2 with a one-line reason for %s",
    async (_label, path, reason) => {
      for (const command of ["compute", "validate"]) {
        const run = await ocop(command, path());
        expect(run.code).toBe(2);
        expect(run.out).toBe("");
        expect(run.err).toMatch(/^ocop: /);
        expect(run.err).toMatch(reason);
        expect(run.err.trimEnd().split("\n")).toHaveLength(1);
      }
    },
  );

  it.each([
    ["no command", []],
    ["an unknown command", ["grade", "x.json"]],
    ["an unknown option", ["compute", "x.json", "--jsn"]],
    ["no file", ["compute"]],
    ["two files", ["validate", "a.json", "b.json"]],
    ["a language other than vi or en", ["compute", "x.json", "--lang", "fr"]],
  ] as [string, string[]][])("exits 2 for %s", async (_label, argv) => {
    const run = await ocop(...argv);
    expect(run.code).toBe(2);
  });

  it("prints the usage and exits 0 for help, in Vietnamese by default and in English with --lang en", async () => {
    const run = await ocop("help");
    expect(run.code).toBe(0);
    expect(run.out).toContain("ocop compute ĐỢT.json");
    expect(run.out).toMatch(/^Cách dùng:/);
    const english = await ocop("--help", "--lang", "en");
    expect(english.code).toBe(0);
    expect(english.out).toContain("ocop compute ROUND.json");
    process.env.OCOP_LANG = "en";
    expect((await ocop("compute", "--help")).out).toMatch(/^Usage:/);
  });

  it("says in --help and the README what compute's exit code means", async () => {
    const help = (await ocop("--help", "--lang", "en")).out;
    expect(help).toMatch(/1 the round has errors to fix, or \(compute\) a product is not\s+rated/);
    expect((await ocop("--help")).out).toMatch(/\(compute\) còn sản phẩm chưa\s+xếp hạng/);
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    expect(readme).toMatch(/`compute` exits 1 when any product is not rated/);
  });

  it("reads a bad --lang in the language OCOP_LANG names", async () => {
    process.env.OCOP_LANG = "en";
    expect((await ocop("compute", "x.json", "--lang", "fr")).err).toMatch(/--lang takes vi or en, not 'fr'/);
  });

  it.each([
    ["no file", ["compute"], /cần đúng một tệp, nhận được 0/, /expected one file, got 0/],
    ["an unknown command", ["grade", "x.json"], /không có lệnh 'grade'/, /unknown command 'grade'/],
    ["an unknown option", ["compute", "x.json", "--jsn"], /không có tuỳ chọn --jsn/, /unknown option --jsn/],
    ["a missing value", ["compute", "x.json", "--out"], /--out cần một giá trị/, /--out needs a value/],
    [
      "a language other than vi or en",
      ["compute", "x.json", "--lang", "fr"],
      /--lang nhận vi hoặc en/,
      /takes vi or en/,
    ],
    [
      "--out on a round file",
      ["compute", round("district-round.json"), "--out", "x.xlsx"],
      /--out dùng cho sổ làm việc/,
      /--out is for workbooks/,
    ],
    ["init without --out", ["init"], /init cần --out/, /init needs --out/],
    [
      "a bad --date",
      [
        "init",
        "--version",
        "1048/2019",
        "--products",
        "p.csv",
        "--members",
        "m.csv",
        "--out",
        join(dir, "d.xlsx"),
        "--date",
        "31/02/2026",
      ],
      /--date nhận ngày dạng 20\/10\/2026/,
      /--date takes a date as 20\/10\/2026/,
    ],
  ] as [string, string[], RegExp, RegExp][])(
    "says %s in one Vietnamese line by default, in English with --lang en, with the command to get help",
    async (_label, argv, vi, en) => {
      const inVietnamese = await ocop(...argv);
      expect(inVietnamese.code).toBe(2);
      expect(inVietnamese.out).toBe("");
      expect(inVietnamese.err.trimEnd().split("\n")).toHaveLength(1);
      expect(inVietnamese.err).toMatch(vi);
      expect(inVietnamese.err).toContain("Xem cách dùng: ocop --help");
      const withoutLang = argv.filter((arg, i) => arg !== "--lang" && argv[i - 1] !== "--lang");
      const inEnglish = await ocop(...withoutLang, "--lang", argv.includes("fr") ? "fr" : "en");
      if (!argv.includes("fr")) {
        expect(inEnglish.err).toMatch(en);
        expect(inEnglish.err).toContain("ocop --help --lang en");
        expect(inEnglish.err.trimEnd().split("\n")).toHaveLength(1);
      }
    },
  );
});

describe("issue lines and the result table speak the secretary's words", () => {
  it("writes an issue line as severity, message with the member's name, and the code last", async () => {
    const run = await ocop("validate", round("district-round.json"));
    const line = run.out.split("\n")[0];
    expect(line).toMatch(/^Cảnh báo: Sản phẩm P03: thành viên .+ \(M3\) cho 72 điểm/);
    expect(line).toMatch(/\(member-divergent\)$/);
    expect(line).not.toMatch(/^warning\t/);
  });

  it("heads the table with Thứ hạng and the number of members who scored, never a bare TV or Hạng", async () => {
    const head = (await ocop("compute", round("district-round.json"))).out.split("\n")[0];
    expect(head).toMatch(/^Thứ hạng\s+Mã\s+Sản phẩm\s+Số người chấm/);
    expect(head.split(/\s{2,}/)).not.toContain("TV");
    expect(head.split(/\s{2,}/)).not.toContain("Hạng");
  });
});

describe("ocop compute's exit code says whether every product is rated", () => {
  it("exits 1 when a product is not rated, and still prints the results and says how many", async () => {
    const run = await ocop("compute", round("invalid-entries.json"));
    expect(run.code).toBe(1);
    expect(run.out).toContain("Thứ hạng");
    expect(run.out).toContain("Chưa chấm xong");
    expect(run.err).toMatch(/5\/\d+ sản phẩm chưa được xếp hạng/);
    const json = await ocop("compute", round("invalid-entries.json"), "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out).format).toBe("ocop-result/1");
  });

  it("exits 0 when every product is rated", async () => {
    expect((await ocop("compute", round("district-round.json"))).code).toBe(0);
  });
});
