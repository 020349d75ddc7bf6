// @vitest-environment jsdom
// Every chart of the registry downloaded at every size the download offers, in both languages, drawn standalone (the
// SVG a reader gets) from the frozen story fixture and measured in Chromium with its real fonts: no text overlapping
// text, crossing a rule or a drawn path (an arc, a link, a line), cut or clipped, and a plot area of at least
// PLOT_SHARE of the canvas at every size, "as shown" (the page's own layout) too.
// The themes change colours, not places: the light theme is measured, and the dark and transparent files are checked
// for what the theme must change (background, ink, halos). A failure names the figure, size, theme and language.
import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DownloadSize } from "../../src/components/figure.js";
import { DOWNLOAD_SIZE_IDS, DOWNLOAD_THEMES, type DownloadTheme } from "../../src/figures/presets.js";
import { launchBrowser } from "../../scripts/chromium.js";
import { CHARTS, drawDownload, type Chart } from "../support/download-draw.js";
import { contrastProblems, measureDownload } from "./download-measure.js";

/**
 * The plot area's least share of a fixed-size canvas (title, legend, axes and source take the rest). The plot area
 * is the extent of the chart's grid and of the rules drawn in its frame where it has a grid (the growth, tokens and
 * lineage charts; the timeline's year lines and its milestones, which run down every row from near the frame's first
 * date to near its last; the emergence decades; the alignment tax's levels), else the drawing's whole box: the tree
 * and the matrix have no axes, their nodes or cells and the labels on them are the plot. A band beside the plot (the
 * undisclosed sizes) is not plot. Issue 24 asks for half (PLOT_SHARE). Measured (December 2026), the least share of
 * each figure over the fixed sizes and both languages: tree 0.66, matrix 0.57, timeline 0.51 (the A4 column's family
 * names beside the rows; on the slide-preset sizes the lanes' names stand inside the lanes, 0.56 and more), alignment
 * tax 0.50 (the A4 column, English: its two-row legend and three-line credit on 480 px; its state names stand inside
 * the plot on their levels' rules, left of the first model; 0.57 and more elsewhere), lineage 0.50 (the A4 column,
 * English: its band of undisclosed sizes sets seven names in rows over their line of ×, tied to it by leaders; its
 * key stands in a free place of the plot), emergence 0.62 (the A4
 * column; on a slide's canvas its names stand inside the plot on their rows, left of the dot or right of the value,
 * 0.63 and more; its key to the filled and hollow dots under the axis). The growth charts and parameters against
 * tokens are drawn by the explore figure's one path (issue 21): on a fixed canvas their legend stands inside the plot
 * where its entries clear everything drawn (as many of its first entries as fit there, the rest under the plot; the
 * trends and the thresholds' key are never parted), thresholds at one scale share a rule, a number and a key entry,
 * the band of undisclosed sizes has its title on its crosses' row or none (the legend's × names it) and takes at most
 * an eighth of the height (15% on a slide), and the date axis's title stands on the tick row left of the first year
 * where it fits.
 * The legend inside may stand in up to three parts, and where the models' names leave no room for it, it is placed
 * first and they go around it. Every threshold rule is named (measured: a text on it, or a number at its end that the
 * key lists): on a fixed canvas by its scale and families on the rule inside the plot ("175B GPT-3", with its
 * abilities where every rule has room for them), which takes no width and no key rows; where one such name finds no
 * place between close rules, every rule is numbered and keyed (each entry its number, scale and families where one
 * with its abilities would not fit a row). The trends' entries, and the Chinchilla line's, stand beside their own
 * lines where each finds a clear place, the trends worded whole, or shorter where only that fits ("GPT flagships: ×2
 * in 2.2 mo", "GPT: ×2 in 2.2 mo") (then they take no legend row; where the names leave none, the entries go
 * first and the names around them; where the entries then leave the legend none, the legend goes first, the entries
 * in what it leaves, the names around both). Of these ways that hold, the first whose plot is within a twentieth of the
 * largest is taken. Around the drawing, a title that would wrap is set an eighth smaller where that keeps it on one
 * line, the notebook's name is left out of the credit where it would cost a line (the address names the view), and a
 * date axis whose title finds no place on its tick row goes untitled (years, and the figure's title names the date),
 * as does a count axis (parameters, tokens: the ticks are counts, the title names the measure; compute keeps its
 * unit, FLOP). The explorer's charts are 4:5 at the column sizes (FigureDef.columnAspect: a column fixes the width,
 * not the height), and on a column or a square their band of undisclosed sizes takes at most a tenth of the height.
 * Measured (December 2026): every chart at 0.5 or more at every fixed size in both languages; the growth charts'
 * least, parameters by date on the A4 column in Chinese, 0.557. PLOT_SHARE_OF would give a figure under half its own
 * floor (what it meets, rounded down); none needs one now.
 * "As shown" (the web preset: the page's chart at its width, 960 here, with the download's title and credit) is held
 * to the same half: a Scaling chart on a page is laid out as a fixed canvas at its look's height (names on the rules,
 * legend and trends inside), its band naming every undisclosed model over it; the emergence names stand inside the
 * plot on their rows. Measured: parameters by date 0.61, compute 0.71, tokens 0.65, emergence 0.63, the alignment
 * tax 0.54 (English; its end names' margin as wide as their wrapped lines), the rest 0.55 and more.
 */
