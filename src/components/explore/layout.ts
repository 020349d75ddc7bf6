// The explorer's layout: from the model (points, groups, fits) to pixels — domains that fit what is shown (or the
// story's frame), margins, colours, the legend's items and rows, and the places of the highlighted models' names.
import type { EmergenceRow, FittedTrend, ImportedModel, ReleaseRow, TrendRow } from "../../contract.js";
import {
  thresholdLegend,
  thresholdMargin,
  thresholdPlaces,
  thresholdRuleNames,
  thresholdValue,
  type ThresholdData,
  type ThresholdFrame
} from "./thresholds.js";
import { glyphWidth, presetStyle, textWidth, typesetWidth } from "../../figures/presets.js";
import { overlaps, placeLabels, type Box } from "../label-layout.js";
import { anyBoxIn, nameWidth, placeNames, polylineSegments } from "./names.js";
import { drawnLines, selectionRule, type DataPoint } from "./lines.js";
import type { Lang, Preset } from "../../figures/types.js";
import { dictionaryFor, punctuation, rulesFor } from "../../i18n/index.js";
import { BACKDROP_GREY, EXPLORE_COLORS, REFERENCE_GREY, SELECTED, THRESHOLD_COLOR } from "../../figures/palette.js";
import { itemWidth, legendHeight, legendRows, type LegendItem } from "../svg-legend.js";
import { countAxisLeft } from "../plot-base.js";
import { maxOf, minOf } from "../number-extent.js";
import { formatFitEstimate } from "./format.js";
import { parseDate } from "../encoding.js";
import { effectiveScale, exploreModel, OTHER, type ExploreFit, type ExplorePoint, type ExploreSpec } from "./model.js";
import { backdropValue, CHINCHILLA_TOKENS_PER_PARAMETER, METRIC_OF, type ColorBy, type Measure } from "./data.js";
import {
  bandShare,
  branchColors,
  lookDomains,
  lookHeight,
  lookLegend,
  lookNames,
  lookRows,
  type ChartLook,
  type NameRequest
} from "./look.js";
import { ARTICLE_END_TIME, drawsPeriod } from "./period.js";
import { bandOnAxis, bandTitle, bandValues, undisclosedRows } from "./undisclosed.js";
import { trendCurve, trendLegend, viewTrends } from "./trends.js";
import { notePlaces, type Annotation } from "./notes.js";
import {
  entriesBesideLines,
  insideBlocks,
  type InsideBlock,
  type LegendObstacles,
  type LineEntry,
  type Polyline
} from "./legend-place.js";

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
  /** The catalog's fitted trends: with dates along x, the fits of the measure on y are drawn (./trends.ts). */
  trends?: readonly TrendRow[];
  /** Notes beside models' points (./notes.ts). */
  annotations?: readonly Annotation[];
  /** A Scaling chart's look (a named preset's, src/figures/explore-presets.ts; ./look.ts). */
  layers?: ChartLook | null;
  /**
   * The band of undisclosed values names every model, and the canvas grows by its height over `height` (a look on a
   * page and in its "as shown" download: see withCanvasHeight). Set by the layout, not by a caller.
   */
  bandAbove?: boolean;
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

/**
 * The Chinchilla reference (about 20 tokens per parameter, the tokens chart's dashed line) where the axes can show
 * it: a level line on a tokens-per-parameter axis, the diagonal of parameters against tokens; two ends in data
 * values, inside both domains, or none.
 */
export function chinchillaReference(
  spec: Pick<ExploreSpec, "x" | "y">,
  xDomain: [number, number],
  yDomain: [number, number]
): { x: number; y: number }[] {
  const k = CHINCHILLA_TOKENS_PER_PARAMETER;
  const within = (v: number, [lo, hi]: [number, number]) => v >= lo && v <= hi;
  if (spec.y === "tokens_per_parameter" && spec.x !== "tokens_per_parameter")
    return within(k, yDomain) ? xDomain.map((x) => ({ x, y: k })) : [];
  if (spec.x === "tokens_per_parameter" && spec.y !== "tokens_per_parameter")
    return within(k, xDomain) ? yDomain.map((y) => ({ x: k, y })) : [];
  // Tokens = k × parameters, along whichever axis holds each.
  const slope =
    spec.x === "parameters" && spec.y === "tokens" ? k : spec.x === "tokens" && spec.y === "parameters" ? 1 / k : 0;
  if (!slope) return [];
  const [lo, hi] = [Math.max(xDomain[0], yDomain[0] / slope), Math.min(xDomain[1], yDomain[1] / slope)];
  return lo < hi ? [lo, hi].map((x) => ({ x, y: x * slope })) : [];
}

/** A tokens-per-parameter axis reaches the Chinchilla ratio, so the question it answers is on the chart. */
const referenceValues = (measure: Measure) =>
  measure === "tokens_per_parameter" ? [CHINCHILLA_TOKENS_PER_PARAMETER] : [];

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

/**
 * The least and greatest value a list of points occupies on one axis (values and ranges' ends), none for no points;
 * once per list (a change asks twice, and the list is cached upstream).
 */
