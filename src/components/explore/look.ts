// A Scaling chart's look on the explore figure: the options a named preset (src/figures/explore-presets.ts) adds to
// its view, drawn by the one path (chart.ts → layout.ts → marks.ts). "growth" is a measure against release date:
// models by branch, the GPT line outlined and joined, estimates hollow diamonds, undisclosed values in the band,
// whole decades on a log axis, the date axis over the catalog's dates (or Epoch's whole range). "tokens" is
// parameters against training tokens: whole decades on both axes, the Chinchilla ratio, a name per family. Both ring
// the selection, tag what they draw with its models (a filter hides them in place) and list only what they draw.
import type { EmergenceRow, FittedTrend, ImportedModel, ReleaseRow, TrendRow } from "../../contract.js";
import { BRANCHES } from "../../contract.js";
import type { Lang, Preset } from "../../figures/types.js";
import { BACKDROP_GREY, BRANCH_COLOR, REFERENCE_GREY } from "../../figures/palette.js";
import { dictionaryFor } from "../../i18n/index.js";
import type { LegendItem } from "../svg-legend.js";
import { formatMetric, parseDate } from "../encoding.js";
import type { ExplorePoint } from "./model.js";
import { maxOf, minOf } from "../number-extent.js";
import { CHINCHILLA_TOKENS_PER_PARAMETER, drawnOn, METRIC_OF, type Measure } from "./data.js";
import { thresholdValue } from "./thresholds.js";
import type { Annotation } from "./notes.js";

/** A preset's look, resolved against the data and the page's state. */
export interface ChartLook {
  look: "growth" | "tokens";
  /** The catalog's fitted trends (the trends table) for the measure on y. */
  trends?: readonly TrendRow[];
  /** Models joined as the GPT line, in date order. */
  gptPath?: readonly string[];
  /** The date axis over the backdrop's whole range. */
  widen?: boolean;
  /** The data's date: nothing is drawn as released after it. */
  asOf: string;
  /** The model ringed (and, on the growth look, named with its value). */
  selected?: string | null;
  /** Models shown; the rest are drawn hidden (a filter then needs no redraw). */
  visible?: ReadonlySet<string> | null;
  /** Name every model drawn (a talk's build). */
  labelAll?: boolean;
  annotations?: readonly Annotation[];
}

/** The height a look takes at a width, before it draws (the figure reserves it). */
export function lookHeight(look: ChartLook["look"], width: number, preset: Preset = "web"): number {
  if (look === "tokens")
    return preset === "print" ? Math.round(width * 0.55) : Math.round(Math.max(400, Math.min(600, width * 0.5)));
  // In print, tall enough for the band, the legend and five decades that can be read between them; the report grows
  // it further into its page's room.
  if (preset === "print") return Math.round(width * 0.72);
  if (preset === "download") return Math.round(width * 0.6);
  return Math.round(Math.max(440, Math.min(660, width * 0.52)));
}

/** Earlier than this, a release date is an error in the data, not a model (the perceptron is from 1958). */
export const EARLIEST_DATE = "1950-01-01";

/**
 * A release date that can be drawn: a calendar day written YYYY-MM-DD, from 1950 to `asOf` (the date of the data);
 * null for anything else, so that an impossible date never reaches a scale.
 */
export function drawableDate(text: string, asOf: string): Date | null {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = parseDate(text);
  // "2023-02-30" would parse as 2 March: a day its month does not have is not a date.
  if (Number.isNaN(+date) || date.toISOString().slice(0, 10) !== text) return null;
  return text >= EARLIEST_DATE && text <= asOf ? date : null;
}

/** Days of margin either side of the dates drawn, so that no point sits on the frame. */
const DATE_PAD = 100 * 864e5;

/**
 * The growth look's date domain: the catalog's dates, padded (the story's frame); widened, the backdrop's dates too,
 * all of them whatever their measure, so that every growth chart drawn from the same rows has the same axis.
 */
export function growthDomain(
  releases: readonly { release_date: string }[],
  backdrop: readonly { release_date: string }[],
  options: { widen?: boolean; asOf: string }
): [Date, Date] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of options.widen ? [...releases, ...backdrop] : releases) {
    const date = drawableDate(row.release_date, options.asOf);
    if (!date) continue;
    lo = Math.min(lo, +date);
    hi = Math.max(hi, +date);
  }
  // Nothing drawable: the year up to the data's date, an empty frame that says so by its axis.
  if (lo > hi) [lo, hi] = [+parseDate(options.asOf) - 365 * 864e5, +parseDate(options.asOf)];
  return [new Date(lo - DATE_PAD), new Date(hi + DATE_PAD)];
}