const PLOT_SHARE = 0.5;
const PLOT_SHARE_OF: Record<string, number> = {};

/**
 * Figure and size pairs not yet clean (issue 24, open): each is expected to fail, so one that becomes clean fails the
 * suite until it is taken off this list. None is open now.
 */
const OPEN = new Set<string>([]);

const OUT = process.env.DOWNLOAD_GRID_DIR;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 2000, height: 1200 } });
});
afterAll(async () => browser?.close());

const draw = (figure: Chart, size: DownloadSize, lang: "en" | "zh", theme: DownloadTheme = "light") =>
  drawDownload(figure, size, lang, theme, "http://127.0.0.1:3000/scaling?branch=decoder-only");

/** The problems of one chart at one size, light, in both languages (the PNGs written to DOWNLOAD_GRID_DIR if set). */
async function problemsOf(id: string, figure: Chart, size: DownloadSize): Promise<string[]> {
  const found: string[] = [];
  for (const lang of ["en", "zh"] as const) {
    const { svg } = draw(figure, size, lang);
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    if (OUT) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(`${OUT}/${id}.${size}.${lang}.svg`, svg);
      await page.locator("body > svg").screenshot({ path: `${OUT}/${id}.${size}.${lang}.png` });
    }
    const { problems, plotShare } = await measureDownload(page);
    const where = `${id} · ${size} · light · ${lang}`;
    if (process.env.DOWNLOAD_GRID_SHARES) console.log(`share ${where} ${plotShare.toFixed(3)}`);
    found.push(...problems.map((p) => `${where}: ${p}`));
    const least = PLOT_SHARE_OF[id] ?? PLOT_SHARE;
    if (plotShare < least) found.push(`${where}: plot share ${plotShare.toFixed(2)}`);
  }
  return found;
}