const extents = {
  x: new WeakMap<readonly (ExplorePoint | BackdropPoint)[], number[]>(),
  y: new WeakMap<readonly (ExplorePoint | BackdropPoint)[], number[]>()
};
function extentValues(points: readonly (ExplorePoint | BackdropPoint)[], axis: "x" | "y"): number[] {
  let values = extents[axis].get(points);
  if (values) return values;
  let [lo, hi] = [Infinity, -Infinity];
  for (const p of points) {
    const v = p[axis];
    if (typeof v === "number") [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    else [lo, hi] = [Math.min(lo, v.value, v.low ?? v.value), Math.max(hi, v.value, v.high ?? v.value)];
  }
  values = points.length ? [lo, hi] : [];
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
    backdrop,
    reference,
    undisclosed
  }: {
    lang: Lang;
    colors: Map<string, string>;
    thresholds: boolean;
    backdrop: boolean;
    reference: boolean;
    undisclosed: boolean;
  }
) {
  const w = dictionaryFor(lang).explore;
  const items: LegendItem[] = model.groups.map((g) => ({
    label: groupLabel(g, spec.color, lang),
    swatch: { kind: "dot", fill: colors.get(g)! }
  }));
  if (model.points.some((p) => p.x.estimate || p.y.estimate))
    items.push({ label: w.estimateMark, swatch: { kind: "dot", fill: "none", stroke: REFERENCE_GREY } });
  if (undisclosed)
    items.push({
      label: dictionaryFor(lang).charts.growth.undisclosedMark,
      swatch: { kind: "dot", fill: "none", stroke: "currentColor", symbol: "times" }
    });
  if (model.points.some((p) => p.highlighted))
    items.push({ label: w.highlightMark, swatch: { kind: "dot", fill: "none", stroke: SELECTED } });
  if (backdrop)
    items.push({ label: dictionaryFor(lang).charts.growth.backdrop, swatch: { kind: "dot", fill: BACKDROP_GREY } });
  if (thresholds)
    items.push({ label: w.thresholdMark, swatch: { kind: "line", stroke: THRESHOLD_COLOR["few-shot"], dash: "2,3" } });
  if (reference)
    items.push({
      label: dictionaryFor(lang).charts.tokens.reference,
      swatch: { kind: "line", stroke: REFERENCE_GREY, dash: "8,5" }
    });
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

/**
 * How many of the legend's first entries stand inside the plot (the rest under it): on a fixed canvas, as many as
 * fit where what is drawn leaves room along the plot's edges (./legend-place.ts), so the plot takes their rows; none
 * on a page.
 */
export type LegendPlace = number;

/**
 * The options with the canvas's height where it is fixed: given (a download's size, a slide's, a printed page's), or
 * a Scaling look's on a page and in its "as shown" download, whose height follows its width (lookHeight, reserved
 * before it draws): laid out as a fixed canvas, its thresholds named on their rules and its legend inside, the plot
 * takes the width the names beside it took (a quarter of the image was plot).
 */
function withCanvasHeight(options: ExploreChartOptions): ExploreChartOptions {
  const preset = options.preset ?? "web";
  if (options.height !== undefined || !options.layers || (preset !== "web" && preset !== "download")) return options;
  // The band over it names every undisclosed model, as a page always has (the reader finds them there, not in a
  // tooltip), and adds its height to the look's.
  return { ...options, height: lookHeight(options.layers.look, options.width, preset), bandAbove: true };
}

export function exploreLayout(given: readonly ReleaseRow[], givenOptions: ExploreChartOptions) {
  const options = withCanvasHeight(givenOptions);
  if (options.height === undefined) return layoutWith(given, options, 0);
  // On a fixed canvas the trends' entries stand beside their lines where each finds a place (their legend rows are
  // plot), and the thresholds are named on their rules where every name finds a place (./threshold-names.ts), else
  // numbered and keyed or labelled beside the plot.
  // Of the ways that hold, the first (names on the rules and lines read best) whose plot is within a twentieth of the
  // largest: a way is passed over only for a plot clearly larger.
  // The shorter wordings are tried only where there are trends to word.
  const looked = applyLook(given, options);
  const trended = dateLayers(looked.rows, looked.options).trends.length > 0;
  const wordings = [...(trended ? LINE_WORDINGS : LINE_WORDINGS.slice(0, 1)), null];
  const ways = wordings.flatMap((onLines) => [true, false].map((named): LayoutWay => ({ onLines, named })));
  const tried: { way: LayoutWay; layout: ReturnType<typeof layoutWith> }[] = [];
  for (const way of ways) {
    const layout = withLegendPlaced(given, options, way);
    // The first way that holds, where it is whole (every rule named on it, the whole legend inside the plot), has the
    // largest plot there is: no other way is tried (a page's charts are laid out at every change).
    const whole = way.named && layout.legendInside && !layout.legendUnder.length;
    if (whole && wayHolds(layout, way) && !tried.some((t) => wayHolds(t.layout, t.way))) return layout;
    tried.push({ way, layout });
  }
  const held = tried.filter(({ way, layout }) => wayHolds(layout, way)).map(({ layout }) => layout);
  const area = ({ plotBox: b }: ReturnType<typeof layoutWith>) => (b.x1 - b.x0) * (b.y1 - b.y0);
  const largest = maxOf(held.map(area));
  return held.find((layout) => area(layout) >= largest * 0.95) ?? tried.at(-1)!.layout;
}

/** A trend's entry as two rows: whose (with the swatch), then its doubling time, parted after the colon. */
function twoRows(item: LegendItem, lang: Lang): LegendItem[] {
  const colon = punctuation(lang).colon;
  const at = item.label.indexOf(colon.trim());
  if (at < 0) return [item];
  return [
    { ...item, label: item.label.slice(0, at + colon.trim().length) },
    { label: item.label.slice(at + colon.trim().length).trim(), swatch: { kind: "none" } }
  ];
}

/**
 * The entries that may stand beside their lines, with the lines in pixels: the trends' (shorter than in the legend:
 * the dashed swatch on its line says "trend"; in `wording`, alike for every trend) and the reference line's, where
 * one is drawn (the Chinchilla ratio).
 */
function entriesOfLines(
  trends: readonly FittedTrend[],
  reference: readonly DataPoint[],
  { sx, sy, lang }: { sx: (v: number) => number; sy: (v: number) => number; lang: Lang },
  wording: LineWording
): LineEntry[] {
  const referenceItem: LegendItem = {
    label: dictionaryFor(lang).charts.tokens.reference,
    swatch: { kind: "line", stroke: REFERENCE_GREY, dash: "8,5" }
  };
  return [
    ...trendLegend(trends, lang, wording).map((item, i) => ({
      forms: [[item], twoRows(item, lang)],
      line: trendCurve(trends[i]!).map((c): [number, number] => [sx(+c.date), sy(c.value)])
    })),
    ...(reference.length
      ? [
          {
            forms: [[referenceItem], twoRows(referenceItem, lang)],
            line: reference.map((p): [number, number] => [sx(p.x), sy(p.y)])
          }
        ]
      : [])
  ];
}

/** How a fixed canvas's layout is tried: the thresholds named on their rules, the trends' entries beside their lines. */
interface LayoutWay {
  named: boolean;
  /** How the trends' entries beside their lines are worded (whole, shorter, shortest), or null: in the legend. */
  onLines: LineWording | null;
}

/** The wordings of the trends' entries beside their lines, in the order tried: whole, shorter, shortest. */
const LINE_WORDINGS = ["line", "lineShort", "lineShortest"] as const;
type LineWording = (typeof LINE_WORDINGS)[number];

/** Whether a layout tried a way holds it: every threshold named on its rule, every trend's entry beside its line. */
const wayHolds = (layout: ReturnType<typeof layoutWith>, way: LayoutWay) =>
  (!way.named || layout.ruleNames !== null) && (!way.onLines || layout.lineLegend !== null);

/** The layout with as many of the legend's first entries inside the plot as find a clear place there. */
function withLegendPlaced(given: readonly ReleaseRow[], options: ExploreChartOptions, way: LayoutWay) {
  const under = layoutWith(given, options, 0, way);
  // Named, the legend's rows inside give the plot the height its rules' names may need.
  for (const inside of [...new Set(under.splits)].sort((a, b) => b - a)) {
    const layout = layoutWith(given, options, inside, way);
    if (layout.legendInside && wayHolds(layout, way)) return layout;
  }
  return under;
}

/** The band of undisclosed values over a date axis (./undisclosed.ts), and the plot's top margin under it. */
function bandAndTop(
  undisclosed: readonly ReleaseRow[],
  options: ExploreChartOptions,
  { xDomain, left, right, width }: { xDomain: [number, number]; left: number; right: number; width: number }
) {
  const { preset = "web", lang = "en", layers: look = null } = options;
  const style = presetStyle(preset);
  // Given a height to fill, the band takes at most a sixth of it (a look's share); at its natural height it names
  // every model.
  const share = look && options.height ? bandShare(look, { width: options.width, height: options.height }) : 1 / 6;
  const fixed = options.height !== undefined && !options.bandAbove;
  const band = bandOnAxis(undisclosed, {
    xDomain,
    x0: left,
    x1: width - right,
    preset,
    cjk: rulesFor(lang).wideGlyphs,
    ...(options.bandAbove ? {} : { maxHeight: (options.height ?? 0) * share }),
    // On a fixed canvas the band is as small as it can be: its title on the crosses' row, or left to the legend's ×.
    untitled: fixed,
    ...(fixed && METRIC_OF[options.y] ? { title: bandTitle(METRIC_OF[options.y]!, lang) } : {})
  });
  // Room over the plot for its top tick label's upper half (on a page, as much again under the band).
  const top = Math.round(band ? band.top + band.height + style.fontSize * (fixed ? 0.75 : 1) : style.fontSize);
  return { band, top };
}

function layoutWith(
  given: readonly ReleaseRow[],
  givenOptions: ExploreChartOptions,
  place: LegendPlace,
  { named, onLines }: LayoutWay = { named: false, onLines: null }
) {
  const { rows, options, xFrame } = applyLook(given, givenOptions);
  const { preset = "web", lang = "en", layers: look = null } = options;
  const style = presetStyle(preset);
  const cjk = rulesFor(lang).wideGlyphs;
  const width = Math.round(options.width);
  const model = exploreModel(rows, options);
  const colors = look ? branchColors(model.groups) : groupColors(model.groups);
  const { undisclosed, trends } = dateLayers(rows, options);
  const domains = exploreDomains(model.points, options, { undisclosed, trends }, xFrame);
  const { xDomain, yDomain, xlog, ylog, backdrop } = domains;
  const reference = chinchillaReference(options, xDomain, yDomain);
  const yThresholds = yThresholdData(options, yDomain);
  const tFrame = { width, height: options.height ?? 0, lang, style, cjk };
  const { legend, legendWidth, left, right, bottom, texts, under, inside, xTitle, axisHeight, splits, ...untitled } =
    exploreMargins(
      model,
      options,
      { colors, reference, undisclosed, trends, yThresholds, tFrame, xDomain, onLines: onLines !== null },
      place,
      named
    );
  const { band, top } = bandAndTop(undisclosed, options, { xDomain, left, right, width });
  const natural = look ? lookHeight(look.look, width, preset) : plotAreaHeight(width, preset) + top + bottom;
  // A band over a look's height adds its own (the plot keeps the look's).
  const height = Math.round(options.height ?? natural) + (options.bandAbove ? top - Math.round(style.fontSize) : 0);
  const margins = { top, right, bottom, left };
  // Large type on the tokens look: the lowest y tick's lower half reaches the x tick row, so the x scale starts a
  // little inside the axis (the first x tick then clears it).
  const insetLeft = look?.look === "tokens" && style.fontSize > 18 ? Math.round(style.fontSize * 0.8) : 0;
  const plotBox = { x0: left + insetLeft, x1: width - right, y0: top, y1: height - bottom };
  const thresholds = {
    x: thresholdRules(options.thresholds ?? [], options.x, xDomain),
    y: thresholdRules(options.thresholds ?? [], options.y, yDomain)
  };
  // The period after the article, when a model of it is drawn: its dashed rule is one more to keep names off.
  const period = drawsPeriod(options.x, {
    *[Symbol.iterator]() {
      for (const p of model.points) yield p.row;
    }
  });
  const rules = nameRules({ thresholds, reference, period, band, undisclosed, look, model, options, trends });
  const frame = { xDomain, yDomain, xlog, ylog, plotBox, fontSize: style.smallFontSize, dotRadius: style.dotRadius };
  const sy = pixelScale(ylog, yDomain, [plotBox.y1, plotBox.y0]);
  const sx = pixelScale(xlog, xDomain, [plotBox.x0, plotBox.x1]);
  const fromPixel = sy.invert;
  const drawnWith = { model, options, backdrop, rules, trends, reference, period };
  // Inside, the legend may part where it may part under the plot (between its first entries).
  const legendIn = splits.includes(place) ? { items: inside, cuts: splits.filter((c) => c < place) } : null;
  const lineEntries = onLines && entriesOfLines(trends, reference, { sx: sx.apply, sy: sy.apply, lang }, onLines);
  const { labels, notes, ruleNames, legendInside, lineLegend } = namesInPlot(
    drawnWith,
    frame,
    { thresholds: named ? yThresholds : null, py: sy.apply, style, lang },
    legendIn,
    lineEntries
  );
  const yPixels = { py: sy.apply, fromPixel, top: plotBox.y0, bottom: plotBox.y1 };
  const thresholdLayer = yThresholds ? thresholdPlaces(yThresholds, texts, yPixels, tFrame) : [];
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
    /** The legend's entries under the plot, and those inside it in legendInside's parts (a fixed canvas's clear places). */
    legendUnder: legendInside ? under : legend,
    legendInside,
    /** On a fixed canvas, the trends' entries each beside its line (null: in the legend). */
    lineLegend,
    splits,
    xTitle,
    /** On a fixed canvas, the axes left untitled (the figure's title names them): the date, a count. */
    ...untitled,
    axisHeight,
    backdrop,
    thresholds,
    thresholdMarks: thresholdLayer,
    labelledThresholds: thresholdLayer.filter((t) => t.labelValue !== null),
    /** On a fixed canvas, each threshold rule's name on it (in data values), or null (keyed or beside). */
    ruleNames: ruleNames && ruleNames.map((n) => ({ ...n, labelX: sx.invert(n.x), labelY: sy.invert(n.y) })),
    x1: xDomain[1],
    reference,
    period,
    band: band && bandValues(undisclosed, band, fromPixel, style),
    trends,
    notes,
    curves: trends.flatMap((t) => trendCurve(t)),
    labels,
    look,
    insetLeft
  };
}

