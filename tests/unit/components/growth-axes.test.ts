// @vitest-environment jsdom
// A growth chart's axes on a fixed canvas (a download's column, a slide): a count axis goes untitled (its ticks are
// counts and the figure's title names the measure), compute keeps its title (its unit, FLOP, is written only there);
// the page's own chart ("as shown") is laid out as one too, at the look's height. A printed page keeps every title.
import { expect, test } from "vitest";
import { CHARTS, drawDownload } from "../../support/download-draw.js";
import { growthChart } from "../../support/look-charts.js";
import { releases } from "../../support/catalog-tables.js";
import { STORY_AS_OF } from "../../support/story-data.js";

const chart = (id: string) => CHARTS.find((f) => f.id === id)!;
const yTitle = (svg: string) => /aria-label="y-axis label"[^>]*>\s*<text[^>]*>([^<]*)</.exec(svg)?.[1] ?? null;

test("on a fixed canvas the parameters and tokens axes go untitled, compute keeps its unit; printed, all are titled", () => {
  for (const lang of ["en", "zh"] as const) {
    for (const size of ["a4-column", "square", "slide", "shown"] as const) {
      expect(yTitle(drawDownload(chart("parameters-by-date"), size, lang).svg), `${size} ${lang}`).toBeNull();
      expect(yTitle(drawDownload(chart("tokens-by-date"), size, lang).svg), `${size} ${lang}`).toBeNull();
      expect(yTitle(drawDownload(chart("compute-by-date"), size, lang).svg), `${size} ${lang}`).toMatch(/FLOP/);
    }
    const printed = growthChart(releases, {
      asOf: STORY_AS_OF,
      width: 640,
      metric: "parameters",
      preset: "print",
      lang
    });
    expect(yTitle(printed.outerHTML)).toMatch(/Parameters|参数量/);
  }
}, 60_000);

test("a trend's entry beside its line is worded whole where it fits, shorter where only that fits, never in the legend too", () => {
  const texts = (size: "a4-column" | "slide", lang: "en" | "zh") =>
    [...drawDownload(chart("parameters-by-date"), size, lang).svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]);
  // The 16:9 slide has room for the whole words; the A4 column only for the shortest, alike for both trends.
  expect(texts("slide", "en")).toEqual(expect.arrayContaining(["GPT flagships: ×2 every 2.2 months"]));
  expect(texts("a4-column", "en")).toEqual(expect.arrayContaining(["×2 in 2.2 mo", "all: ×2 in 5.7 mo"]));
  for (const lang of ["en", "zh"] as const)
    for (const size of ["a4-column", "slide"] as const)
      expect(
        texts(size, lang).filter((t) => /^trend, |^趋势/.test(t ?? "")),
        `${size} ${lang}`
      ).toEqual([]);
});
