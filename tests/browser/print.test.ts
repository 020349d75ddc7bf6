// Ctrl+P on every page (print media at the A4 printable width, the figures redrawn for paper as the browser does when
// it prints): no controls on paper (selects, inputs, buttons, search boxes), no toggle or control printing without its
// content, every table within its card (no column cut by a scrolling box, no word broken inside a cell), cards side by
// side on screen one per row on paper (the trend table at the full width), no chart text colliding or spilling, chart
// type 7.5 pt and up; a figure's data table prints only where the reader opened it, fitting its card, its numbers
// formatted. Each page is printed to an A4 PDF, every sheet rendered by pdftoppm, and none but the last may be more
// than 30% blank, but where a page below says why.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage, PAGE_PATHS } from "../../scripts/chromium.js";
import { PRINT_WIDTH } from "../../src/figures/presets.js";
import { dictionaryFor } from "../../src/i18n/index.js";
import { LANGS } from "../../src/i18n/lang.js";
import { PAPERS, REPORT_MARGINS_MM } from "../../src/views/report.js";
import { describeTextProblems, textProblems } from "./measure.js";
import { blankFraction, renderPdf } from "./pdf-pages.js";
import { emptyOnPaper, tableFitProblems } from "./print-measure.js";

let browser: Browser;
beforeAll(async () => void (browser = await launchBrowser()));
afterAll(async () => browser?.close());

/**
 * Interface text, from the dictionaries in every language: each figure's hint (how to work it; a growth chart's "hover
 * a rule"), the matrix's "select a cell", the model card's "select a model", the Data page's "click a column header to
 * sort" and Explore's "choose trend lines above". None may be on paper.
 */
const INTERFACE_PHRASES = LANGS.flatMap((lang) => {
  const d = dictionaryFor(lang);
  const hints = Object.values(d.figures).flatMap((f) => ("hint" in f && typeof f.hint === "string" ? [f.hint] : []));
  return [
    ...hints,
    d.figureNotes.thresholdsHint,
    d.capability.evidenceHint,
    d.modelCard.prompt,
    d.pages.data.modelsHint,
    d.explore.fitTable.none
  ];
});

/** The pages a reader prints: every page but the talk (it prints its own slides, see deck-export). */
const PRINTED = PAGE_PATHS.filter((path) => path !== "/talk");

/** The most of a printed sheet (but the last) that may be blank: a band a paragraph could stand in counts. */
const MOST_BLANK = 0.3;

/**
 * The sheets that may be emptier, and why. A chart never splits (its title stays with it; its caption may follow on
 * the next sheet), so a sheet ends short where the next chart is taller than what is left. Measured 2026-12-05.
 */
const BLANK_EXCEPTIONS: { path: string; lang: string; sheets: number[]; why: string }[] = [
  ...["en", "zh"].map((lang) => ({
    path: "/scaling",
    lang,
    sheets: [2, 3],
    why: "each growth chart (its undisclosed band, plot and legend), drawn for print, is about 57% of a sheet: the next cannot join it (34-38% blank)"
  })),
  {
    path: "/capabilities",
    lang: "zh",
    sheets: [2],
    why: "the emergence chart after the limitations list takes a whole sheet (37% blank)"
  }
];

/**
 * The figures whose printed type may be under 7.5 pt, how small, and why (the report's export test holds its charts to
 * 7 pt). Measured 2026-12-05.
 */
const SMALLER_TYPE: Record<string, { pt: number; why: string }> = {
  "capability-matrix": {
    pt: 7,
    why: "its rotated column names draw it about 4% wider than asked: scaled to its card, the key's 10 px print at 7.2 pt"
  }
};

/**
 * The report plans its own sheets (src/views/report.ts: each part starts a sheet by design), and export.test.ts
 * measures them with that rule (a third, but the last sheet of a part); here its sheets are not measured again.
 */
const PLANS_ITS_OWN_SHEETS = new Set(["/report"]);

/** Every printed page in every language (the Chinese page sets its own words, and may wrap its tables otherwise). */
const PRINTED_IN = PRINTED.flatMap((path) => LANGS.map((lang) => [path, lang] as const));

