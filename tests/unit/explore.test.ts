// @vitest-environment jsdom
// The Explore page: the fit's math (least squares, bootstrap interval, eras), what a view draws and leaves undrawn,
// the layout (axes fit what is shown, or the story's frame; labels clear of each other), the drawing in both
// languages with every estimate's range, the download's columns, and the URL vocabulary with hostile values.
import * as Plot from "@observablehq/plot";
import { describe, expect, test } from "vitest";
import {
  bootstrapSlopes,
  boundedRounds,
  doublingMonths,
  MAX_DRAWS,
  MIN_ROUNDS,
  fitWithInterval,
  leastSquares,
  quantile,
  seededRandom,
  splitEras
} from "../../src/components/explore/fit.js";
import { axisValue } from "../../src/components/explore/data.js";
import { DEFAULT_SPEC, exploreModel, type ExploreSpec } from "../../src/components/explore/model.js";
import { exploreLayout, shorten } from "../../src/components/explore/layout.js";
import { exploreChart, ratioTick, yearTicks } from "../../src/components/explore/chart.js";
import { formatValue } from "../../src/components/explore/format.js";
import {
  backdropOnCanvas,
  canvasLayers,
  catalogDots,
  catalogOnCanvas,
  CANVAS_MIN,
  dotPixels,
  pixelIndex
} from "../../src/components/explore/backdrop-canvas.js";
import { BACKDROP_GREY } from "../../src/figures/palette.js";
import { FIGURES, exploreScatter } from "../../src/figures/registry.js";
import { exploreFigureState } from "../../src/views/explore.js";
import { figureCsv, viewTitle } from "../../src/components/figure.js";
import {
  EXPLORE_PRESETS,
  exploreParams,
  exploreVisible,
  isCalendarDay,
  normalizeExploreState,
  questionOf,
  readExploreState,
  type ExploreState
} from "../../src/views/explore-state.js";
import { readState, stateQuery } from "../../src/views/url-state.js";
import { storyData } from "../support/story-data.js";
import { en } from "../../src/i18n/en.js";
import { zh } from "../../src/i18n/zh.js";
import { overlaps, type Box } from "../../src/components/label-layout.js";
import { placeNames } from "../../src/components/explore/names.js";
import { loadCatalog } from "../../data-loaders/catalog.js";
import { releasesTable } from "../../data-loaders/tables.js";

const data = storyData();
const releases = data.releases;
/** The live catalog, past the article (the story fixture ends with it). */
const catalogReleases = releasesTable(loadCatalog());
const spec = (change: Partial<ExploreSpec> = {}): ExploreSpec => ({ ...DEFAULT_SPEC, ...change });

describe("fits", () => {
  test("least squares recovers a line, and none is defined on one x", () => {
    const fit = leastSquares([0, 1, 2, 3].map((u) => ({ u, v: 2 * u + 1 })))!;
    expect(fit.slope).toBeCloseTo(2);
    expect(fit.intercept).toBeCloseTo(1);
    expect(
      leastSquares([
        { u: 1, v: 1 },
        { u: 1, v: 2 }
      ])
    ).toBeNull();
  });

  test("the bootstrap is deterministic for a seed and its interval brackets the fit", () => {
    const random = seededRandom(7);
    const points = Array.from({ length: 30 }, (_, i) => ({ u: i / 3, v: 0.5 * (i / 3) + (random() - 0.5) }));
    expect(bootstrapSlopes(points, 200, 3)).toEqual(bootstrapSlopes(points, 200, 3));
    expect(bootstrapSlopes(points, 200, 3)).not.toEqual(bootstrapSlopes(points, 200, 4));
    const fit = fitWithInterval(points, { seed: 3 })!;
    expect(fit.slope.low).toBeLessThan(fit.slope.value);
    expect(fit.slope.high).toBeGreaterThan(fit.slope.value);
    expect(fit.slope.high - fit.slope.low).toBeLessThan(0.3);
    // Doubling every 12·log10(2)/slope months: a decade a year doubles in 3.6 months.
    expect(doublingMonths(1)).toBeCloseTo(3.612, 3);
    expect(doublingMonths(-1)).toBe(Infinity);
    expect(fit.doubling.low).toBeLessThan(fit.doubling.high);
  });

  test("quantiles interpolate and keep infinities", () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.05)).toBeCloseTo(0.5);
    expect(quantile([1, Infinity, Infinity], 0.95)).toBe(Infinity);
  });

  test("eras split at the breaks; a model dated on a break opens the next era", () => {
    const eras = splitEras(["2019-01-01", "2020-05-28", "2021-01-01"], (d) => d, ["2020-05-28"]);
    expect(eras.map((e) => e.items)).toEqual([["2019-01-01"], ["2020-05-28", "2021-01-01"]]);
    expect(eras[1]!.from).toBe("2020-05-28");
  });
});

