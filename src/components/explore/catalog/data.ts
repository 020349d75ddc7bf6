// What a growth chart draws, before any pixel: which rows have a drawable date inside the story's frame, which are
// known, undisclosed or backdrop, the thresholds and fitted trends of the measure, and the two domains.
import type { EmergenceRow, FittedTrend, ImportedModel, Metric, ReleaseRow, TrendRow } from "../../../contract.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { parseDate } from "../../encoding.js";
import { maxOf, minOf } from "../../number-extent.js";
import { thresholdValue } from "../thresholds.js";

export interface GrowthChartOptions {
  width: number;
  /** The height to fill; by default growthChartHeight(width, preset). */
  height?: number;
  metric: Metric;
  preset?: Preset;
  lang?: Lang;
  scale?: "log" | "linear";
  thresholds?: readonly EmergenceRow[];
  trends?: readonly TrendRow[];
  selected?: string | null;
  /** Connect these (in date order) as the GPT line. */
  gptPath?: readonly string[];
  /** Models drawn as a grey background layer (the Epoch AI import), never highlighted. */
  backdrop?: readonly ImportedModel[];
  /**
   * Widen the x axis from the catalog's dates (the story's frame, the default) to the backdrop's whole range. The
   * domain comes from every backdrop row with a drawable date, whatever its measure, so the parameter and compute
   * charts keep one axis.
   */
  widen?: boolean;
  /** The build's as-of date (YYYY-MM-DD): no model is drawn as released after it. */
  asOf: string;
  /** Models to show (the rest are drawn but hidden, so that a filter change need not redraw); null shows all. */
  visible?: ReadonlySet<string> | null;
  /** Label every model drawn (a slide's build), not only the GPT line. */
  labelAll?: boolean;
  /** Every catalog row: with it, the axes keep the story's frame (every model's extent), not only what is drawn. */
  frame?: readonly ReleaseRow[] | null;
  /** Extra annotations: a note beside a model's point. */
  annotations?: readonly { id: string; text: string }[];
}

/** The height a growth chart takes at a width, before it draws (the figure reserves it). */
export function growthChartHeight(width: number, preset: Preset = "web"): number {
  // In print, tall enough for the band, the legend and five decades that can be read between them (at 0.52 of the
  // width the plot itself was 3 cm tall); the report grows it further into its page's room.
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
 * The growth charts' x domain: the catalog's dates, padded (the story's frame); widened, the backdrop's dates too,
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

export type GrowthData = ReturnType<typeof growthData>;

/**
 * The rows a growth chart draws and its domains. The story's frame is the catalog's dates (or, widened, the
 * backdrop's whole range); backdrop models outside it, and impossible dates anywhere, never reach the scale.
 */
export function growthData(
  releases: readonly ReleaseRow[],
  options: Pick<
    GrowthChartOptions,
    "metric" | "scale" | "thresholds" | "trends" | "backdrop" | "widen" | "asOf" | "frame"
  >
) {
  const { metric, scale = "log", asOf } = options;
  // A chart drawn as of no real day would have an unbounded frame: a caller's error, said as such.
  if (!drawableDate(asOf, "9999-12-31"))
    throw new Error(`growthChart: asOf ${JSON.stringify(asOf)} is not a calendar day written YYYY-MM-DD`);
  // A population with fewer than two points has no fit (the trend table says why): nothing to draw.
  const trends = (options.trends ?? []).filter((t): t is FittedTrend => t.metric === metric && t.status === "fitted");
  // The story's frame, when asked, is every catalog row's extent; else what is drawn.
  const framing = options.frame ?? releases;
  const [x0, x1] = growthDomain(framing, options.backdrop ?? [], { widen: options.widen, asOf });
  const inFrame = (date: Date | null): date is Date => date !== null && +date >= +x0 && +date <= +x1;
  const known = releases.filter((r) => r[metric] !== null && inFrame(drawableDate(r.release_date, asOf)));
  const undisclosed = releases
    .filter((r) => r[metric] === null && inFrame(drawableDate(r.release_date, asOf)))
    .sort((a, b) => a.release_date.localeCompare(b.release_date) || a.id.localeCompare(b.id));
  const backdrop = (options.backdrop ?? []).flatMap((b) => {
    const date = drawableDate(b.release_date, asOf);
    const value = b[metric];
    return inFrame(date) && value !== null && value > 0 ? [{ ...b, date, value }] : [];
  });
  const thresholds = (options.thresholds ?? []).filter((t) => thresholdValue(t, metric) !== null);
  const inFrameKnown = options.frame
    ? options.frame.filter((r) => r[metric] !== null && inFrame(drawableDate(r.release_date, asOf)))
    : known;
  const values = [
    ...inFrameKnown.map((r) => r[metric]!),
    ...backdrop.map((b) => b.value),
    ...thresholds.map((t) => thresholdValue(t, metric)!),
    ...trends.flatMap((t) => [t.start_value, t.end_value])
  ];
  const lo = values.length ? minOf(values) : 1;
  const hi = values.length ? maxOf(values) : 10;
  // Log: whole decades around every value; linear: from zero, with a little headroom.
  const domain: [number, number] =
    scale === "log" ? [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))] : [0, hi * 1.05];
  return { metric, scale, x0, x1, known, undisclosed, backdrop, thresholds, trends, domain };
}
