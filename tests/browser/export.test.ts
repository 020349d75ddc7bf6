// `npm run export`: the PDF report, for A4 and Letter, with every chart title in its text, and laid out as a
// publication: no page more than a third empty but a section's last, no chart split across pages, every chart at the
// full printable width with type of 7 pt or more.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { FIGURES } from "../../src/figures/registry.js";
import {
  PAPERS,
  printableArea,
  REPORT_MARGINS_MM,
  reportSectionHeadings,
  type PaperId
} from "../../src/views/report.js";
import { launchBrowser, openPage } from "../../scripts/chromium.js";
import { exportReport } from "../../scripts/export-pdf.js";
import { blankFraction, pageTexts, renderPdf } from "./pdf-pages.js";

const pdfinfo = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });
const pdftext = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
/** pdftotext keeps the words but may break lines: compare with whitespace folded. */
const fold = (text: string) => text.replace(/-\s+/g, "-").replace(/\s+/g, " ");

/** The report prints every figure of the registry, numbered in its order. */
const TITLES = FIGURES.map((figure) => figure.title.en);
const PAPER_OF_FILE: PaperId[] = ["a4", "letter"];
/** At most this share of a page may be empty, but on the last page of a section. */
const MOST_EMPTY = 1 / 3;

let files: string[] = [];
beforeAll(async () => {
  files = await exportReport("dist", mkdtempSync(join(tmpdir(), "report-")));
}, 120_000);

test("the report prints to A4 and Letter with every chart, its caption, source and the date of the data", () => {
  const [a4, letter] = files;
  for (const [file, size] of [
    [a4!, /595\.\d+ x 841\.\d+|595\.\d+ x 842\.\d+/],
    [letter!, /612 x 792/]
  ] as const) {
    const info = pdfinfo(file);
    expect(info).toMatch(size);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(30);
    const text = fold(pdftext(file));
    TITLES.forEach((title, i) => expect(text, title).toContain(`Figure ${i + 1}. ${title}`));
    // The cover says how to cite and the date of the data; each figure its source and the date.
    expect(text).toMatch(/Data as of [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(text).toContain("How to cite");
    expect(text).toMatch(/Source: Wei et al\. 2022.*Data as of \d{4}-\d\d-\d\d/);
    expect(text).toMatch(new RegExp(`page 1 of ${pages}`));
    // Navigation and download buttons are for the screen only.
    expect(text).not.toContain("Timeline and lineage Capabilities");
    expect(text).not.toMatch(/SVG PNG CSV/);
  }
});

describe.each(PAPER_OF_FILE.map((paper, i) => [PAPERS[paper].format, paper, i] as const))(
  "the %s report",
  (format, paper, index) => {
    test("no page is more than a third empty, but the last page of a section", () => {
      const file = files[index]!;
      const pages = renderPdf(file);
      const texts = pageTexts(file, pages.length);
      const firstLine = (text: string) => text.trim().split("\n")[0]!.trim();
      const headings = reportSectionHeadings("en");
      const opensSection = (i: number) =>
        i >= pages.length || headings.some((heading) => firstLine(texts[i]!).startsWith(heading));
      expect(opensSection(0), "the first page opens the cover").toBe(true);
      const measured = pages.map((page, i) => ({
        page: i + 1,
        first: firstLine(texts[i]!).slice(0, 60),
        blank: blankFraction(page, PAPERS[paper], REPORT_MARGINS_MM),
        lastOfSection: opensSection(i + 1)
      }));
      const tooEmpty = measured
        .filter((p) => !p.lastOfSection && p.blank > MOST_EMPTY)
        .map((p) => `${format} page ${p.page} (“${p.first}”): ${(100 * p.blank).toFixed(0)}% empty`);
      expect(
        tooEmpty,
        measured
          .map((p) => `${p.page}: ${(100 * p.blank).toFixed(0)}%${p.lastOfSection ? " (last of its section)" : ""}`)
          .join(", ")
      ).toEqual([]);
    });

    test("no chart is split across pages: its title, drawing, caption and source line are on one page", () => {
      const file = files[index]!;
      const texts = pageTexts(file, Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))![1])).map(fold);
      FIGURES.forEach((figure, i) => {
        if (figure.kind !== "chart") return;
        const page = texts.findIndex((text) => text.includes(`Figure ${i + 1}. ${figure.title.en}`));
        expect(page, figure.id).toBeGreaterThanOrEqual(0);
        expect(
          texts[page]!.slice(texts[page]!.indexOf(`Figure ${i + 1}.`)),
          `${figure.id} on ${format} page ${page + 1}`
        ).toContain(fold(`Source: ${figure.source.en}`));
      });
    });
  }
);

