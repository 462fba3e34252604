import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { addMonths, certificateExpiry } from "../../src/domain/certificate";
import { XlsxWorkbook } from "../../src/xlsx";
import { ocop, round } from "../cli/cliHarness";
import { soffice } from "../libreoffice/libreOffice";

let dir: string;
const at = (name: string) => join(dir, name);

/** A second province round: another council, so another round for the register. */
function laterRound(): unknown {
  const doc = JSON.parse(readFileSync(round("province-round.json"), "utf8"));
  doc.council = { ...doc.council, name: "Hội đồng OCOP tỉnh Bắc Kạn (đợt 2)", date: "2025-06-20" };
  doc.products = doc.products.map((p: { name: string }) => ({ ...p, name: `${p.name} (đợt 2)` }));
  return doc;
}

async function registerSheet() {
  const workbook = await XlsxWorkbook.fromFile(at("so.xlsx"));
  const sheet = workbook.workbook.worksheets[0];
  const ids = (sheet.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  // exceljs rows are 1-based, index 0 empty: the index is the column number.
  const columnOf = (field: string) => ids.indexOf(`col:${field}`);
  return { workbook, sheet, columnOf };
}

/** `ocop register add FILE --register so.xlsx --decision … --date …` and any further arguments. */
const registerAdd = (file: string, decision: string, date: string, ...more: string[]) =>
  ocop("register", "add", file, "--register", at("so.xlsx"), "--decision", decision, "--date", date, ...more);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ocop-register-"));
  writeFileSync(at("later.json"), JSON.stringify(laterRound()));
  await ocop("init", "--round", round("province-round.json"), "--out", at("tinh-1.xlsx"));
  await ocop("init", "--round", at("later.json"), "--out", at("tinh-2.xlsx"));
  await ocop("compute", at("tinh-1.xlsx"));
  await ocop("compute", at("tinh-2.xlsx"));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the certificate register (Sổ theo dõi)", () => {
  test("a certificate lapses 36 months after its decision; the 29th of February falls back to the 28th", () => {
    expect(certificateExpiry("2024-10-15")).toBe("2027-10-15");
    expect(certificateExpiry("2024-02-29")).toBe("2027-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  test("register add creates the register with the products the province recognised, printable and protected", async () => {
    const run = await registerAdd(at("tinh-1.xlsx"), "Số 123/QĐ-UBND", "2024-02-29");
    expect(run.code).toBe(0);
    const lines = run.out.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^2027-02-28\t.*\t[34]★\tSố 123\/QĐ-UBND\t2024-02-29$/);
    const { sheet, columnOf } = await registerSheet();
    expect(sheet.getRow(5).getCell(columnOf("decision")).value).toBe("Số 123/QĐ-UBND");
    expect(sheet.getRow(5).getCell(columnOf("expiry")).value).toBe("2027-02-28");
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.headerFooter.oddFooter).toContain("&P");
    // exceljs keeps the protection it read in a field its typings do not declare.
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(sheet.getRow(5).getCell(columnOf("notes")).protection?.locked).toBe(false);
  });

  test("adding the same round twice is refused, naming the file and the decision it came with", async () => {
    const run = await registerAdd(at("tinh-1.xlsx"), "Số 999/QĐ-UBND", "2024-03-01", "--lang", "en");
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^tinh-1\.xlsx: this round is already in register .*so\.xlsx \(decision Số 123\/QĐ-UBND\)/,
    );
  });

  test("notes and columns typed into the register by hand survive a later addition", async () => {
    const before = await registerSheet();
    const notes = before.columnOf("notes");
    before.sheet.getRow(5).getCell(notes).value = "Đã nhắc chủ thể nộp hồ sơ";
    before.sheet.getRow(4).getCell(notes + 1).value = "Người theo dõi";
    before.sheet.getRow(5).getCell(notes + 1).value = "Chị Lan";
    await before.workbook.saveAs(at("so.xlsx"));
    const run = await registerAdd(at("tinh-2.xlsx"), "Số 456/QĐ-UBND", "2025-06-30");
    expect(run.code).toBe(0);
    const after = await registerSheet();
    expect(after.sheet.getRow(5).getCell(notes).value).toBe("Đã nhắc chủ thể nộp hồ sơ");
    expect(after.sheet.getRow(4).getCell(notes + 1).value).toBe("Người theo dõi");
    expect(after.sheet.getRow(5).getCell(notes + 1).value).toBe("Chị Lan");
    const decisions = [];
    for (let r = 5; r <= after.sheet.rowCount; r += 1)
      decisions.push(after.sheet.getRow(r).getCell(after.columnOf("decision")).value);
    expect(new Set(decisions)).toEqual(new Set(["Số 123/QĐ-UBND", "Số 456/QĐ-UBND"]));
    const numbers = [];
    for (let r = 5; r <= after.sheet.rowCount; r += 1)
      numbers.push(after.sheet.getRow(r).getCell(after.columnOf("no")).value);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  test("register due lists the certificates lapsing before a date, and --round starts their renewal round", async () => {
    const run = await ocop(
      "register",
      "due",
      at("so.xlsx"),
      "--before",
      "2027-03-01",
      "--round",
      at("cap-lai.xlsx"),
      "--lang",
      "en",
    );
    expect(run.code).toBe(0);
    const due = run.out.trim().split("\n");
    expect(due.length).toBeGreaterThan(0);
    for (const line of due) expect(line).toMatch(/^2027-02-28\t/);
    const renewal = JSON.parse((await ocop("export", at("cap-lai.xlsx"))).out);
    expect(renewal.products).toHaveLength(due.length);
    expect(renewal.products.every((p: { kind: string }) => p.kind === "renewal")).toBe(true);
    expect(renewal.products.map((p: { name: string }) => p.name)).toEqual(
      due.map((line) => line.split("\t")[1]),
    );
    expect(renewal.council.level).toBe("province");
    const none = await ocop("register", "due", at("so.xlsx"), "--before", "2027-02-28", "--lang", "en");
    expect(none.out).toBe("");
    expect(none.err).toMatch(/^0 certificates lapse before 2027-02-28/);
  });

  test("the register prints from LibreOffice on A4 with its title and every line", () => {
    execFileSync(
      soffice(),
      [
        `-env:UserInstallation=file://${at("lo-profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        at("so.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    const text = execFileSync("pdftotext", ["-layout", at("so.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("SỔ THEO DÕI SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN");
    expect(text).toContain("Số 456/QĐ-UBND");
    expect(execFileSync("pdfinfo", [at("so.pdf")], { encoding: "utf8" })).toMatch(/Page size:.*\(A4\)/);
  }, 150_000);
});
