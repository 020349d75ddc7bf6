// An estimate's range (sources README, "Ranges for estimates") as a rule from its low to its high bound through the
// model's point, behind it, clipped to the plot, the range in its tooltip; one builder for every view (a vertical rule
// for a range on y, a horizontal one for a range on x). Disclosed values have no range and draw nothing here.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, punctuation } from "../../i18n/index.js";
import { presetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { tagModels } from "../model-filter.js";

export interface RangeSpan<T> {
  /** The axis the range runs along. */
  axis: "x" | "y";
  /** The point's position on the other axis. */
  at: (d: T) => number | Date;
  low: (d: T) => number;
  high: (d: T) => number;
  format: (value: number) => string;
}

export interface RangeLook<T> {
  /** A colour, a function of the datum, or a channel of the chart's colour scale. */
  stroke: string | ((d: T) => string);
  opacity: number;
  className: string;
  preset: Preset;
  lang: Lang;
}

export function rangeRules<T extends { id: string; name: string }>(
  data: readonly T[],
  span: RangeSpan<T>,
  look: RangeLook<T>
) {
  if (!data.length) return null;
  const { colon } = punctuation(look.lang);
  const words = dictionaryFor(look.lang).charts.period;
  const options = {
    stroke: look.stroke,
    strokeOpacity: look.opacity,
    strokeWidth: Math.max(1, presetStyle(look.preset).strokeWidth),
    clip: true,
    title: (d: T) =>
      `${d.name}${colon}${words.range}${colon}${span.format(span.low(d))} – ${span.format(span.high(d))}`,
    className: look.className,
    render: tagModels(data, (d) => d.id)
  };
  return span.axis === "y"
    ? Plot.ruleX(data, { x: span.at, y1: span.low, y2: span.high, ...options })
    : Plot.ruleY(data, { y: span.at, x1: span.low, x2: span.high, ...options });
}