/** A4's printable width inside the report's margins, in mm (182): a chart drawn for print fills it. */
const PRINTABLE_MM = PAPERS.a4.width - REPORT_MARGINS_MM.left - REPORT_MARGINS_MM.right;

describe("the report's charts under print media", () => {
  let browser: Browser;
  beforeAll(async () => void (browser = await launchBrowser()));
  afterAll(async () => browser?.close());

  test.each(PAPER_OF_FILE)(
    "%s: every chart at the full printable width of A4 (182 mm), its type 7 pt or more",
    async (paper) => {
      const { page, problems } = await openPage(
        browser,
        inject("origin"),
        `/report?paper=${paper}`,
        { width: printableArea(paper).width, height: 1000 },
        { media: "print" }
      );
      const charts = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>(".report figure svg[class^='plot']")].map((svg) => {
          const box = svg.getBoundingClientRect();
          // Drawn larger than shown, a chart's type is shrunk by the same factor.
          const scale = box.width / (svg.viewBox.baseVal?.width || Number(svg.getAttribute("width")) || box.width);
          const sizes = [...svg.querySelectorAll("text")]
            .filter((t) => t.textContent!.trim() && t.getClientRects().length)
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return {
            figure: svg.closest("figure")!.id,
            widthMm: (box.width * 25.4) / 96,
            smallestPt: (Math.min(...sizes) * 72) / 96
          };
        })
      );
      await page.context().close();
      expect(problems).toEqual([]);
      expect(charts.length).toBeGreaterThanOrEqual(10);
      expect(
        charts
          .filter((c) => c.widthMm < PRINTABLE_MM - 0.5 || c.smallestPt < 7)
          .map((c) => `${c.figure}: ${c.widthMm.toFixed(0)} mm wide, smallest type ${c.smallestPt.toFixed(1)} pt`)
      ).toEqual([]);
    }
  );
});

test.each(["en", "zh"] as const)(
  "the report's text refers to its figures by number, each number a figure of that part (%s)",
  async (lang) => {
    const browser = await launchBrowser();
    const { page, problems } = await openPage(
      browser,
      inject("origin"),
      `/report?paper=a4${lang === "zh" ? "&lang=zh" : ""}`,
      { width: printableArea("a4").width, height: 1400 },
      { media: "print" }
    );
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll(".report-part")].map((part) => ({
        intro: part.querySelector(".report-part-intro")?.textContent ?? "",
        figures: [...part.querySelectorAll("figure")].map((f) => f.textContent ?? "")
      }))
    );
    await browser.close();
    expect(parts).toHaveLength(3);
    const word = lang === "zh" ? "图" : "Figure";
    for (const part of parts) {
      const cited = [...part.intro.matchAll(new RegExp(`${word} (\\d+)`, "g"))].map((m) => Number(m[1]));
      expect(cited.length, part.intro).toBeGreaterThan(2);
      // Each number cited is the number one of the part's own figures carries in its title.
      for (const n of cited)
        expect(
          part.figures.some((text) => new RegExp(`${word} ${n}\\.`).test(text)),
          `${word} ${n} in: ${part.intro}`
        ).toBe(true);
    }
    expect(problems).toEqual([]);
  }
);
