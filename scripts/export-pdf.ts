// `npm run export`: the static report as PDF, printed by headless Chromium from the built site, for A4 and Letter,
// in English and in Chinese. Serves dist/ on loopback, so it works with no network.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { serveStatic } from "./static-server.js";
import { EXPORT_RENDER_TIMEOUT, launchBrowser, openPage } from "./chromium.js";
import { printableArea, REPORT_MARGINS_MM, type PaperId } from "../src/views/report.js";
import { LANGS, type Lang } from "../src/i18n/lang.js";
import { dictionaryFor, langSuffix, withLang } from "../src/i18n/index.js";

export const REPORT_FORMATS = ["A4", "Letter"] as const;
const PAPER_OF: Record<(typeof REPORT_FORMATS)[number], PaperId> = { A4: "a4", Letter: "letter" };
const mm = (x: number) => `${x}mm`;

/** Writes the report for each language asked for (English first): gpt-scaling-report-a4.pdf, …-a4-zh.pdf. */
export async function exportReport(
  dist = "dist",
  outDir = "reports",
  langs: readonly Lang[] = ["en"]
): Promise<string[]> {
  const { server, origin } = await serveStatic(dist);
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    mkdirSync(outDir, { recursive: true });
    for (const lang of langs) {
      const footer = dictionaryFor(lang).report.pageFooter(
        '<span class="pageNumber"></span>',
        '<span class="totalPages"></span>'
      );
      for (const format of REPORT_FORMATS) {
        // Each paper from its own layout: the page laid out at that paper's printable width, under print media, plans its
        // page breaks for that paper's printable height (src/views/report.ts). Chromium then prints at 1:1, so the
        // figures' print sizes (182 mm wide, PRINT_WIDTH; type ≥ 7.5 pt) are what lands on paper, not a shrunk wider layout.
        const paper = PAPER_OF[format];
        const query = withLang(`?paper=${paper}`, lang).slice(1);
        const { page, problems } = await openPage(
          browser,
          origin,
          `/report?${query}`,
          { width: printableArea(paper).width, height: 1400 },
          { media: "print", timeout: EXPORT_RENDER_TIMEOUT }
        );
        if (problems.length) throw new Error(`the report page (?${query}) has problems:\n${problems.join("\n")}`);
        const path = join(outDir, `gpt-scaling-report-${format.toLowerCase()}${langSuffix(lang)}.pdf`);
        await page.pdf({
          path,
          format,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate: `<div style="font: 9px sans-serif; width: 100%; text-align: center; color: #444">${footer}</div>`,
          margin: {
            top: mm(REPORT_MARGINS_MM.top),
            bottom: mm(REPORT_MARGINS_MM.bottom),
            left: mm(REPORT_MARGINS_MM.left),
            right: mm(REPORT_MARGINS_MM.right)
          }
        });
        written.push(resolve(path));
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const file of await exportReport(process.argv[2] ?? "dist", process.argv[3] ?? "reports", LANGS))
    console.log(`wrote ${file}`);
}
