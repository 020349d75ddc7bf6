// The lines a view draws across its plot, in data values, from the same data their marks draw: the GPT line (the
// look's path or the explorer's), the catalog's trends, the explorer's fits and the Chinchilla reference. The layout
// hands them to the names' placement (./names.ts), which keeps every name off them.
import type { FittedTrend, ReleaseRow } from "../../contract.js";
import { parseDate } from "../encoding.js";
import type { ExploreSpec } from "../../figures/explore-spec.js";
import type { ChartLook } from "./look.js";
import type { ExploreFit, ExplorePoint } from "./model.js";
import { trendCurve } from "./trends.js";

export interface DataPoint {
  x: number;
  y: number;
}

/** The look's GPT line: the models of its path that are drawn, in date order. */
export function lookGptPath(points: readonly ExplorePoint[], look: ChartLook | null): ExplorePoint[] {
  const byId = new Map(points.map((p) => [p.id, p]));
  return (look?.gptPath ?? [])
    .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
    .sort((a, b) => a.x.value - b.x.value);
}

/**
 * The explorer's GPT line in date order; of several released the same day (GPT-3's eight sizes), the largest, so the
 * line follows the frontier instead of zigzagging. None unless the view asks for it.
 */
export function explorerGptPath(points: readonly ExplorePoint[], spec: Pick<ExploreSpec, "line">): ExplorePoint[] {
  if (spec.line !== "gpt") return [];
  const byDate = new Map<string, ExplorePoint>();
  for (const p of points) {
    if (!p.row.gpt_line) continue;
    const other = byDate.get(p.row.release_date);
    if (!other || p.y.value > other.y.value) byDate.set(p.row.release_date, p);
  }
  return [...byDate.values()].sort((a, b) => a.row.release_date.localeCompare(b.row.release_date));
}

/** Every line drawn across the plot, each a list of points in data values (a line of fewer than two draws nothing). */
export function drawnLines(layers: {
  points: readonly ExplorePoint[];
  spec: Pick<ExploreSpec, "line">;
  look: ChartLook | null;
  trends: readonly FittedTrend[];
  fits: readonly ExploreFit[];
  reference: readonly DataPoint[];
}): DataPoint[][] {
  const gpt = layers.look ? lookGptPath(layers.points, layers.look) : explorerGptPath(layers.points, layers.spec);
  const lines = [
    gpt.map((p) => ({ x: p.x.value, y: p.y.value })),
    ...layers.trends.map((t) => trendCurve(t).map((c) => ({ x: +c.date, y: c.value }))),
    ...layers.fits.map((f) => [...f.ends]),
    [...layers.reference]
  ];
  return lines.filter((line) => line.length >= 2);
}

/**
 * The selection's rule down the plot from its × in the band (an undisclosed value: look-marks.ts), as a date on x, or
 * none.
 */
export function selectionRule(undisclosed: readonly ReleaseRow[], look: ChartLook | null): number[] {
  const row = look?.selected ? undisclosed.find((r) => r.id === look.selected) : undefined;
  return row ? [+parseDate(row.release_date)] : [];
}