/** What the look needs of the chart's options. */
interface LookInput {
  x: Measure;
  y: Measure;
  yscale: "log" | "linear";
  frameRows?: readonly ReleaseRow[] | null;
  backdrop?: readonly ImportedModel[];
  thresholds?: readonly EmergenceRow[];
  trends?: readonly TrendRow[];
}

/**
 * The rows a look draws, its backdrop and its date frame. A derived model's tokens and compute are its own additional
 * training only (sources README, rule 7), so the tokens and compute charts draw pre-trained models. The growth look's
 * frame is the catalog's dates (or, widened, the backdrop's whole range); rows outside it, and impossible dates
 * anywhere, never reach the scale.
 */
export function lookRows(rows: readonly ReleaseRow[], options: LookInput, look: ChartLook) {
  const onAxes = (r: ReleaseRow) => drawnOn(r, options.x) && drawnOn(r, options.y);
  const drawn = rows.filter(onAxes);
  const frame = options.frameRows?.filter(onAxes) ?? null;
  if (look.look !== "growth") return { rows: drawn, frame, backdrop: options.backdrop ?? [], xDomain: null };
  // A chart drawn as of no real day would have an unbounded frame: a caller's error, said as such.
  if (!drawableDate(look.asOf, "9999-12-31"))
    throw new Error(`exploreChart: asOf ${JSON.stringify(look.asOf)} is not a calendar day written YYYY-MM-DD`);
  const [x0, x1] = growthDomain(frame ?? drawn, options.backdrop ?? [], { widen: look.widen, asOf: look.asOf });
  const inFrame = (text: string) => {
    const date = drawableDate(text, look.asOf);
    return date !== null && +date >= +x0 && +date <= +x1;
  };
  return {
    rows: drawn.filter((r) => inFrame(r.release_date)),
    frame: frame?.filter((r) => inFrame(r.release_date)) ?? null,
    backdrop: (options.backdrop ?? []).filter((b) => inFrame(b.release_date)),
    xDomain: [+x0, +x1] as [number, number]
  };
}

/** Whole decades around values on a log axis; from zero with a little headroom on a linear one. */
export function decades(values: readonly number[], log: boolean, empty: [number, number]): [number, number] {
  const [lo, hi] = values.length ? [minOf(values), maxOf(values)] : empty;
  return log ? [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))] : [0, hi * 1.05];
}

/**
 * The look's y domain (and, on the tokens look, its x domain): whole decades around every value drawn or framed, the
 * backdrop's, the thresholds' and the trends' ends; the tokens look leaves room around its extreme points for their
 * names and reaches the Chinchilla line.
 */
export function lookDomains(
  values: { x: readonly number[]; y: readonly number[] },
  options: LookInput,
  look: ChartLook
): { x: [number, number] | null; y: [number, number] } {
  const log = options.yscale === "log";
  if (look.look === "tokens") {
    const scaled = (v: readonly number[], k: number, f: (v: number[]) => number) => (v.length ? f([...v]) * k : null);
    const [pmin, pmax] = [scaled(values.x, 0.5, minOf) ?? 1e8 / 2, scaled(values.x, 3, maxOf) ?? 3e12];
    const x: [number, number] = [10 ** Math.floor(Math.log10(pmin)), 10 ** Math.ceil(Math.log10(pmax))];
    const tmin = Math.min(scaled(values.y, 0.5, minOf) ?? 5e8, x[0] * CHINCHILLA_TOKENS_PER_PARAMETER);
    const tmax = scaled(values.y, 2, maxOf) ?? 2e13;
    return { x, y: [10 ** Math.floor(Math.log10(tmin)), 10 ** Math.ceil(Math.log10(tmax))] };
  }
  const metric = METRIC_OF[options.y]!;
  const thresholds = (options.thresholds ?? []).flatMap((t) => {
    const v = thresholdValue(t, metric);
    return v === null ? [] : [v];
  });
  const trends = (options.trends ?? [])
    .filter((t): t is FittedTrend => t.metric === metric && t.status === "fitted")
    .flatMap((t) => [t.start_value, t.end_value]);
  return { x: null, y: decades([...values.y, ...thresholds, ...trends], log, [1, 10]) };
}

