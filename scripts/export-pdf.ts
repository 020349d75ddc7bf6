// `npm run export`: the static report as PDF, printed by headless Chromium from the built site, for A4 and Letter.
// Serves dist/ on loopback, so it works with no network.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { serveStatic } from "./static-server.js";
import { launchBrowser, openPage } from "./chromium.js";
import type { Lang } from "../src/i18n/lang.js";
import { dictionaryFor } from "../src/i18n/index.js";

export const REPORT_FORMATS = ["A4", "Letter"] as const;
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96);

/** Writes the report for each language asked for (English first): gpt-scaling-report-a4.pdf, …-a4-zh.pdf. */
export async function exportReport(dist = "dist", outDir = "reports", langs: readonly Lang[] = ["en"]): Promise<string[]> {
  const { server, origin } = await serveStatic(dist);
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    // Laid out at the printable width of A4 (210 mm less 2 × 14 mm, in CSS pixels): Chromium then prints at 1:1, so the
    // figures' print sizes (170 mm wide, type ≥ 7.5 pt) are what lands on paper, not a shrunk wider layout.
    for (const lang of langs) {
    const { page, problems } = await openPage(browser, origin, lang === "en" ? "/report" : `/report?lang=${lang}`, { width: PRINTABLE_WIDTH_PX, height: 1400 }, { media: "print" });
    if (problems.length) throw new Error(`the report page (${lang}) has problems:\n${problems.join("\n")}`);
    await page.emulateMedia({ media: "print" });
    mkdirSync(outDir, { recursive: true });
    const footer = dictionaryFor(lang).report.pageFooter('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
    for (const format of REPORT_FORMATS) {
      const path = join(outDir, `gpt-scaling-report-${format.toLowerCase()}${lang === "en" ? "" : `-${lang}`}.pdf`);
      await page.pdf({
        path,
        format,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font: 9px sans-serif; width: 100%; text-align: center; color: #444">${footer}</div>`,
        margin: { top: "14mm", bottom: "16mm", left: "14mm", right: "14mm" }
      });
      written.push(resolve(path));
    }
    await page.context().close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const file of await exportReport(process.argv[2] ?? "dist", process.argv[3] ?? "reports", ["en", "zh"])) console.log(`wrote ${file}`);
}
