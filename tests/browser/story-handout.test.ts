// A story printed as a report (`/stories/<name>?print`, what "Print as a report" and `npm run export`'s handout print):
// every page well filled, the last no sliver. The composed four-figure report (decoder-only-report) and the talk's
// nine figures in English and Chinese, each on A4 and Letter, printed by Chromium with the page's own @page size, every
// page rendered by pdftoppm and the blank bands of its printable area measured (pdf-pages.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { EXPORT_RENDER_TIMEOUT, launchBrowser, openPage } from "../../scripts/chromium.js";
import { PAPERS, REPORT_MARGINS_MM } from "../../src/views/report.js";
import { blankFraction, pageTexts, renderPdf } from "./pdf-pages.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/**
 * The most of a page (but the last) that may be blank. The sections follow one another, a chart is planned at its
 * least height and grows into what its page leaves, a table breaks between its rows and a list between its items, so a
 * page ends short only where the next piece cannot fit even at its least: a heading with its first block, a table's
 * row, a chart whose rows set its least height (the GPT-3.5 tree's, the matrix's). The gaps between sections count
 * as blank too (8 mm or more each). Measured: at most 28% on every page but the last; the handout before this plan
 * (a cover page alone, the charts at a fixed 0.62 of their width and never grown, tables never broken) left 36–90%.
 */
const MOST_BLANK = 0.3;

/**
 * The most of the last page that may be blank: a page holding the last two to five references of a list (85-93% blank)
 * is a sliver. At a story's end a list or table takes at least a quarter of a page onto its last (its heading along
 * when shorter), and the charts before grow into what that leaves (src/views/report.ts). Measured: at most 72%.
 */
const MOST_BLANK_LAST = 0.8;

const CASES = [
  { story: "decoder-only-report", lang: "en" },
  { story: "gpt-history", lang: "en" },
  { story: "gpt-history.zh", lang: "zh" }
] as const;

describe.each(CASES)("the handout of $story ($lang)", ({ story }) => {
  test.each(["a4", "letter"] as const)(
    "%s: every page but the last is well filled",
    { timeout: 180_000 },
    async (paper) => {
      // As the export waits: the first page the server sends cold took 28 s on a loaded 2-core machine.
      const { page, problems } = await openPage(
        browser,
        inject("origin"),
        `/stories/${story}?print&paper=${paper}`,
        { width: 1280, height: 900 },
        { timeout: EXPORT_RENDER_TIMEOUT }
      );
      // The report shows once its pages are planned; then it prints on the paper of its own @page rule.
      await expect
        .poll(() => page.locator(".story-report .story-section").count(), { timeout: 30_000 })
        .toBeGreaterThan(3);
      await page.emulateMedia({ media: "print" });
      // A table's notes are set no larger than its rows (the article table's were 13 px in an 11 px table).
      const largerNotes = await page.evaluate(() =>
        [...document.querySelectorAll(".story-report table .article-note")].flatMap((note) => {
          const [own, table] = [note, note.closest("table")!].map((e) => parseFloat(getComputedStyle(e).fontSize));
          return own! > table! ? [`${note.textContent!.slice(0, 40)}: ${own} px in a ${table} px table`] : [];
        })
      );
      const file = join(mkdtempSync(join(tmpdir(), "story-handout-")), `${story}-${paper}.pdf`);
      await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true });
      await page.context().close();
      expect(problems).toEqual([]);
      expect(largerNotes).toEqual([]);
      const pages = renderPdf(file);
      const texts = pageTexts(file, pages.length);
      const measured = pages.map((p, i) => ({
        page: i + 1,
        first: texts[i]!.trim().split("\n")[0]!.trim().slice(0, 50),
        blank: blankFraction(p, PAPERS[paper], REPORT_MARGINS_MM)
      }));
      const summary = measured.map((p) => `${p.page}: ${(100 * p.blank).toFixed(0)}%`).join(", ");
      const tooBlank = measured
        .slice(0, -1)
        .filter((p) => p.blank > MOST_BLANK)
        .map((p) => `${paper} page ${p.page} (“${p.first}”): ${(100 * p.blank).toFixed(0)}% blank`);
      expect(tooBlank, summary).toEqual([]);
      // The last page is no sliver of the one before.
      if (measured.length > 1) expect(measured.at(-1)!.blank, summary).toBeLessThanOrEqual(MOST_BLANK_LAST);
      // The report is not padded out: no page is blank.
      expect(
        measured.every((p) => p.blank < 0.95),
        summary
      ).toBe(true);
    }
  );
});
