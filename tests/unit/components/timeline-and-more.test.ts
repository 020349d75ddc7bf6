// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import {
  placeMilestones,
  timelineChart,
  timelineChartHeight,
  timelineLayout,
  timelineRows
} from "../../../src/components/timeline-chart.js";
import { tokensChart } from "../../support/look-charts.js";
import { articleTableView } from "../../../src/components/article-table.js";
import { figureCsv, renderFigure, standaloneSvg, viewTitle } from "../../../src/components/figure.js";
import { releaseTimeline } from "../../../src/figures/registry.js";
import { parseStory } from "../../../src/stories/parse.js";
import { storyReport } from "../../../src/stories/report.js";
import type { StoryData } from "../../../src/stories/resolve.js";
import { storyData } from "../../support/story-data.js";
import { defineFigure } from "../../../src/figures/types.js";
import { typesetWidth } from "../../../src/figures/presets.js";
import { packRows, placeLabels, spreadLabels } from "../../../src/components/label-layout.js";
import { formatCount, formatDataSize, formatFlop } from "../../../src/components/encoding.js";
import { leastSquares, trendsTable } from "../../../data-loaders/trends.js";
import { loadCatalog } from "../../../data-loaders/catalog.js";
import { article, milestones, releases, trends } from "../../support/catalog-tables.js";
import { chartSvg, markTexts, ownText } from "../../support/plot-dom.js";

