import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { demoRound } from "../../src/cli/demo/demoRound";
import { writeRoundToWorkbook } from "../../src/cli/roundWorkbook";
import { computeResults } from "../../src/commands";
import { shippedCatalog } from "../../src/criteria/shippedCatalog";
import type { Round } from "../../src/domain";
import { documentLabels } from "../../src/i18n/documentLabels";
import { keyOfGrid } from "../../src/workbook/hiddenIds";
import { XlsxWorkbook } from "../../src/xlsx";
import { councilRound } from "./councilRound";
import {
  convertToPdf,
  fontSizeOf,
  overlappingPairs,
  readTextBoxes,
  writePagePngs,
  type TextBox,
} from "./pdfText";

jest.setTimeout(300_000);

const catalog = shippedCatalog();
const now = () => new Date("2026-10-15T08:30:00Z");
const labels = documentLabels("vi");
const PRINT_DIR = join(__dirname, "..", "..", "test-results", "print");

/** Words of the tables' header rows, which repeat at the top of every page of a paper. */
const TABLE_HEADER_WORDS = new Set(
  [
    ...Object.values(labels.result),
    ...Object.values(labels.lists),
    labels.minutes.number,
    labels.minutes.fullName,
    labels.minutes.role,
  ]
    .filter((value): value is string => typeof value === "string")
    .flatMap((label) => label.split(" ")),
);
const firstWord = (text: string) => text.split(" ")[0];
const lastWord = (text: string) => text.split(" ").at(-1) ?? "";

/** The name printed under a role's signature: the member whose role names it. */
function signatureName(round: Round, role: string): string {
  return round.members.find((member) => member.role?.startsWith(role))?.name ?? labels.blank;
}

/** The papers of a round, in the order compute writes them; the criteria sheets are left out of the PDF. */
const DOCUMENTS = ["result", "member-scores", "minutes", "proposals:recognition", "proposals:upward"];

interface PrintedDocument {
  readonly key: string;
  readonly pages: readonly number[];
  readonly boxes: readonly TextBox[];
  readonly text: string;
}

let work: string;
const printed = new Map<string, Map<string, PrintedDocument>>();

/** Compute → .xlsx (setup sheets, the papers and the log; criteria sheets dropped) for each round. */
async function workbookOf(round: Round, path: string): Promise<string[]> {
  const workbook = XlsxWorkbook.empty();
  await writeRoundToWorkbook(workbook, round, { catalog, now });
  const outcome = await computeResults(workbook, { catalog, now });
  if (outcome.kind !== "computed") throw new Error(outcome.kind);
  const grids = await workbook.readSheets();
  const criteria = grids.filter((grid) => keyOfGrid(grid)?.startsWith("criteria:")).map((g) => g.name);
  await workbook.deleteSheets(criteria);
  await workbook.saveAs(path);
  return grids.filter((grid) => !criteria.includes(grid.name)).map((grid) => keyOfGrid(grid) ?? grid.name);
}

/** Pages by sheet: every sheet numbers its pages from 1, so "Trang 1/…" starts the next one. */
function splitBySheet(boxes: readonly TextBox[], keys: readonly string[]): Map<string, PrintedDocument> {
  const pages = [...new Set(boxes.map((box) => box.page))].sort((a, b) => a - b);
  const firstPages = pages.filter((page) =>
    boxes.some(
      (box, i) => box.page === page && box.text === labels.page && /^1\/\d+$/.test(boxes[i + 1]?.text),
    ),
  );
  if (firstPages.length !== keys.length)
    throw new Error(`expected ${keys.length} printed sheets, found ${firstPages.length} first pages`);
  const documents = new Map<string, PrintedDocument>();
  keys.forEach((key, i) => {
    const own = pages.filter(
      (page) => page >= firstPages[i] && (i + 1 >= firstPages.length || page < firstPages[i + 1]),
    );
    const ownBoxes = boxes.filter((box) => own.includes(box.page));
    documents.set(key, { key, pages: own, boxes: ownBoxes, text: ownBoxes.map((box) => box.text).join(" ") });
  });
  return documents;
}