test("the measure finds each defect it names: overlap, a rule, a line and a mark through a text, cut and outside", async () => {
  // One canvas holding each defect once, in Plot's markup (the marks' aria-labels), and a clean name beside its dot.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" font-size="16" font-family="sans-serif"><svg width="400" height="300">
    <g aria-label="dot"><circle cx="60" cy="40" r="5"/><circle cx="60" cy="100" r="5"/></g>
    <text x="72" y="46">beside its dot</text><text x="30" y="106">on a dot</text>
    <g aria-label="rule"><line x1="0" x2="400" y1="155" y2="155" stroke="black"/></g><text x="150" y="160">ruled</text>
    <g aria-label="line"><path d="M200,180L300,240" stroke="black" fill="none"/></g><text x="220" y="214">lined</text>
    <text x="20" y="250">first words</text><text x="40" y="252">second words</text>
    <text x="20" y="290">cut…</text><text x="360" y="290">outside</text></svg></svg>`;
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const { problems } = await measureDownload(page);
  expect(problems.sort()).toEqual(
    [
      "a mark under: on a dot",
      "a rule crosses: ruled",
      "a line crosses: lined",
      "overlap: first words × second words",
      "cut: cut…",
      "outside the canvas: outside"
    ].sort()
  );
});

describe.each(CHARTS.map((f) => [f.id, f] as const))("%s", (id, figure) => {
  for (const size of DOWNLOAD_SIZE_IDS) {
    const open = OPEN.has(`${id} ${size}`);
    (open ? test.fails : test)(`at size ${size}, light, English and Chinese${open ? " (open)" : ""}`, async () => {
      expect(await problemsOf(id, figure, size)).toEqual([]);
    });
  }
});

test("the dark and transparent themes: the dark paper and light ink, no background and haloed text", async () => {
  const figure = CHARTS[0]!;
  expect(DOWNLOAD_THEMES).toEqual(["light", "dark", "transparent"]);
  const dark = draw(figure, "slide", "en", "dark").svg;
  expect(dark).toContain('fill="#111827"');
  expect(dark).toContain("color:#f3f4f6");
  // The light theme's decoder-only blue is lightened for the dark paper.
  expect(dark).not.toContain("#4269d0");
  const clear = draw(figure, "slide", "en", "transparent").svg;
  expect(clear).not.toMatch(/<rect width="1920" height="1080"/);
  expect(clear).toMatch(/svg text \{ stroke: #ffffff/);
  // A state's symbol before its name (○ absent) is a mark, as in the matrix's cells: the mark ink and no halo, which
  // would draw ○ as ◎ and ● as a ring; its name keeps the halo.
  for (const id of ["capability-matrix", "alignment-tax"]) {
    const svg = draw(
      CHARTS.find((f) => f.id === id)!,
      "slide",
      "en",
      "transparent"
    ).svg;
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const symbols = await page.evaluate(() =>
      [...document.querySelectorAll("text")]
        .filter((t) => /^[●◐○↓] /u.test(t.textContent ?? ""))
        .map((t) => [t.firstElementChild, t.lastElementChild].map((s) => (s ? getComputedStyle(s).stroke : null)))
    );
    expect(symbols.length, id).toBeGreaterThanOrEqual(4);
    for (const [glyph, name] of symbols) expect([glyph, name], id).toEqual(["none", "rgb(255, 255, 255)"]);
  }
  if (OUT)
    for (const theme of ["dark", "transparent"] as const)
      for (const lang of ["en", "zh"] as const) {
        // The transparent file over a dark slide: what a presenter's template puts behind it.
        await page.setContent(
          `<body style="margin:0;background:#1e293b">${draw(figure, "slide", lang, theme).svg}</body>`
        );
        await page.locator("body > svg").screenshot({ path: `${OUT}/${figure.id}.slide.${lang}.${theme}.png` });
      }
});

describe("transparent downloads over a light and a dark slide", () => {
  test.each(CHARTS.map((f) => [f.id, f] as const))("%s: every mark and text keeps its contrast", async (id, figure) => {
    const found: string[] = [];
    for (const size of DOWNLOAD_SIZE_IDS)
      for (const lang of ["en", "zh"] as const) {
        const { svg } = draw(figure, size, lang, "transparent");
        await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
        found.push(...(await contrastProblems(page)).map((p) => `${id} · ${size} · transparent · ${lang}: ${p}`));
      }
    expect([...new Set(found)]).toEqual([]);
  });
});

/**
 * The dark theme's file on its own paper (#111827), at every size (a size may draw what another does not: a key, a
 * leader, a band's title): text at 4.5:1 against what it is read on (the paper, or the cell it is set on), the WCAG's
 * ratio for body text, and marks at 3:1 against the paper, that for graphics.
 */
describe("dark downloads on their paper", () => {
  test.each(CHARTS.map((f) => [f.id, f] as const))(
    "%s: every text and mark reads at every size",
    async (id, figure) => {
      const found: string[] = [];
      for (const size of DOWNLOAD_SIZE_IDS)
        for (const lang of ["en", "zh"] as const) {
          await page.setContent(`<!doctype html><body style="margin:0">${draw(figure, size, lang, "dark").svg}</body>`);
          const options = { backgrounds: [[17, 24, 39]], textLeast: 4.5, where: "on the dark paper", onShapes: true };
          found.push(
            ...(await contrastProblems(page, 3, options)).map((p) => `${id} · ${size} · dark · ${lang}: ${p}`)
          );
        }
      expect([...new Set(found)]).toEqual([]);
    }
  );
});

test("the capability matrix fills a fixed canvas: no blank band over its source, its legend inset as its title", async () => {
  const figure = CHARTS.find((f) => f.id === "capability-matrix")!;
  const found: string[] = [];
  for (const size of DOWNLOAD_SIZE_IDS.filter((s) => s !== "shown"))
    for (const lang of ["en", "zh"] as const) {
      await page.setContent(`<!doctype html><body style="margin:0">${draw(figure, size, lang).svg}</body>`);
      const { gap, inset, canvas } = await page.evaluate(() => {
        const root = document.querySelector("body > svg")!;
        const drawn = [...root.querySelectorAll("svg svg text")].map((t) => t.getBoundingClientRect());
        const credit = Math.min(...[...root.querySelectorAll("text.credit")].map((t) => t.getBoundingClientRect().top));
        const legend = [...root.querySelectorAll(".svg-legend text")].map((t) => t.getBoundingClientRect().left);
        return {
          gap: credit - Math.max(...drawn.map((b) => b.bottom)),
          inset: Math.min(...legend),
          canvas: root.getBoundingClientRect().height
        };
      });
      if (gap > canvas * 0.06) found.push(`${size} ${lang}: ${Math.round(gap)} px blank over the source`);
      if (inset < 12) found.push(`${size} ${lang}: the legend ${Math.round(inset)} px from the edge`);
    }
  expect(found).toEqual([]);
});