/** The branch colours of the catalog's charts, by colour group (the look colours by branch). */
export const branchColors = (groups: readonly string[]) =>
  new Map(groups.map((g) => [g, BRANCH_COLOR[g as (typeof BRANCHES)[number]] ?? REFERENCE_GREY]));

/**
 * Of a look's band, the share of a height to fill it may take: more for a talk's build, which names every model, and
 * on a slide; a tenth on a square or a column, whose plot needs the height more than the band's
 * names (every × is drawn whatever the band's height; a name that finds no room is not written).
 */
export const bandShare = (look: ChartLook, { width, height }: { width: number; height: number }) =>
  look.labelAll ? 0.25 : width < height * 1.4 ? 0.1 : height > 700 ? 0.15 : 1 / 8;

/**
 * The look's legend, in drawing order: the branches drawn, the GPT outline, the estimate diamond, the undisclosed ×,
 * Epoch's backdrop, the Chinchilla line (the thresholds, trends and keys follow). A page hides filtered models in
 * place and a talk's build reveals them on a fixed layout, so both list every entry; a print or download is drawn
 * for one state and lists only what it shows.
 */
export function lookLegend(
  points: readonly { row: ReleaseRow; x: { estimate: boolean }; y: { estimate: boolean } }[],
  look: ChartLook,
  { lang, undisclosed, backdrop, oneState }: { lang: Lang; undisclosed: number; backdrop: boolean; oneState: boolean }
): LegendItem[] {
  const d = dictionaryFor(lang).charts;
  const w = look.look === "growth" ? d.growth : { ...d.tokens, gptLine: d.tokens.gpt };
  const visible = oneState ? (look.visible ?? null) : null;
  const shown = visible ? points.filter((p) => visible.has(p.row.id)) : points;
  const hollow = (label: string, symbol?: "diamond" | "times"): LegendItem => ({
    label,
    swatch: { kind: "dot", fill: "none", stroke: "currentColor", ...(symbol ? { symbol } : {}) }
  });
  const entry = (when: boolean, item: LegendItem) => (when ? [item] : []);
  return [
    ...BRANCHES.filter((b) => shown.some((p) => p.row.branch === b)).map((b): LegendItem => ({
      label: w.branch[b],
      swatch: { kind: "dot", fill: BRANCH_COLOR[b]! }
    })),
    ...entry(
      shown.some((p) => p.row.gpt_line),
      hollow(w.gptLine)
    ),
    ...entry(
      shown.some((p) => p.x.estimate || p.y.estimate),
      hollow(w.estimate, "diamond")
    ),
    ...entry(undisclosed > 0, hollow(d.growth.undisclosedMark, "times")),
    ...entry(backdrop, { label: d.growth.backdrop, swatch: { kind: "dot", fill: BACKDROP_GREY } }),
    ...entry(look.look === "tokens", {
      label: d.tokens.reference,
      swatch: { kind: "line", stroke: REFERENCE_GREY, dash: "8,5" }
    })
  ];
}

/** A model to name, its text and its rank (the higher placed first). */
export interface NameRequest {
  point: ExplorePoint;
  text: string;
  priority: number;
  /** Drawn over a rule if it fits nowhere else (the selection). */
  must?: boolean;
}

/**
 * The names a look draws. Growth: the GPT line (every model on a talk's build) and the selection with its value, the
 * selection first. Tokens: a name per family at its largest model, the GPT line's first, then the larger.
 */
export function lookNames(points: readonly ExplorePoint[], look: ChartLook, y: Measure, lang: Lang): NameRequest[] {
  if (look.look === "tokens") {
    const largest = new Map<string, ExplorePoint>();
    for (const p of points) {
      const other = largest.get(p.row.family);
      if (!other || p.x.value > other.x.value) largest.set(p.row.family, p);
    }
    return [...largest.values()].map((p) => ({
      point: p,
      text: p.row.family,
      priority: (p.row.gpt_line ? 2 : 0) + Math.log10(p.x.value)
    }));
  }
  const path = new Set(look.gptPath ?? []);
  const selected = look.selected ?? null;
  const metric = METRIC_OF[y]!;
  return points
    .filter((p) => look.labelAll || path.has(p.id) || p.id === selected)
    .map((p) =>
      p.id === selected
        ? { point: p, text: `${p.name}: ${formatMetric(metric, p.y.value, lang)}`, priority: 3, must: true }
        : { point: p, text: p.name, priority: p.row.gpt_line ? 2 : 1 }
    );
}