/**
 * The names inside the plot and the legend's parts there: on a fixed canvas the thresholds' names on their rules
 * first (./threshold-names.ts; null when one finds no place), clear of the dots and lines; then the models' names and
 * the notes, clear of them; then the legend where they leave room. Where they leave none, the legend is placed before
 * the models' names, which then go around it, if every one of them still finds a place.
 */
function namesInPlot(
  drawn: Omit<Parameters<typeof drawnObstacles>[0], "labels" | "notes">,
  frame: Parameters<typeof labelPlaces>[1] & { dotRadius: number },
  named: {
    thresholds: ThresholdData | null;
    py: (v: number) => number;
    style: ReturnType<typeof presetStyle>;
    lang: Lang;
  },
  legend: { items: LegendItem[]; cuts: number[] } | null,
  lineEntries: readonly LineEntry[] | null
) {
  const { style, lang } = named;
  const ruleNames = named.thresholds
    ? thresholdRuleNames(
        named.thresholds,
        { py: named.py, plotBox: frame.plotBox, lang, fontSize: style.smallFontSize },
        drawnObstacles({ ...drawn, labels: [], notes: [] }, frame)
      )
    : null;
  const legendStyle = { fontSize: style.smallFontSize, pad: style.smallFontSize * 0.5 };
  const blocksIn = (obstacles: LegendObstacles) =>
    legend && insideBlocks(legend.items, legend.cuts, frame.plotBox, obstacles, legendStyle);
  const boxOf = (b: InsideBlock) => blockBox(b, legendStyle.pad);
  // The trends' entries beside their lines, clear of the names (all of them, or none: then the layout is not taken).
  const { first, lineLegend } = linesAndNames(drawn, frame, named, { ruleNames, lineEntries, legendStyle });
  const after = { ...drawn, labels: [...first.labels, ...(ruleNames ?? [])], notes: first.notes };
  const lineBoxes = (lineLegend ?? []).map((b) => ({ box: boxOf(b) }));
  // On a page (no legend inside) nothing more to place: a catalog of thousands of dots is not walked again.
  if (!legend) return { ...first, ruleNames, legendInside: null, lineLegend };
  const legendInside = blocksIn(drawnObstacles({ ...after, labels: [...after.labels, ...lineBoxes] }, frame));
  if (legendInside) return { ...first, ruleNames, legendInside, lineLegend };
  const around = (placed: readonly Box[], taken: readonly Box[]) =>
    namesAround(drawn, frame, named, { first, placed, taken });
  const taken = [...(ruleNames ?? []), ...lineBoxes];
  const before = blocksIn(drawnObstacles({ ...drawn, labels: taken, notes: [] }, frame));
  const legendAround =
    before &&
    around(
      before.map(boxOf),
      taken.map((t) => t.box)
    );
  if (legendAround) return { ...legendAround, ruleNames, legendInside: before, lineLegend };
  // Last, the legend before the trends' entries too (which may take the corner it needs), they beside their lines in
  // what it leaves, and the names around both.
  const entriesWith = (boxes: readonly Box[]) =>
    entriesBesideLines(
      lineEntries!,
      frame.plotBox,
      drawnObstacles({ ...drawn, labels: [...(ruleNames ?? []), ...boxes.map((box) => ({ box }))], notes: [] }, frame),
      legendStyle
    );
  const legendFirst = lineEntries && blocksIn(drawnObstacles({ ...drawn, labels: ruleNames ?? [], notes: [] }, frame));
  const parts = (legendFirst ?? []).map((b) => ({ box: boxOf(b) }));
  const entries = legendFirst && entriesWith(parts.map((p) => p.box));
  const aroundBoth =
    entries &&
    around(
      [...parts.map((p) => p.box), ...entries.map(boxOf)],
      (ruleNames ?? []).map((n) => n.box)
    );
  return aroundBoth
    ? { ...aroundBoth, ruleNames, legendInside: legendFirst, lineLegend: entries }
    : { ...first, ruleNames, legendInside: null, lineLegend };
}