test("timeline: every model in a mark, every family in a row, milestones labelled", () => {
  const { rows, marks } = timelineRows(releases, "branch");
  expect(marks.flatMap((m) => m.ids).sort()).toEqual(releases.map((r) => r.id).sort());
  expect(rows.filter((r) => r.kind === "family")).toHaveLength(
    new Set(releases.map((r) => `${r.branch}|${r.family}`)).size
  );
  const chart = timelineChart(releases, milestones, { width: 1280 });
  const labels = markTexts(chart).map(ownText);
  for (const label of ["Transformer paper", "BERT", "GPT-3 API opens", "InstructGPT", "ChatGPT launch", "GPT-4"])
    expect(labels).toContain(label);
  expect(chartSvg(chart).querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(marks.length);
});

describe("the timeline's layout, as plain data", () => {
  const layout = timelineLayout(releases, milestones, { width: 1280 });

  test("the frame is the releases' dates with two months either side", () => {
    const dates = releases.map((r) => r.release_date).sort();
    expect(layout.x0.toISOString().slice(0, 10)).toBe(
      new Date(Date.parse(dates[0]!) - 60 * 864e5).toISOString().slice(0, 10)
    );
    expect(layout.x1.toISOString().slice(0, 10)).toBe(
      new Date(Date.parse(dates.at(-1)!) + 60 * 864e5).toISOString().slice(0, 10)
    );
  });
  test("the height is the rows' and the margins', as the figure reserves it", () => {
    expect(layout.height).toBe(timelineChartHeight(releases, "branch", "web", 1280));
    expect(layout.marginLeft).toBeLessThanOrEqual(1280 * 0.4);
    // A slide has one row per lane, not per family: fewer rows.
    const slide = timelineLayout(releases, milestones, { width: 1920, preset: "slide" });
    expect(slide.rows.length).toBeLessThan(layout.rows.length);
    expect(slide.rows.every((r) => r.kind === "family")).toBe(true);
  });
  test("on a slide's fixed canvas the lanes' names stand inside their lanes: no left margin, no rule through a name", () => {
    const slide = timelineLayout(releases, milestones, { width: 1080, height: 800, preset: "slide" });
    expect(slide.marginLeft).toBe(slide.marginRight);
    const { strip, names } = slide.lanesInside!;
    expect(names.map((n) => n.row)).toEqual(slide.rows.map((r) => r.row));
    // The dots sit under the names' strip; a rule is whole, or broken over each name it would cross.
    for (const m of slide.marks) expect(m.y - m.row).toBeCloseTo(strip / 2);
    for (const m of slide.milestones) {
      const gaps = m.segments.slice(1).map((s, i) => [m.segments[i]!.y2, s.y1]);
      for (const [from, to] of gaps)
        expect(names.some((n) => n.row - 0.5 <= from! && n.row - 0.5 + strip >= to!)).toBe(true);
    }
    expect(slide.milestones.some((m) => m.segments.length > 1)).toBe(true);
    // Off a fixed canvas, the names stand left of the frame as before.
    expect(timelineLayout(releases, milestones, { width: 1920, preset: "slide" }).lanesInside).toBeNull();
  });
  test("every milestone in the frame has a label level, and labels on one level do not overlap", () => {
    expect(layout.milestones.map((m) => m.label)).toEqual(milestones.map((m) => m.label));
    for (const m of layout.milestones) expect(m.level).not.toBeNull();
    expect(timelineLayout(releases, milestones, { width: 1280, lang: "zh" }).milestones[0]!.label).toBe(
      milestones[0]!.label_zh
    );
  });
  test("the selected model's mark is chosen, whichever size of a family was selected", () => {
    const gpt3 = releases.filter((r) => r.family === "GPT-3" && r.release_date === "2020-05-28");
    expect(gpt3.length).toBeGreaterThan(1);
    const chosen = timelineLayout(releases, milestones, { width: 1280, selected: gpt3[1]!.id }).chosen!;
    expect(chosen.ids).toEqual(expect.arrayContaining(gpt3.map((r) => r.id)));
    expect(layout.chosen).toBeNull();
  });
});

test("milestone labels: outside the frame dropped, crowded ones stacked on levels, none past the third", () => {
  const at = (date: string, label: string) => ({ ...milestones[0]!, date, label });
  const frame = {
    x0: new Date("2020-01-01"),
    x1: new Date("2021-01-01"),
    left: 100,
    right: 600,
    fontSize: 12,
    cjk: false
  };
  const crowded = ["A long milestone name", "Another long name", "A third long name", "A fourth long name"];
  const placed = placeMilestones([at("2019-06-01", "Before"), ...crowded.map((l) => at("2020-06-01", l))], frame);
  expect(placed.map((m) => m.label)).toEqual(crowded);
  expect(placed.map((m) => m.level)).toEqual([0, 1, 2, null]);
  // Centred on its rule, but kept inside the plot: a label at the frame's edge is shifted in, not cut off.
  const [edge] = placeMilestones([at("2020-12-31", "A label at the right edge")], frame);
  expect(+edge!.labelX).toBeLessThan(+edge!.x);
  // Near the right, a label ends at its rule and keeps half an em clear of the frame's edge (not pressed against it).
  const scale = (d: Date) => 100 + (500 * (+d - +frame.x0)) / (+frame.x1 - +frame.x0);
  const [late] = placeMilestones([at("2020-12-20", "GPT-4")], frame);
  const halfWidth = scale(late!.x) - scale(late!.labelX);
  const labelEnd = scale(late!.labelX) + typesetWidth("GPT-4", 12, true) / 2;
  expect(halfWidth).toBeGreaterThan(0);
  expect(labelEnd).toBeLessThanOrEqual(scale(late!.x) + 12 * 0.3 + 0.5);
  expect(labelEnd).toBeLessThanOrEqual(600 - 6 + 0.5);
});

test("timeline lanes by organization", () => {
  const { rows } = timelineRows(releases, "organization");
  expect(rows.filter((r) => r.kind === "lane").map((r) => r.text)).toContain("OpenAI");
});

test("tokens chart: only models with both numbers, and the 20-tokens-per-parameter line", () => {
  const chart = tokensChart(releases, { width: 900 });
  // A derived model's tokens are its own additional training only (sources README, rule 7): not drawn here.
  const both = releases.filter((r) => r.parameters !== null && r.training_tokens !== null && r.derived_from === null);
  expect(chartSvg(chart).querySelectorAll('g[aria-label="dot"] circle, g[aria-label="dot"] path')).toHaveLength(
    both.length
  );
  // The Chinchilla line's entry stands beside it, or in the legend where it finds no place there.
  expect(chart.textContent).toContain("Chinchilla-optimal: ≈20 tokens per parameter");
  expect((chart as any).scale("x").type).toBe("log");
  expect((chart as any).scale("y").type).toBe("log");
});

test("the article table flags GPT-3's 45TB against the catalog", () => {
  const table = articleTableView(article);
  const gpt3 = [...table.tBodies[0]!.rows].find((r) => r.textContent!.includes("GPT-3"))!;
  expect(gpt3.textContent).toContain("45TB");
  expect(gpt3.textContent).toMatch(/⚑ .*570 GB.*300B training tokens/);
  expect(gpt3.cells[3]!.textContent).toBe("×117");
});

test("figure CSV: a header, one line per row quoted where needed, and the figure's provenance on every row", () => {
  const figure = defineFigure({
    id: "example",
    needs: [],
    kind: "table",
    title: { en: "Example", zh: "示例" },
    caption: () => ({ en: "", zh: "" }),
    source: { en: "A paper", zh: "一篇论文" },
    rows: () => [
      { a: "x, y", b: null },
      { a: "z", b: 2 }
    ],
    columns: [
      { label: { en: "A", zh: "甲" }, value: (d: { a: string; b: number | null }) => d.a },
      { label: { en: "B", zh: "乙" }, value: (d: { a: string; b: number | null }) => d.b }
    ],
    height: () => 0,
    draw: () => document.createElement("div")
  });
  const csv = figureCsv(figure, figure.rows({}, {}), "en", {
    data_date: "2026-11-28",
    as_of: "2026-11-28",
    models: 0,
    sources: 0,
    first_release: null,
    latest_release: null
  });
  expect(csv.split("\n")).toEqual([
    "A,B,figure,figure_source,data_as_of",
    '"x, y",,example,A paper,2026-11-28',
    "z,2,example,A paper,2026-11-28"
  ]);
  expect(figureCsv(figure, figure.rows({}, {}), "zh").split("\n")[0]).toBe("甲,乙,figure,figure_source,data_as_of");
});

test("spreadLabels keeps order and the gap, pushing labels down, and up from the bottom edge", () => {
  expect(spreadLabels([10, 11, 12], 10)).toEqual([10, 20, 30]);
  const placed = spreadLabels([100, 50, 52, 300], 13, 0, 400);
  expect(placed[3]).toBe(300);
  expect(placed[1]! < placed[2]!).toBe(true);
  expect(placed[2]! - placed[1]!).toBeGreaterThanOrEqual(13);
  expect(spreadLabels([5, 5, 5], 10, 0, 20)).toEqual([0, 10, 20]);
});

test("placeLabels keeps labels inside the bounds, clear of each other and of obstacles, dropping the least important", () => {
  const bounds = { x0: 0, y0: 0, x1: 200, y1: 100 };
  const labels = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ x: 100, y: 50, width: 80, height: 14, priority: i }));
  const placed = placeLabels(labels, bounds, { obstacles: [{ x0: 95, x1: 105, y0: 45, y1: 55 }] });
  const boxes = placed.filter((p) => p !== null).map((p) => p!.box);
  expect(boxes.length).toBeGreaterThan(2);
  expect(boxes.length).toBeLessThan(labels.length);
  for (const box of boxes) expect(box.x0 >= 0 && box.x1 <= 200 && box.y0 >= 0 && box.y1 <= 100).toBe(true);
  for (let i = 0; i < boxes.length; ++i)
    for (let j = i + 1; j < boxes.length; ++j)
      expect(
        boxes[i]!.x1 <= boxes[j]!.x0 ||
          boxes[j]!.x1 <= boxes[i]!.x0 ||
          boxes[i]!.y1 <= boxes[j]!.y0 ||
          boxes[j]!.y1 <= boxes[i]!.y0
      ).toBe(true);
  // The most important label is never the one dropped.
  expect(placed[9]).not.toBeNull();
  expect(placed[0]).toBeNull();
});

