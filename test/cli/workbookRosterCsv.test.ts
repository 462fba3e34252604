import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { UsageError } from "../../src/cli/cliIo";
import { parseCsv } from "../../src/cli/parseCsv";
import { readMembersCsv, readProductsCsv } from "../../src/cli/readRosterCsv";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ocop-csv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("parseCsv", () => {
  it("keeps commas, doubled quotes and line breaks inside quoted fields", () => {
    expect(parseCsv('id,name\r\nP01,"Bưởi, loại ""đặc biệt""\nmới"\r\n')).toEqual([
      ["id", "name"],
      ["P01", 'Bưởi, loại "đặc biệt"\nmới'],
    ]);
  });

  it("drops Excel's byte-order mark and blank lines, and reads semicolon files from a Vietnamese Excel", () => {
    expect(parseCsv("\uFEFFid;name\n\nM1;Nguyễn Văn An\n")).toEqual([
      ["id", "name"],
      ["M1", "Nguyễn Văn An"],
    ]);
  });

  it("keeps the last field when the file has no final line break, and empty fields as empty", () => {
    expect(parseCsv("a,b,c\n1,,3")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });
});

describe("reading product and member lists", () => {
  it("reads Vietnamese headings whatever their accents and numbers rows without ids", () => {
    const path = file(
      "sp.csv",
      "\uFEFFTên sản phẩm,Chủ thể,Xã,Bộ sản phẩm,Loại\nBưởi Diễn,HTX Phú Diễn,xã Phú Diễn,1048-01,Nâng hạng\nCam Canh,,,,mới\n",
    );
    expect(readProductsCsv(path, "1048-01")).toEqual([
      {
        id: "P01",
        name: "Bưởi Diễn",
        producer: "HTX Phú Diễn",
        commune: "xã Phú Diễn",
        productSet: "1048-01",
        kind: "upgrade",
      },
      { id: "P02", name: "Cam Canh", productSet: "1048-01", kind: "new" },
    ]);
  });

  it("keeps a name that looks like a formula exactly as typed", () => {
    const path = file("sp.csv", 'id,name,productSet\nP09,"=1+1",1048-01\nP10,+84 912,1048-01\n');
    expect(readProductsCsv(path, undefined).map((p) => p.name)).toEqual(["=1+1", "+84 912"]);
  });

  it("reads members with English headings", () => {
    const path = file("tv.csv", "id,name,role\nM1,Nguyễn Văn Hùng,Chủ tịch Hội đồng\nM2,Trần Thị Hà,\n");
    expect(readMembersCsv(path)).toEqual([
      { id: "M1", name: "Nguyễn Văn Hùng", role: "Chủ tịch Hội đồng" },
      { id: "M2", name: "Trần Thị Hà" },
    ]);
  });

  it("refuses a file saved in the Windows code page instead of mangling Vietnamese names", () => {
    const path = file("tv.csv", Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4e, 0x67, 0xf5, 0x0a]));
    expect(() => readMembersCsv(path)).toThrow(/CSV UTF-8/);
  });

  it("says which column is missing and which line has an unknown kind", () => {
    expect(() => readMembersCsv(file("a.csv", "id,role\nM1,x\n"))).toThrow(UsageError);
    expect(() => readMembersCsv(file("a.csv", "id,role\nM1,x\n"))).toThrow(/no column name/);
    expect(() => readProductsCsv(file("b.csv", "name,kind\nBưởi,cũ\n"), "1048-01")).toThrow(
      /line 2: kind "cũ"/,
    );
    expect(() => readProductsCsv(file("c.csv", "name\nBưởi\n"), undefined)).toThrow(/line 2: no product set/);
  });
});
