import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { demoRound } from "../../src/cli/demo/demoRound";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { criteriaOf, parseRound, policyOf, type Round } from "../../src/domain";
import { ocop, round as fixturePath } from "./cliHarness";

// Each case writes and reads real .xlsx files; a slow CI machine needs more than Jest's 5 s.
jest.setTimeout(30_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ocop-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (name: string) => join(dir, name);

function fixture(name: string): Round {
  const parsed = parseRound(JSON.parse(readFileSync(fixturePath(name), "utf8")));
  if (parsed.kind !== "ok") throw new Error(`${name} is not a round`);
  return parsed.value;
}

async function initFrom(name: string, out = inDir("w.xlsx")): Promise<string> {
  const run = await ocop("init", "--round", fixturePath(name), "--out", out);
  expect(run).toMatchObject({ code: 0 });
  return out;
}

/** Every cell of a sheet as exceljs reads it from the file: value, formula and number format. */
async function cellsOf(path: string, sheetName: string): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName} in ${path}`);
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt ?? null };
    }),
  );
  return cells;
}

describe("ocop init --round and ocop export", () => {
  it("exports the same round the workbook was made from, scores included", async () => {
    const path = await initFrom("district-round.json");
    const run = await ocop("export", path);
    expect(run.code).toBe(0);
    const exported = JSON.parse(run.out);
    expect(exported.format).toBe("ocop-round/1");
    const original = fixture("district-round.json");
    expect(parseRound(exported)).toEqual({
      kind: "ok",
      value: { ...original, policy: policyOf(original) },
      issues: [],
    });
  });

  it("refuses to overwrite an existing workbook unless --force is given", async () => {
    const path = inDir("w.xlsx");
    writeFileSync(path, "not mine to lose");
    const run = await ocop("init", "--round", fixturePath("district-round.json"), "--out", path);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--force/);
    expect(readFileSync(path, "utf8")).toBe("not mine to lose");
    expect(
      (await ocop("init", "--round", fixturePath("district-round.json"), "--out", path, "--force")).code,
    ).toBe(0);
  });

  it("exits 1 and names the Products cell when a product's scores have no criteria sheet to go on", async () => {
    const run = await ocop(
      "init",
      "--round",
      fixturePath("invalid-entries.json"),
      "--out",
      inDir("w.xlsx"),
      "--lang",
      "en",
    );
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^Error: Sheet '[^']+', cell [A-Z]+\d+: .* \(unknown-product-set\)$/m);
  });
});

/** `ocop init` from a products and a members CSV written here, with the flags given; the workbook's path. */
async function initFromLists(productsCsv: string, membersCsv: string, ...flags: string[]) {
  const products = inDir("sp.csv");
  const members = inDir("tv.csv");
  writeFileSync(products, productsCsv);
  writeFileSync(members, membersCsv);
  const out = inDir("w.xlsx");
  const run = await ocop("init", ...flags, "--products", products, "--members", members, "--out", out);
  return { run, out };
}

/** `ocop init` from CSV lists under the 1048/2019 criteria. */
function initArgs(products: string, members: string, out: string): string[] {
  return ["init", "--version", "1048/2019", "--products", products, "--members", members, "--out", out];
}

describe("ocop init from CSV lists", () => {
  it("makes a workbook ready to score with a criteria sheet per product", async () => {
    const products = inDir("sp.csv");
    const members = inDir("tv.csv");
    writeFileSync(
      products,
      '\uFEFFTên sản phẩm,Chủ thể,Xã\nBưởi Diễn,HTX Phú Diễn,xã Phú Diễn\n"=1+1",Hộ Lan,xã Đông\n',
    );
    writeFileSync(members, "Họ và tên,Chức vụ\nNguyễn Văn Hùng,Chủ tịch Hội đồng\nTrần Thị Hà,Thành viên\n");
    const out = inDir("w.xlsx");
    const run = await ocop(
      ...initArgs(products, members, out),
      "--council",
      "Hội đồng OCOP huyện Minh Hoà",
      "--date",
      "20/10/2022",
      "--set",
      "1048-01",
    );
    expect(run.code).toBe(0);
    const exported = JSON.parse((await ocop("export", out)).out);
    expect(exported.council).toEqual({
      level: "district",
      name: "Hội đồng OCOP huyện Minh Hoà",
      date: "2022-10-20",
    });
    expect(exported.products.map((p: { name: string }) => p.name)).toEqual(["Bưởi Diễn", "=1+1"]);
    expect(exported.members.map((m: { id: string }) => m.id)).toEqual(["M1", "M2"]);
    const validate = await ocop("validate", out, "--lang", "en");
    expect(validate.out).not.toMatch(/product-sheet-missing/);
  });

  it("makes 26/2026 sheets with every criterion for products of several sets, at the province", async () => {
    const { run, out } = await initFromLists(
      "Tên sản phẩm,Chủ thể,Xã,Bộ sản phẩm\nBưởi Diễn,HTX Phú Diễn,xã Phú Diễn,26-01\nRượu Làng Vân,Công ty Làng Vân,xã Vân Hà,26-14\nLàng du lịch Đường Lâm,HTX Đường Lâm,xã Đường Lâm,26-26\n",
      "Họ và tên\nNguyễn Văn Hùng\nTrần Thị Hà\n",
      ...["--version", "26/2026"],
    );
    expect(run.code).toBe(0);
    const exported = JSON.parse((await ocop("export", out)).out);
    expect(exported.criteriaVersion).toBe("26/2026");
    expect(exported.council.level).toBe("province");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const [id, code] of [
      ["P01", "26-01"],
      ["P02", "26-14"],
      ["P03", "26-26"],
    ]) {
      const sheet = workbook.getWorksheet(`Phiếu ${id}`);
      const rows: string[] = [];
      sheet?.getColumn(1).eachCell((cell) => {
        if (String(cell.value).startsWith("criterion:")) rows.push(String(cell.value).slice(10));
      });
      const set = shippedCatalog().criteriaSet("26/2026", code);
      expect([id, rows]).toEqual([id, set ? criteriaOf(set).map((c) => c.id) : []]);
    }
  });

  it("proposes the decision in force on --date when --version is left out", async () => {
    const { run, out } = await initFromLists(
      "Tên sản phẩm,Bộ sản phẩm\nBưởi Diễn,1048-01\n",
      "Họ và tên\nNguyễn Văn Hùng\n",
      ...["--date", "2021-05-04"],
    );
    expect(run.code).toBe(0);
    const exported = JSON.parse((await ocop("export", out)).out);
    expect([exported.criteriaVersion, exported.council.level]).toEqual(["1048/2019", "district"]);
  });

  it("says which criteria versions exist when given an unknown one", async () => {
    const run = await ocop(
      "init",
      "--version",
      "9/2099",
      "--products",
      "a.csv",
      "--members",
      "b.csv",
      "--out",
      inDir("w.xlsx"),
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/1048\/2019/);
  });
});

describe("ocop compute on a workbook", () => {
  it("prints the same result as computing the round file", async () => {
    const path = await initFrom("province-round.json");
    const fromWorkbook = await ocop("compute", path, "--json");
    const fromRound = await ocop("compute", fixturePath("province-round.json"), "--json");
    expect(fromWorkbook.code).toBe(0);
    expect(JSON.parse(fromWorkbook.out)).toEqual(JSON.parse(fromRound.out));
  });

  it("keeps a user's own sheet and notes beside generated regions exactly as they were", async () => {
    const path = await initFrom("district-round.json");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const mine = workbook.addWorksheet("Ghi chú riêng");
    mine.getCell("A1").value = "Biên bản họp ngày 15/10 — ý kiến thành viên";
    mine.getCell("B2").value = 0.1 + 0.2;
    mine.getCell("B3").value = "=1+1";
    mine.getCell("B4").value = { formula: "B2*2", result: 0.6000000000000001 };
    mine.getCell("C5").value = new Date(Date.UTC(2020, 9, 15));
    mine.getCell("C5").numFmt = "dd/mm/yyyy";
    mine.getCell("D6").value = "+84 912 345 678";
    const criteria = workbook.worksheets.find((s) => s.name !== "Ghi chú riêng" && /P01/.test(s.name));
    if (!criteria) throw new Error("no criteria sheet for P01");
    criteria.getCell("Z3").value = "Ghi chú bên lề của thư ký";
    await workbook.xlsx.writeFile(path);
    const mineBefore = await cellsOf(path, "Ghi chú riêng");
    const criteriaBefore = await cellsOf(path, criteria.name);

    expect((await ocop("compute", path)).code).toBe(0);
    expect(await cellsOf(path, "Ghi chú riêng")).toEqual(mineBefore);
    expect(await cellsOf(path, criteria.name)).toEqual(criteriaBefore);
  });

  // The region a re-render clears reaches as far as the sheet's hidden ids, not to the farthest typed cell.
  it("keeps notes a user typed beside the Result sheet's region through a recompute", async () => {
    const path = await initFrom("district-round.json");
    expect((await ocop("compute", path)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const result = workbook.worksheets.find((sheet) => sheet.getCell("A1").value === "ocop:result");
    if (!result) throw new Error("no result sheet");
    const right = result.getCell(2, result.columnCount + 3);
    const below = result.getCell(result.rowCount + 5, 2);
    right.value = "Ghi chú bên phải";
    below.value = "Ghi chú bên dưới";
    await workbook.xlsx.writeFile(path);
    expect((await ocop("compute", path)).code).toBe(0);
    const after = await cellsOf(path, result.name);
    const valueAt = (address: string) => (after[address] as { value: unknown } | undefined)?.value;
    expect([valueAt(right.address), valueAt(below.address)]).toEqual([
      "Ghi chú bên phải",
      "Ghi chú bên dưới",
    ]);
  });

  it("writes to --out and leaves the original file byte for byte as it was", async () => {
    const path = await initFrom("district-round.json");
    const before = readFileSync(path);
    const out = inDir("w2.xlsx");
    expect((await ocop("compute", path, "--out", out)).code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it("replaces the file in place through a temporary file that does not stay behind", async () => {
    const path = await initFrom("district-round.json");
    expect((await ocop("compute", path)).code).toBe(0);
    expect(readdirSync(dir)).toEqual(["w.xlsx"]);
    const again = await ocop("compute", path, "--json");
    expect(JSON.parse(again.out).products).toHaveLength(4);
  });

  it("will not save over a workbook holding charts it cannot keep, but writes a copy with --out", async () => {
    const path = await initFrom("district-round.json");
    // Rename a part of the same length in the zip's directory, so the package names a chart part.
    const bytes = readFileSync(path).toString("latin1").split("docProps/app.xml").join("xl/charts/c1.xml");
    writeFileSync(path, Buffer.from(bytes, "latin1"));
    const before = readFileSync(path);
    const refused = await ocop("compute", path, "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/charts.*--out/);
    expect(readFileSync(path).equals(before)).toBe(true);
    const copy = await ocop("compute", path, "--out", inDir("copy.xlsx"), "--lang", "en");
    expect(copy.code).toBe(0);
    expect(copy.err).toMatch(/does not have the original's charts/);
  });

  it("refuses to write results into a workbook that holds no round, and leaves it unchanged", async () => {
    const path = inDir("plain.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").getCell("A1").value = "hello";
    await workbook.xlsx.writeFile(path);
    const before = readFileSync(path);
    const run = await ocop("compute", path, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/round/i);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe("ocop validate on a workbook", () => {
  it("exits 0 for a clean round and 1 with issues that name sheet and cell, without changing the file", async () => {
    const clean = await initFrom("district-round.json", inDir("clean.xlsx"));
    expect((await ocop("validate", clean)).code).toBe(0);
    const broken = inDir("broken.xlsx");
    await ocop("init", "--round", fixturePath("invalid-entries.json"), "--out", broken);
    const before = readFileSync(broken);
    const run = await ocop("validate", broken, "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^Error: Sheet '[^']+', cell [A-Z]+\d+: .* \(score-not-allowed\)$/m);
    expect(readFileSync(broken).equals(before)).toBe(true);
  });
});

describe("a file that is not a usable workbook", () => {
  it.each([
    ["damaged", Buffer.from("PK\u0003\u0004 truncated", "latin1"), /hỏng|damaged/],
    ["a CSV renamed", Buffer.from("id,name\n"), /không phải sổ làm việc|not an Excel workbook/],
    ["empty", Buffer.alloc(0), /rỗng|empty/],
  ])("exits 2 with one line saying the file is %s", async (_what, bytes, message) => {
    const path = inDir("bad.xlsx");
    writeFileSync(path, bytes);
    for (const command of ["validate", "compute", "export"]) {
      const run = await ocop(command, path);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err).toContain(path);
      expect(run.err.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("names a missing file in English with --lang en", async () => {
    const run = await ocop("compute", inDir("nowhere.xlsx"), "--lang", "en");
    expect(run).toMatchObject({ code: 2 });
    expect(run.err).toMatch(/was not found/);
  });
});

describe("ocop demo", () => {
  it("writes the sample workbook, prints a result line per product, and exports the demo round", async () => {
    const out = inDir("demo.xlsx");
    const run = await ocop("demo", "--out", out, "--lang", "en");
    expect(run.code).toBe(0);
    const round = demoRound(shippedCatalog());
    for (const product of round.products) expect(run.out).toContain(product.name);
    expect(run.out).toMatch(/★★★★★/);
    expect(run.out).toMatch(/M7/); // the divergent member is pointed out
    const exported = parseRound(JSON.parse((await ocop("export", out)).out));
    expect(exported).toEqual({ kind: "ok", value: { ...round, policy: policyOf(round) }, issues: [] });
  });
});

describe("ocop init from CSV lists without a product-set column", () => {
  it("refuses, naming the rows, unless --set CODE says which set they are in", async () => {
    const products = inDir("sp.csv");
    const members = inDir("tv.csv");
    writeFileSync(products, "Tên sản phẩm,Chủ thể\nBưởi Diễn,HTX Phú Diễn\nCam Canh,Hộ Lan\n");
    writeFileSync(members, "Họ và tên\nNguyễn Văn Hùng\n");
    const out = inDir("w.xlsx");
    const lists = initArgs(products, members, out);
    const refused = await ocop(...lists);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/dòng 2, 3: không có mã bộ sản phẩm/);
    expect(refused.err).toContain("--set");
    expect(existsSync(out)).toBe(false);
    const wrongSet = await ocop(...lists, "--set", "9999-99", "--lang", "en");
    expect(wrongSet.code).toBe(2);
    expect(wrongSet.err).toMatch(/product set '9999-99' has no criteria sheet/);
    const accepted = await ocop(...lists, "--set", "1048-01");
    expect(accepted.code).toBe(0);
    expect(
      JSON.parse((await ocop("export", out)).out).products.map((p: { productSet: string }) => p.productSet),
    ).toEqual(["1048-01", "1048-01"]);
  });
});

describe("ocop compute on a workbook with a product not fully scored", () => {
  it("exits 1, still writes the result sheet and prints the table", async () => {
    const products = inDir("sp.csv");
    const members = inDir("tv.csv");
    writeFileSync(products, "Tên sản phẩm,Bộ sản phẩm\nBưởi Diễn,1048-01\n");
    writeFileSync(members, "Họ và tên\nNguyễn Văn Hùng\n");
    const out = inDir("w.xlsx");
    await ocop(...initArgs(products, members, out));
    const run = await ocop("compute", out);
    expect(run.code).toBe(1);
    expect(run.out).toContain("Chưa chấm xong");
    expect(run.err).toMatch(/Đã ghi kết quả vào/);
    expect(run.err).toMatch(/1\/1 sản phẩm chưa được xếp hạng/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.some((sheet) => sheet.getCell("A1").value === "ocop:result")).toBe(true);
  });
});
