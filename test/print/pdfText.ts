import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { soffice } from "../libreoffice/libreOffice";

/** One word of a PDF page as `pdftotext -bbox` gives it, in points from the page's top left. */
export interface TextBox {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/**
 * Height of a word's box per point of font size. pdftotext sizes a box by the font's ascent and descent:
 * Liberation Serif (LibreOffice's Times New Roman) gives 15.6 pt for 12-point text and 14.3 pt for the
 * 11-point footer, and the print test checks this calibration on every run against the footer.
 */
export const BOX_HEIGHT_PER_POINT = 1.3;

/**
 * Converts an .xlsx to PDF with headless LibreOffice (every printed sheet, in order) into `outDir`, with a
 * fresh user profile so parallel runs do not lock each other out; returns the PDF's path.
 */
export function convertToPdf(xlsxPath: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "ocop-print-"));
  try {
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
      { stdio: "pipe", timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(xlsxPath).replace(/\.xlsx$/i, ".pdf"));
}

/** Every word of every page, with its box. */
export function readTextBoxes(pdfPath: string): TextBox[] {
  const html = execFileSync("pdftotext", ["-bbox", pdfPath, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const boxes: TextBox[] = [];
  let page = 0;
  const tag =
    /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(tag)) {
    if (match[0] === "<page") {
      page += 1;
      continue;
    }
    boxes.push({
      page,
      text: decodeEntities(match[5]),
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
    });
  }
  return boxes;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The font size a word was printed in, in points (its box height over BOX_HEIGHT_PER_POINT). */
export function fontSizeOf(box: TextBox): number {
  return (box.yMax - box.yMin) / BOX_HEIGHT_PER_POINT;
}

/**
 * Words printed over each other. A box reaches above and below its glyphs (a wrapped cell's lines share
 * about a seventh of their boxes' height), so only the boxes' cores count: a fifth of the height off the
 * top and the bottom, half a point off each side.
 */
export function overlappingPairs(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const core = (box: TextBox) => {
    const trim = (box.yMax - box.yMin) / 5;
    return { x0: box.xMin + 0.5, x1: box.xMax - 0.5, y0: box.yMin + trim, y1: box.yMax - trim };
  };
  const pairs: [TextBox, TextBox][] = [];
  const byPage = new Map<number, TextBox[]>();
  for (const box of boxes) byPage.set(box.page, [...(byPage.get(box.page) ?? []), box]);
  for (const onPage of byPage.values()) {
    const sorted = [...onPage].sort((a, b) => a.yMin - b.yMin);
    sorted.forEach((a, i) => {
      const ca = core(a);
      for (let j = i + 1; j < sorted.length && sorted[j].yMin < a.yMax; j += 1) {
        const cb = core(sorted[j]);
        if (ca.x0 < cb.x1 && cb.x0 < ca.x1 && ca.y0 < cb.y1 && cb.y0 < ca.y1) pairs.push([a, sorted[j]]);
      }
    });
  }
  return pairs;
}

/** Every page as a PNG (pdftoppm, 70 dpi) in `dir`, named after the PDF: for a person to look at. */
export function writePagePngs(pdfPath: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const stem = basename(pdfPath).replace(/\.pdf$/i, "");
  execFileSync("pdftoppm", ["-png", "-r", "70", pdfPath, join(dir, stem)], { stdio: "pipe" });
}
