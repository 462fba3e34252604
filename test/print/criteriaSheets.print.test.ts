import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Workbook } from "exceljs";
import { writeRoundToWorkbook } from "../../src/cli/roundWorkbook";
import { exportMemberCopy } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import { DEFAULT_POLICY, type Member, type Round } from "../../src/domain";
import { MemoryWorkbook } from "../../src/workbook/memoryWorkbook";
import { planCriteriaSheet } from "../../src/workbook/plan/criteriaSheet";
import { XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { sheetFor } from "../domain/testRounds";
import { bestBut, MINIMUM_OPTIONS_SET, MINIMUM_OPTIONS_VERSION } from "../fixtures/minimumOptions";
import {
  convertToPdf,
  fontSizeOf,
  overlappingPairs,
  readTextBoxes,
  writePagePngs,
  type TextBox,
} from "./pdfText";

/**
 * Issue 12: a council of up to 15 prints its criteria sheets legibly. LibreOffice prints a 15-member
 * round's sheets (the shipped 1048-01, whose long A.1.6 once overprinted the next row, and a 26/2026-like
 * sheet with notes and marks) and one member's copy; the PDF's words must be 8 pt or more, never overlap,
 * and show every member's name whole. The pages go to test-results/print/criteria/ for a person to look at.
 */
const NAMES = [
  "Nguyễn Văn Hùng",
  "Trần Thị Thu Hà",
  "Lê Minh Tuấn",
  "Phạm Thị Lan",
  "Hoàng Đức Thắng",
  "Vũ Thị Mai",
  "Bùi Thị Phương Thảo",
  "Đỗ Văn Trường",
  "Ngô Thị Hồng Nhung",
  "Dương Quang Vinh",
  "Lý Thị Ngọc Ánh",
  "Trịnh Xuân Thành",
  "Phan Thị Kim Oanh",
  "Hồ Nguyễn Khánh Linh",
  "Đặng Quốc Bảo",
];
const members: Member[] = NAMES.map((name, i) => ({
  id: `M${i + 1}`,
  name,
  role: i === 0 ? "Chủ tịch Hội đồng" : i === NAMES.length - 1 ? "Thư ký Hội đồng" : "Thành viên",
}));
const catalog = shippedCatalog();
const produce = catalog.criteriaSet("1048/2019", "1048-01")!;
const round: Round = {
  criteriaVersion: "1048/2019",
  council: { level: "district", name: "Hội đồng huyện Hàm Yên", date: "2026-10-15" },
  members,
  products: [
    { id: "P01", name: "Bưởi Diễn", producer: "HTX Nông nghiệp Phú Diễn", productSet: "1048-01" },
    { id: "P02", name: "Cam sành Hàm Yên", producer: "HTX Cam sành", productSet: "1048-01" },
  ],
  scores: {
    P01: Object.fromEntries(members.map((m, i) => [m.id, sheetFor(produce, 60 + i * 2, i)])),
    P02: Object.fromEntries(members.map((m, i) => [m.id, sheetFor(produce, 70 - i, i)])),
  },
};
const OUT = join(__dirname, "../../test-results/print/criteria");
const MIN_POINTS = 8;

/** Where a name's words follow one another: on one line, or wrapped onto the next lines of one cell. */
function printedWhole(boxes: readonly TextBox[], name: string): boolean {
  const words = name.split(" ");
  return boxes.some((start, i) => {
    if (start.text !== words[0]) return false;
    let previous = start;
    for (const word of words.slice(1)) {
      const next = boxes.slice(i + 1).find((box) => {
        if (box.page !== start.page || box.text !== word) return false;
        const sameLine = Math.abs(box.yMin - previous.yMin) < 1 && box.xMin - previous.xMax < 8;
        const lineBelow = box.yMin > previous.yMin + 1 && box.yMin - previous.yMax < 6;
        return (sameLine && box.xMin > previous.xMin) || (lineBelow && Math.abs(box.xMin - start.xMin) < 40);
      });
      if (!next) return false;
      previous = next;
    }
    return true;
  });
}

/** The shipped 1048-01 sheet of product P01 for a council of `council`. */
function produceSheet(name: string, council: readonly Member[]) {
  return planCriteriaSheet({
    name,
    product: round.products[0],
    set: produce,
    version: catalog.version("1048/2019")!,
    members: council,
    entries: round.scores.P01,
    policy: DEFAULT_POLICY,
    language: "vi",
  });
}

describe("criteria sheets of a 15-member council printed by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "ocop-print-criteria-"));
  const files = {
    council: join(work, "phieu-hoi-dong.xlsx"),
    copy: join(work, "phieu-thanh-vien.xlsx"),
    smaller: join(work, "phieu-hoi-dong-3-va-9.xlsx"),
  };
  let council: TextBox[];
  let copy: TextBox[];
  /** The 1048-01 sheet of a 3-member council, then of a 9-member one (portrait, then two landscape pages wide). */
  let smaller: TextBox[];

  beforeAll(async () => {
    const sheets = XlsxWorkbook.empty();
    await sheets.writeSheets([
      produceSheet("Phiếu P01", members),
      planCriteriaSheet({
        name: "Phiếu K01",
        product: { id: "K01", name: "Cam sành Hàm Yên", producer: "HTX Cam sành", productSet: "26-01" },
        set: MINIMUM_OPTIONS_SET,
        version: MINIMUM_OPTIONS_VERSION,
        members,
        entries: Object.fromEntries(members.map((m) => [m.id, bestBut()])),
        policy: DEFAULT_POLICY,
        language: "vi",
      }),
    ]);
    await sheets.saveAs(files.council);
    const small = XlsxWorkbook.empty();
    await small.writeSheets([3, 9].map((size) => produceSheet(`Phiếu ${size}`, members.slice(0, size))));
    await small.saveAs(files.smaller);
    const main = new MemoryWorkbook();
    await writeRoundToWorkbook(main, round, { catalog });
    const exported = await exportMemberCopy(main, { catalog, member: "M7" });
    if (exported.kind !== "exported") throw new Error(`no member copy: ${exported.kind}`);
    const memberCopy = XlsxWorkbook.empty();
    await memberCopy.writeSheets(exported.plans.filter((plan) => plan.kind === "criteria"));
    await memberCopy.saveAs(files.copy);
    const councilPdf = convertToPdf(files.council, OUT);
    const copyPdf = convertToPdf(files.copy, OUT);
    const smallerPdf = convertToPdf(files.smaller, OUT);
    for (const pdf of [councilPdf, copyPdf, smallerPdf]) writePagePngs(pdf, OUT);
    council = readTextBoxes(councilPdf);
    copy = readTextBoxes(copyPdf);
    smaller = readTextBoxes(smallerPdf);
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("reads the footer, which LibreOffice never scales, at its 10 pt (the size measure is calibrated)", () => {
    // The footer's size is set in its own codes (&"Times New Roman,Regular"&10) and prints unscaled whatever
    // the sheet's scale: a calibration that cannot cancel out a sheet printed too small.
    const footers = [...council, ...copy, ...smaller].filter((box) => box.text === "Trang");
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(fontSizeOf(footer)).toBeCloseTo(10, 0);
  });

  it("prints every criteria sheet at 100 %: an 11 pt code and the 10 pt signing hint measure as set", () => {
    const codes = [...council, ...copy, ...smaller].filter((box) => box.text === "A.1.1");
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(fontSizeOf(code)).toBeCloseTo(11, 0);
    const hint = copy.find((box) => box.text === "(Ký,");
    expect(hint).toBeDefined();
    expect(fontSizeOf(hint!)).toBeCloseTo(10, 0);
  });

  it("prints no word below 8 pt", () => {
    const small = [...council, ...copy, ...smaller].filter((box) => fontSizeOf(box) < MIN_POINTS);
    expect(small.map((box) => `${box.text} ${fontSizeOf(box).toFixed(1)} pt, page ${box.page}`)).toEqual([]);
  });

  it("prints no word over another (wrapped criterion names fit their rows)", () => {
    const describe = ([a, b]: [TextBox, TextBox]) => `page ${a.page}: "${a.text}" over "${b.text}"`;
    expect(overlappingPairs(council).map(describe)).toEqual([]);
    expect(overlappingPairs(copy).map(describe)).toEqual([]);
    expect(overlappingPairs(smaller).map(describe)).toEqual([]);
  });

  it("shows every member's name whole, and the member's own name on their copy", () => {
    expect(NAMES.filter((name) => !printedWhole(council, name))).toEqual([]);
    expect(printedWhole(copy, NAMES[6])).toBe(true);
    expect(NAMES.slice(0, 9).filter((name) => !printedWhole(smaller, name))).toEqual([]);
    expect(copy.map((box) => box.text)).toEqual(expect.arrayContaining(["NGƯỜI", "ĐÁNH", "GIÁ", "tôi"]));
  });

  it("numbers each one-page-wide sheet's pages on its own: each phiếu of a copy reads 'Trang 1/N' to 'Trang N/N'", () => {
    const numbers = copy.filter((box, i) => copy[i - 1]?.text === "Trang").map((box) => box.text);
    // Runs of page numbers, one per sheet: each starts at 1 and ends at its own count.
    const runs: string[][] = [];
    for (const number of numbers) {
      if (number.startsWith("1/")) runs.push([]);
      runs.at(-1)?.push(number);
    }
    expect(runs.length).toBe(2);
    expect(runs).toEqual(runs.map((run) => run.map((_, i) => `${i + 1}/${run.length}`)));
  });

  it("prints the member's signature block whole, on one page, on every sheet of their copy", () => {
    const blocks = copy.filter((box) => box.text === "NGƯỜI");
    expect(blocks.length).toBeGreaterThan(0);
    const given = NAMES[6].split(" ").at(-1);
    const split = blocks.filter(
      (start) => copy.slice(copy.indexOf(start)).find((box) => box.text === given)?.page !== start.page,
    );
    expect(split.map((start) => `page ${start.page}`)).toEqual([]);
  });

  it("prints the council's sheets two pages wide, the criteria repeated on each page", () => {
    const pages = new Set(council.map((box) => box.page));
    const withCriterion = [...pages].filter((page) =>
      council.some((box) => box.page === page && box.text === "Tiêu"),
    );
    expect(withCriterion.length).toBe(pages.size);
    const page = (n: number) => council.filter((box) => box.page === n);
    expect([printedWhole(page(1), NAMES[0]), printedWhole(page(1), NAMES[14])]).toEqual([true, false]);
    expect([printedWhole(page(2), NAMES[0]), printedWhole(page(2), NAMES[14])]).toEqual([false, true]);
  });

  it("names Times New Roman on the font of every cell it writes", async () => {
    // Every cell's font, gathered and compared once: a cell named otherwise is listed by sheet and address.
    const otherFonts: string[] = [];
    for (const path of Object.values(files)) {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(path);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.font?.name !== "Times New Roman")
              otherFonts.push(`${sheet.name}!${cell.address}: ${cell.font?.name ?? "no font"}`);
          }),
        ),
      );
    }
    expect(otherFonts).toEqual([]);
    // Reading three workbooks of thousands of cells takes seconds while other suites share the CPUs.
  }, 60_000);
});
