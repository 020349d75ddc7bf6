// Shared encodings: one colour per branch (legible on light and dark backgrounds), number and date formats.
import { BRANCHES, type Branch, type Metric, type ReleaseRow, type Status } from "../contract.js";

export { BRANCHES };
export const BRANCH_COLOR: Record<Branch, string> = { "decoder-only": "#4269d0", "encoder-only": "#d97706", "encoder-decoder": "#e4547a", other: "#14a38b" };
export const BRANCH_COLORS = BRANCHES.map((b) => BRANCH_COLOR[b]);

/** 175000000000 → "175B"; 3.14e23 → "3.1e23". */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return "undisclosed";
  const units: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
  if (value >= 1e15) return value.toExponential(1).replace("e+", "e");
  for (const [size, suffix] of units)
    if (value >= size) return `${+(value / size).toPrecision(3)}${suffix}`;
  return String(value);
}

export function formatFlop(value: number | null | undefined): string {
  if (value === null || value === undefined) return "undisclosed";
  return `${value.toExponential(1).replace("e+", "e").replace(".0e", "e")} FLOP`;
}

export const parseDate = (date: string) => new Date(`${date}T00:00:00Z`);

// One formatter each, made once: toLocaleDateString builds a new one per call, which dominated chart redraws.
const DAY_FORMAT = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const MONTH_FORMAT = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" });

export function formatDate(date: string, precision: "day" | "month" = "day"): string {
  return (precision === "day" ? DAY_FORMAT : MONTH_FORMAT).format(parseDate(date));
}

export type { Metric };

export const METRIC_LABEL: Record<Metric, string> = {
  parameters: "Parameters",
  training_compute: "Training compute (FLOP)",
  training_tokens: "Training tokens"
};

export function formatMetric(metric: Metric, value: number | null): string {
  return metric === "training_compute" ? formatFlop(value) : formatCount(value);
}

export function statusOf(row: ReleaseRow, metric: Metric): Status {
  return row[`${metric}_status`];
}

/** A data size in its reported unit: bytes as GB/TB, words and tokens as counts. */
export function formatDataSize(value: number | null, unit: string | null): string {
  if (value === null || Number.isNaN(value)) return "undisclosed";
  if (unit === "bytes") return value >= 1e12 ? `${+(value / 1e12).toPrecision(3)} TB` : `${+(value / 1e9).toPrecision(3)} GB`;
  return `${formatCount(value)} ${unit ?? ""}`.trim();
}

/**
 * The width to draw a chart at: never so narrow that the margins leave no room for the plot (resize() can report a
 * transient small width while a page lays out, and Plot then draws negative sizes). The SVG scales down to fit.
 */
export const plotWidth = (width: number, marginLeft: number, marginRight: number, minimumPlot = 160) =>
  Math.max(width, marginLeft + marginRight + minimumPlot);
