// Shared encodings: one colour per branch (from palette.ts), number and date formats.
import { BRANCH_COLOR } from "../figures/palette.js";
import { BRANCHES, type Metric, type ReleaseRow, type Status } from "../contract.js";
import { formatCount, formatFlop } from "../i18n/format.js";
import type { Lang } from "../i18n/lang.js";

export { BRANCHES };
// The branch colours live with the others in palette.ts; re-exported here, where the encodings are.
export { BRANCH_COLOR };
export const BRANCH_COLORS = BRANCHES.map((b) => BRANCH_COLOR[b]);

// The formats live with the other language's in src/i18n/format.ts; English is their default language.
export { formatCount, formatFlop, formatDate, formatDataSize, parseDate } from "../i18n/format.js";

export type { Metric };

export const METRIC_LABEL: Record<Metric, string> = {
  parameters: "Parameters",
  training_compute: "Training compute (FLOP)",
  training_tokens: "Training tokens"
};

export function formatMetric(metric: Metric, value: number | null, lang: Lang = "en"): string {
  return metric === "training_compute" ? formatFlop(value, lang) : formatCount(value, lang);
}

export function statusOf(row: ReleaseRow, metric: Metric): Status {
  return row[`${metric}_status`];
}

/**
 * The width to draw a chart at: never so narrow that the margins leave no room for the plot (resize() can report a
 * transient small width while a page lays out, and Plot then draws negative sizes). The SVG scales down to fit.
 */
export const plotWidth = (width: number, marginLeft: number, marginRight: number, minimumPlot = 160) =>
  Math.max(width, marginLeft + marginRight + minimumPlot);
