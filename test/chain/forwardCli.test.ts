import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxWorkbook } from "../../src/xlsx";
import { ocop, round } from "../cli/cliHarness";
import { soffice } from "../libreoffice/libreOffice";
import { tableRecords } from "./chainFixtures";

// Each test runs the ocop command several times over real .xlsx files (3–4 s on an idle machine).
jest.setTimeout(30_000);

let dir: string;
const at = (name: string) => join(dir, name);

/** District round B: another council; "Cam sành Quảng Chu" of the same producer is also in round A. */
function secondDistrict(): unknown {
  const doc = JSON.parse(readFileSync(round("district-round.json"), "utf8"));
  const rename: Record<string, [string, string]> = {
    P01: ["Bí xanh Ba Bể", "HTX Ba Bể"],
    P03: ["Khoai môn Ba Bể", "HTX Khoai môn"],
    P04: ["Lạc trắng Ba Bể", "HTX Lạc"],
  };
  doc.council = { level: "district", name: "Hội đồng OCOP huyện Ba Bể", date: "2020-10-20" };
  doc.products = doc.products.map((p: { id: string }) =>
    rename[p.id] ? { ...p, name: rename[p.id][0], producer: rename[p.id][1] } : p,
  );
  return doc;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ocop-forward-"));
  writeFileSync(at("b.json"), JSON.stringify(secondDistrict()));
  writeFileSync(at("tv.csv"), "id,name,role\nM1,Nguyễn Văn Hùng,Chủ tịch Hội đồng\nM2,Trần Thị Hà,\n");
  await ocop("init", "--round", round("district-round.json"), "--out", at("cho-moi.xlsx"));
  await ocop("init", "--round", at("b.json"), "--out", at("ba-be.xlsx"));
  await ocop("init", "--round", at("b.json"), "--out", at("uncomputed.xlsx"));
  await ocop("compute", at("cho-moi.xlsx"));
  await ocop("compute", at("ba-be.xlsx"));
  writeFileSync(at("broken.xlsx"), "PK\u0003\u0004 not really a zip");
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function productRows(path: string) {
  const grids = await (await XlsxWorkbook.fromFile(path)).readSheets();
  const grid = grids.find((g) => g.values[0]?.[0] === "ocop:products");
  if (!grid) throw new Error("no products sheet");
  return tableRecords(grid);
}

describe("ocop forward on 1048/2019 district results", () => {
  test("two district workbooks → a province workbook holding exactly the products of 50 and up, the shared one once and flagged", async () => {
    const run = await ocop(
      "forward",
      at("cho-moi.xlsx"),
      at("ba-be.xlsx"),
      "--out",
      at("tinh.xlsx"),
      "--date",
      "2020-11-25",
      "--lang",
      "en",
    );
    expect(run.code).toBe(0);
    expect(run.err).toMatch(
      /warning: P02 "Cam sành Quảng Chu" was sent by several files \(cho-moi\.xlsx, ba-be\.xlsx\)/,
    );
    const rows = await productRows(at("tinh.xlsx"));
    expect(rows.map((r) => [r.name, r["ref-file"], r["ref-id"], r["ref-score"], r["ref-stars"]])).toEqual([
      ["Bưởi da xanh Chợ Mới", "cho-moi.xlsx", "P01", 69.67, 3],
      ["Cam sành Quảng Chu", "cho-moi.xlsx", "P02", 77.5, 4],
      ["Khoai lang mật Yên Đĩnh", "cho-moi.xlsx", "P03", 55, 3],
      ["Bí xanh Ba Bể", "ba-be.xlsx", "P01", 69.67, 3],
      ["Khoai môn Ba Bể", "ba-be.xlsx", "P03", 55, 3],
    ]);
    expect(rows.filter((r) => r["ref-duplicate"] !== null).map((r) => r.name)).toEqual([
      "Cam sành Quảng Chu",
    ]);
    expect(rows[3]["ref-council"]).toBe("Hội đồng OCOP huyện Ba Bể");
    expect(rows[3]["ref-date"]).toBe("2020-10-20");
    const exported = JSON.parse((await ocop("export", at("tinh.xlsx"))).out);
    expect(exported.council).toEqual({
      level: "province",
      name: "Province OCOP evaluation council",
      date: "2020-11-25",
    });
    expect(exported.criteriaVersion).toBe("1048/2019");
  });

  test("with the province council's members the forwarded round is ready to score: validate finds only the missing scores", async () => {
    const run = await ocop(
      "forward",
      at("cho-moi.xlsx"),
      "--out",
      at("tinh-tv.xlsx"),
      "--members",
      at("tv.csv"),
    );
    expect(run.code).toBe(0);
    const checked = await ocop("validate", at("tinh-tv.xlsx"), "--lang", "en");
    // An issue line ends with its code in brackets: "Error: Sheet '…', cell F12: … (too-few-members)".
    const codes = new Set(
      checked.out
        .split("\n")
        .map((l) => /\(([a-z-]+)\)$/.exec(l)?.[1])
        .filter((code) => code !== undefined),
    );
    expect([...codes]).toEqual(["too-few-members"]);
  });

  test("the forwarded workbook opens in LibreOffice (converted to PDF)", () => {
    const binary = soffice();
    const profile = mkdtempSync(join(tmpdir(), "ocop-lo-"));
    try {
      execFileSync(
        binary,
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          at("tinh.xlsx"),
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expect(existsSync(at("tinh.pdf"))).toBe(true);
  }, 150_000);

  test("an uncomputed, a stale and an unreadable file are refused by name, and no workbook is written", async () => {
    const uncomputed = await ocop(
      "forward",
      at("cho-moi.xlsx"),
      at("uncomputed.xlsx"),
      "--out",
      at("x.xlsx"),
      "--lang",
      "en",
    );
    expect(uncomputed.code).toBe(1);
    expect(uncomputed.err).toMatch(/^uncomputed\.xlsx: no result yet/m);
    const broken = await ocop(
      "forward",
      at("cho-moi.xlsx"),
      at("broken.xlsx"),
      "--out",
      at("x.xlsx"),
      "--lang",
      "en",
    );
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^broken\.xlsx: the file cannot be read/m);
    const stale = at("stale.xlsx");
    writeFileSync(stale, readFileSync(at("ba-be.xlsx")));
    const workbook = await XlsxWorkbook.fromFile(stale);
    const grid = (await workbook.readSheets()).find((g) => g.values[0]?.[0] === "ocop:products");
    if (!grid) throw new Error("no products sheet");
    const sheet = workbook.workbook.getWorksheet(grid.name);
    if (!sheet) throw new Error("no products sheet");
    sheet.getCell("C5").value = "Bí xanh Ba Bể (sửa)";
    await workbook.saveAs(stale);
    const staleRun = await ocop("forward", stale, "--out", at("x.xlsx"), "--lang", "vi");
    expect(staleRun.code).toBe(1);
    expect(staleRun.err).toMatch(/^stale\.xlsx: kết quả đã cũ/m);
    expect(existsSync(at("x.xlsx"))).toBe(false);
  });
});
