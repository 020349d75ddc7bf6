// Numbers as the explorer writes them: values by measure, a fit's doubling time or slope with its interval.
import { formatCount, formatDate, formatFlop } from "../../i18n/format.js";
import { dictionaryFor, type Lang } from "../../i18n/index.js";
import { unitOf, type Measure } from "./data.js";
import type { ExploreFit } from "./model.js";

/** A value on an axis: a date, a count (175B | 1,750 亿), FLOP, or a ratio. */
export function formatValue(value: number, measure: Measure, lang: Lang): string {
  const unit = unitOf(measure);
  if (unit === "date") return formatDate(new Date(value).toISOString().slice(0, 10), "day", lang);
  if (unit === "flop") return formatFlop(value, lang);
  if (unit === "ratio")
    return value >= 1e4
      ? formatCount(value, lang)
      : value >= 100
        ? String(Math.round(value))
        : String(+value.toPrecision(2));
  return formatCount(value, lang);
}

const months = (value: number, lang: Lang) =>
  Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : dictionaryFor(lang).explore.never;

/** "doubles every 5.6 months (90%: 4.9–6.5)", or the slope when the axes give no doubling time. */
export function formatFitEstimate(fit: ExploreFit, lang: Lang): string {
  const w = dictionaryFor(lang).explore;
  if (fit.doubling) {
    const d = fit.doubling;
    return w.doubling(months(d.value, lang), months(d.low, lang), months(d.high, lang));
  }
  const s = fit.slope;
  const f = (v: number) => String(+v.toPrecision(2));
  return w.slope(f(s.value), f(s.low), f(s.high));
}
