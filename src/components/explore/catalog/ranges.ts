// An estimate's range (sources README, "Ranges for estimates") as a vertical rule from its low to its high bound,
// behind the model's point, clipped to the plot. Disclosed values have no range and draw nothing here.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, punctuation } from "../../../i18n/index.js";
import { presetStyle } from "../../../figures/presets.js";
import { formatMetric } from "../../encoding.js";
import { tagModels } from "../../model-filter.js";
import type { GrowthLayout } from "./layout.js";
import type { MarkContext } from "./marks.js";

/** The points whose value is an estimate with both bounds, each with its bounds. */
export function estimateRanges(layout: Pick<GrowthLayout, "points" | "metric">) {
  const { metric } = layout;
  return layout.points.flatMap((p) => {
    const low = p[`${metric}_low`];
    const high = p[`${metric}_high`];
    return p.status === "estimate" && low !== null && high !== null ? [{ ...p, low, high }] : [];
  });
}

export function rangeMarks(layout: GrowthLayout, { preset, lang }: MarkContext) {
  const ranges = estimateRanges(layout);
  if (!ranges.length) return [];
  const { colon } = punctuation(lang);
  const words = dictionaryFor(lang).charts.period;
  const format = (value: number) => formatMetric(layout.metric, value, lang);
  return [
    Plot.ruleX(ranges, {
      x: "date",
      y1: "low",
      y2: "high",
      stroke: "branch",
      strokeOpacity: 0.45,
      strokeWidth: Math.max(1, presetStyle(preset).strokeWidth),
      clip: true,
      title: (d) => `${d.name}${colon}${words.range}${colon}${format(d.low)} – ${format(d.high)}`,
      className: "estimate-range",
      render: tagModels(ranges, (d) => d.id)
    })
  ];
}
