// Log-linear least-squares trends of model size and training compute over time, with their doubling times.
import { periodOf } from "../src/contract.js";
import type { Catalog } from "./catalog.js";
import type { TrendRow } from "../src/contract.js";
import type { Model } from "./schema.js";
import { derivedParents } from "./derived.js";
import { minOf, maxOf } from "../src/components/number-extent.js";
import { DEFAULT_LANG, dictionaryFor, type Dictionary } from "../src/i18n/index.js";
import { TRANSLATED_LANGS, translationKey, type Translations } from "../src/i18n/data-text.js";

const MS_PER_YEAR = 365.2425 * 24 * 3600 * 1000;
/** The GPT generations whose flagship a trend may use: GPT-3.5 is a line of fine-tunes of GPT-3, not a new base. */
export const GPT_GENERATIONS = ["GPT-1", "GPT-2", "GPT-3", "GPT-4"] as const;

export interface Fit {
  n: number;
  /** Decades (factors of ten) per year. */
  slope: number;
  intercept: number;
  r2: number;
}

/** Why no line can be fitted through these points, or null when one can. */
export function cannotFit(points: { x: number; y: number }[]): string | null {
  return cannotFitReason(points)?.(dictionaryFor(DEFAULT_LANG).tables.trend) ?? null;
}

type TrendWords = Dictionary["tables"]["trend"];

/** Why no line fits, in the words of a dictionary (every edition shows the reason). */
export function cannotFitReason(points: { x: number; y: number }[]): ((w: TrendWords) => string) | null {
  if (points.length === 0) return (w) => w.noPoints;
  if (points.length === 1) return (w) => w.onePoint;
  if (points.every((p) => p.x === points[0]!.x)) return (w) => w.oneDate(points.length);
  return null;
}

/** The reason in English (`reason`) and in every translated language (`reason_<lang>`), as trends.json carries it. */
function reasonColumns(reason: (w: TrendWords) => string): { reason: string } & Translations<"reason", string> {
  const translations = TRANSLATED_LANGS.map((lang) => [
    translationKey("reason", lang),
    reason(dictionaryFor(lang).tables.trend)
  ]);
  return { reason: reason(dictionaryFor(DEFAULT_LANG).tables.trend), ...Object.fromEntries(translations) } as {
    reason: string;
  } & Translations<"reason", string>;
}

const NO_REASON = Object.fromEntries(
  TRANSLATED_LANGS.map((lang) => [translationKey("reason", lang), null])
) as Translations<"reason", null>;

/** Ordinary least squares of y on x. Throws on points no line fits (see cannotFit). */
export function leastSquares(points: { x: number; y: number }[]): Fit {
  const problem = cannotFit(points);
  if (problem) throw new Error(problem);
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0,
    sxy = 0,
    syy = 0;
  for (const { x, y } of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
    syy += (y - my) ** 2;
  }
  const slope = sxy / sxx;
  return { n, slope, intercept: my - slope * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

export const yearOf = (date: string) => 1970 + Date.parse(`${date}T00:00:00Z`) / MS_PER_YEAR;
const dateOf = (year: number) => new Date((year - 1970) * MS_PER_YEAR).toISOString().slice(0, 10);

type Metric = "parameters" | "training_compute";
interface Population {
  id: string;
  label: string;
  /** `derived`: the derived models (README rule 7), whose compute is their additional training only. */
  select: (models: Model[], metric: Metric, derived: ReadonlySet<string>) => Model[];
}

const known = (model: Model, metric: Metric) => model[metric].value !== null;

export const POPULATIONS: Population[] = [
  {
    id: "gpt-flagships",
    // One rule for every generation: its largest model with a disclosed or estimated value. GPT-4's size is not
    // disclosed, so it is in the compute fit (Epoch AI's estimate, as GPT-1's and GPT-2's are) and not in the size fit.
    label:
      "GPT flagships: the largest model of each GPT generation with a disclosed or estimated value (GPT-1, GPT-2, GPT-3; GPT-4 for compute only, its size being undisclosed)",
    select: (models, metric) =>
      GPT_GENERATIONS.flatMap((family) => {
        const members = models.filter((m) => m.family === family && known(m, metric));
        return members.length ? [members.reduce((a, b) => (b[metric].value! > a[metric].value! ? b : a))] : [];
      })
  },
  {
    id: "all",
    // A derived model's compute is its fine-tuning only (rule 7), not a training run: it stays out of the compute fit.
    // The fit is the article's trend: models released after its end (ARTICLE_END) are drawn apart, not fitted.
    label:
      "All catalog models of the article's period (to GPT-4, March 2023) with a disclosed or estimated value (for compute, derived models are left out: their compute is their fine-tuning only)",
    select: (models, metric, derived) =>
      models.filter(
        (m) =>
          known(m, metric) &&
          periodOf(m.release.date) === "article" &&
          !(metric === "training_compute" && derived.has(m.id))
      )
  }
];

// The method, in words, is the trend table's caption (the dictionaries' figures["trend-fits"]): ordinary least squares
// of log10(value) on the release date in years; doubling time = 12 × log10(2) / slope months.

/** One row per metric and population, in a stable shape: a population that cannot be fitted says why, with nulls. */
export type { TrendRow };

export function trendsTable(catalog: Catalog): TrendRow[] {
  const derived = new Set(derivedParents(catalog.lineage).keys());
  return (["parameters", "training_compute"] as const).flatMap((metric) =>
    POPULATIONS.map((population): TrendRow => {
      const models = population.select(catalog.models, metric, derived);
      const points = models.map((m) => ({ x: yearOf(m.release.date), y: Math.log10(m[metric].value!) }));
      const common = {
        metric,
        population: population.id,
        population_label: population.label,
        models: models.map((m) => m.id),
        n: models.length,
        estimates: models.filter((m) => m[metric].status === "estimate").length
      };
      const reason = cannotFitReason(points);
      if (reason)
        return {
          ...common,
          status: "not enough points",
          ...reasonColumns(reason),
          slope_log10_per_year: null,
          growth_per_year: null,
          doubling_months: null,
          r2: null,
          start_date: null,
          end_date: null,
          start_value: null,
          end_value: null
        };
      const fit = leastSquares(points);
      const start = minOf(points.map((p) => p.x));
      const end = maxOf(points.map((p) => p.x));
      return {
        ...common,
        status: "fitted",
        reason: null,
        ...NO_REASON,
        slope_log10_per_year: fit.slope,
        growth_per_year: 10 ** fit.slope,
        doubling_months: (12 * Math.log10(2)) / fit.slope,
        r2: fit.r2,
        start_date: dateOf(start),
        end_date: dateOf(end),
        start_value: 10 ** (fit.intercept + fit.slope * start),
        end_value: 10 ** (fit.intercept + fit.slope * end)
      };
    })
  );
}