test("packRows puts an interval in the first row it clears, and none when the rows are full", () => {
  expect(
    packRows(
      [
        { x0: 0, x1: 50 },
        { x0: 40, x1: 90 },
        { x0: 100, x1: 150 },
        { x0: 30, x1: 45 }
      ],
      2
    )
  ).toEqual([0, 1, 0, null]);
});

test("least squares recovers a known doubling time", () => {
  // Doubling every 6 months: log10 grows by 2·log10(2) a year.
  const points = [2018, 2019, 2020, 2021].map((x) => ({ x, y: 8 + (x - 2018) * 2 * Math.log10(2) }));
  const fit = leastSquares(points);
  expect((12 * Math.log10(2)) / fit.slope).toBeCloseTo(6, 9);
  expect(fit.r2).toBeCloseTo(1, 9);
  expect(() => leastSquares([{ x: 1, y: 1 }])).toThrow(/at least two points/);
});

test("trend table: GPT flagships grew faster than all models", () => {
  const params = trends.filter((t) => t.metric === "parameters");
  const gpt = params.find((t) => t.population === "gpt-flagships")!;
  const all = params.find((t) => t.population === "all")!;
  expect(gpt.models).toEqual(["gpt-1", "gpt-2-xl", "gpt-3-175b"]);
  expect(gpt.status === "fitted" && all.status === "fitted" && gpt.doubling_months < all.doubling_months).toBe(true);
  expect(all.n).toBe(releases.filter((r) => r.parameters !== null).length);
  expect(all.models).not.toContain("gpt-4");
});