/**
 * The models' names and the trends' entries beside their lines: the names first and the entries where the names
 * leave room; where they leave none, the entries first and the names around them, if every name still finds a place.
 */
function linesAndNames(
  drawn: Omit<Parameters<typeof drawnObstacles>[0], "labels" | "notes">,
  frame: Parameters<typeof labelPlaces>[1] & { dotRadius: number },
  named: { style: ReturnType<typeof presetStyle>; lang: Lang },
  {
    ruleNames,
    lineEntries,
    legendStyle
  }: {
    ruleNames: readonly { box: Box }[] | null;
    lineEntries: readonly LineEntry[] | null;
    legendStyle: { fontSize: number; pad: number };
  }
) {
  const ruleBoxes = (ruleNames ?? []).map((n) => n.box);
  const first = modelNames(drawn, frame, named, ruleBoxes);
  if (!lineEntries) return { first, lineLegend: null };
  const after = { ...drawn, labels: [...first.labels, ...(ruleNames ?? [])], notes: first.notes };
  const lineLegend = entriesBesideLines(lineEntries, frame.plotBox, drawnObstacles(after, frame), legendStyle);
  if (lineLegend) return { first, lineLegend };
  const early = entriesBesideLines(
    lineEntries,
    frame.plotBox,
    drawnObstacles({ ...drawn, labels: [...(ruleNames ?? [])], notes: [] }, frame),
    legendStyle
  );
  if (!early) return { first, lineLegend: null };
  const placed = early.map((b) => blockBox(b, legendStyle.pad));
  const around = namesAround(drawn, frame, named, { first, placed, taken: ruleBoxes });
  return around ? { first: around, lineLegend: early } : { first, lineLegend: null };
}

/** A legend part's box, with its padding. */
const blockBox = (b: InsideBlock, pad: number): Box => ({
  x0: b.x - pad,
  y0: b.y - pad,
  x1: b.x + b.used + pad,
  y1: b.y + b.height + pad
});

/**
 * The models' names and the notes around boxes placed before them (a legend's parts, the trends' entries), clear of
 * those taken (the rules' names): null unless every name `first` placed is still placed and none is set over a box
 * placed (a name that must be drawn goes where it can).
 */
function namesAround(
  drawn: Omit<Parameters<typeof drawnObstacles>[0], "labels" | "notes">,
  frame: Parameters<typeof labelPlaces>[1] & { dotRadius: number },
  named: { style: ReturnType<typeof presetStyle>; lang: Lang },
  { first, placed, taken }: { first: ReturnType<typeof modelNames>; placed: readonly Box[]; taken: readonly Box[] }
) {
  const around = modelNames(drawn, frame, named, [...taken, ...placed]);
  const complete =
    around.labels.length >= first.labels.length &&
    around.notes.length >= first.notes.length &&
    around.labels.every((l) => placed.every((p) => !overlaps(l.box, p)));
  return complete ? around : null;
}

