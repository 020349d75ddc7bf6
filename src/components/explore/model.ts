// What the explorer shows, before any pixel: the points (value and range on each axis, colour group), the models
// not drawn and why, the colour groups, and the fits. The view reads it for its summary and fit table; the layout
// adds pixels.
import type { ReleaseRow } from "../../contract.js";
import { axisValue, groupKey, yearsOf, type AxisScale, type AxisValue, type Measure, type Missing } from "./data.js";
import { maxOf, minOf } from "../number-extent.js";
import { fitWithInterval, seedOf, splitEras, type Estimate, type FitPoint } from "./fit.js";

export type { ExploreSpec } from "../../figures/explore-spec.js";
import type { ExploreSpec } from "../../figures/explore-spec.js";

export interface ExplorePoint {
  id: string;
  name: string;
  row: ReleaseRow;
  x: AxisValue;
  y: AxisValue;
  /** The colour group ("other" past the largest groups). */
  group: string;
  highlighted: boolean;
}

export interface ExploreFit {
  group: string | null;
  era: { from: string | null; to: string | null };
  n: number;
  /** Two ends of the line in data values (dates as ms), to draw. */
  ends: [{ x: number; y: number }, { x: number; y: number }];
  slope: Estimate;
  /** With dates along x and a log y: months to double, with its 90% interval. */
  doubling: Estimate | null;
}

/** The view a figure draws when it is told nothing else: compute against date, by branch. */
export const DEFAULT_SPEC: ExploreSpec = {
  x: "date",
  y: "compute",
  xscale: "log",
  yscale: "log",
  color: "branch",
  fit: "none",
  breaks: [],
  highlight: [],
  line: "none"
};

/** The colour groups drawn by name; the rest share "other" (more hues than this are not told apart). */
export const MAX_GROUPS = 9;
export const OTHER = "\u0000other";
/** A fit needs this many models: two points always fit a line, and the bootstrap needs spread. */
export const MIN_FIT = 4;

/** Date axes are linear whatever the link asks. */
export const effectiveScale = (measure: Measure, scale: AxisScale): AxisScale =>
  measure === "date" ? "linear" : scale;

const toFit = (measure: Measure, scale: AxisScale) => (value: number) =>
  measure === "date" ? yearsOf(value) : effectiveScale(measure, scale) === "log" ? Math.log10(value) : value;
const fromFit = (measure: Measure, scale: AxisScale) => (u: number) =>
  measure === "date" ? (u - 1970) * 365.2425 * 86400000 : effectiveScale(measure, scale) === "log" ? 10 ** u : u;

