// The catalog's fitted trends (the trends table; the trend-fits figure lists the same fits), a layer of any view with
// dates along x and a catalog measure on y: each fit of that measure sampled as a dashed curve (straight on a log
// scale, curved on a linear one), in its population's colour, named in the legend with its doubling time (on a fixed
// canvas beside its own line, where it finds a clear place: ./legend-place.ts). A trend follows the filters: it goes
// with the first of the models it was fitted on that a filter hides.
import * as Plot from "@observablehq/plot";
import type { FittedTrend, TrendRow } from "../../contract.js";
import { dictionaryFor } from "../../i18n/index.js";
import { presetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { REFERENCE_GREY, TREND_COLOR } from "../../figures/palette.js";
import { parseDate } from "../encoding.js";
import { tagModels } from "../model-filter.js";
import type { LegendItem } from "../svg-legend.js";
import { METRIC_OF, type Measure } from "./data.js";

/** The fitted trends a view draws: with dates along x, the fits of the measure on y. */
export function viewTrends(trends: readonly TrendRow[] | undefined, x: Measure, y: Measure): FittedTrend[] {
  const metric = METRIC_OF[y];
  if (x !== "date" || !metric) return [];
  return (trends ?? []).filter((t): t is FittedTrend => t.metric === metric && t.status === "fitted");
}

const MS_PER_YEAR = 365.2425 * 864e5;
/** A fit sampled as a curve (straight on a log scale, curved on a linear one). */
export function trendCurve(trend: FittedTrend, samples = 48) {
  const t0 = +parseDate(trend.start_date);
  const t1 = +parseDate(trend.end_date);
  return Array.from({ length: samples + 1 }, (_, i) => {
    const t = t0 + ((t1 - t0) * i) / samples;
    return {
      trend,
      date: new Date(t),
      value: trend.start_value * 10 ** (trend.slope_log10_per_year * ((t - t0) / MS_PER_YEAR))
    };
  });
}
export type TrendPoint = ReturnType<typeof trendCurve>[number];

/**
 * How a trend's entry is worded: in the legend (it says "trend"), or beside its own line, where the line says it
 * (whole, shorter, shortest: tried in that order where each finds no place).
 */
export type TrendWording = "legend" | "line" | "lineShort" | "lineShortest";

/** Each trend's legend entry: whose, and its doubling time, as `wording` words it. */
export const trendLegend = (
  trends: readonly FittedTrend[],
  lang: Lang,
  wording: TrendWording = "legend"
): LegendItem[] => {
  const w = dictionaryFor(lang).charts.growth;
  type Words = (months: string) => string;
  const [gpt, all] = (<Record<TrendWording, [Words, Words]>>{
    legend: [w.trendGpt, w.trendAll],
    line: [w.trendGptOnLine, w.trendAllOnLine],
    lineShort: [w.trendGptOnLineShort, w.trendAllOnLineShort],
    lineShortest: [w.trendGptOnLineShortest, w.trendAllOnLineShortest]
  })[wording];
  return trends.map((t): LegendItem => ({
    label: (t.population === "gpt-flagships" ? gpt : all)(t.doubling_months.toFixed(1)),
    swatch: { kind: "line", stroke: TREND_COLOR[t.population] ?? REFERENCE_GREY, dash: "8,5", width: 2.5 }
  }));
};

/** Trends over the points, in their own colours: never hidden under the GPT connector. */
export const trendMarks = (
  layout: { trends: readonly FittedTrend[]; curves: readonly TrendPoint[] },
  { preset }: { preset: Preset }
) =>
  layout.trends.map((t) => {
    const curve = layout.curves.filter((c) => c.trend === t);
    return Plot.line(curve, {
      x: "date",
      y: "value",
      stroke: TREND_COLOR[t.population] ?? REFERENCE_GREY,
      strokeWidth: presetStyle(preset).strokeWidth + 1,
      strokeDasharray: "8,5",
      render: tagModels(curve, (c) => c.trend.models)
    });
  });