/** The models' names and the notes, clear of the boxes taken (the thresholds' names, the legend's parts). */
function modelNames(
  drawn: Omit<Parameters<typeof drawnObstacles>[0], "labels" | "notes">,
  frame: Parameters<typeof labelPlaces>[1] & { dotRadius: number },
  { style, lang }: { style: ReturnType<typeof presetStyle>; lang: Lang },
  taken: readonly Box[]
) {
  const { model, options, rules } = drawn;
  const look = options.layers;
  const avoid = { ...rules, boxes: taken };
  // A look names its own models (./look.ts): the growth look's in the body's type, as the catalog's charts did.
  const labels = look
    ? labelPlaces(
        model.points,
        {
          ...frame,
          ...(look.look === "growth" ? { fontSize: style.fontSize, bold: true } : { fontSize: style.smallFontSize })
        },
        avoid,
        lookNames(model.points, look, options.y, lang)
      )
    : labelPlaces(model.points, frame, avoid);
  const cjk = rulesFor(lang).wideGlyphs;
  const notes = notesBeside(model.points, options.annotations ?? [], { ...frame, style, cjk }, [
    ...labels,
    ...taken.map((box) => ({ box }))
  ]);
  return { labels, notes };
}

/**
 * What the names keep off: the rules drawn across the plot (the thresholds, a level Chinchilla line, the period's
 * edge, the selection's rule down from the band) and the lines drawn through it (./lines.ts), in data values.
 */
function nameRules(layers: {
  thresholds: { x: readonly { value: number }[]; y: readonly { value: number }[] };
  reference: readonly DataPoint[];
  period: boolean;
  band: unknown;
  undisclosed: readonly ReleaseRow[];
  look: ChartLook | null;
  model: ReturnType<typeof exploreModel>;
  options: ExploreChartOptions;
  trends: readonly FittedTrend[];
}) {
  const { thresholds, reference, model, look } = layers;
  const level = (axis: "x" | "y") =>
    reference.length && reference[0]![axis] === reference[1]![axis] ? [reference[0]![axis]] : [];
  return {
    x: [
      ...thresholds.x.map((t) => t.value),
      ...level("x"),
      ...(layers.period ? [ARTICLE_END_TIME] : []),
      ...(layers.band ? selectionRule(layers.undisclosed, look) : [])
    ],
    y: [...thresholds.y.map((t) => t.value), ...level("y")],
    lines: drawnLines({
      points: model.points,
      spec: layers.options,
      look,
      trends: layers.trends,
      fits: model.fits,
      reference
    })
  };
}

/** The thresholds labelled along y: those inside its domain, on a parameters or compute axis (./thresholds.ts). */
function yThresholdData(options: ExploreChartOptions, yDomain: [number, number]): ThresholdData | null {
  const metric = options.y === "parameters" ? "parameters" : options.y === "compute" ? "training_compute" : null;
  const rows = thresholdRules(options.thresholds ?? [], options.y, yDomain).map((t) => t.row);
  return metric && rows.length ? { thresholds: rows, metric } : null;
}

/**
 * The legend and the margins: the left for the y ticks, the right for the threshold labels (on a fixed canvas a
 * number each, keyed in the legend), the bottom for the x axis and the legend's rows.
 */
interface MarginLayers {
  xDomain: [number, number];
  colors: Map<string, string>;
  reference: readonly unknown[];
  undisclosed: readonly ReleaseRow[];
  trends: readonly FittedTrend[];
  yThresholds: ThresholdData | null;
  tFrame: ThresholdFrame;
  /** The trends' and the reference line's entries stand beside their lines, not in the legend. */
  onLines: boolean;
}

/**
 * The margins, with the threshold labels beside the plot or, on a fixed canvas, numbered at their rules and keyed in
 * the legend: of the two, the one whose plot is larger (a narrow canvas's key of long names can take more height
 * than their column takes width).
 */
function exploreMargins(
  model: ReturnType<typeof exploreModel>,
  options: ExploreChartOptions,
  layers: MarginLayers,
  place: LegendPlace,
  named: boolean
) {
  if (named) return marginsWith(model, options, layers, "named", place);
  const beside = marginsWith(model, options, layers, false, place);
  const keyable = options.height !== undefined && layers.yThresholds;
  if (!keyable) return beside;
  const keyed = marginsWith(model, options, layers, true, place);
  const area = (m: typeof beside) => (layers.tFrame.width - m.left - m.right) * (options.height! - m.bottom);
  // Beside, a label too long for its column is not written: a rule left with no name is keyed instead.
  const besideNamesAll =
    beside.texts.every((t) => t !== null) && beside.texts.length <= layers.tFrame.style.maxThresholdLabels;
  return !besideNamesAll || area(keyed) > area(beside) ? keyed : beside;
}

