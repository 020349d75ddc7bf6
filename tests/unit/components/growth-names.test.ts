// @vitest-environment jsdom
// The growth charts' names clear of the lines drawn through the plot: the GPT line and the trends (and the leaders of
// names set farther out) as Plot draws them, read from the SVG, against each name's box from the layout that placed it,
// at a page's widths and a slide's canvas, in both languages (and the explorer's fits, GPT line and Chinchilla line). Every
// name the look asks for is drawn.
import { describe, expect, test } from "vitest";
import { growthChart, growthLayout, type GrowthOptions } from "../../support/look-charts.js";
import { chartSvg, markTexts, ownText, translation } from "../../support/plot-dom.js";
import { emergence, releases, trends } from "../../support/catalog-tables.js";
import { STORY_AS_OF } from "../../support/story-data.js";
import { GPT_PATH } from "../../../src/figures/story.js";
import { exploreChart, exploreLayout, type ExploreChartOptions } from "../../../src/components/explore/chart.js";
import { DEFAULT_SPEC } from "../../../src/components/explore/model.js";
import { polylineSegments, segmentCrosses, type Segment } from "../../../src/components/explore/names.js";
import type { Box } from "../../../src/components/label-layout.js";

/** The straight pieces of a path Plot draws with its linear curve ("M x,y L x,y …"). */
function pathSegments(d: string): Segment[] {
  const points = [...d.matchAll(/[ML]\s*([-\d.e]+)[ ,]([-\d.e]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  return points.slice(1).map((b, i) => ({ x0: points[i]!.x, y0: points[i]!.y, x1: b.x, y1: b.y }));
}

/** Whether a segment passes through a box: sampled every half pixel (independent of the layout's own test). */
const sampledThrough = (s: Segment, box: Box) => {
  const steps = Math.ceil(Math.hypot(s.x1 - s.x0, s.y1 - s.y0) * 2) + 1;
  return Array.from({ length: steps + 1 }, (_, i) => i / steps).some((t) => {
    const [x, y] = [s.x0 + (s.x1 - s.x0) * t, s.y0 + (s.y1 - s.y0) * t];
    return x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
  });
};

/** No name's box is crossed by a line drawn in the SVG, nor by another name's leader. */
function expectClear(svg: Element, labels: readonly { id: string; text: string; box: Box }[]) {
  const segmentsOf = (p: Element) => pathSegments(p.getAttribute("d") ?? "");
  const lines = [...svg.querySelectorAll('g[aria-label="line"] path')].flatMap(segmentsOf);
  const leaders = [...svg.querySelectorAll('g[aria-label="link"] path')].map((p) => ({
    id: p.getAttribute("data-models"),
    segments: segmentsOf(p)
  }));
  for (const label of labels) {
    expect(
      lines.filter((s) => sampledThrough(s, label.box)),
      `${label.text} crossed by a line`
    ).toEqual([]);
    const others = leaders.filter((l) => l.id !== label.id).flatMap((l) => l.segments);
    expect(
      others.filter((s) => sampledThrough(s, label.box)),
      `${label.text} crossed by a leader`
    ).toEqual([]);
  }
  return lines;
}

const CANVASES: { name: string; options: Partial<GrowthOptions> }[] = [
  { name: "a page column, 640 px", options: { width: 640 } },
  { name: "a page, 960 px", options: { width: 960 } },
  { name: "a slide, 1760 × 820", options: { width: 1760, height: 820, preset: "slide" } }
];

describe.each(["parameters", "training_compute"] as const)("%s against release date: names off the lines", (metric) => {
  test.each(CANVASES.flatMap((c) => (["en", "zh"] as const).map((lang) => [c.name, lang, c.options] as const)))(
    "%s, %s",
    (_, lang, canvas) => {
      const options: GrowthOptions = {
        asOf: STORY_AS_OF,
        width: 960,
        metric,
        thresholds: emergence,
        trends,
        gptPath: GPT_PATH,
        lang,
        ...canvas
      };
      const layout = growthLayout(releases, options);
      const svg = chartSvg(growthChart(releases, options));
      const lines = expectClear(svg, layout.labels);
      // The GPT line and both trends are drawn, and every model of the GPT path is named.
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(layout.labels.map((l) => l.id).sort()).toEqual([...GPT_PATH].sort());
      // The names drawn are the layout's, at its anchors.
      const drawn = markTexts(svg).filter((t) => t.closest(".explore-labels"));
      expect(drawn.map(ownText).sort()).toEqual(layout.labels.map((l) => l.text).sort());
      for (const label of layout.labels) {
        const text = drawn.find((t) => t.getAttribute("data-models") === label.id)!;
        expect(Math.abs(translation(text).x - label.x)).toBeLessThan(1);
        expect(Math.abs(translation(text).y - label.y)).toBeLessThan(1);
      }
    }
  );
});

describe.each([
  { x: "date", y: "parameters", fit: "all", breaks: ["2021-01-01"], lines: 3 },
  { x: "date", y: "compute", fit: "group", breaks: [], lines: 3 },
  // (The GPT line has one model with tokens here: no line; the Chinchilla diagonal.)
  { x: "parameters", y: "tokens", fit: "none", breaks: [], lines: 1 }
] as const)("the explorer, $y against $x: names off its fits, GPT line and reference", ({ lines: drawn, ...view }) => {
  // (At 640 px the whole GPT line's 22 names crowd its 2020–2022 models: one may be set across the line, the last
  // resort before leaving it out.)
  test.each([960, 1280].flatMap((width) => (["en", "zh"] as const).map((lang) => [width, lang] as const)))(
    "%i px, %s",
    (width, lang) => {
      const highlight = ["gpt-3-175b", "palm-540b", "chinchilla-70b"];
      const options: ExploreChartOptions = { ...DEFAULT_SPEC, ...view, line: "gpt", highlight, width, lang };
      const layout = exploreLayout(releases, options);
      const svg = chartSvg(exploreChart(releases, options));
      const lines = expectClear(svg, layout.labels);
      expect(lines.length).toBeGreaterThanOrEqual(drawn);
      // The models named in the link are named (the GPT line's too, where they fit).
      for (const id of highlight)
        if (layout.points.some((p) => p.id === id)) expect(layout.labels.map((l) => l.id)).toContain(id);
    }
  );
});

test("a selection in the band draws its rule down the plot, and no name stands across it", () => {
  // Selected one at a time, each undisclosed model's rule runs at its date; the GPT path's names stay off it.
  for (const row of releases.filter((r) => r.parameters === null)) {
    const options: GrowthOptions = {
      asOf: STORY_AS_OF,
      width: 640,
      metric: "parameters",
      thresholds: emergence,
      trends,
      gptPath: GPT_PATH,
      selected: row.id
    };
    const layout = growthLayout(releases, options);
    const svg = chartSvg(growthChart(releases, options));
    const rule = svg.querySelector(`g[aria-label="rule"] line[data-models="${row.id}"]`);
    expect(rule, row.id).not.toBeNull();
    const x = Number(rule!.getAttribute("x1"));
    for (const label of layout.labels)
      expect(label.box.x0 < x && x < label.box.x1, `${label.text} on ${row.id}`).toBe(false);
  }
});

describe("names' geometry", () => {
  test("a segment crosses a box it passes through, not one it passes by", () => {
    const box = { x0: 10, x1: 20, y0: 10, y1: 20 };
    expect(segmentCrosses({ x0: 0, y0: 0, x1: 30, y1: 30 }, box)).toBe(true);
    expect(segmentCrosses({ x0: 15, y0: 0, x1: 15, y1: 12 }, box)).toBe(true);
    expect(segmentCrosses({ x0: 12, y0: 12, x1: 13, y1: 13 }, box)).toBe(true);
    expect(segmentCrosses({ x0: 0, y0: 25, x1: 30, y1: 25 }, box)).toBe(false);
    expect(segmentCrosses({ x0: 0, y0: 15, x1: 9, y1: 15 }, box)).toBe(false);
    expect(segmentCrosses({ x0: 0, y0: 30, x1: 30, y1: 19 }, box)).toBe(false);
  });
  test("a straight run of samples is one segment; a bend keeps its corner", () => {
    const straight = Array.from({ length: 49 }, (_, i) => ({ x: i * 10, y: 500 - i * 7 }));
    expect(polylineSegments(straight)).toEqual([{ x0: 0, y0: 500, x1: 480, y1: 164 }]);
    const bent = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 }
    ];
    expect(polylineSegments(bent)).toEqual([
      { x0: 0, y0: 0, x1: 100, y1: 0 },
      { x0: 100, y0: 0, x1: 100, y1: 50 }
    ]);
    // A curve (a trend on a linear axis) within half a pixel, in far fewer pieces than its samples.
    const curve = Array.from({ length: 49 }, (_, i) => ({ x: i * 10, y: 400 - 400 * 2 ** ((i - 48) / 8) }));
    const pieces = polylineSegments(curve);
    expect(pieces.length).toBeLessThan(20);
    expect(pieces[0]!.x0).toBe(0);
    expect(pieces.at(-1)!.x1).toBe(480);
  });
});
