// An estimate's range (sources README, "Ranges for estimates") as a vertical rule from its low to its high bound,
// behind the model's point, clipped to the plot. Disclosed values have no range and draw nothing here.
import { formatMetric } from "../../encoding.js";
import { rangeRules } from "../ranges.js";
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
  const format = (value: number) => formatMetric(layout.metric, value, lang);
  const span = {
    axis: "y" as const,
    at: (d: (typeof ranges)[number]) => d.date,
    low: (d: (typeof ranges)[number]) => d.low,
    high: (d: (typeof ranges)[number]) => d.high,
    format
  };
  return [rangeRules(ranges, span, { stroke: "branch", opacity: 0.45, className: "estimate-range", preset, lang })];
}