function marginsWith(
  model: ReturnType<typeof exploreModel>,
  options: ExploreChartOptions,
  layers: MarginLayers,
  keyed: boolean | "named",
  place: LegendPlace
) {
  const { tFrame, yThresholds } = layers;
  const { style, cjk, lang, width } = tFrame;
  // Thresholds across x (no labels) are named by one legend entry; those along y by their kinds.
  const xThresholds = (options.x === "parameters" || options.x === "compute") && Boolean(options.thresholds?.length);
  // Named on their rules, the thresholds take no margin and no key.
  const labelled = yThresholds && keyed !== "named" ? thresholdMargin(yThresholds, tFrame, keyed) : null;
  const look = options.layers;
  const preset = options.preset ?? "web";
  const legend: LegendItem[] = [
    ...(look
      ? lookLegend(model.points, look, {
          lang,
          undisclosed: layers.undisclosed.length,
          backdrop: Boolean(options.backdrop?.length),
          oneState: preset !== "web" && !look.labelAll
        })
      : legendItems(model, options, {
          lang,
          colors: layers.colors,
          thresholds: xThresholds && !yThresholds,
          backdrop: Boolean(options.backdrop?.length),
          reference: layers.reference.length > 0,
          undisclosed: layers.undisclosed.length > 0
        })),
    ...(yThresholds ? thresholdLegend(yThresholds.thresholds, lang) : []),
    ...(layers.onLines ? [] : trendLegend(layers.trends, lang)),
    ...(labelled?.key ?? [])
  ].filter((item) => !layers.onLines || item.label !== dictionaryFor(lang).charts.tokens.reference);
  // A look's y ticks are the catalog's ("100B", Chinese "1,000 亿", wider); its last x tick on the tokens look is
  // centred on the plot's edge ("10 万亿" needs more room than "10T").
  const fixed = options.height !== undefined;
  // On a fixed canvas a growth chart's count axis (parameters, tokens) goes untitled: its ticks are counts ("100B")
  // and the figure's title names the measure; the column the title would take is plot. Compute keeps its unit.
  const countUntitled = fixed && isGrowthDateAxis(options) && options.y !== "compute";
  const left = look ? countAxisLeft(preset, lang, !countUntitled) : Math.round(style.fontSize * 5.4);
  const right = labelled ? labelled.right : Math.round(style.fontSize * (look?.look === "tokens" && cjk ? 2.6 : 1.5));
  // The legend runs under the threshold labels' column too: fewer rows, more height for the plot.
  // A look's legend runs under the right margin whatever it holds: its entries are the catalog's, short enough whole.
  const legendWidth = Math.max(120, width - left - (labelled || look ? 16 : right));
  // A label longer than the legend's width is shortened with an ellipsis (the fit table and tooltips keep it whole).
  const room = Math.floor((legendWidth - style.smallFontSize * 2.6) / textWidth(1, style.smallFontSize, cjk));
  if (!look) for (const item of legend) item.label = shorten(item.label, room);
  // Where a key entry is wider than a row, every entry is its number, scale and families alone (the entries read alike).
  if (labelled?.key.some((item) => itemWidth(item, style.smallFontSize, glyphWidth) > legendWidth))
    labelled.key.forEach((item, i) => (item.label = labelled.keyShort[i]!));
  const [inside, under] = [legend.slice(0, place), legend.slice(place)];
  const legendLines = under.length ? legendRows(under, legendWidth, style.smallFontSize, cjk).length : 0;
  const xTitle = fixed ? inlineDateTitle(options, layers.xDomain, { left, right, width, lang, style }) : null;
  // On a fixed canvas a growth chart's date axis whose title finds no place on the tick row goes untitled: its ticks
  // are years and the figure's title names it ("… against release date"), and the row it would take is plot.
  const dateUntitled = fixed && !xTitle && isGrowthDateAxis(options);
  const axisHeight = xTitle || dateUntitled ? style.fontSize * 1.9 + 10 : style.fontSize * 3.8;
  const bottom = Math.round(axisHeight + legendHeight(legendLines, style.smallFontSize));
  // Where the legend may part (inside, then under): between its first entries, never inside the trends or the key.
  const [trendCount, keyCount] = [layers.onLines ? 0 : layers.trends.length, labelled?.key.length ?? 0];
  const marks = legend.length - trendCount - keyCount;
  const splits = [...Array.from({ length: marks }, (_, i) => i + 1), marks + trendCount, legend.length];
  const texts = labelled?.texts ?? [];
  return {
    legend,
    legendWidth,
    left,
    right,
    bottom,
    texts,
    under,
    inside,
    xTitle,
    dateUntitled,
    countUntitled,
    axisHeight,
    splits
  };
}

const isGrowthDateAxis = (options: ExploreChartOptions) => options.layers?.look === "growth" && options.x === "date";

/**
 * A growth chart's date axis title on a fixed canvas: on the tick row, left of the first year (a little lower, clear
 * of the lowest y tick label), where it fits between the canvas's edge and that year; it then takes no row of its
 * own. Null elsewhere. `x` is its right end in pixels, `dy` its baseline under the plot's bottom.
 */
function inlineDateTitle(
  options: ExploreChartOptions,
  xDomain: [number, number],
  frame: { left: number; right: number; width: number; lang: Lang; style: ReturnType<typeof presetStyle> }
) {
  if (!isGrowthDateAxis(options)) return null;
  const { left, right, width, lang, style } = frame;
  const text = dictionaryFor(lang).charts.growth.date;
  const firstYear = Date.UTC(new Date(xDomain[0]).getUTCFullYear() + 1, 0, 1);
  const tickX = left + ((firstYear - xDomain[0]) / (xDomain[1] - xDomain[0])) * (width - left - right);
  const x = tickX - typesetWidth("2000", style.fontSize) / 2 - style.fontSize * 0.6;
  // Clear of the y axis title, upright in the first em and a half of the canvas (a long one reaches the tick row).
  return x - typesetWidth(text, style.fontSize) >= style.fontSize * 1.5
    ? { text, x, dy: 9 + style.fontSize * 1.3 }
    : null;
}

/** The axes' scales and domains: what is shown (or the story's frame), the backdrop, and the Chinchilla ratio. */
/**
 * The layers of a view with dates along x: the models whose measure on y is undisclosed (in a band above the plot),
 * and the catalog's trends of that measure, each only while every model it was fitted on is shown (it follows the
 * filters).
 */
function dateLayers(rows: readonly ReleaseRow[], options: ExploreChartOptions) {
  const fitted = viewTrends(options.trends, options.x, options.y);
  const kept = oneStateVisible(options);
  const shown = new Set(fitted.length ? rows.filter((r) => !kept || kept.has(r.id)).map((r) => r.id) : []);
  const trends = fitted.filter((t) => t.models.every((id) => shown.has(id)));
  const undisclosed = undisclosedRows(rows, options.x, options.y);
  return { undisclosed: kept ? undisclosed.filter((r) => kept.has(r.id)) : undisclosed, trends };
}

/**
 * The models a look drawn for one state shows (a print, a slide, a download: the page's filter at the moment it is
 * drawn), or null where every model is drawn and the filter hides them in place (the page) or a build reveals them
 * on a fixed layout (a talk). Drawn for one state, a trend whose models a filter hides and the band's hidden models
 * are not drawn at all, so that the legend and the band list only what the image shows.
 */
function oneStateVisible(options: ExploreChartOptions): ReadonlySet<string> | null {
  const look = options.layers;
  if (!look || (options.preset ?? "web") === "web" || look.labelAll) return null;
  return look.visible ?? null;
}

function exploreDomains(
  points: readonly ExplorePoint[],
  options: ExploreChartOptions,
  { undisclosed, trends }: ReturnType<typeof dateLayers>,
  xFrame: [number, number] | null
) {
  const [xlog, ylog] = [
    effectiveScale(options.x, options.xscale) === "log",
    effectiveScale(options.y, options.yscale) === "log"
  ];
  const backdrop = backdropPoints(options.backdrop ?? [], options);
  const frame = options.frameRows ? exploreModel(options.frameRows, { ...options, fit: "none" }).points : [];
  const domain = (axis: "x" | "y", log: boolean) =>
    axisDomain(
      [
        ...extentValues(points, axis),
        ...extentValues(frame, axis),
        ...extentValues(backdrop, axis),
        ...referenceValues(options[axis]),
        // The band's models are on the date axis too; the trends' ends on both.
        ...(axis === "x" ? undisclosed.map((r) => +parseDate(r.release_date)) : []),
        ...trends.flatMap((t) =>
          axis === "x" ? [+parseDate(t.start_date), +parseDate(t.end_date)] : [t.start_value, t.end_value]
        )
      ],
      options[axis],
      log
    );
  if (!options.layers) return { xDomain: domain("x", xlog), yDomain: domain("y", ylog), xlog, ylog, backdrop };
  // A look's domains: whole decades, the growth look's dates over the catalog's (or the backdrop's) range.
  const values = (axis: "x" | "y") => [...extentValues([...points, ...frame], axis), ...backdrop.map((b) => b[axis])];
  const look = lookDomains({ x: values("x"), y: values("y") }, options, options.layers);
  return { xDomain: xFrame ?? look.x ?? domain("x", xlog), yDomain: look.y, xlog, ylog, backdrop };
}

