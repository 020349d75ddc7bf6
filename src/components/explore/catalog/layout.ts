// A growth chart's layout, in pixels, computed before anything is drawn (the first half of Plot's own split): the
// legend and the margins it needs, the right margin for the threshold labels (shortened to fit), the band of
// undisclosed values (its rows set the top margin), the threshold labels spread apart, and the point labels and notes
// placed clear of the points and of each other. Plain data, so it is tested without a DOM; growth/marks.ts draws it.
import * as Plot from "@observablehq/plot";
import { BRANCHES, type EmergenceRow, type Metric, type ReleaseRow } from "../../../contract.js";
import { dictionaryFor, textIn, punctuation, rulesFor } from "../../../i18n/index.js";
import { glyphWidth, presetStyle, textWidth, type PresetStyle } from "../../../figures/presets.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { formatMetric, parseDate } from "../../encoding.js";
import { estimateRanges } from "./ranges.js";
import { bandValues, undisclosedBand } from "../undisclosed.js";
import { trendCurve, trendLegend } from "../trends.js";
import { notePlaces } from "../notes.js";
import { placeNames } from "../names.js";
import { placeLabels, spreadLabels, type Box, type LabelRequest, type PlacedLabel } from "../../label-layout.js";
import { BACKDROP_GREY, BRANCH_COLOR, THRESHOLD_COLOR } from "../../../figures/palette.js";
import { countAxisLeft, plotRight, type Margins } from "../../plot-base.js";
import { legendHeight, legendRows, type LegendItem } from "../../svg-legend.js";
import { maxOf } from "../../number-extent.js";
import {
  growthChartHeight,
  growthData,
  thresholdLabel,
  thresholdValue,
  type GrowthChartOptions,
  type GrowthData
} from "./data.js";

export type GrowthLayout = ReturnType<typeof growthLayout>;

/** A model drawn at its value of the measure. */
export const growthPoint = (r: ReleaseRow, metric: Metric) => ({
  ...r,
  date: parseDate(r.release_date),
  value: r[metric]!,
  status: r[`${metric}_status`]
});
export type GrowthPoint = ReturnType<typeof growthPoint>;

/** What the chart's frame needs from its options, resolved. */
interface Frame {
  width: number;
  height: number;
  lang: Lang;
  preset: Preset;
  style: PresetStyle;
  cjk: boolean;
}

/** The legend, in drawing order: only what the chart draws has an entry. */
export function growthLegend(data: GrowthData, lang: Lang, visible: ReadonlySet<string> | null = null): LegendItem[] {
  const w = dictionaryFor(lang).charts.growth;
  const { thresholds, trends, backdrop, metric } = data;
  // Models a filter hides are not drawn, so their branches have no entry.
  const shown = (r: ReleaseRow) => visible === null || visible.has(r.id);
  const known = data.known.filter(shown);
  const undisclosed = data.undisclosed.filter(shown);
  const hollow = (label: string, symbol?: "diamond" | "times"): LegendItem => ({
    label,
    swatch: { kind: "dot", fill: "none", stroke: "currentColor", ...(symbol ? { symbol } : {}) }
  });
  const entry = (when: boolean, item: LegendItem) => (when ? [item] : []);
  return [
    ...BRANCHES.filter((b) => known.some((r) => r.branch === b)).map((b): LegendItem => ({
      label: w.branch[b],
      swatch: { kind: "dot", fill: BRANCH_COLOR[b]! }
    })),
    ...entry(
      known.some((r) => r.gpt_line),
      hollow(w.gptLine)
    ),
    ...entry(
      known.some((r) => r[`${metric}_status`] === "estimate"),
      hollow(w.estimate, "diamond")
    ),
    ...entry(undisclosed.length > 0, hollow(w.undisclosedMark, "times")),
    ...entry(
      thresholds.some((t) => t.prompting === "few-shot"),
      { label: w.fewShot, swatch: { kind: "line", stroke: THRESHOLD_COLOR["few-shot"] } }
    ),
    ...entry(
      thresholds.some((t) => t.prompting === "augmented"),
      { label: w.augmented, swatch: { kind: "line", stroke: THRESHOLD_COLOR.augmented, dash: "6,3" } }
    ),
    ...trendLegend(trends, lang),
    ...entry(backdrop.length > 0, { label: w.backdrop, swatch: { kind: "dot", fill: BACKDROP_GREY } })
  ];
}

/** Few-shot thresholds first, each kind in its own order: which thresholds get a label when not all can. */
const byLabelPriority = (a: EmergenceRow, b: EmergenceRow) =>
  a.prompting === b.prompting ? a.order - b.order : a.prompting === "few-shot" ? -1 : 1;

