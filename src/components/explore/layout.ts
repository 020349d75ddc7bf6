// The explorer's layout: from the model (points, groups, fits) to pixels — domains that fit what is shown (or the
// story's frame), margins, colours, the legend's items and rows, and the places of the highlighted models' names.
import type { EmergenceRow, ImportedModel, ReleaseRow } from "../../contract.js";
import { thresholdValue } from "../growth/data.js";
import { presetStyle, textWidth } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { dictionaryFor, punctuation, rulesFor } from "../../i18n/index.js";
import { BACKDROP_GREY, EXPLORE_COLORS, REFERENCE_GREY, SELECTED, THRESHOLD_COLOR } from "../../figures/palette.js";
import { legendHeight, legendRows, type LegendItem } from "../svg-legend.js";
import { maxOf, minOf } from "../number-extent.js";
import { formatFitEstimate } from "./format.js";
import { effectiveScale, exploreModel, OTHER, type ExploreFit, type ExplorePoint, type ExploreSpec } from "./model.js";
import { backdropValue, type ColorBy, type Measure } from "./data.js";

export interface ExploreChartOptions extends ExploreSpec {
  width: number;
  /** The whole drawing's height (slides, print); by default it follows the width. */
  height?: number;
  preset?: Preset;
  lang?: Lang;
  /** Every catalog row: with it, the axes keep the story's frame (every model's extent), not only what is shown. */
  frameRows?: readonly ReleaseRow[] | null;
  /** Emergence thresholds (Wei et al. 2022) to draw as rules on a parameters or compute axis. */
  thresholds?: readonly EmergenceRow[];
  /** Epoch AI's models, drawn beneath in grey (already filtered to the view's years and drawable dates). */
  backdrop?: readonly ImportedModel[];
}

export interface BackdropPoint {
  id: string;
  name: string;
  x: number;
  y: number;
}

/** The last points of each backdrop list: the height and the drawing of one update ask for the same. */
const pointsCache = new WeakMap<readonly ImportedModel[], { key: string; points: BackdropPoint[] }>();

/** Each backdrop list's release dates as numbers, parsed once (a date axis reads thousands of them per change). */
const datesCache = new WeakMap<readonly ImportedModel[], Float64Array>();
function backdropDates(backdrop: readonly ImportedModel[]): Float64Array {
  let dates = datesCache.get(backdrop);
  if (!dates) datesCache.set(backdrop, (dates = Float64Array.from(backdrop, (m) => backdropValue(m, "date")!)));
  return dates;
}

/** The backdrop models with a value on both axes (positive on a log axis). */
export function backdropPoints(backdrop: readonly ImportedModel[], spec: ExploreSpec): BackdropPoint[] {
  const [xlog, ylog] = [effectiveScale(spec.x, spec.xscale) === "log", effectiveScale(spec.y, spec.yscale) === "log"];
  const key = `${spec.x}|${spec.y}|${xlog}|${ylog}`;
  const cached = pointsCache.get(backdrop);
  if (cached?.key === key) return cached.points;
  const points: BackdropPoint[] = [];
  const dates = backdropDates(backdrop);
  backdrop.forEach((model, i) => {
    const value = (measure: Measure) => (measure === "date" ? dates[i]! : backdropValue(model, measure));
    const [x, y] = [value(spec.x), value(spec.y)];
    if (x === null || y === null || (xlog && x <= 0) || (ylog && y <= 0)) return;
    points.push({ id: model.id, name: model.name, x, y });
  });
  pointsCache.set(backdrop, { key, points });
  return points;
}

/** The thresholds' rules on an axis that is parameters or compute, inside the axis's domain. */
export function thresholdRules(thresholds: readonly EmergenceRow[], measure: Measure, domain: [number, number]) {
  const metric = measure === "parameters" ? "parameters" : measure === "compute" ? "training_compute" : null;
  if (!metric) return [];
  return thresholds.flatMap((row) => {
    const value = thresholdValue(row, metric);
    return value !== null && value >= domain[0] && value <= domain[1] ? [{ row, value }] : [];
  });
}

const DAY = 86400000;

/** A measure's domain over values (ranges included): padded in log or linear terms; dates by a few months. */
export function axisDomain(values: readonly number[], measure: Measure, log: boolean): [number, number] {
  if (!values.length) return measure === "date" ? [Date.UTC(2017, 0, 1), Date.UTC(2024, 0, 1)] : log ? [1, 10] : [0, 1];
  const [lo, hi] = [minOf(values), maxOf(values)];
  if (measure === "date") {
    const pad = Math.max(90 * DAY, (hi - lo) * 0.04);
    return [lo - pad, hi + pad];
  }
  if (log) return [lo / 1.6, hi * 1.6];
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.05;
  return [lo >= 0 ? 0 : lo - pad, hi + pad];
}

