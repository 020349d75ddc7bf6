// A growth chart's layout, in pixels, computed before anything is drawn (the first half of Plot's own split): the
// legend and the margins it needs, the right margin for the threshold labels (shortened to fit), the band of
// undisclosed values (its rows set the top margin), the threshold labels spread apart, and the point labels and notes
// placed clear of the points and of each other. Plain data, so it is tested without a DOM; growth/marks.ts draws it.
import * as Plot from "@observablehq/plot";
import { BRANCHES, type Metric, type ReleaseRow } from "../../../contract.js";
import { dictionaryFor, rulesFor } from "../../../i18n/index.js";
import { glyphWidth, presetStyle, textWidth, type PresetStyle } from "../../../figures/presets.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { formatMetric, parseDate } from "../../encoding.js";
import { estimateRanges } from "./ranges.js";
import { bandValues, undisclosedBand } from "../undisclosed.js";
import { trendCurve, trendLegend } from "../trends.js";
import { notePlaces } from "../notes.js";
import { placeNames } from "../names.js";
import { thresholdLegend, thresholdMargin, thresholdPlaces } from "../thresholds.js";
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from "../../label-layout.js";
import { BACKDROP_GREY, BRANCH_COLOR } from "../../../figures/palette.js";
import { countAxisLeft, plotRight, type Margins } from "../../plot-base.js";
import { legendHeight, legendRows, type LegendItem } from "../../svg-legend.js";
import { growthChartHeight, growthData, type GrowthChartOptions, type GrowthData } from "./data.js";

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
    ...thresholdLegend(thresholds, lang),
    ...trendLegend(trends, lang),
    ...entry(backdrop.length > 0, { label: w.backdrop, swatch: { kind: "dot", fill: BACKDROP_GREY } })
  ];
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
