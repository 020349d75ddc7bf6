// The explorer's scatter: any measure against any other (src/components/explore/data.ts), drawn in two steps like
// the growth charts: exploreLayout computes domains, margins, colours, legend and label places as plain data, then
// the functions of marks.ts build each group of marks from it.
import * as Plot from "@observablehq/plot";
import type { ReleaseRow } from "../../contract.js";
import type { Lang, Preset } from "../../figures/types.js";
import { dictionaryFor } from "../../i18n/index.js";
import { formatCount, linearTickFormat, logTickFormat } from "../../i18n/format.js";
import { accessiblePlot } from "../a11y.js";
import { plotBase, xAxisBase, yAxisBase } from "../plot-base.js";
import { METRIC_OF, unitOf, type Measure } from "./data.js";
import { formatValue } from "./format.js";
import { exploreLayout, type ExploreChartOptions, type ExploreLayout } from "./layout.js";
import type { ChartLook } from "./look.js";
import { canvasLayers, followPointer } from "./backdrop-canvas.js";
import {
  backdropMark,
  dotMarks,
  fitMarks,
  highlightMarks,
  legendMarks,
  lineMark,
  rangeMarks,
  referenceMark,
  thresholdMarks
} from "./marks.js";

import { periodMarks } from "./period.js";
import { bandMarks } from "./undisclosed.js";
import { trendMarks } from "./trends.js";
import { noteMarks } from "./notes.js";
import { thresholdMarks as labelledThresholds } from "./thresholds.js";
import {
  lookBackdropMark,
  lookAria,
  lookAxes,
  lookDateTitle,
  lookDotMarks,
  lookLineMark,
  lookNameMarks,
  lookSelectionMarks
} from "./look-marks.js";
import { applyModelFilter } from "../model-filter.js";
import { canvasFilterLayers, filterCanvasLayers } from "./canvas-filter.js";

export { exploreLayout, type ExploreChartOptions } from "./layout.js";

/**
 * Whole powers of ten inside the domain, every second or third when there are many; over less than two decades,
 * 1, 2 and 5 times each power (a narrow filtered view still gets labelled ticks).
 */
export function logTicks([lo, hi]: [number, number]): number[] {
  const [first, last] = [Math.ceil(Math.log10(lo)), Math.floor(Math.log10(hi))];
  if (last - first < 1) {
    const decades = Array.from({ length: last - first + 3 }, (_, i) => 10 ** (first - 1 + i));
    return decades.flatMap((d) => [d, 2 * d, 5 * d]).filter((v) => v >= lo && v <= hi);
  }
  const step = Math.ceil((last - first + 1) / 8);
  return Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => 10 ** (first + i * step));
}

/** Log tick labels: powers of ten as the growth charts write them, 2× and 5× ticks in the measure's short form. */
const logLabel = (kind: "count" | "flop", lang: Lang) => {
  const decade = logTickFormat(kind, lang);
  return (v: number) =>
    decade(v) ||
    (kind === "flop" ? formatValue(v, "compute", lang).replace(" FLOP", "") : formatValue(v, "parameters", lang));
};

/** New Year's days inside a date domain, every second or more when the axis is too short for each (a year label needs ~45 px). */
export function yearTicks([lo, hi]: [number, number], length: number): Date[] {
  const [first, last] = [new Date(lo).getUTCFullYear() + 1, new Date(hi).getUTCFullYear()];
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  const step = Math.max(1, Math.ceil(years.length / Math.max(2, Math.floor(length / 45))));
  return years.filter((_, i) => i % step === 0).map((year) => new Date(Date.UTC(year, 0, 1)));
}

/** A ratio's tick label: the number, and from ten thousand on in the language's units (10K | 1 万), never "10000". */
export const ratioTick = (lang: Lang) => (v: number) => (v >= 1e4 ? formatCount(v, lang) : String(v));

/** One axis's scale options: type, domain, label and ticks in the page's language. */
function axis(measure: Measure, log: boolean, domain: [number, number], lang: Lang, length: number) {
  const w = dictionaryFor(lang).explore;
  const unit = unitOf(measure);
  const label = `${w.measure[measure]}${measure === "date" ? "" : ` (${w.scaleChoice[log ? "log" : "linear"]})`}`;
  if (unit === "date")
    return { type: "utc" as const, domain, label, ticks: yearTicks(domain, length), tickFormat: "%Y" };
  const kind = unit === "flop" ? "flop" : "count";
  if (log)
    return {
      type: "log" as const,
      domain,
      label,
      ticks: logTicks(domain),
      tickFormat: unit === "ratio" ? ratioTick(lang) : logLabel(kind, lang)
    };
  return {
    type: "linear" as const,
    domain,
    label,
    ticks: 5,
    tickFormat: unit === "ratio" ? ratioTick(lang) : linearTickFormat(kind, lang)
  };
}

function exploreAria(layout: ExploreLayout, lang: Lang) {
  const w = dictionaryFor(lang).explore;
  return { label: w.chart(w.measure[layout.spec.y], w.measure[layout.spec.x], layout.points.length) };
}