/** The points a spec draws from `rows`, and the count of models not drawn by reason. */
export function explorePoints(rows: readonly ReleaseRow[], spec: ExploreSpec) {
  const notDrawn: Record<Missing, number> = { undisclosed: 0, unknown: 0, derived: 0 };
  const highlight = new Set(spec.highlight);
  const drawn: Omit<ExplorePoint, "group">[] = [];
  for (const row of rows) {
    const [x, y] = [axisValue(row, spec.x), axisValue(row, spec.y)];
    const missing = [x, y].filter((v): v is Missing => typeof v === "string");
    if (missing.length) {
      notDrawn[missing.includes("derived") ? "derived" : missing.includes("undisclosed") ? "undisclosed" : "unknown"]++;
      continue;
    }
    const [xv, yv] = [x as AxisValue, y as AxisValue];
    // A log axis has no place for zero (no catalog value is zero; the schema requires positive numbers).
    if (
      (effectiveScale(spec.x, spec.xscale) === "log" && xv.value <= 0) ||
      (effectiveScale(spec.y, spec.yscale) === "log" && yv.value <= 0)
    ) {
      notDrawn.unknown++;
      continue;
    }
    drawn.push({
      id: row.id,
      name: row.name,
      row,
      x: xv,
      y: yv,
      highlighted: highlight.has(row.id) || (spec.line === "gpt" && row.gpt_line)
    });
  }
  const keyOf = (p: (typeof drawn)[number]) => groupKey(p.row, spec.color, p.x.estimate || p.y.estimate);
  const counts = new Map<string, number>();
  for (const p of drawn) counts.set(keyOf(p), (counts.get(keyOf(p)) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  const named = ranked.length > MAX_GROUPS ? ranked.slice(0, MAX_GROUPS - 1) : ranked;
  const points: ExplorePoint[] = drawn.map((p) => ({ ...p, group: named.includes(keyOf(p)) ? keyOf(p) : OTHER }));
  const groups = [...named.sort(), ...(named.length < ranked.length ? [OTHER] : [])];
  return { points, notDrawn, groups };
}

/** One fit over all points, or one per colour group, each split into eras at the breaks. */
export function exploreFits(
  points: readonly ExplorePoint[],
  spec: ExploreSpec,
  groups: readonly string[]
): ExploreFit[] {
  if (spec.fit === "none") return [];
  const populations =
    spec.fit === "all"
      ? [{ group: null, points }]
      : groups.map((group) => ({ group, points: points.filter((p) => p.group === group) }));
  const [ux, uy] = [toFit(spec.x, spec.xscale), toFit(spec.y, spec.yscale)];
  const back = fromFit(spec.x, spec.xscale);
  const backY = fromFit(spec.y, spec.yscale);
  const doubles = spec.x === "date" && effectiveScale(spec.y, spec.yscale) === "log";
  return populations.flatMap(({ group, points: members }) =>
    splitEras(members, (p) => p.row.release_date, spec.breaks).flatMap((era) => {
      if (era.items.length < MIN_FIT) return [];
      const fitPoints: FitPoint[] = era.items.map((p) => ({ u: ux(p.x.value), v: uy(p.y.value) }));
      const fit = fitWithInterval(fitPoints, { seed: seedOf(`${group ?? "all"}|${era.from}|${spec.x}|${spec.y}`) });
      if (!fit) return [];
      const us = fitPoints.map((p) => p.u);
      const [u0, u1] = [minOf(us), maxOf(us)];
      const at = (u: number) => ({ x: back(u), y: backY(fit.line.intercept + fit.line.slope * u) });
      return [
        {
          group,
          era: { from: era.from, to: era.to },
          n: fit.line.n,
          ends: [at(u0), at(u1)],
          slope: fit.slope,
          doubling: doubles ? fit.doubling : null
        }
      ];
    })
  );
}

/**
 * The last few results of a computation, by its input (compared by identity, element by element for arrays) and a key
 * of the spec's fields it reads: one change of the page asks for the same model several times (the chart's height and
 * drawing, its caption and CSV rows, the summary, the fit table), which at 20,000 models costs tens of milliseconds
 * each, the fits' bootstrap more. What it returns is shared: nothing may change it.
 */
function lastFew<I extends readonly unknown[], R>(compute: (input: I, spec: ExploreSpec) => R, size = 4) {
  const entries: { input: I; key: string; result: R }[] = [];
  const same = (a: I, b: I) => a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
  return (input: I, spec: ExploreSpec, key: string): R => {
    const at = entries.findIndex((entry) => entry.key === key && same(entry.input, input));
    const entry = at >= 0 ? entries.splice(at, 1)[0]! : { input, key, result: compute(input, spec) };
    entries.unshift(entry);
    entries.length = Math.min(entries.length, size);
    return entry.result;
  };
}

const cachedPoints = lastFew(explorePoints);
// The fits' input is the points and their groups as explorePoints returned them (the same arrays: the same fits).
const cachedFits = lastFew(([points, groups]: readonly [readonly ExplorePoint[], readonly string[]], spec) =>
  exploreFits(points, spec, groups)
);

/** Everything the explorer shows from `rows` under a spec, before pixels. */
export function exploreModel(rows: readonly ReleaseRow[], spec: ExploreSpec) {
  const { points, notDrawn, groups } = cachedPoints(
    rows,
    spec,
    JSON.stringify([spec.x, spec.y, spec.xscale, spec.yscale, spec.color, spec.highlight, spec.line])
  );
  const fits = cachedFits(
    [points, groups],
    spec,
    JSON.stringify([spec.x, spec.y, spec.xscale, spec.yscale, spec.fit, spec.breaks])
  );
  return { points, notDrawn, groups, fits };
}
export type ExploreModel = ReturnType<typeof exploreModel>;