/** Every value a point occupies on one axis: its value and its range's ends; once per list of points (a change asks twice). */
const extents = {
  x: new WeakMap<readonly ExplorePoint[], number[]>(),
  y: new WeakMap<readonly ExplorePoint[], number[]>()
};
function extentValues(points: readonly ExplorePoint[], axis: "x" | "y"): number[] {
  let values = extents[axis].get(points);
  if (values) return values;
  values = [];
  for (const p of points) {
    const v = axis === "x" ? p.x : p.y;
    values.push(v.value, v.low ?? v.value, v.high ?? v.value);
  }
  extents[axis].set(points, values);
  return values;
}

/** A colour group's name in the page's language. */
export function groupLabel(key: string | null, color: ColorBy, lang: Lang): string {
  const d = dictionaryFor(lang);
  if (key === null) return d.explore.allModels;
  if (key === OTHER) return d.explore.other;
  if (color === "branch") return d.common.branch[key as keyof typeof d.common.branch] ?? key;
  if (color === "access") return d.common.access[key as keyof typeof d.common.access] ?? key;
  if (color === "status") return d.common.status[key as keyof typeof d.common.status] ?? key;
  return key;
}

/** The colour of each group, in the groups' order; "other" in grey. */
export const groupColors = (groups: readonly string[]) =>
  new Map(groups.map((g, i) => [g, g === OTHER ? REFERENCE_GREY : EXPLORE_COLORS[i % EXPLORE_COLORS.length]!]));

/** A fit's legend label: whose, which era, and its doubling time or slope with the interval. */
export function fitLabel(fit: ExploreFit, color: ColorBy, lang: Lang): string {
  const era = dictionaryFor(lang).explore.era(fit.era.from, fit.era.to);
  const { open, close, colon } = punctuation(lang);
  return `${groupLabel(fit.group, color, lang)}${era ? `${open}${era}${close}` : ""}${colon}${formatFitEstimate(fit, lang)}`;
}

function legendItems(
  model: ReturnType<typeof exploreModel>,
  spec: ExploreSpec,
  {
    lang,
    colors,
    thresholds,
    backdrop
  }: { lang: Lang; colors: Map<string, string>; thresholds: boolean; backdrop: boolean }
) {
  const w = dictionaryFor(lang).explore;
  const items: LegendItem[] = model.groups.map((g) => ({
    label: groupLabel(g, spec.color, lang),
    swatch: { kind: "dot", fill: colors.get(g)! }
  }));
  if (model.points.some((p) => p.x.estimate || p.y.estimate))
    items.push({ label: w.estimateMark, swatch: { kind: "dot", fill: "none", stroke: REFERENCE_GREY } });
  if (model.points.some((p) => p.highlighted))
    items.push({ label: w.highlightMark, swatch: { kind: "dot", fill: "none", stroke: SELECTED } });
  if (backdrop)
    items.push({ label: dictionaryFor(lang).charts.growth.backdrop, swatch: { kind: "dot", fill: BACKDROP_GREY } });
  if (thresholds)
    items.push({ label: w.thresholdMark, swatch: { kind: "line", stroke: THRESHOLD_COLOR["few-shot"], dash: "2,3" } });
  for (const fit of model.fits)
    items.push({
      label: fitLabel(fit, spec.color, lang),
      swatch: { kind: "line", stroke: fit.group === null ? REFERENCE_GREY : colors.get(fit.group)!, dash: "6,3" }
    });
  return items;
}

/** A text cut to at most `room` characters, an ellipsis last. */
export const shorten = (text: string, room: number) =>
  text.length <= room ? text : `${text.slice(0, Math.max(1, room - 1)).trimEnd()}…`;

/** The drawing's height at a width when no height is given: the plot area follows the width, the legend adds rows. */
export const plotAreaHeight = (width: number, preset: Preset) =>
  Math.round(Math.min(preset === "slide" ? 820 : 560, Math.max(340, width * 0.55)));