/**
 * The right margin holds the threshold labels: as wide as the longest that fits in 40% of the width. A label is never
 * cut: one longer than that is not written (its rule stays, with the whole row in its tooltip and the legend's key);
 * with none written the margin is a plain gutter. On a fixed canvas (keyed) the margin holds only a number at each
 * rule's end, and the key under the plot reads number, ability and value: the plot keeps the width.
 */
export function thresholdMargin(data: GrowthData, frame: Frame, keyed = false) {
  const { style, cjk, width } = frame;
  const small = style.smallFontSize;
  const full = data.thresholds.map((t) => thresholdLabel(t, data.metric, frame.lang));
  if (keyed) return thresholdKey(data, full, frame);
  const room = width * 0.4 - 30;
  const texts = full.map((text) => (textWidth(text.length, small, cjk) <= room ? text : null));
  const longest = maxOf(
    texts.map((text) => (text === null ? 0 : textWidth(text.length, small, cjk))),
    0
  );
  const right = longest > 0 ? Math.round(longest + 30) : Math.round(style.fontSize * 1.5);
  return { right, texts, key: [] as LegendItem[] };
}

/**
 * The numbered key: the thresholds that get a label (as many as the preset allows and half the canvas's height has
 * rows for), numbered from the highest rule down so the numbers read in the key's order.
 */
function thresholdKey(data: GrowthData, full: readonly string[], frame: Frame) {
  const { style, height } = frame;
  const count = Math.min(style.maxThresholdLabels, Math.floor((height * 0.45) / style.labelGap));
  const chosen = [...data.thresholds]
    .sort(byLabelPriority)
    .slice(0, count)
    .sort((a, b) => thresholdValue(b, data.metric)! - thresholdValue(a, data.metric)!);
  const texts = data.thresholds.map((t) => {
    const n = chosen.indexOf(t);
    return n < 0 ? null : String(n + 1);
  });
  const key = chosen.map((t): LegendItem => ({
    label: `${chosen.indexOf(t) + 1} ${full[data.thresholds.indexOf(t)]}`,
    swatch: { kind: "none" }
  }));
  const right = Math.round(textWidth(String(chosen.length).length, style.smallFontSize) + 24);
  return { right, texts, key };
}

/** A threshold's tooltip: the ability, its prompting, both thresholds, the model family and the reference. */
export function thresholdTooltip(t: EmergenceRow, lang: Lang): string {
  const w = dictionaryFor(lang).charts.growth;
  const { colon, comma, open, close, stop } = punctuation(lang);
  const differs = t.catalog_flops_differs
    ? ` ${w.catalogDiffers(t.model_name ?? "", formatMetric("training_compute", t.catalog_flops, lang))}`
    : "";
  return `${textIn(lang, t, "ability")}${open}${w.promptingName[t.prompting]}${close}${colon}${w.emerges} ${formatMetric("parameters", t.threshold_parameters, lang)}${comma}${formatMetric("training_compute", t.threshold_flops, lang)}${open}${w.weiEstimate}${close}${comma}${t.family ?? ""}${t.model_name ? `${open}${t.model_name}${close}` : ""}${stop}${t.reference ?? ""}${differs}`.trim();
}

/**
 * Threshold labels spread apart in the right margin, few-shot first; past the room (or the preset's limit) the rule
 * alone remains. labelValue is where a label sits, on the y scale; null for a rule without a label.
 */
export function thresholdPlaces(
  data: GrowthData,
  texts: readonly (string | null)[],
  y: { py: (v: number) => number; fromPixel: (p: number) => number; top: number; bottom: number },
  frame: Frame
) {
  const { style, lang } = frame;
  const small = style.smallFontSize;
  const room = Math.max(1, Math.floor((y.bottom - y.top) / style.labelGap));
  const labels = data.thresholds.map((row, i) => ({ row, text: texts[i] ?? null }));
  const labelled = [...labels]
    .filter((l) => l.text !== null)
    .sort((a, b) => byLabelPriority(a.row, b.row))
    .slice(0, Math.min(room, style.maxThresholdLabels));
  const placedY = spreadLabels(
    labelled.map((t) => y.py(thresholdValue(t.row, data.metric)!)),
    style.labelGap,
    y.top + small / 2,
    y.bottom - small / 2
  );
  return data.thresholds.map((t) => {
    const i = labelled.findIndex((l) => l.row === t);
    return {
      ...t,
      value: thresholdValue(t, data.metric)!,
      /** The rule's pixel row. */
      ruleY: y.py(thresholdValue(t, data.metric)!),
      labelValue: i >= 0 ? y.fromPixel(placedY[i]!) : null,
      label: labels.find((l) => l.row === t)!.text,
      full: thresholdTooltip(t, lang)
    };
  });
}