/** The axes: the explorer's, or a Scaling chart's look (./look-marks.ts). */
function chartAxes(layout: ExploreLayout, preset: Preset, lang: Lang) {
  if (layout.look) return lookAxes(layout, preset, lang);
  const { plotBox, spec } = layout;
  const x = axis(spec.x, layout.xlog, layout.xDomain, lang, plotBox.x1 - plotBox.x0);
  const y = axis(spec.y, layout.ylog, layout.yDomain, lang, plotBox.y1 - plotBox.y0);
  return { x: { ...x, ...xAxisBase(preset, x.label) }, y: { ...y, ...yAxisBase(y.label) } };
}

/**
 * Two options alike: the same values, lists of the same items, a language or preset left out as its default; a look's
 * layers (made afresh for the height and for the drawing) alike in the same way, and their notes by their words.
 */
function sameOptions(a: ExploreChartOptions, b: ExploreChartOptions): boolean {
  const defaults: Record<string, unknown> = { lang: "en", preset: "web" };
  const value = (options: ExploreChartOptions, key: string) =>
    (options as unknown as Record<string, unknown>)[key] ?? defaults[key];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((key) => {
    const [u, v] = [value(a, key), value(b, key)];
    return key === "layers" ? sameLayers(u as ChartLook | null, v as ChartLook | null) : alike(u, v);
  });
}

const alike = (u: unknown, v: unknown) =>
  u === v || (Array.isArray(u) && Array.isArray(v) && u.length === v.length && u.every((x, i) => x === v[i]));

function sameLayers(a: ChartLook | null, b: ChartLook | null): boolean {
  if (!a || !b) return a === b;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof ChartLook)[];
  return keys.every((key) =>
    key === "annotations"
      ? JSON.stringify(a.annotations ?? []) === JSON.stringify(b.annotations ?? [])
      : alike(a[key], b[key])
  );
}

/**
 * The last layout, by its rows (the same array) and options (alike): a change asks for the height, then draws the
 * same view, and at 20,000 models the layout is tens of milliseconds. What it returns is shared: nothing may change it.
 */
let lastLayout: { rows: readonly ReleaseRow[]; options: ExploreChartOptions; layout: ExploreLayout } | null = null;
function cachedLayout(rows: readonly ReleaseRow[], options: ExploreChartOptions): ExploreLayout {
  if (lastLayout?.rows === rows && sameOptions(lastLayout.options, options)) return lastLayout.layout;
  lastLayout = { rows, options, layout: exploreLayout(rows, options) };
  return lastLayout.layout;
}

export function exploreChart(rows: readonly ReleaseRow[], options: ExploreChartOptions): SVGSVGElement {
  const preset: Preset = options.preset ?? "web";
  const lang: Lang = options.lang ?? "en";
  const layout = cachedLayout(rows, options);
  const { look } = layout;
  const context = { preset, lang };
  // A large backdrop or catalog on screen goes on a canvas (src/components/explore/backdrop-canvas.ts); downloads keep
  // SVG dots. `svg.dots` and `svg.ranges` are the points the SVG marks still draw.
  const { backdrop, catalog, sinks, ...svg } = canvasLayers(layout, context);
  const [x0, x1] = layout.xDomain;
  const chart = Plot.plot({
    ...plotBase(
      preset,
      { width: layout.width, height: layout.height, margins: layout.margins },
      look ? lookAria(layout, lang) : exploreAria(layout, lang),
      look ? { overflow: "visible" } : {}
    ),
    ...chartAxes(layout, preset, lang),
    marks: [
      backdrop ?? (look ? lookBackdropMark(layout, context) : backdropMark(layout, context)),
      catalog,
      ...periodMarks(layout.period, { xEnd: layout.xDomain[1], yDomain: layout.yDomain }, context),
      ...(layout.band ? bandMarks({ band: layout.band, metric: METRIC_OF[options.y]!, x0, x1 }, context) : []),
      ...thresholdMarks(layout, context),
      ...(layout.thresholdMarks.length ? labelledThresholds(layout, context) : []),
      referenceMark(layout, context),
      ...rangeMarks(svg.ranges, context),
      ...fitMarks(layout, context),
      // The look's GPT line under the trends (a trend through the same models stays dashed over it).
      look ? lookLineMark(layout, context) : null,
      ...trendMarks(layout, context),
      ...(look
        ? lookDotMarks(layout, svg.dots.points, context)
        : [lineMark(layout, context), dotMarks(svg.dots, context)]),
      ...(look ? lookNameMarks(layout, context) : highlightMarks(layout, context)),
      ...noteMarks(layout.notes, context),
      ...(look ? lookSelectionMarks(layout, context) : []),
      look ? lookDateTitle(layout) : null,
      ...legendMarks(layout, context)
    ]
  }) as unknown as SVGSVGElement;
  followPointer(chart, sinks, context);
  // A look's page filters in place: its canvases too (./canvas-filter.ts).
  if (look) filterCanvasLayers(chart, canvasFilterLayers(layout, context, { backdrop, catalog, sinks }));
  if (look && look.visible !== undefined) applyModelFilter(chart, look.visible);
  return accessiblePlot(chart);
}

/**
 * The height the chart takes at a width (the figure frame reserves it before drawing): a look's given or, drawn at its
 * own height on a page, that and its band's (the layout's, cached for the drawing that follows).
 */
export const exploreChartHeight = (rows: readonly ReleaseRow[], options: ExploreChartOptions) =>
  options.layers && options.height !== undefined ? options.height : cachedLayout(rows, options).height;
