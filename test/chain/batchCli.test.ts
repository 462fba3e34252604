import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseCsv } from "../../src/cli/parseCsv";
import type { Round } from "../../src/domain";
import { ocop, round } from "../cli/cliHarness";
import { freshProduce, sheetFor } from "../domain/testRounds";

let dir: string;
let folder: string;
const at = (name: string) => join(dir, name);

/** The smallest round there is: one 1048-01 product, one member, 72 points. */
function tinyRound(): Round {
  return {
    criteriaVersion: "1048/2019",
    council: { level: "district", name: "Hội đồng OCOP huyện Chợ Đồn", date: "2024-10-15" },
    members: [{ id: "M1", name: "Nguyễn Văn A" }],
    products: [{ id: "P01", name: "Miến dong Bằng Phúc", producer: "HTX Bằng Phúc", productSet: "1048-01" }],
    scores: { P01: { M1: sheetFor(freshProduce(), 72) } },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ocop-batch-"));
  folder = at("huyen");
  mkdirSync(folder);
  writeFileSync(at("tiny.json"), JSON.stringify({ format: "ocop-round/1", ...tinyRound() }));
  const made = await ocop("init", "--round", at("tiny.json"), "--out", at("tiny.xlsx"));
  if (made.code !== 0) throw new Error(made.err);
  for (let i = 1; i <= 20; i += 1)
    copyFileSync(at("tiny.xlsx"), join(folder, `xa-${String(i).padStart(2, "0")}.xlsx`));
  writeFileSync(join(folder, "xa-07b.xlsx"), "PK\u0003\u0004 cut short");
  await ocop("init", "--round", round("district-round.json"), "--out", at("cho-moi.xlsx"));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("many workbooks at once", () => {
  test("validate over a folder: one line per workbook and a total; the corrupt one is reported and the others still run", async () => {
    const run = await ocop("validate", folder, "--lang", "en");
    const lines = run.out.trim().split("\n");
    expect(lines).toHaveLength(22);
    expect(
      lines.filter((l) => / 1 products, 1 scored, 0 unfinished, 0 errors, 0 stale$/.test(l)),
    ).toHaveLength(20);
    expect(lines.find((l) => l.startsWith("xa-07b.xlsx"))).toMatch(
      /^xa-07b\.xlsx: UNREADABLE — .*damaged or incomplete/,
    );
    expect(lines[21]).toBe(
      "Total 21 files (1 unreadable): 20 products, 20 scored, 0 unfinished, 0 errors, 0 stale",
    );
    expect(run.code).toBe(2);
  }, 60_000);

  test("compute over a folder writes each result, which export then finds current", async () => {
    const run = await ocop("compute", folder, "--json");
    const docs = JSON.parse(run.out) as {
      file: string;
      format?: string;
      error?: string;
      products?: { stars: number }[];
    }[];
    expect(docs).toHaveLength(21);
    expect(docs.filter((d) => d.format === "ocop-result/1" && d.products?.[0].stars === 4)).toHaveLength(20);
    expect(docs.find((d) => d.file === "xa-07b.xlsx")?.error).toBeTruthy();
    expect(run.code).toBe(2);
    const again = await ocop(
      "validate",
      join(folder, "xa-01.xlsx"),
      join(folder, "xa-02.xlsx"),
      "--lang",
      "en",
    );
    expect(again.out.split("\n")[0]).toBe(
      "xa-01.xlsx: 1 products, 1 scored, 0 unfinished, 0 errors, 0 stale",
    );
    expect(again.code).toBe(0);
    const exported = await ocop("export", join(folder, "xa-01.xlsx"), "--csv");
    expect(exported.err).toBe("");
  }, 60_000);

  test("the exit status is the worst of the workbooks: a round with errors among good ones gives 1", async () => {
    const run = await ocop(
      "validate",
      join(folder, "xa-01.xlsx"),
      round("invalid-entries.json"),
      "--lang",
      "en",
    );
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^invalid-entries\.json: .* [1-9]\d* errors/m);
  });

  test("export --csv writes the result list as UTF-8 with a byte-order mark, best first", async () => {
    const run = await ocop("export", at("cho-moi.xlsx"), "--csv", "--out", at("ket-qua.csv"), "--lang", "vi");
    expect(run.code).toBe(0);
    const bytes = readFileSync(at("ket-qua.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString("utf8"));
    expect(rows[0]).toEqual([
      "Hạng",
      "Tên sản phẩm",
      "Chủ thể",
      "Xã",
      "Bộ sản phẩm",
      "Điểm",
      "Sao",
      "Kết quả",
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ["1", "Cam sành Quảng Chu", "77.5", "4"],
      ["2", "Bưởi da xanh Chợ Mới", "69.67", "3"],
      ["3", "Khoai lang mật Yên Đĩnh", "55", "3"],
      ["4", "Lạc đỏ Như Cố", "42", "2"],
    ]);
    expect(run.err).toMatch(/cho-moi\.xlsx: chưa có kết quả/);
  });
});