const rounds: Record<string, () => Round> = {
  demo: () => demoRound(catalog),
  council15x40: () => councilRound(catalog),
  // Twelve products: the result's and the minutes' signature blocks fall where a page ends.
  council15x12: () => councilRound(catalog, 12),
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ocop-print-test-"));
  for (const [name, make] of Object.entries(rounds)) {
    const xlsx = join(work, `${name}.xlsx`);
    const keys = await workbookOf(make(), xlsx);
    const pdf = convertToPdf(xlsx, work);
    writePagePngs(pdf, join(PRINT_DIR, name));
    printed.set(name, splitBySheet(readTextBoxes(pdf), keys));
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(Object.keys(rounds))("the printed papers of the %s round (LibreOffice PDF)", (name) => {
  const documents = () => printed.get(name) as Map<string, PrintedDocument>;
  const round = () => rounds[name]();
  const signed = ["result", "minutes", "proposals:recognition", "proposals:upward"];

  it("are measured in calibrated sizes: the 11-point footer reads as 11 points", () => {
    // The papers print at their own size (a sheet fitted to the page's width shrinks its footer too).
    const footers = signed.flatMap((key) =>
      documents()
        .get(key)!
        .boxes.filter((b) => b.text === labels.page),
    );
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(fontSizeOf(footer)).toBeCloseTo(11, 0);
  });

  it("print no text of the result, minutes, lists and annex below 10 points", () => {
    for (const key of DOCUMENTS) {
      const small = documents()
        .get(key)!
        .boxes.filter((box) => fontSizeOf(box) < 10);
      expect({ key, small: small.map((box) => `${box.text} ${fontSizeOf(box).toFixed(1)}pt`) }).toEqual({
        key,
        small: [],
      });
    }
  });

  it("print no two words over each other on any sheet", () => {
    for (const document of documents().values()) {
      const pairs = overlappingPairs(document.boxes).map(([a, b]) => `${a.text} × ${b.text} (p. ${a.page})`);
      expect({ key: document.key, pairs }).toEqual({ key: document.key, pairs: [] });
    }
  });

  it("print every member's name whole on the annex and the minutes", () => {
    for (const key of ["member-scores", "minutes"]) {
      const words = new Set(
        documents()
          .get(key)!
          .boxes.map((box) => box.text),
      );
      // The minutes list members present and absent alike, by name and role.
      for (const member of round().members)
        for (const word of member.name.split(" "))
          expect({ key, member: member.name, word, found: words.has(word) }).toMatchObject({ found: true });
    }
  });

  it("carry the national heading, the motto, the place and date line and the signing roles", () => {
    for (const key of signed) {
      const { text } = documents().get(key)!;
      for (const expected of [
        labels.nation,
        labels.motto,
        labels.signature.secretary,
        labels.signature.onBehalf,
        labels.signature.chair,
        labels.signature.sign,
      ])
        expect({ key, expected, found: text.includes(expected) }).toMatchObject({ found: true });
      expect(text).toMatch(/, ngày \d{2} tháng \d{2} năm \d{4}/);
    }
  });

  it("print each signature block whole on the paper's last page, below a line of the paper", () => {
    for (const key of signed) {
      const { boxes, pages } = documents().get(key)!;
      const onBehalf = boxes.find((box) => box.text === firstWord(labels.signature.onBehalf))!;
      const signing = boxes.filter((box) => box.text === firstWord(labels.signature.sign));
      const chair = signatureName(round(), "Chủ tịch");
      // The chair's name is the block's last line: the first of its words printed after "TM.".
      const named = boxes.slice(boxes.indexOf(onBehalf)).find((box) => box.text === lastWord(chair))!;
      // Words above the block on its page that are not a repeated table header's: the paper's own lines.
      const above = boxes.filter(
        (box) => box.page === onBehalf.page && box.yMax < onBehalf.yMin && !TABLE_HEADER_WORDS.has(box.text),
      );
      const last = pages[pages.length - 1];
      expect({
        key,
        pages: [onBehalf.page, ...signing.map((box) => box.page), named.page],
        lineAbove: above.length > 0,
      }).toEqual({ key, pages: [last, last, last, last], lineAbove: true });
    }
  });

  it("never end a page with the result's notes heading: its first note prints below it", () => {
    const { boxes } = documents().get("result")!;
    // Every round here has notes (a member's score far from the others', a dossier or a date to check).
    const heading = boxes.find((box) => box.text === firstWord(labels.result.notes) && box.xMin < 100)!;
    expect(heading).toBeDefined();
    const below = boxes.filter(
      (box) =>
        box.page === heading.page &&
        box.yMin > heading.yMax &&
        box.text !== labels.page &&
        !/^\d+\/\d+$/.test(box.text),
    );
    expect(below.length).toBeGreaterThan(0);
  });

  it("print days and times as local dd/mm/yyyy HH:mm, never as ISO 2026-10-15 or …T…Z", () => {
    for (const document of documents().values())
      expect({ key: document.key, iso: /\d{4}-\d{2}-\d{2}/.test(document.text) }).toEqual({
        key: document.key,
        iso: false,
      });
    expect(documents().get("result")!.text).toContain("15/10/2026 15:30");
  });

  it("number each paper's pages on its own, 'Trang 1/N' to 'Trang N/N'", () => {
    for (const key of ["result", "minutes", "proposals:recognition", "proposals:upward"]) {
      const document = documents().get(key)!;
      const numbers = document.boxes.filter(
        (box, i, all) => all[i - 1]?.text === labels.page && /^\d+\/\d+$/.test(box.text),
      );
      expect({ key, numbers: numbers.map((box) => box.text) }).toEqual({
        key,
        numbers: document.pages.map((_, i) => `${i + 1}/${document.pages.length}`),
      });
    }
  });
});