/**
 * A Scaling chart's look applied to the rows and options (./look.ts): the rows it draws, its backdrop, its trends and
 * notes; the growth look's date frame.
 */
function applyLook(rows: readonly ReleaseRow[], options: ExploreChartOptions) {
  const look = options.layers;
  if (!look) return { rows, options, xFrame: null };
  // A fixed canvas's layout is tried a dozen ways with the same rows and options: the look (a backdrop of 20,000
  // models filtered by date) is applied once, and the same arrays keep the backdrop's caches.
  if (lastLook?.rows === rows && lastLook.options === options) return lastLook.applied;
  const applied = lookApplied(rows, options, look);
  lastLook = { rows, options, applied };
  return applied;
}
let lastLook: {
  rows: readonly ReleaseRow[];
  options: ExploreChartOptions;
  applied: ReturnType<typeof lookApplied>;
} | null = null;

function lookApplied(rows: readonly ReleaseRow[], options: ExploreChartOptions, look: ChartLook) {
  const drawn = lookRows(rows, options, look);
  return {
    rows: drawn.rows,
    options: {
      ...options,
      frameRows: drawn.frame,
      backdrop: drawn.backdrop,
      trends: look.trends ?? options.trends,
      annotations: look.annotations ?? options.annotations
    },
    xFrame: drawn.xDomain
  };
}
export type ExploreLayout = ReturnType<typeof exploreLayout>;

/**
 * A linear or log scale from a domain to pixels and back (Plot's own, without its per-value overhead: a name is
 * checked against every dot, thousands in a large catalog).
 */
function pixelScale(log: boolean, domain: number[], [r0, r1]: [number, number]) {
  const [f, g] = log ? [Math.log, Math.exp] : [(v: number) => v, (v: number) => v];
  const [d0, d1] = [f(domain[0]!), f(domain[1]!)];
  const span = d1 - d0 || 1;
  return {
    apply: (v: number) => r0 + ((f(v) - d0) / span) * (r1 - r0),
    invert: (px: number) => g(d0 + ((px - r0) / (r1 - r0 || 1)) * span)
  };
}

/**
 * The highlighted models' names, placed around their dots (src/components/label-layout.ts) inside the plot, clear of
 * every dot, of each other and of the rules across the plot; the models named in the link first, then the GPT line.
 * A name that fits nowhere is not drawn (the tooltip still names it). Each label's anchor in pixels and in data values.
 */
export function labelPlaces(
  points: readonly ExplorePoint[],
  frame: {
    xDomain: number[];
    yDomain: number[];
    xlog: boolean;
    ylog: boolean;
    plotBox: Box;
    fontSize: number;
    dotRadius?: number;
    /** The names are set bold (the growth look's): an eighth wider. */
    bold?: boolean;
  },
  rules: {
    x: readonly number[];
    y: readonly number[];
    lines?: readonly (readonly DataPoint[])[];
    /** Boxes already taken (the thresholds' names on their rules). */
    boxes?: readonly Box[];
  } = { x: [], y: [] },
  names?: readonly NameRequest[]
) {
  const { plotBox, fontSize } = frame;
  // By default the highlighted models, those named in the link first, then the GPT line.
  const requests: readonly NameRequest[] =
    names ??
    points.filter((p) => p.highlighted).map((p) => ({ point: p, text: p.name, priority: p.row.gpt_line ? 1 : 2 }));
  if (!requests.length) return [];
  const sx = pixelScale(frame.xlog, frame.xDomain, [plotBox.x0, plotBox.x1]);
  const sy = pixelScale(frame.ylog, frame.yDomain, [plotBox.y1, plotBox.y0]);
  const at = (p: ExplorePoint) => [sx.apply(p.x.value), sy.apply(p.y.value)] as const;
  const radius = (frame.dotRadius ?? 3) + 2;
  const dots: Box[] = points.map((p) => {
    const [x, y] = at(p);
    return { x0: x - radius, x1: x + radius, y0: y - radius, y1: y + radius };
  });
  const ruleBoxes: Box[] = [
    ...rules.x.map((v) => ({
      x0: sx.apply(v) - 1,
      x1: sx.apply(v) + 1,
      y0: plotBox.y0,
      y1: plotBox.y1
    })),
    ...rules.y.map((v) => ({
      x0: plotBox.x0,
      x1: plotBox.x1,
      y0: sy.apply(v) - 1,
      y1: sy.apply(v) + 1
    })),
    ...(rules.boxes ?? [])
  ];
  // An estimate's range is a rule too, from its low to its high bound (clipped to the plot).
  const clip = (a: number, b: number, lo: number, hi: number) => [
    Math.max(lo, Math.min(a, b)),
    Math.min(hi, Math.max(a, b))
  ];
  for (const p of points) {
    const [x, y] = at(p);
    if (p.y.low !== null && p.y.high !== null) {
      const [y0, y1] = clip(sy.apply(p.y.low), sy.apply(p.y.high), plotBox.y0, plotBox.y1);
      ruleBoxes.push({ x0: x - 1, x1: x + 1, y0: y0!, y1: y1! });
    }
    if (p.x.low !== null && p.x.high !== null) {
      const [x0, x1] = clip(sx.apply(p.x.low), sx.apply(p.x.high), plotBox.x0, plotBox.x1);
      ruleBoxes.push({ x0: x0!, x1: x1!, y0: y - 1, y1: y + 1 });
    }
  }
  const boxes = requests.map(({ point, text, priority }) => {
    const [x, y] = at(point);
    // Measured glyph by glyph: a model's Latin name in a Chinese chart is no wider than in an English one.
    return { x, y, width: nameWidth(text, fontSize, frame.bold), height: fontSize * 1.15, priority };
  });
  const lines = (rules.lines ?? []).flatMap((line) =>
    polylineSegments(line.map((p) => ({ x: sx.apply(p.x), y: sy.apply(p.y) })))
  );
  const placed = placeNames(boxes, plotBox, { gap: radius + 2, dots, rules: ruleBoxes, lines });
  // A name that must be drawn (a look's selection) is, over a rule if it must (its halo breaks the rule).
  requests.forEach((request, i) => {
    if (placed[i] || !request.must) return;
    const names = placed.flatMap((p) => (p ? [p.box] : []));
    const spot = placeLabels([boxes[i]!], plotBox, { gap: radius + 2, obstacles: names })[0];
    placed[i] = spot ? { ...spot, leader: null } : null;
  });
  return requests.flatMap(({ point: p, text }, i) => {
    const place = placed[i];
    if (!place) return [];
    const [x, y] = [at(p)[0] + place.dx, at(p)[1] + place.dy];
    const data = { labelX: sx.invert(x), labelY: sy.invert(y) };
    // A name set farther out is joined to its dot (in data values, as the marks draw).
    const l = place.leader;
    const leader = l && { x1: sx.invert(l.x0), y1: sy.invert(l.y0), x2: sx.invert(l.x1), y2: sy.invert(l.y1) };
    return [{ id: p.id, name: p.name, text, x, y, anchor: place.textAnchor, box: place.box, leader, ...data }];
  });
}