export function exploreLayout(rows: readonly ReleaseRow[], options: ExploreChartOptions) {
  const { preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const cjk = rulesFor(lang).wideGlyphs;
  const width = Math.round(options.width);
  const model = exploreModel(rows, options);
  const colors = groupColors(model.groups);
  // The legend names the thresholds when the link asks for them and an axis can show them.
  const thresholdAxis = [options.x, options.y].some((m) => m === "parameters" || m === "compute");
  const legend: LegendItem[] = legendItems(model, options, {
    lang,
    colors,
    thresholds: thresholdAxis && Boolean(options.thresholds?.length),
    backdrop: Boolean(options.backdrop?.length)
  });
  const left = Math.round(style.fontSize * 5.4);
  const right = Math.round(style.fontSize * 1.5);
  const legendWidth = Math.max(120, width - left - right);
  // A label longer than the legend's width is shortened with an ellipsis (the fit table and tooltips keep it whole).
  const room = Math.floor((legendWidth - style.smallFontSize * 2.6) / textWidth(1, style.smallFontSize, cjk));
  for (const item of legend) item.label = shorten(item.label, room);
  const legendLines = legendRows(legend, legendWidth, style.smallFontSize, cjk).length;
  const bottom = Math.round(style.fontSize * 3.8 + legendHeight(legendLines, style.smallFontSize));
  const top = Math.round(style.fontSize);
  const height = Math.round(options.height ?? plotAreaHeight(width, preset) + top + bottom);
  const [xlog, ylog] = [
    effectiveScale(options.x, options.xscale) === "log",
    effectiveScale(options.y, options.yscale) === "log"
  ];
  const backdrop = backdropPoints(options.backdrop ?? [], options);
  const frame = options.frameRows ? exploreModel(options.frameRows, { ...options, fit: "none" }).points : [];
  const xDomain = axisDomain(
    [...extentValues(model.points, "x"), ...extentValues(frame, "x"), ...backdrop.map((b) => b.x)],
    options.x,
    xlog
  );
  const yDomain = axisDomain(
    [...extentValues(model.points, "y"), ...extentValues(frame, "y"), ...backdrop.map((b) => b.y)],
    options.y,
    ylog
  );
  const margins = { top, right, bottom, left };
  const plotBox = { x0: left, x1: width - right, y0: top, y1: height - bottom };
  const thresholds = {
    x: thresholdRules(options.thresholds ?? [], options.x, xDomain),
    y: thresholdRules(options.thresholds ?? [], options.y, yDomain)
  };
  const labels = labelPlaces(model.points, {
    xDomain,
    yDomain,
    xlog,
    ylog,
    plotBox,
    fontSize: style.smallFontSize,
    cjk
  });
  return {
    ...model,
    spec: options,
    width,
    height,
    margins,
    plotBox,
    xDomain,
    yDomain,
    xlog,
    ylog,
    colors,
    legend,
    legendWidth,
    backdrop,
    thresholds,
    labels
  };
}
export type ExploreLayout = ReturnType<typeof exploreLayout>;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A linear or log scale from a domain to pixels (Plot's own, without its per-value overhead). */
function pixelScale(log: boolean, domain: number[], [r0, r1]: [number, number]) {
  const f = log ? Math.log : (v: number) => v;
  const [d0, d1] = [f(domain[0]!), f(domain[1]!)];
  return (v: number) => r0 + ((f(v) - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

/** The highlighted models' names: right of the dot, else left, else not drawn (the tooltip still names it). */
export function labelPlaces(
  points: readonly ExplorePoint[],
  frame: {
    xDomain: number[];
    yDomain: number[];
    xlog: boolean;
    ylog: boolean;
    plotBox: Box;
    fontSize: number;
    cjk: boolean;
  }
) {
  const { plotBox, fontSize } = frame;
  const labels: { id: string; name: string; x: number; y: number; anchor: "start" | "end" }[] = [];
  if (!points.some((p) => p.highlighted)) return labels;
  const sx = pixelScale(frame.xlog, frame.xDomain, [plotBox.x0, plotBox.x1]);
  const sy = pixelScale(frame.ylog, frame.yDomain, [plotBox.y1, plotBox.y0]);
  const placed: Box[] = [];
  // Each dot's pixels, once (a name is checked against every dot: thousands in a large catalog).
  const [dotX, dotY] = [
    Float64Array.from(points, (p) => sx(p.x.value)),
    Float64Array.from(points, (p) => sy(p.y.value))
  ];
  const clearOfDots = (box: Box, own: number) =>
    !dotX.some(
      (x, j) => j !== own && box.x0 < x + 5 && x - 5 < box.x1 && box.y0 < dotY[j]! + 5 && dotY[j]! - 5 < box.y1
    );
  points.forEach((p, i) => {
    if (!p.highlighted) return;
    const [x, y] = [dotX[i]!, dotY[i]!];
    const w = textWidth(p.name.length, fontSize, frame.cjk);
    for (const anchor of ["start", "end"] as const) {
      const x0 = anchor === "start" ? x + 7 : x - 7 - w;
      const box = { x0, x1: x0 + w, y0: y - fontSize * 0.6, y1: y + fontSize * 0.6 };
      const inside = box.x0 >= plotBox.x0 && box.x1 <= plotBox.x1 && box.y0 >= plotBox.y0 && box.y1 <= plotBox.y1;
      const clear = !placed.some((b) => overlaps(b, box)) && clearOfDots(box, i);
      if (!inside || !clear) continue;
      placed.push(box);
      labels.push({ id: p.id, name: p.name, x: anchor === "start" ? x + 7 : x - 7, y, anchor });
      return;
    }
  });
  return labels;
}