describe.each(PRINTED_IN)("printing %s in %s", (path, lang) => {
  test(
    "no controls, no interface text, no empty toggles, tables that fit, side-by-side cards at the full width, no colliding chart text, sheets filled",
    { timeout: 120_000 },
    async () => {
      const { page } = await openPage(
        browser,
        inject("origin"),
        `${path}?lang=${lang}`,
        { width: PRINT_WIDTH, height: 1100 },
        {
          media: "print"
        }
      );
      // What Chromium prints: the page's figures redrawn for paper (figure.ts's drawForPrint), as on Ctrl+P.
      await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
      const found = await page.evaluate(
        ([phrases, smallerType]) => {
          const problems: string[] = [];
          const main = document.querySelector("#observablehq-main")!;
          const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
          for (const control of main.querySelectorAll("select, input, button, textarea"))
            if (shown(control)) problems.push(`a control on paper: ${control.outerHTML.slice(0, 80)}`);
          const mainWidth = main.getBoundingClientRect().width;
          for (const table of main.querySelectorAll("table")) {
            if (!shown(table)) continue;
            const box = table.getBoundingClientRect();
            const card = (table.closest(".card") ?? main).getBoundingClientRect();
            if (box.right > card.right + 1 || box.left < card.left - 1)
              problems.push(`a table wider than its card: ${table.querySelector("th")?.textContent ?? "table"}`);
            for (let e = table.parentElement; e && e !== main; e = e.parentElement)
              if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible")
                problems.push(`a table cut by a scrolling box: ${table.querySelector("th")?.textContent ?? "table"}`);
          }
          for (const card of main.querySelectorAll(".grid > .card"))
            if (shown(card) && card.getBoundingClientRect().width < mainWidth * 0.9)
              problems.push(
                `a card at ${Math.round(card.getBoundingClientRect().width)} of ${Math.round(mainWidth)} px`
              );
          // Chart type on paper 7.5 pt (10 px) and up, but where a figure says why not: a chart scaled down to fit a
          // sheet or its card shrinks its labels with it.
          for (const chart of main.querySelectorAll<SVGSVGElement>(".figure-body > svg")) {
            const figure = chart.closest("figure")?.id ?? "";
            // Drawn for paper at the printed column's width (PRINT_WIDTH, from the @page margins): it fills the column.
            const chartWidth = chart.getBoundingClientRect().width;
            if (chartWidth < mainWidth - 2)
              problems.push(`${figure}: ${Math.round(chartWidth)} px wide in a ${Math.round(mainWidth)} px column`);
            const drawnHeight = chart.viewBox.baseVal?.height || chart.height.baseVal.value;
            const scale = chart.getBoundingClientRect().height / drawnHeight;
            const leastPx = (96 / 72) * (smallerType[figure]?.pt ?? 7.5) - 0.05;
            for (const label of chart.querySelectorAll("text"))
              if (
                shown(label) &&
                label.textContent?.trim() &&
                parseFloat(getComputedStyle(label).fontSize) * scale < leastPx
              )
                problems.push(`chart type under its least: "${label.textContent.trim().slice(0, 40)}" in ${figure}`);
          }
          // Text on paper (innerText leaves out what print hides), its spaces as one.
          const paper = (main as HTMLElement).innerText.replace(/\s+/g, " ");
          for (const phrase of phrases)
            if (paper.includes(phrase.replace(/\s+/g, " "))) problems.push(`interface text on paper: ${phrase}`);
          return [...new Set(problems)];
        },
        [INTERFACE_PHRASES, SMALLER_TYPE] as const
      );
      const text = describeTextProblems(await textProblems(page, "#observablehq-main"));
      const empty = await emptyOnPaper(page);
      const tables = await tableFitProblems(page);
      expect({ found, text, empty, tables }).toEqual({ found: [], text: [], empty: [], tables: [] });
      const blank = await blankSheets(path, lang, page);
      await page.context().close();
      expect(blank.tooBlank, blank.summary).toEqual([]);
    }
  );
});

/** The page printed to A4 with its own @page margins: its sheets (but the last, and the exceptions) too blank. */
async function blankSheets(path: string, lang: string, page: import("playwright-core").Page) {
  if (PLANS_ITS_OWN_SHEETS.has(path)) return { tooBlank: [], summary: "measured by export.test.ts" };
  const file = join(mkdtempSync(join(tmpdir(), "page-print-")), "page.pdf");
  await page.pdf({ path: file, format: "A4", printBackground: true, preferCSSPageSize: true });
  const blanks = renderPdf(file).map((sheet) => blankFraction(sheet, PAPERS.a4, REPORT_MARGINS_MM));
  const excused = BLANK_EXCEPTIONS.find((e) => e.path === path && e.lang === lang)?.sheets ?? [];
  const tooBlank = blanks
    .slice(0, -1)
    .flatMap((blank, i) =>
      blank > MOST_BLANK && !excused.includes(i + 1) ? [`sheet ${i + 1}: ${Math.round(100 * blank)}% blank`] : []
    );
  return { tooBlank, summary: blanks.map((b, i) => `${i + 1}: ${Math.round(100 * b)}%`).join(", ") };
}

test("a data table the reader opened prints within its card, without its toggle, numbers written as the page does", async () => {
  const { page } = await openPage(
    browser,
    inject("origin"),
    "/scaling",
    { width: PRINT_WIDTH, height: 1100 },
    {
      media: "print"
    }
  );
  const details = page.locator(".figure-data").first();
  await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await details.locator("table").waitFor({ state: "attached" });
  const found = await details.evaluate((d) => {
    const problems: string[] = [];
    const table = d.querySelector("table")!;
    if (table.getClientRects().length === 0) problems.push("the opened table is hidden in print");
    if (d.querySelector("summary")!.getClientRects().length > 0) problems.push("its toggle prints");
    const card = (d.closest(".card") ?? document.querySelector("#observablehq-main")!).getBoundingClientRect();
    if (table.getBoundingClientRect().right > card.right + 1) problems.push("the table is wider than its card");
    for (const td of table.querySelectorAll("td"))
      if (/^\d{5,}$/.test(td.textContent ?? "")) problems.push(`a raw number: ${td.textContent}`);
    return [...new Set(problems)];
  });
  expect(found).toEqual([]);
  await page.context().close();
});