/** The notes beside their models' points, clear of every dot and name (./notes.ts). */
function notesBeside(
  points: readonly ExplorePoint[],
  annotations: readonly Annotation[],
  frame: Parameters<typeof labelPlaces>[1] & { style: ReturnType<typeof presetStyle>; cjk: boolean },
  labels: readonly { box: Box }[]
) {
  if (!annotations.length) return [];
  const { plotBox, style } = frame;
  const sx = pixelScale(frame.xlog, frame.xDomain, [plotBox.x0, plotBox.x1]);
  const sy = pixelScale(frame.ylog, frame.yDomain, [plotBox.y1, plotBox.y0]);
  const at = (p: ExplorePoint) => [sx.apply(p.x.value), sy.apply(p.y.value)] as const;
  const r = style.dotRadius + 2;
  const dots = points.map((p) => {
    const [x, y] = at(p);
    return { x0: x - r, x1: x + r, y0: y - r, y1: y + r };
  });
  const invert = (x: number, y: number) => ({ labelX: sx.invert(x), labelY: sy.invert(y) });
  const obstacles = [...dots, ...labels.map((l) => l.box)];
  return notePlaces(annotations, points, { at, invert }, { plotBox, obstacles, style, cjk: frame.cjk });
}

/**
 * What is drawn inside the plot, in pixels, for the legend to keep clear of: the dots, names and notes as boxes; the
 * rules across the plot, the trend, GPT, fit and reference lines and the estimate ranges as lines; the period after
 * the article as its whole area (its shade and label).
 */
function drawnObstacles(
  drawn: {
    model: ReturnType<typeof exploreModel>;
    options: ExploreChartOptions;
    backdrop: readonly BackdropPoint[];
    labels: readonly { box: Box }[];
    notes: readonly { place: { box: Box } }[];
    rules: { x: readonly number[]; y: readonly number[] };
    trends: readonly FittedTrend[];
    reference: readonly { x: number; y: number }[];
    period: boolean;
  },
  frame: Parameters<typeof labelPlaces>[1] & { dotRadius: number }
): LegendObstacles {
  const { plotBox } = frame;
  const { points } = drawn.model;
  const look = drawn.options.layers;
  // The models the GPT line joins: the look's path, or the explorer's GPT line.
  const gptLine = look
    ? (look.gptPath ?? [])
    : drawn.options.line === "gpt"
      ? points.filter((p) => p.row.gpt_line).map((p) => p.id)
      : [];
  const sx = pixelScale(frame.xlog, frame.xDomain, [plotBox.x0, plotBox.x1]);
  const sy = pixelScale(frame.ylog, frame.yDomain, [plotBox.y1, plotBox.y0]);
  const at = (x: number, y: number) => [sx.apply(x), sy.apply(y)] as const;
  const dot = (x: number, y: number, r: number): Box => {
    const [px, py] = at(x, y);
    return { x0: px - r, x1: px + r, y0: py - r, y1: py + r };
  };
  const r = frame.dotRadius + 6;
  const boxes: Box[] = [
    ...points.map((p) => dot(p.x.value, p.y.value, r)),
    ...drawn.labels.map((l) => l.box),
    ...drawn.notes.map((n) => n.place.box),
    ...(drawn.period ? [{ x0: sx.apply(ARTICLE_END_TIME) - 4, x1: plotBox.x1, y0: plotBox.y0, y1: plotBox.y1 }] : [])
  ];
  const byValue = new Map(points.map((p) => [p.id, p]));
  const gpt = gptLine.flatMap((id) => (byValue.has(id) ? [byValue.get(id)!] : []));
  const lines: Polyline[] = [
    ...drawn.rules.x.map((v): Polyline => [
      [sx.apply(v), plotBox.y0],
      [sx.apply(v), plotBox.y1]
    ]),
    ...drawn.rules.y.map((v): Polyline => [
      [plotBox.x0, sy.apply(v)],
      [plotBox.x1, sy.apply(v)]
    ]),
    ...drawn.trends.map((t) => trendCurve(t).map((c) => at(+c.date, c.value))),
    gpt.sort((a, b) => a.x.value - b.x.value).map((p) => at(p.x.value, p.y.value)),
    drawn.reference.map((p) => at(p.x, p.y)),
    ...drawn.model.fits.map((fit) => fit.ends.map((p) => at(p.x, p.y))),
    ...points.flatMap((p): Polyline[] => [
      ...(p.y.low !== null && p.y.high !== null ? [[at(p.x.value, p.y.low), at(p.x.value, p.y.high)]] : []),
      ...(p.x.low !== null && p.x.high !== null ? [[at(p.x.low, p.y.value), at(p.x.high, p.y.value)]] : [])
    ])
  ];
  const scales = `${frame.xlog}${frame.ylog}|${frame.xDomain}|${frame.yDomain}|${Object.values(plotBox)}|${r}`;
  return { boxes, lines, many: backdropHit(drawn.backdrop, scales, (p) => dot(p.x, p.y, r / 2)) };
}

/**
 * Whether a box overlaps a backdrop's dot, from an index of its dots built once per backdrop and scales: a layout
 * tries thousands of places against the same 20,000 dots (a minute, tested one by one).
 */
const backdropHits = new WeakMap<readonly BackdropPoint[], { scales: string; hit: (box: Box) => boolean }>();
function backdropHit(backdrop: readonly BackdropPoint[], scales: string, dotBox: (p: BackdropPoint) => Box) {
  if (!backdrop.length) return undefined;
  const known = backdropHits.get(backdrop);
  if (known?.scales === scales) return known.hit;
  const hit = anyBoxIn(backdrop.map(dotBox));
  backdropHits.set(backdrop, { scales, hit });
  return hit;
}
