// How full each page of a PDF is: every page rendered by poppler's pdftoppm to grey pixels, and the empty bands of its
// printable area measured. Shared by the report's export test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface GreyPage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  pixels: Uint8Array;
}

/** A binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
export function parsePgm(file: Buffer): GreyPage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString("latin1"));
  if (!header || header[3] !== "255") throw new Error("not an 8-bit binary PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: new Uint8Array(file.subarray(header[0].length, header[0].length + width * height)) };
}

/** Every page of a PDF in grey at `dpi`. */
export function renderPdf(file: string, dpi = 50): GreyPage[] {
  const dir = mkdtempSync(join(tmpdir(), "pdf-pages-"));
  try {
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), file, join(dir, "page")]);
    return readdirSync(dir)
      .sort()
      .map((name) => parsePgm(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A pixel lighter than this is paper (antialiasing and the faintest tints count as paper too). */
const PAPER = 245;

/**
 * The share of a page's printable area (inside `margins`, in mm) that is empty: the rows with no ink across the
 * printable width, counted where they make a band at least `minBand` mm tall. Line spacing and the gap between a
 * paragraph and the next are not empty space; a band a paragraph could stand in is, as is the rest of a page a
 * figure did not fill.
 */
export function blankFraction(
  page: GreyPage,
  pageMm: { width: number; height: number },
  margins: Margins,
  minBand = 8
): number {
  const perMm = page.height / pageMm.height;
  const [top, bottom] = [Math.round(margins.top * perMm), page.height - Math.round(margins.bottom * perMm)];
  const [left, right] = [Math.round(margins.left * perMm), page.width - Math.round(margins.right * perMm)];
  const minRows = Math.round(minBand * perMm);
  let blank = 0;
  let run = 0;
  for (let y = top; y <= bottom; ++y) {
    let ink = false;
    if (y < bottom) for (let x = left; x < right && !ink; ++x) ink = page.pixels[y * page.width + x]! < PAPER;
    if (y < bottom && !ink) ++run;
    else {
      if (run >= minRows) blank += run;
      run = 0;
    }
  }
  return blank / (bottom - top);
}

/** The text of each page of a PDF (pdftotext, layout kept), in order. */
export function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" })
  );
}
