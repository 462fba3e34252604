import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { soffice } from "../libreoffice/libreOffice";

/** One word of a PDF page as pdftotext -bbox places it, in points from the page's top-left corner. */
export interface TextBox {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/**
 * Prints an .xlsx to PDF as LibreOffice would (every sheet, with its page setup), in a fresh user profile
 * so parallel runs never lock each other out. Returns the PDF's path in `outDir`.
 */
export function convertToPdf(xlsxPath: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "ocop-pdf-profile-"));
  try {
    mkdirSync(outDir, { recursive: true });
    execFileSync(
      soffice(),
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        xlsxPath,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(xlsxPath).replace(/\.xlsx$/i, ".pdf"));
}

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

/** Every word of a PDF with its page (1-based) and box, from pdftotext -bbox. */
export function readTextBoxes(pdfPath: string): TextBox[] {
  const html = execFileSync("pdftotext", ["-bbox", pdfPath, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const boxes: TextBox[] = [];
  let page = 0;
  const tokens =
    /<page\b[^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(tokens)) {
    if (match[0].startsWith("<page")) {
      page += 1;
      continue;
    }
    boxes.push({
      page,
      text: match[5].replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]),
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    });
  }
  return boxes;
}

/**
 * A word box's height per point of font size, for Times New Roman as LibreOffice prints it (Liberation
 * Serif, metric-compatible): calibrated on a 10 pt cell printed at 100 % (box 10.53 pt high), and checked
 * again by the print test on a known 10 pt cell.
 */
export const BOX_HEIGHT_PER_POINT = 1.053;

/** The printed size of a word's font, in points, from its box height. */
export function fontSizeOf(box: TextBox): number {
  return (box.yMax - box.yMin) / BOX_HEIGHT_PER_POINT;
}

/** Overlap across below this many points is a glyph's side bearing, not overprinting. */
const TOLERANCE = 0.5;
/**
 * Boxes run from the font's highest accent to its lowest descender, taller than the line pitch LibreOffice
 * sets wrapped lines at (a box 10.5 pt high on a 9.1 pt pitch): lines of one cell overlap by about 13 % of
 * a box. Text drawn over other text (a row too short for its lines) overlaps by far more.
 */
const LINE_OVERLAP = 0.25;

/** Pairs of words on one page whose boxes overlap: text printed over other text. */
export function overlappingPairs(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = [];
  const byPage = new Map<number, TextBox[]>();
  for (const box of boxes) byPage.set(box.page, [...(byPage.get(box.page) ?? []), box]);
  for (const page of byPage.values()) {
    const sorted = [...page].sort((a, b) => a.xMin - b.xMin);
    for (let i = 0; i < sorted.length; i += 1)
      for (let j = i + 1; j < sorted.length && sorted[j].xMin < sorted[i].xMax - TOLERANCE; j += 1) {
        const a = sorted[i];
        const b = sorted[j];
        const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        const lower = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
        if (across > TOLERANCE && down > LINE_OVERLAP * lower) pairs.push([a, b]);
      }
  }
  return pairs;
}

/** The PDF's pages as PNG files at 60 dpi in `dir` (for a person to look at), named after the PDF. */
export function writePagePngs(pdfPath: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync(
    "pdftoppm",
    ["-png", "-r", "60", pdfPath, join(dir, basename(pdfPath).replace(/\.pdf$/i, ""))],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
}