test("formats", () => {
  expect(formatCount(175e9, "en")).toBe("175B");
  expect(formatCount(1.5e9, "en")).toBe("1.5B");
  expect(formatCount(null, "en")).toBe("undisclosed");
  expect(formatFlop(3.14e23, "en")).toBe("3.1e23 FLOP");
  expect(formatFlop(1e25, "en")).toBe("1e25 FLOP");
  expect(formatDataSize(570e9, "bytes", "en")).toBe("570 GB");
  expect(formatDataSize(45e12, "bytes", "en")).toBe("45 TB");
  expect(formatDataSize(3.3e9, "words", "en")).toBe("3.3B words");
});

test("one status rule for every GPT flagship: estimates count wherever they are, so GPT-4's estimated compute is in the compute fit, and its undisclosed size keeps it out of the size fit", () => {
  const flagships = (metric: string) =>
    trendsTable(loadCatalog()).find((t) => t.metric === metric && t.population === "gpt-flagships")!;
  expect(flagships("training_compute").models).toEqual(["gpt-1", "gpt-2-xl", "gpt-3-175b", "gpt-4"]);
  // GPT-2's and GPT-4's compute are Epoch AI's estimates: both are counted, as the legend and the table say.
  expect(flagships("training_compute").estimates).toBe(2);
  expect(flagships("parameters").models).toEqual(["gpt-1", "gpt-2-xl", "gpt-3-175b"]);
});

describe("the release timeline's title names the first year it draws", () => {
  // It said "from 2017" whatever it drew: a view whose releases start later said 2017 on the page, in its
  // downloads and in a story's printed figure.
  const data = storyData();
  const later = data.releases.filter((r) => r.release_date >= "2019");
  const TITLES = { en: "Release timeline, from 2019", zh: "发布时间线（2019 年起）" } as const;
  test.each(["en", "zh"] as const)("%s: a visible set from 2019: the page, the download", (lang) => {
    const state = { visible: new Set(later.map((r) => r.id)) };
    const figure = renderFigure(releaseTimeline, data, { lang, preset: "print", state });
    expect(figure.querySelector("h2")!.textContent).toBe(TITLES[lang]);
    const { svg } = standaloneSvg(releaseTimeline, data, { lang, state, size: "slide", shownWidth: 960 });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("svg > title")!.textContent).toBe(TITLES[lang]);
    expect(JSON.parse(doc.querySelector("svg > metadata")!.textContent!).title).toBe(TITLES[lang]);
    // The whole fixture starts in 2017, and says so.
    expect(viewTitle(releaseTimeline, data, {}, lang)).toContain("2017");
  });
  test.each(["en", "zh"] as const)("%s: a story's printed view of data from 2019", (lang) => {
    const story = parseStory(`---\ntitle: T\nlang: ${lang}\n---\n# Releases\n\n![](/timeline#release-timeline)\n`);
    const report = storyReport(story, { ...data, releases: later, epoch: [] } as unknown as StoryData);
    expect(report.querySelector("figure.story-figure figcaption strong")!.textContent).toContain(TITLES[lang]);
  });
});