/** Where a placed label's text goes, in data coordinates: its point moved by the placement's offset. */
interface Scales {
  x: (date: Date) => number;
  invertX: (pixel: number) => Date;
  py: (v: number) => number;
  fromPixel: (p: number) => number;
}

/**
 * Point labels: the GPT line (or every point on a slide's build), and the selection with its value, most important
 * first, placed clear of the points, of the threshold labels and of each other. The selection is placed last if it
 * is not among them.
 */
export function pointLabelPlaces(
  points: readonly GrowthPoint[],
  named: readonly GrowthPoint[],
  scales: Scales,
  { plotBox, obstacles, rules, selected, metric, frame }: PointLabelContext
) {
  const { style, cjk } = frame;
  const fs = style.fontSize;
  const { x, py } = scales;
  const requests: LabelRequest[] = named.map((p) => ({
    x: x(p.date),
    y: py(p.value),
    // Measured glyph by glyph: a model's Latin name in a Chinese chart is no wider than in an English one.
    width: glyphWidth(p.id === selected ? `${p.name}: ${formatMetric(metric, p.value)}` : p.name, fs),
    height: fs * 1.15,
    priority: p.id === selected ? 3 : p.gpt_line ? 2 : 1
  }));
  const placements = placeNames(requests, plotBox, { gap: style.dotRadius + 4, dots: obstacles, rules });
  const labels = named.flatMap((p, i) => (placements[i] ? [{ ...p, place: placements[i]! }] : []));
  const selectedPoint = points.find((p) => p.id === selected);
  // The selection is always labelled: clear of the rules where it can be, else over one (its halo breaks the rule).
  if (selectedPoint && !labels.some((l) => l.id === selectedPoint.id)) {
    const request = {
      x: x(selectedPoint.date),
      y: py(selectedPoint.value),
      width: textWidth(selectedPoint.name.length + 12, fs, cjk),
      height: fs * 1.15,
      priority: 3
    };
    const gap = style.dotRadius + 4;
    const placed = labels.map((l) => l.place.box);
    const [place] = [[...placed, ...rules], placed]
      .map((boxes) => placeLabels([request], plotBox, { gap, obstacles: boxes })[0])
      .filter((p) => p !== null && p !== undefined);
    if (place) labels.push({ ...selectedPoint, place });
  }
  return labels.map((d) => ({ ...d, ...at(d, d.place, scales) }));
}

interface PointLabelContext {
  plotBox: Box;
  obstacles: Box[];
  /** The threshold rules: a label should not sit on one. */
  rules: Box[];
  selected: string | null;
  metric: Metric;
  frame: Frame;
}

const at = (d: { date: Date; value: number }, place: PlacedLabel, scales: Scales) => ({
  labelX: scales.invertX(scales.x(d.date) + place.dx),
  labelY: scales.fromPixel(scales.py(d.value) + place.dy)
});

/** The margins: the left for the y ticks, the right for threshold labels, the bottom for the x axis and legend. */
/**
 * The margins, with the threshold labels in the right margin or (on a fixed canvas) as numbers keyed under the plot:
 * of the two, the one whose plot is larger.
 */
function growthMargins(data: GrowthData, entries: LegendItem[], frame: Frame, keyable: boolean) {
  const beside = marginsWith(data, entries, frame, false);
  if (!keyable) return beside;
  const keyed = marginsWith(data, entries, frame, true);
  const area = (m: typeof beside) => (m.plotEnd - m.left) * (frame.height - m.bottom);
  return area(keyed) > area(beside) ? keyed : beside;
}

function marginsWith(data: GrowthData, entries: LegendItem[], frame: Frame, keyed: boolean) {
  const { style, cjk, width } = frame;
  // The y ticks ("100B", Chinese "1,000 亿", wider) and the axis title beside them.
  const left = countAxisLeft(frame.preset, frame.lang);
  const { right, texts, key } = thresholdMargin(data, frame, keyed);
  const legend = [...entries, ...key];
  const plotEnd = plotRight(width, { top: 0, right, bottom: 0, left });
  // The legend runs under the threshold labels' column too: fewer rows, more height for the plot.
  const legendWidth = Math.max(plotEnd - left, width - left - 16) - 8;
  const legendLines = legendRows(legend, legendWidth, style.smallFontSize, cjk).length;
  const bottom = Math.round(style.fontSize * 3.8 + legendHeight(legendLines, style.smallFontSize));
  return { left, right, bottom, plotEnd, legend, legendWidth, texts };
}