describe("what a view draws", () => {
  test("an estimate carries its range; a derived model's compute is not drawn; active parameters are the column's", () => {
    const estimate = releases.find((r) => r.training_compute_status === "estimate" && r.derived_from === null)!;
    const value = axisValue(estimate, "compute");
    expect(value).toMatchObject({
      estimate: true,
      low: estimate.training_compute_low,
      high: estimate.training_compute_high
    });
    const derived = releases.find((r) => r.derived_from !== null)!;
    expect(axisValue(derived, "compute")).toBe("derived");
    expect(axisValue(derived, "parameters")).not.toBe("derived");
    // A dense model's active parameters are all of them; a mixture of experts draws its own (Mixtral: 12.9B of 46.7B).
    expect(axisValue(releases[0]!, "active_parameters")).toEqual(axisValue(releases[0]!, "parameters"));
    const moe = { ...releases[0]!, mixture_of_experts: true, active_parameters: 12.9e9, parameters: 46.7e9 };
    expect(axisValue(moe, "active_parameters")).toMatchObject({ value: 12.9e9, estimate: false });
  });

  test("every model is drawn or counted as not drawn, by reason", () => {
    const model = exploreModel(releases, spec({ x: "parameters", y: "compute" }));
    const counted = model.notDrawn.undisclosed + model.notDrawn.unknown + model.notDrawn.derived;
    expect(model.points.length + counted).toBe(releases.length);
    expect(model.notDrawn.undisclosed).toBeGreaterThan(0); // GPT-4's size
  });

  test("a fit per colour group and era; doubling times only with dates along x and a log y", () => {
    const byGroup = exploreModel(releases, spec({ x: "date", y: "parameters", fit: "group", breaks: ["2020-05-28"] }));
    // One fit for each group and era with at least four models (and not one more).
    const expected = byGroup.groups.flatMap((g) =>
      [
        ["", "2020-05-28"],
        ["2020-05-28", "9999"]
      ].filter(
        ([from, to]) =>
          byGroup.points.filter((p) => p.group === g && p.row.release_date >= from! && p.row.release_date < to!)
            .length >= 4
      )
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(byGroup.fits).toHaveLength(expected);
    for (const fit of byGroup.fits) expect(fit.n).toBeGreaterThanOrEqual(4);
    expect(byGroup.fits.every((f) => f.doubling !== null)).toBe(true);
    const logLog = exploreModel(releases, spec({ x: "compute", y: "tokens", fit: "all" }));
    expect(logLog.fits).toHaveLength(1);
    expect(logLog.fits[0]!.doubling).toBeNull();
  });
});

/** Two boxes that do not overlap (they may touch). */
const apart = (a: Box, b: Box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

describe("layout", () => {
  test("axes fit what is shown, and keep the story's frame when asked", () => {
    const recent = releases.filter((r) => r.release_date >= "2022-01-01");
    const fitted = exploreLayout(recent, { ...spec(), width: 900 });
    const framed = exploreLayout(recent, { ...spec(), width: 900, frameRows: releases });
    expect(fitted.xDomain[0]).toBeGreaterThan(Date.UTC(2021, 6, 1));
    expect(framed.xDomain[0]).toBeLessThan(Date.UTC(2018, 0, 1));
    // The y domain holds every estimate's range, not only its value.
    const highs = fitted.points.map((p) => p.y.high ?? p.y.value);
    expect(fitted.yDomain[1]).toBeGreaterThanOrEqual(Math.max(...highs));
  });

  test("at a phone's width every legend label fits the legend's width, shortened with an ellipsis", () => {
    for (const lang of ["en", "zh"] as const) {
      const options = { ...spec({ y: "parameters", fit: "group", breaks: ["2020-05-28"] }), width: 390, lang };
      const layout = exploreLayout(releases, options);
      const room = (layout.legendWidth - 12 * 2.6) / (lang === "zh" ? 12 * 1.02 : 12 * 0.6);
      for (const item of layout.legend) expect(item.label.length).toBeLessThanOrEqual(room);
      expect(layout.legend.some((item) => item.label.endsWith("…"))).toBe(true);
    }
    expect(shorten("abcdef", 4)).toBe("abc…");
    expect(shorten("abc", 4)).toBe("abc");
  });

  test("year ticks thin out on a short axis", () => {
    const domain: [number, number] = [Date.UTC(2017, 5, 1), Date.UTC(2023, 5, 1)];
    expect(yearTicks(domain, 900).map((d) => d.getUTCFullYear())).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(yearTicks(domain, 150).map((d) => d.getUTCFullYear())).toEqual([2018, 2020, 2022]);
  });

  test("highlighted names are placed inside the plot and clear of each other", () => {
    const layout = exploreLayout(releases, { ...spec({ x: "date", y: "parameters", line: "gpt" }), width: 700 });
    expect(layout.labels.length).toBeGreaterThan(2);
    const { plotBox } = layout;
    for (const l of layout.labels) expect(l.x >= plotBox.x0 && l.x <= plotBox.x1).toBe(true);
    for (const [i, a] of layout.labels.entries())
      for (const b of layout.labels.slice(i + 1)) expect(apart(a.box, b.box)).toBe(true);
  });

  test("highlighted names stay off the estimates' range rules", () => {
    const layout = exploreLayout(releases, { ...spec({ x: "date", y: "compute", line: "gpt" }), width: 900 });
    const { plotBox } = layout;
    const x = Plot.scale({ x: { type: "utc", domain: layout.xDomain, range: [plotBox.x0, plotBox.x1] } });
    const y = Plot.scale({ y: { type: "log", domain: layout.yDomain, range: [plotBox.y1, plotBox.y0] } });
    const ranged = layout.points.filter((p) => p.y.low !== null && p.y.high !== null);
    expect(ranged.length).toBeGreaterThan(0);
    expect(layout.labels.length).toBeGreaterThan(0);
    for (const p of ranged) {
      const px = x.apply(p.x.value) as number;
      const [top, bottom] = [y.apply(p.y.high!) as number, y.apply(p.y.low!) as number];
      const rule = { x0: px - 1, x1: px + 1, y0: Math.max(plotBox.y0, top), y1: Math.min(plotBox.y1, bottom) };
      for (const l of layout.labels) expect(apart(l.box, rule)).toBe(true);
    }
  });
});

describe("the drawing", () => {
  test.each(["en", "zh"] as const)("draws every point, a range per estimate and the legend (%s)", (lang) => {
    const options = { ...spec({ x: "date", y: "compute", fit: "all" }), width: 960, lang };
    const chart = exploreChart(releases, options);
    const layout = exploreLayout(releases, options);
    expect(chart.querySelectorAll("g.explore-models circle")).toHaveLength(layout.points.length);
    const ranged = layout.points.filter((p) => p.y.low !== null).length;
    expect(ranged).toBeGreaterThan(0);
    expect(chart.querySelectorAll("g.explore-range line").length).toBe(ranged);
    // Each range names its bounds in its tooltip, as on the Scaling charts (one builder, explore/ranges.ts).
    expect(chart.querySelector("g.explore-range line title")!.textContent).toMatch(/\S+ – \S+/);
    const legend = chart.querySelector(".svg-legend")!.textContent!;
    expect(legend).toContain(lang === "zh" ? "90%" : "doubles every");
    if (lang === "zh") expect(legend).toMatch(/仅解码器/);
  });

  test("the period after the article: shaded on a date axis when one of its models is drawn, and only then", () => {
    expect(catalogReleases.some((r) => r.period === "after")).toBe(true);
    const byDate = exploreChart(catalogReleases, { ...spec({ x: "date", y: "parameters" }), width: 900 });
    expect(byDate.querySelectorAll(".period-after")).toHaveLength(1);
    const article = catalogReleases.filter((r) => r.period === "article");
    expect(
      exploreChart(article, { ...spec({ x: "date", y: "parameters" }), width: 900 }).querySelector(".period-after")
    ).toBeNull();
    const scatter = exploreChart(catalogReleases, { ...spec({ x: "parameters", y: "tokens" }), width: 900 });
    expect(scatter.querySelector(".period-after")).toBeNull();
  });

  test.each(["en", "zh"] as const)(
    "undisclosed values are drawn as undisclosed, in a band above a date view (%s)",
    (lang) => {
      const options = { ...spec({ x: "date", y: "parameters" }), width: 900, lang };
      const layout = exploreLayout(releases, options);
      const undisclosed = releases.filter((r) => r.parameters === null);
      expect(undisclosed.length).toBeGreaterThan(0);
      expect(layout.band!.crosses.map((c) => c.id).sort()).toEqual(undisclosed.map((r) => r.id).sort());
      // The band sits above the plot: its values are above the y domain's top, and its names clear of each other.
      expect(layout.band!.y2).toBeGreaterThan(layout.yDomain[1]);
      // The caption says where they are, not that they are missing.
      const caption = exploreScatter.caption(data as never, { explore: { ...spec({ x: "date", y: "parameters" }) } });
      expect(caption[lang]).toContain(
        lang === "zh" ? `${undisclosed.length} 个数值未公开` : `${undisclosed.length} with the value undisclosed`
      );
      expect(layout.margins.top).toBeGreaterThan(40);
      const chart = exploreChart(releases, options);
      const crosses = [...chart.querySelectorAll("title")].filter((t) => t.textContent!.includes(undisclosed[0]!.name));
      expect(crosses.length).toBeGreaterThan(0);
      expect(chart.querySelector(".svg-legend")!.textContent).toContain(lang === "zh" ? "未公开" : "undisclosed");
      // Not on a view without dates along x, nor where every model discloses the measure.
      expect(exploreLayout(releases, { ...spec({ x: "parameters", y: "tokens" }), width: 900 }).band).toBeNull();
      const disclosed = releases.filter((r) => r.parameters !== null);
      expect(exploreLayout(disclosed, options).band).toBeNull();
    }
  );

  test("the catalog's trends of the measure on y, on a date view, each while all its models are shown", () => {
    const options = { ...spec({ x: "date", y: "parameters" }), width: 900, trends: data.trends };
    const fitted = data.trends.filter((t) => t.metric === "parameters" && t.status === "fitted");
    expect(fitted.length).toBeGreaterThan(0);
    const layout = exploreLayout(releases, options);
    expect(layout.trends).toEqual(fitted);
    expect(layout.legend.filter((item) => item.swatch.kind === "line" && item.swatch.dash === "8,5")).toHaveLength(
      fitted.length
    );
    // Each trend lies inside the axes.
    for (const c of layout.curves) expect(c.value).toBeLessThanOrEqual(layout.yDomain[1]);
    // A filter that hides one of a trend's models hides the trend; a view without dates draws none.
    const hidden = fitted[0]!.models[0]!;
    const filtered = exploreLayout(
      releases.filter((r) => r.id !== hidden),
      options
    );
    expect(filtered.trends).not.toContain(fitted[0]);
    expect(exploreLayout(releases, { ...options, x: "tokens" }).trends).toEqual([]);
  });

  test("a note beside its model's point, clear of the names; none for a model not drawn", () => {
    const note = { id: "gpt-3-175b", text: "In-context learning appears at this scale" };
    const options = { ...spec({ x: "date", y: "tokens", line: "gpt" }), width: 900, annotations: [note] };
    const layout = exploreLayout(releases, options);
    expect(layout.notes).toHaveLength(1);
    const box = layout.notes[0]!.place.box;
    const apart = (a: typeof box, b: typeof box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
    for (const label of layout.labels) expect(apart(label.box, box)).toBe(true);
    expect(exploreChart(releases, options).textContent).toContain("In-context");
    const absent = { ...options, annotations: [{ id: "no-such-model", text: "?" }] };
    expect(exploreLayout(releases, absent).notes).toEqual([]);
  });

  test("emergence thresholds: labelled rules along a parameters or compute y, tooltip rules across x, else none", () => {
    const thresholds = data.emergence;
    const options = { ...spec({ y: "parameters" }), width: 960, thresholds };
    const layout = exploreLayout(releases, options);
    expect(layout.thresholdMarks.length).toBeGreaterThan(0);
    expect(layout.thresholdMarks.length).toBeLessThanOrEqual(
      thresholds.filter((t) => t.threshold_parameters !== null).length
    );
    // The Scaling charts' layer: each label in the right margin, spread apart, the legend naming the kinds.
    const onParameters = exploreChart(releases, options);
    const texts = [...onParameters.querySelectorAll("text")].map((t) => t.textContent);
    expect(layout.labelledThresholds.length).toBeGreaterThan(0);
    for (const t of layout.labelledThresholds) expect(texts.some((text) => text!.startsWith(t.label!))).toBe(true);
    expect(layout.margins.right).toBeGreaterThan(100);
    expect(onParameters.querySelector(".svg-legend")!.textContent).toMatch(/emergence threshold, few-shot/);
    const across = exploreChart(releases, { ...spec({ x: "parameters", y: "tokens" }), width: 960, thresholds });
    expect(across.querySelectorAll("g.explore-threshold line").length).toBeGreaterThan(0);
    expect(across.querySelector(".svg-legend")!.textContent).toMatch(/emergence thresholds/);
    const onTokens = exploreChart(releases, {
      ...spec({ x: "tokens", y: "tokens_per_parameter" }),
      width: 960,
      thresholds
    });
    expect(onTokens.querySelectorAll("g.explore-threshold line")).toHaveLength(0);
    expect(onTokens.querySelector(".svg-legend")!.textContent).not.toMatch(/emergence threshold/);
  });

  test("the Epoch backdrop: grey points beneath over the view's years, in the axes' extent and credited", () => {
    const model = (id: string, date: string, parameters: number | null, compute: number | null) =>
      ({
        id,
        name: id,
        organization: null,
        release_date: date,
        parameters,
        training_compute: compute,
        training_tokens: null,
        training_words: null,
        confidence: "Likely",
        status: "estimate",
        estimated_by: "Epoch AI",
        source: "epoch-ai",
        base_model: null,
        domain: "Language",
        link: null,
        row: 2
      }) as const;
    const epoch = {
      available: true as const,
      attribution: "Epoch AI",
      models: [
        model("e1", "2024-06-01", 4e11, 3e25),
        model("e2", "2016-01-01", 1e8, 1e18),
        model("e3", "2024-02-30", 1e9, 1e20)
      ],
      conflicts: [],
      counts: {}
    };
    const withEpoch = { ...data, epoch } as never;
    const state = { explore: { ...spec({ y: "parameters" }), backdrop: { from: 2017, to: 2030 } } };
    const chart = exploreScatter.draw(withEpoch, { width: 960, preset: "web", lang: "en", state });
    // e2 is before the years asked for, e3 is not a calendar day: only e1 is drawn, and the x axis reaches it.
    expect(chart.querySelectorAll("g.explore-backdrop circle")).toHaveLength(1);
    expect(chart.querySelector('g[aria-label="x-axis tick label"]')!.textContent).toContain("2024");
    expect(exploreScatter.caption(withEpoch, state).en).toMatch(/Epoch AI's language models/);
    expect(exploreScatter.caption(withEpoch, state).zh).toMatch(/Epoch AI 收录/);
    expect(exploreScatter.caption(withEpoch, { explore: spec() }).en).not.toMatch(/Epoch AI's language models/);
  });

  test("the GPT line goes through one model per release date, the largest", () => {
    const options = { ...spec({ y: "parameters", line: "gpt" }), width: 960 };
    const chart = exploreChart(releases, options);
    const gpt = exploreLayout(releases, options).points.filter((p) => p.row.gpt_line);
    const dates = new Set(gpt.map((p) => p.row.release_date));
    expect(dates.size).toBeLessThan(gpt.length); // GPT-3's sizes share a day
    const path = chart.querySelector("g.explore-line path")!.getAttribute("d")!;
    expect(path.split(/[ML]/).filter(Boolean)).toHaveLength(dates.size);
  });

  test("the download carries the ranges and one row per drawn point", () => {
    const state = { explore: { ...spec({ x: "parameters", y: "compute" }) } };
    const rows = exploreScatter.rows(data as never, state);
    const csv = figureCsv(exploreScatter, rows, "en", data.info);
    const header = csv.split("\n")[0]!;
    for (const column of ["Vertical low", "Vertical high", "Horizontal low", "Horizontal value"])
      expect(header).toContain(column);
    expect(rows.length).toBe(exploreModel(releases, state.explore).points.length);
    expect(exploreScatter.caption(data as never, state).en).toMatch(/not drawn/);
  });
});

describe("the URL vocabulary", () => {
  const params = exploreParams(releases);
  const defaults = readState("", params);

  test("every parameter round-trips", () => {
    const state: ExploreState = {
      ...defaults,
      x: "tokens",
      y: "tokens_per_parameter",
      xscale: "linear",
      yscale: "log",
      color: "access",
      from: 2019,
      to: 2021,
      branch: ["decoder-only"],
      organization: [releases[0]!.organization],
      access: ["open-weights", "api"],
      highlight: ["gpt-3-175b", releases[0]!.id],
      line: "gpt",
      fit: "group",
      breaks: ["2019-02-14", "2020-05-28"],
      frame: true,
      thresholds: "few-shot",
      backdrop: true,
      embed: true
    };
    expect(readState(stateQuery(state, params), params)).toEqual(state);
    expect(stateQuery(defaults, params)).toBe("");
  });

  test.each([
    ["x", "<script>"],
    ["y", "constructor"],
    ["xscale", "sqrt"],
    ["color", "__proto__"],
    ["from", "1e9"],
    ["to", "99999"],
    ["branch", "decoder-only,evil"],
    ["organization", "OpenAI,<img>"],
    ["access", "open"],
    ["highlight", "gpt-3-175b,../../etc"],
    ["line", "all"],
    ["fit", "quadratic"],
    ["breaks", "2020-02-30"],
    ["breaks", Array.from({ length: 9 }, (_, i) => `2020-01-0${i + 1}`).join(",")],
    ["breaks", "2020-05-28T00:00"],
    ["frame", "yes"],
    ["thresholds", "some"],
    ["backdrop", "true"],
    ["embed", "1 OR 1=1"],
    ["x", "date".repeat(2000)]
  ])("a hostile %s leaves the default (case %#)", (name, value) => {
    const state = readState(`?${new URLSearchParams({ [name]: value })}`, params);
    expect(state).toEqual(defaults);
  });

  test("the years filter reaches the data's whole range; calendar days are real ones", () => {
    const years = releases.map((r) => Number(r.release_date.slice(0, 4)));
    expect(defaults.from).toBe(Math.min(...years));
    expect(defaults.to).toBe(Math.max(...years));
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2023-02-29")).toBe(false);
  });

  test("the presets are valid links: each opens a state other than the default", () => {
    for (const query of Object.values(EXPLORE_PRESETS)) {
      const state = readState(query, params);
      expect(state).not.toEqual(defaults);
      expect(readState(stateQuery(state, params), params)).toEqual(state);
      // Every parameter of the preset was read, none fell back to its default.
      for (const [name, value] of new URLSearchParams(query))
        expect(params[name as keyof ExploreState].format(state[name as keyof ExploreState] as never)).toBe(value);
    }
  });

  test("filters by access", () => {
    const open = exploreVisible(releases, { ...defaults, access: ["open-weights"] });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.access === "open-weights")).toBe(true);
  });
});

describe("a large backdrop", () => {
  const backdropModel = (i: number) =>
    ({
      id: `b${i}`,
      name: `Backdrop ${i}`,
      organization: null,
      release_date: `20${18 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}`,
      parameters: 1e8 * (1 + (i % 300)),
      training_compute: 1e20 * (1 + (i % 200)),
      training_tokens: null
    }) as never;

  test("on screen above CANVAS_MIN points it goes on a canvas; downloads and print keep SVG circles", () => {
    const layout = (n: number) => ({ backdrop: { length: n } }) as never;
    expect(backdropOnCanvas(layout(CANVAS_MIN + 1), { preset: "web", lang: "en" })).toBe(true);
    expect(backdropOnCanvas(layout(CANVAS_MIN), { preset: "web", lang: "en" })).toBe(false);
    for (const preset of ["download", "print", "slide"] as const)
      expect(backdropOnCanvas(layout(20_000), { preset, lang: "en" })).toBe(false);
    const backdrop = Array.from({ length: CANVAS_MIN + 500 }, (_, i) => backdropModel(i));
    const options = { ...spec({ y: "parameters" }), width: 960, preset: "download" as const, backdrop };
    const chart = exploreChart(releases, options);
    expect(chart.querySelectorAll("g.explore-backdrop circle")).toHaveLength(
      exploreLayout(releases, options).backdrop.length
    );
    expect(chart.querySelector("foreignObject")).toBeNull();
  });

  test("the pointer's lookup finds the nearest point within the radius, as a search of every point would", () => {
    const random = seededRandom(7);
    const xs = Array.from({ length: 5000 }, () => random() * 800);
    const ys = Array.from({ length: 5000 }, () => random() * 500);
    const index = pixelIndex(xs, ys, 8);
    for (let k = 0; k < 300; ++k) {
      const [px, py] = [random() * 820 - 10, random() * 520 - 10];
      const distances = xs.map((x, i) => (x - px) ** 2 + (ys[i]! - py) ** 2);
      const nearest = Math.min(...distances);
      const found = index.nearest(px, py);
      if (nearest > 64) expect(found).toBe(-1);
      else expect(distances[found]).toBe(nearest);
    }
  });

  test("dots are composited as translucent circles: 55% grey alone, darker where two overlap, clear around", () => {
    const grey = [{ color: BACKDROP_GREY, opacity: 0.55, ring: 0 }];
    const dots = (xs: number[], ys: number[]) => dotPixels(11, 11, { xs, ys, styles: xs.map(() => 0) }, grey, 2.2);
    const alphaAt = (pixels: Uint8ClampedArray, width: number, x: number, y: number) => pixels[(y * width + x) * 4 + 3];
    const one = dots([5.5], [5.5]);
    expect(alphaAt(one, 11, 5, 5)).toBe(Math.round(0.55 * 255));
    expect([...one.slice((5 * 11 + 5) * 4, (5 * 11 + 5) * 4 + 3)]).toEqual([0x94, 0xa3, 0xb8]); // BACKDROP_GREY
    expect([...one.slice(0, 4)]).toEqual([0, 0, 0, 0]); // a corner: nothing drawn
    const two = dots([5.5, 5.5], [5.5, 5.5]);
    expect(alphaAt(two, 11, 5, 5)).toBe(Math.round((1 - 0.45 * 0.45) * 255));
    // A dot past the edge is cut, not wrapped onto the other side.
    const edge = dots([-1], [5.5]);
    expect(alphaAt(edge, 11, 10, 5)).toBe(0);
  });
});

describe("a large catalog", () => {
  // The curated models copied over and over (each copy its own id and name, off the GPT line), as the bench's.
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const row = releases[i % releases.length]!;
      return i < releases.length
        ? row
        : { ...row, id: `${row.id}-copy-${i}`, name: `${row.name} ${i}`, gpt_line: false };
    });
  const large = many(CANVAS_MIN * 2);
  const view = spec({ x: "date", y: "parameters", line: "gpt" });

  test("above CANVAS_MIN drawn models, on screen, the catalog's dots go on a canvas; below, or in a download, SVG", () => {
    const layout = (n: number) => ({ points: { length: n } }) as never;
    expect(catalogOnCanvas(layout(CANVAS_MIN + 1), { preset: "web", lang: "en" })).toBe(true);
    expect(catalogOnCanvas(layout(CANVAS_MIN), { preset: "web", lang: "en" })).toBe(false);
    for (const preset of ["download", "print", "slide"] as const)
      expect(catalogOnCanvas(layout(20_000), { preset, lang: "en" })).toBe(false);
    const small = exploreLayout(releases, { ...view, width: 960 });
    expect(canvasLayers(small, { preset: "web", lang: "en" })).toMatchObject({
      catalog: null,
      dots: small,
      ranges: small
    });
  });

  test("on screen: the canvas holds every model but the highlighted, which stay SVG dots with their ranges", () => {
    const options = { ...view, width: 960 };
    const layout = exploreLayout(large, options);
    const highlighted = layout.points.filter((p) => p.highlighted);
    expect(layout.points.length).toBeGreaterThan(CANVAS_MIN);
    expect(highlighted.length).toBeGreaterThan(0);
    const chart = exploreChart(large, options);
    const canvas = chart.querySelector("foreignObject.explore-models-canvas")!;
    expect(Number(canvas.getAttribute("data-points"))).toBe(layout.points.length - highlighted.length);
    expect(chart.querySelectorAll("g.explore-models circle")).toHaveLength(highlighted.length);
    const ranged =
      highlighted.filter((p) => p.y.low !== null).length + highlighted.filter((p) => p.x.low !== null).length;
    expect(chart.querySelectorAll("g.explore-range line")).toHaveLength(ranged);
    expect(chart.querySelectorAll(".explore-labels text").length).toBeGreaterThan(0);
    // The caption says what is left out, in both languages; the curated catalog's does not.
    const caption = (rows: typeof releases) =>
      exploreScatter.caption({ ...data, releases: rows } as never, { explore: view });
    expect(caption(large).en).toMatch(
      /With more than 2,000 models drawn, ranges are drawn for the highlighted models only/
    );
    expect(caption(large).zh).toMatch(/画出的模型超过 2000 个时，只画出突出显示模型的范围/);
    expect(caption(releases).en).not.toMatch(/With more than/);
  });

  test("a download keeps every dot as a vector circle, and ranges only for the highlighted models", () => {
    const options = { ...view, width: 960, preset: "download" as const };
    const layout = exploreLayout(large, options);
    const chart = exploreChart(large, options);
    expect(chart.querySelector("foreignObject")).toBeNull();
    expect(chart.querySelectorAll("g.explore-models circle")).toHaveLength(layout.points.length);
    const highlighted = layout.points.filter((p) => p.highlighted && p.y.low !== null).length;
    expect(chart.querySelectorAll("g.explore-range line").length).toBe(highlighted);
  });

  test("the canvas's points are styled by group (filled, or a ring for an estimate) and named with their values", () => {
    const layout = exploreLayout(large, { ...spec({ x: "compute", y: "tokens" }), width: 960 });
    const dots = catalogDots(layout, { preset: "web", lang: "en" });
    const groups = [...layout.colors.keys()];
    expect(dots.styles).toHaveLength(groups.length * 2);
    const shown = layout.points.filter((p) => !p.highlighted);
    shown.forEach((p, i) => {
      const style = dots.styles[dots.points[i]!.style]!;
      expect(style.color).toBe(layout.colors.get(p.group));
      expect(style.ring > 0).toBe(p.x.estimate || p.y.estimate);
    });
    expect(dots.labels(0)).toEqual([
      shown[0]!.name,
      expect.stringMatching(/^Training compute/),
      expect.stringMatching(/^Training tokens/)
    ]);
  });

  test("coloured dots composite in order: the later on top, a ring clear inside, each colour's own pixels found", () => {
    const styles = [
      { color: "#ff0000", opacity: 1, ring: 0 },
      { color: "#0000ff", opacity: 1, ring: 0 },
      { color: "#00ff00", opacity: 1, ring: 1.5 }
    ];
    const rgbAt = (pixels: Uint8ClampedArray, x: number, y: number) => [
      ...pixels.slice((y * 30 + x) * 4, (y * 30 + x) * 4 + 4)
    ];
    const pixels = dotPixels(30, 11, { xs: [5.5, 5.5, 20.5], ys: [5.5, 5.5, 5.5], styles: [0, 1, 2] }, styles, 4.5);
    expect(rgbAt(pixels, 5, 5)).toEqual([0, 0, 255, 255]); // blue over red
    expect(rgbAt(pixels, 20, 5)[3]).toBe(0); // the ring's inside is clear
    expect(rgbAt(pixels, 16, 5)).toEqual([0, 255, 0, 255]); // its edge is green
    // The pointer's lookup over both colours finds the nearest, the later of two on one spot.
    const index = pixelIndex([5.5, 5.5, 20.5], [5.5, 5.5, 5.5], 8);
    expect(index.nearest(6, 6)).toBe(1);
    expect(index.nearest(19, 5)).toBe(2);
    expect(index.nearest(13, 40)).toBe(-1);
  });

  test("a change asks for the model several times: computed once, for the same rows in a new array too", () => {
    const shown = large.filter((r) => r.branch !== "encoder-only");
    const first = exploreModel(shown, view);
    const again = exploreModel([...shown], view);
    expect([again.points, again.fits]).toEqual([first.points, first.fits]);
    expect(again.points).toBe(first.points);
    expect(again.fits).toBe(first.fits);
    expect(exploreModel(shown, { ...view, fit: "all" }).points).toBe(first.points);
    expect(exploreModel(shown, spec({ y: "compute" })).points).not.toBe(first.points);
  });

  test("the bootstrap is the refit of resampled models, bounded in draws for a large population", () => {
    const random = seededRandom(5);
    const points = Array.from({ length: 40 }, (_, i) => ({ u: i, v: 0.3 * i + random() }));
    // Small: every round, and each the least squares of the models the generator draws.
    const draw = seededRandom(9);
    const expected = Array.from(
      { length: 50 },
      () => leastSquares(points.map(() => points[Math.floor(draw() * points.length)]!))!.slope
    );
    expect(bootstrapSlopes(points, 50, 9)).toEqual(expected);
    expect(boundedRounds(1000, 91)).toBe(1000);
    expect(boundedRounds(1000, 20_000)).toBe(MIN_ROUNDS);
    expect(boundedRounds(1000, 2_000)).toBe(MAX_DRAWS / 2_000);
    const big = Array.from({ length: 20_000 }, (_, i) => ({ u: i / 1000, v: 0.5 * (i / 1000) + random() }));
    const start = performance.now();
    const fit = fitWithInterval(big, { seed: 2 })!;
    expect(performance.now() - start).toBeLessThan(3000); // 1,000 full rounds took over two seconds on its own
    expect(bootstrapSlopes(big, 1000, 2)).toHaveLength(MIN_ROUNDS);
    expect(fitWithInterval(big, { seed: 2 })).toEqual(fit); // deterministic
    expect(fit.slope.low).toBeLessThan(fit.slope.value);
    expect(fit.slope.high).toBeGreaterThan(fit.slope.value);
    expect(fit.slope.high - fit.slope.low).toBeLessThan(0.01);
    expect(fit.slope.value).toBeCloseTo(0.5, 2);
  });
});

describe("small defects", () => {
  test("a date axis has no scale choice: a link's xscale for it is read as the default and never written", () => {
    const params = exploreParams(releases);
    const plain = readExploreState("", releases);
    expect(readExploreState("?x=date&xscale=linear", releases)).toEqual(plain);
    expect(readExploreState("?y=date&x=compute&yscale=linear", releases).yscale).toBe(plain.yscale);
    expect(stateQuery(normalizeExploreState({ ...plain, xscale: "linear" }), params)).toBe("");
    // A measure keeps its scale.
    expect(readExploreState("?x=parameters&xscale=linear", releases).xscale).toBe("linear");
  });

  test("tokens per parameter ticks in the language's number units: 1 万, not 10000", () => {
    const options = { ...spec({ x: "date", y: "tokens_per_parameter" }), width: 960 };
    const ticks = (lang: "en" | "zh") =>
      [...exploreChart(releases, { ...options, lang }).querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
        (t) => t.textContent
      );
    expect(ticks("zh").join(" ")).not.toMatch(/\d{5}/);
    expect([1, 20, 1000, 10_000, 100_000].map(ratioTick("zh"))).toEqual(["1", "20", "1000", "1 万", "10 万"]);
    expect([1, 20, 10_000].map(ratioTick("en"))).toEqual(["1", "20", "10K"]);
    expect(formatValue(25_000, "tokens_per_parameter", "zh")).toBe("2.5 万");
    expect(ticks("en").length).toBeGreaterThan(1);
  });
});

describe("named presets: the Scaling charts are views of the explore figure", () => {
  const SCALING = ["parameters-by-date", "compute-by-date", "tokens-by-date", "parameters-vs-tokens"] as const;
  const stable = (chart: Element) => chart.outerHTML.replace(/plot-clip-\d+/g, "plot-clip");

  test("the one list holds the four Scaling charts and the questions, each a link of the explorer", () => {
    expect(Object.keys(EXPLORE_PRESETS)).toEqual(expect.arrayContaining([...SCALING, "chinchilla", "openClosed"]));
    expect(EXPLORE_PRESETS["gptLine"]).toContain("backdrop=on");
    for (const name of SCALING) {
      expect(EXPLORE_PRESETS[name]).toBe(`?preset=${name}`);
      expect(FIGURES.find((f) => f.id === name)!.explore!({})).toBe(`?preset=${name}`);
    }
    // The page's state goes along: a linear scale, the model ringed, the backdrop.
    const link = FIGURES.find((f) => f.id === "parameters-by-date")!.explore!({
      scale: "linear",
      selected: "gpt-3-175b",
      backdrop: true
    });
    const state = readExploreState(link, releases);
    expect(state).toMatchObject({ preset: "parameters-by-date", yscale: "linear", backdrop: true });
    expect(state.highlight).toEqual(["gpt-3-175b"]);
  });

  test("?preset=<name> opens the preset's view; the link's own words apply over it; another axis leaves it", () => {
    const state = readExploreState("?preset=compute-by-date", releases);
    expect(state).toMatchObject({ x: "date", y: "compute", line: "gpt", thresholds: "few-shot" });
    expect(state.preset).toBe("compute-by-date");
    const linear = readExploreState("?preset=compute-by-date&yscale=linear", releases);
    expect(linear).toMatchObject({ y: "compute", yscale: "linear", preset: "compute-by-date" });
    expect(normalizeExploreState({ ...state, y: "tokens" }).preset).toBe("none");
    // The preset is a starting state: another fit or colour changes only that, the preset stays.
    expect(normalizeExploreState({ ...state, fit: "group" }).preset).toBe("compute-by-date");
    expect(normalizeExploreState({ ...state, color: "access" }).preset).toBe("compute-by-date");
    expect(normalizeExploreState({ ...state, thresholds: "all" }).preset).toBe("compute-by-date");
    // The tokens chart is log–log only: a linear axis is the plain explorer.
    const tokens = readExploreState("?preset=parameters-vs-tokens", releases);
    expect(tokens).toMatchObject({ x: "parameters", y: "tokens", preset: "parameters-vs-tokens" });
    expect(normalizeExploreState({ ...tokens, xscale: "linear" }).preset).toBe("none");
    // A name that is no preset leaves the default view.
    expect(readExploreState("?preset=nonsense", releases).preset).toBe("none");
  });

  test("changing a Scaling preset's colour or fit changes only that: its band, thresholds and trends stay", () => {
    const draw = (search: string) => {
      const state = exploreFigureState(data, readExploreState(search, releases));
      return exploreScatter.draw(data as never, { width: 900, preset: "web", lang: "en", state });
    };
    const recoloured = draw("?preset=parameters-by-date&color=access&fit=group");
    const legend = recoloured.querySelector(".svg-legend")!.textContent!;
    // The new choices: colours by access, a fit per group.
    expect(legend).toMatch(/open weights|closed|API/i);
    expect(recoloured.querySelectorAll("g.explore-fit path").length).toBeGreaterThan(0);
    // The preset's layers: the undisclosed band, the few-shot thresholds, the catalog's trends.
    expect(legend).toContain("undisclosed");
    expect(legend).toMatch(/emergence threshold, few-shot/);
    expect(legend).toMatch(/trend, GPT flagships/);
    expect(readExploreState("?preset=parameters-by-date&color=access", releases).preset).toBe("parameters-by-date");
  });

  test("a Scaling preset's caption stays when the look changes, followed by what changed; another axis is the explorer's", () => {
    const caption = (search: string) =>
      exploreScatter.caption(data as never, exploreFigureState(data, readExploreState(search, releases)));
    // The dictionaries' own captions: the Scaling chart's words, and the explorer's (the notes after them vary).
    const scaling = { en: en.figures["compute-by-date"].caption, zh: zh.figures["compute-by-date"].caption };
    const explorer = { en: en.figures["explore-scatter"].caption, zh: zh.figures["explore-scatter"].caption };
    const changed = {
      en: "Changed from this chart: coloured by access instead of branch; trend lines: one per colour group.",
      zh: "相对原图的改动：按开放程度着色（原图按分支）；趋势线：每个颜色分组一条。"
    };
    for (const lang of ["en", "zh"] as const) {
      const space = lang === "en" ? " " : "";
      // Unchanged: the Scaling chart's caption and no word of a change.
      const start = (text: string, expected: string) => expect(text.slice(0, expected.length)).toBe(expected);
      start(caption("?preset=compute-by-date")[lang], scaling[lang]);
      expect(caption("?preset=compute-by-date")[lang]).not.toContain(changed[lang].slice(0, 8));
      // Recoloured, with a fit per group: the Scaling caption, then one sentence of what changed.
      start(caption("?preset=compute-by-date&color=access&fit=group")[lang], scaling[lang] + space + changed[lang]);
      // Another axis leaves the preset: the explorer's own caption.
      const axis = caption("?preset=compute-by-date&y=tokens&color=access")[lang];
      start(axis, explorer[lang]);
      expect(axis).not.toContain(scaling[lang]);
    }
    // The line and the eras are named too (the GPT line turned off, fits split at a date).
    expect(caption("?preset=compute-by-date&line=none&breaks=2020-05-28").en).toContain(
      "Changed from this chart: highlighted line: none instead of the GPT line; fits split into eras at 2020-05-28."
    );
  });

  test.each(SCALING.map((name) => [name] as const))("/explore?preset=%s keeps the story's frame when asked", (name) => {
    const ticks = (search: string) => {
      const state = exploreFigureState(data, readExploreState(search, releases));
      const chart = exploreScatter.draw(data as never, { width: 900, preset: "web", lang: "en", state });
      const axis = chart.querySelector('g[aria-label="x-axis tick label"]')!;
      return [...axis.querySelectorAll("text")].map((t) => t.textContent);
    };
    const fitted = ticks(`?preset=${name}&from=2022`);
    const framed = ticks(`?preset=${name}&from=2022&frame=on`);
    expect(framed).not.toEqual(fitted);
    // Without a filter the two are the same chart: every model is shown.
    expect(ticks(`?preset=${name}&frame=on`)).toEqual(ticks(`?preset=${name}`));
  });

  test.each(SCALING.map((name) => [name] as const))("/explore?preset=%s draws the Scaling chart itself", (name) => {
    const figure = FIGURES.find((f) => f.id === name)!;
    for (const lang of ["en", "zh"] as const) {
      const scaling = figure.draw(data as never, { width: 900, preset: "web", lang, state: {} });
      const state = exploreFigureState(data, readExploreState(`?preset=${name}`, releases));
      const explore = exploreScatter.draw(data as never, { width: 900, preset: "web", lang, state });
      expect(stable(explore)).toBe(stable(scaling));
      // Its caption is the Scaling chart's (the marks are that chart's).
      expect(exploreScatter.caption(data as never, state)[lang]).toContain(
        figure.caption(data as never, {})[lang].slice(0, 60)
      );
    }
  });
});

describe("a question linked by its state (the page's list, or the controls) is named as ?preset= names it", () => {
  const QUESTIONS = ["openClosed", "tokensCompute", "chinchilla", "gptLine"] as const;
  const GENERIC = { en: "Any measure against any other", zh: zh.figures["explore-scatter"].title };
  const titleOf = (state: ExploreState, lang: "en" | "zh") =>
    viewTitle(exploreScatter, data as never, exploreFigureState(data, state), lang);

  // The reviewer's case: the list's "Compute of open and closed models" opened ?x=date&y=compute&color=access&fit=group,
  // titled "Any measure against any other" in the heading, in "Add to my talk/report" and in downloads.
  test.each(QUESTIONS.flatMap((name) => (["en", "zh"] as const).map((lang) => [name, lang] as const)))(
    "%s (%s): its link's title and caption are the named view's",
    (name, lang) => {
      expect(EXPLORE_PRESETS[name]).not.toContain("preset=");
      const byState = readExploreState(EXPLORE_PRESETS[name], releases);
      const byName = readExploreState(`?preset=${name}`, releases);
      expect(questionOf(byState, releases)).toBe(name);
      expect(titleOf(byState, lang)).toBe({ en, zh }[lang].explore.presets[name]);
      expect(titleOf(byState, lang)).toBe(titleOf(byName, lang));
      const caption = (state: ExploreState) => exploreScatter.caption(data as never, exploreFigureState(data, state));
      expect(caption(byState)[lang]).toBe(caption(byName)[lang]);
    }
  );

  test("the controls set to a question's state name it, in any order; a view that differs in anything does not", () => {
    const plain = readExploreState("", releases);
    const openClosed = { ...plain, color: "access", fit: "group" } as const;
    expect(questionOf(openClosed, releases)).toBe("openClosed");
    expect(titleOf(openClosed, "zh")).toBe(zh.explore.presets.openClosed);
    // The highlighted models picked in another order, or the view embedded: the same view.
    const chinchilla = readExploreState(EXPLORE_PRESETS.chinchilla, releases);
    expect(questionOf({ ...chinchilla, highlight: [...chinchilla.highlight].reverse() }, releases)).toBe("chinchilla");
    expect(questionOf({ ...openClosed, embed: true }, releases)).toBe("openClosed");
    // One word more or less: the plain explorer, in both languages, whether reached by the link or by the name.
    const differs: ExploreState[] = [
      { ...openClosed, fit: "all" },
      { ...openClosed, highlight: ["gpt-3-175b"] },
      { ...openClosed, from: openClosed.from + 1 },
      { ...openClosed, frame: true },
      { ...chinchilla, highlight: chinchilla.highlight.slice(1) },
      { ...readExploreState(EXPLORE_PRESETS.gptLine, releases), backdrop: false },
      readExploreState("?preset=openClosed&color=branch", releases),
      plain
    ];
    for (const state of differs) {
      expect(questionOf(state, releases)).toBeNull();
      for (const lang of ["en", "zh"] as const) expect(titleOf(state, lang)).toBe(GENERIC[lang]);
    }
    // A Scaling chart's preset keeps its name while it keeps its axes (its layers are drawn): that rule is unchanged.
    const computeByDate = readExploreState("?preset=compute-by-date&color=access", releases);
    expect(titleOf(computeByDate, "en")).toBe(en.figures["compute-by-date"].title);
  });
});

describe("the Chinchilla ratio on the explorer (the tokens chart's reference)", () => {
  test("a level line at 20 tokens per parameter, in the domain, with its legend entry; the diagonal on parameters × tokens", () => {
    const ratio = exploreLayout(releases, { ...spec({ x: "date", y: "tokens_per_parameter" }), width: 900 });
    expect(ratio.reference.map((r) => r.y)).toEqual([20, 20]);
    expect(ratio.yDomain[0] <= 20 && ratio.yDomain[1] >= 20).toBe(true);
    expect(ratio.legend.some((item) => item.label.includes("20"))).toBe(true);
    const diagonal = exploreLayout(releases, { ...spec({ x: "parameters", y: "tokens" }), width: 900 });
    for (const r of diagonal.reference) expect(r.y / r.x).toBeCloseTo(20, 9);
    expect(exploreLayout(releases, { ...spec(), width: 900 }).reference).toEqual([]);
  });

  test("highlighted names stay off the level line and the thresholds' rules", () => {
    const layout = exploreLayout(releases, {
      ...spec({ x: "date", y: "tokens_per_parameter", highlight: ["chinchilla-70b", "gpt-3-175b", "gopher-280b"] }),
      width: 900
    });
    const y = Plot.scale({
      y: { type: "log", domain: layout.yDomain, range: [layout.plotBox.y1, layout.plotBox.y0] }
    }).apply(20) as number;
    expect(layout.labels.length).toBeGreaterThan(0);
    for (const l of layout.labels) expect(Math.abs(l.y - y)).toBeGreaterThan(12 * 0.5);
  });

  test("a highlighted model on its own threshold's rule is named off the rule (GPT-3 175B in Chinese)", () => {
    // GPT-3 175B's compute is the threshold of three abilities: its rule runs through its dot, and the spots beside
    // it are taken by estimate ranges and the rules above, so its name once fell back onto the rule.
    const catalog = { ...data, releases: catalogReleases };
    const state = exploreFigureState(
      catalog,
      readExploreState("?preset=compute-by-date&highlight=gpt-3-175b&thresholds=few-shot", catalogReleases)
    );
    const translateY = (e: Element) => Number(/translate\([^,]+,([^)]+)\)/.exec(e.getAttribute("transform") ?? "")![1]);
    for (const lang of ["en", "zh"] as const)
      for (const width of [900, 1180]) {
        const svg = exploreScatter.draw(catalog as never, { width, preset: "web", lang, state }) as Element;
        const label = [...svg.querySelectorAll('text[data-models="gpt-3-175b"]')].find((t) =>
          t.textContent!.includes("FLOP")
        )!;
        // The rules across the plot (a range's rule is vertical).
        const rules = [...svg.querySelectorAll('g[aria-label="rule"] line')]
          .filter((l) => l.getAttribute("y1") === l.getAttribute("y2"))
          .map((l) => Number(l.getAttribute("y1")));
        expect(rules.length).toBeGreaterThan(3);
        const fontSize = Number(label.closest("[font-size]")?.getAttribute("font-size") ?? 12);
        for (const ruleY of rules)
          expect(Math.abs(translateY(label) - ruleY), `${lang} at ${width}: the name on a rule`).toBeGreaterThan(
            fontSize * 0.6
          );
      }
  });

  test("names: past every free spot, over a dot, then across a short range, never along a rule across the plot", () => {
    const plotBox = { x0: 0, x1: 400, y0: 0, y1: 300 };
    const point = { x: 200, y: 150, width: 60, height: 12, priority: 1 };
    const along = { x0: 0, x1: 400, y0: 149, y1: 151 };
    // Ranges beside, above and below the point cross every spot but the ones straight below.
    const ranges = [120, 140, 260, 280].map((x) => ({ x0: x - 1, x1: x + 1, y0: 100, y1: 200 }));
    const dots = [
      { x0: 185, x1: 215, y0: 160, y1: 180 },
      { x0: 185, x1: 215, y0: 120, y1: 140 }
    ];
    const [placed] = placeNames([point], plotBox, { gap: 5, dots, rules: [along, ...ranges] });
    expect(placed).not.toBeNull();
    expect(overlaps(placed!.box, along)).toBe(false);
    // With every spot crossed by ranges too, the name crosses a range rather than lie along the rule.
    const crossed = [170, 190, 210, 230].map((x) => ({ x0: x - 1, x1: x + 1, y0: 100, y1: 200 }));
    const [across] = placeNames([point], plotBox, { gap: 5, dots, rules: [along, ...ranges, ...crossed] });
    expect(across).not.toBeNull();
    expect(overlaps(across!.box, along)).toBe(false);
  });
});