export function growthLayout(releases: readonly ReleaseRow[], options: GrowthChartOptions) {
  const { metric, selected = null, gptPath = [], annotations = [], preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const width = Math.round(options.width);
  const height = Math.round(options.height ?? growthChartHeight(width, preset));
  const frame: Frame = { width, height, lang, preset, style, cjk: rulesFor(lang).wideGlyphs };
  const data = growthData(releases, options);
  // A page hides filtered models in place without redrawing, and a talk's build reveals them step by step on a fixed
  // layout (labelAll), so both keep every entry; a print or a download is drawn for one state, and its legend lists
  // only what that state shows.
  const oneState = preset !== "web" && !options.labelAll;
  const entries = growthLegend(data, lang, oneState ? (options.visible ?? null) : null);
  // A fixed canvas (a slide, a download, a report page) keys its thresholds by number under the plot.
  const keyable = preset !== "web" && options.height !== undefined;
  const { left, right, bottom, plotEnd, legend, legendWidth, texts } = growthMargins(data, entries, frame, keyable);
  const xScale = Plot.scale({ x: { type: "utc", domain: [data.x0, data.x1], range: [left, plotEnd] } });
  const x = (date: Date) => xScale.apply(date) as number;
  // Given a height to fill (a slide, a download, a report page), the band takes at most a sixth of it (a fifth where
  // the chart is tall), so the plot keeps the most; at its natural height the chart names every undisclosed model.
  // A talk's build (labelAll) names every model it reveals: its band may take a quarter.
  const bandShare = options.labelAll ? 0.25 : height > 700 ? 0.2 : 1 / 6;
  const maxHeight = options.height === undefined ? undefined : height * bandShare;
  const band = undisclosedBand(data.undisclosed, x, { plotEnd, preset, cjk: frame.cjk, maxHeight });
  const margins: Margins = { top: Math.round(band.top + band.height + style.fontSize), right, bottom, left };
  const yScale = Plot.scale({ y: { type: data.scale, domain: data.domain, range: [height - bottom, margins.top] } });
  const scales: Scales = {
    x,
    invertX: (pixel) => xScale.invert!(pixel) as Date,
    py: (v) => yScale.apply(v) as number,
    fromPixel: (p) => yScale.invert!(p) as number
  };
  const plotBox: Box = { x0: left, x1: plotEnd, y0: margins.top, y1: height - bottom };
  const yPixels = { ...scales, top: margins.top, bottom: height - bottom };
  const thresholdMarks = thresholdPlaces(data, texts, yPixels, frame);
  const labelledThresholds = thresholdMarks.filter((t) => t.labelValue !== null);
  const points = data.known.map((r) => growthPoint(r, metric));
  const path = gptPath
    .map((id) => points.find((p) => p.id === id))
    .filter((p): p is GrowthPoint => p !== undefined)
    .sort((a, b) => +a.date - +b.date);
  const pointBoxes = points.map((p) => {
    const r = style.dotRadius + 2;
    return { x0: x(p.date) - r, x1: x(p.date) + r, y0: scales.py(p.value) - r, y1: scales.py(p.value) + r };
  });
  const thresholdBoxes = labelledThresholds.map((t) => {
    const y = scales.py(t.labelValue!);
    return { x0: plotEnd, x1: width, y0: y - style.smallFontSize / 2, y1: y + style.smallFontSize / 2 };
  });
  // Every threshold rule crosses the plot: a label placed on one would be struck through.
  const ruleBoxes = thresholdMarks.map((t) => ({ x0: left, x1: plotEnd, y0: t.ruleY - 1, y1: t.ruleY + 1 }));
  // So does an estimate's range, drawn from its low to its high bound (growth/ranges.ts), clipped to the plot.
  const rangeBoxes = estimateRanges({ points, metric }).map((p) => ({
    x0: x(p.date) - 1,
    x1: x(p.date) + 1,
    y0: Math.max(plotBox.y0, scales.py(p.high)),
    y1: Math.min(plotBox.y1, scales.py(p.low))
  }));
  const named = options.labelAll ? points : path;
  const pointLabels = pointLabelPlaces(points, named, scales, {
    plotBox,
    obstacles: [...pointBoxes, ...thresholdBoxes],
    rules: [...ruleBoxes, ...rangeBoxes],
    selected,
    metric,
    frame
  });
  const obstacles = [...pointBoxes, ...pointLabels.map((l) => l.place.box)];
  const notes = notePlaces(
    annotations,
    points,
    {
      at: (p) => [x(p.date), scales.py(p.value)],
      invert: (px, py) => ({ labelX: scales.invertX(px), labelY: scales.fromPixel(py) })
    },
    { plotBox, obstacles, style, cjk: frame.cjk }
  );
  return {
    ...data,
    width,
    height,
    margins,
    plotBox,
    legend,
    legendWidth,
    band: bandValues(data.undisclosed, band, scales.fromPixel, style),
    thresholdMarks,
    labelledThresholds,
    points,
    path,
    curves: data.trends.flatMap((t) => trendCurve(t)),
    pointLabels,
    notes,
    selectedPoint: points.find((p) => p.id === selected)
  };
}
