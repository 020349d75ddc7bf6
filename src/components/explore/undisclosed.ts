// The band of undisclosed values, a layer of any view with dates along x whose measure on y some models leave
// undisclosed (sources README: undisclosed is null, drawn as undisclosed, never guessed): above the plot, a title
// line, a × on each such model's release date, and the names packed into as many rows as fit. Computed in pixels
// (its rows set the top margin), then given in the y scale's values (it lies above the plot's top), then drawn.
import * as Plot from "@observablehq/plot";
import type { Metric, ReleaseRow } from "../../contract.js";
import { dictionaryFor, punctuation, rulesFor } from "../../i18n/index.js";
import { presetStyle, textWidth, typesetWidth, type PresetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { formatDate, parseDate } from "../encoding.js";
import { packRows } from "../label-layout.js";
import { tagModels } from "../model-filter.js";
import { maxOf, minOf } from "../number-extent.js";
import { axisValue, METRIC_OF, type Measure } from "./data.js";

const byId = (d: { id: string }) => d.id;

/** More undisclosed models than this (a synthetic catalog of thousands) are counted in the caption, not banded. */
export const BAND_MAX = 500;

const bandCache = new WeakMap<readonly ReleaseRow[], { y: Measure; band: ReleaseRow[] }>();

/**
 * The models a view draws in the band: with dates along x, those whose measure on y is undisclosed (a fact of the
 * catalog, not a ratio), in date order. None on any other view.
 */
export function undisclosedRows(rows: readonly ReleaseRow[], x: Measure, y: Measure): ReleaseRow[] {
  if (x !== "date" || !METRIC_OF[y]) return [];
  // A change asks three times (the height, the drawing, the caption): each list's last answer is kept.
  const cached = bandCache.get(rows);
  if (cached?.y === y) return cached.band;
  const band = rows
    .filter((r) => axisValue(r, y) === "undisclosed")
    .sort((a, b) => a.release_date.localeCompare(b.release_date) || a.id.localeCompare(b.id));
  const result = band.length <= BAND_MAX ? band : [];
  bandCache.set(rows, { y, band: result });
  return result;
}

/**
 * The band for undisclosed values, above the plot: a title line, a row of × on their dates, and the names packed
 * into as many rows as they need (at most 4 on a slide, 6 elsewhere; a name that fits no row is left to its ×'s
 * tooltip). Pixel offsets from the top of the chart.
 */
export function undisclosedBand(
  undisclosed: readonly ReleaseRow[],
  x: (date: Date) => number,
  {
    plotStart = 0,
    plotEnd,
    preset,
    cjk,
    maxHeight,
    titleWidth = Infinity,
    untitled = false
  }: {
    plotStart?: number;
    plotEnd: number;
    preset: Preset;
    cjk: boolean;
    maxHeight?: number;
    titleWidth?: number;
    /** Leave the title out where it does not fit the crosses' row (a fixed canvas: the legend's × names them). */
    untitled?: boolean;
  }
) {
  const style = presetStyle(preset);
  const small = style.smallFontSize;
  const nameWidth = (r: ReleaseRow) => textWidth(r.name.length, small, cjk);
  const intervals = undisclosed.map((r) => {
    const px = x(parseDate(r.release_date));
    const right = px + 6 + nameWidth(r) <= plotEnd;
    return right ? { x0: px - 4, x1: px + 6 + nameWidth(r), right } : { x0: px - 6 - nameWidth(r), x1: px + 4, right };
  });
  const top = 6;
  const titleY = top + small;
  // The title on the crosses' row where it ends before the first ×: a row less, for the plot.
  const firstCross = minOf(undisclosed.map((r) => x(parseDate(r.release_date))));
  const inline = plotStart + 6 + titleWidth + small < firstCross - style.dotRadius;
  const titled = inline || !untitled;
  const crossY = inline || !titled ? titleY - small * 0.35 : titleY + small * 1.1;
  // The band shrinks before the plot does: its name rows are as many as fit in maxHeight (the crosses always show).
  const fixedPart = small * 1.6 + 8 + (crossY > titleY ? small * 1.1 : 0);
  const fitting = maxHeight === undefined ? Infinity : Math.floor((maxHeight - fixedPart) / style.labelGap);
  // On a page (no height to fill) the band may take more rows: the catalog past the article has many undisclosed sizes.
  const presetRows = preset === "slide" ? 4 : preset === "web" ? 9 : 6;
  const rowLimit = Math.max(0, Math.min(undisclosed.length, presetRows, fitting));
  // The GPT line's names are packed first: when rows run out, the names dropped are the others'.
  const order = undisclosed
    .map((r, i) => ({ i, first: r.gpt_line ? 0 : 1 }))
    .sort((a, b) => a.first - b.first || a.i - b.i);
  const packed = rowLimit
    ? packRows(
        order.map((o) => intervals[o.i]!),
        rowLimit
      )
    : order.map(() => null);
  const rowOf = new Array<number | null>(undisclosed.length);
  order.forEach((o, k) => (rowOf[o.i] = packed[k] ?? null));
  const rowsUsed = maxOf(
    rowOf.map((r) => (r === null ? 0 : r + 1)),
    0
  );
  const height = undisclosed.length ? crossY + small * 0.6 + rowsUsed * style.labelGap + 8 - top : 0;
  const labelY = (row: number) => crossY + small * 0.6 + style.labelGap * (row + 0.6);
  return { intervals, rowOf, rowsUsed, top, titled, titleY, crossY, height, labelY };
}

/** The band in data coordinates of the y scale (it lies above the plot's top): where each of its parts is drawn. */
export function bandValues(
  undisclosed: readonly ReleaseRow[],
  band: ReturnType<typeof undisclosedBand>,
  fromPixel: (p: number) => number,
  style: PresetStyle
) {
  const crosses = undisclosed.map((r, i) => ({
    ...r,
    date: parseDate(r.release_date),
    row: band.rowOf[i],
    interval: band.intervals[i]!
  }));
  const labels = crosses.flatMap((d) =>
    d.row !== null && d.row !== undefined ? [{ ...d, labelY: fromPixel(band.labelY(d.row)) }] : []
  );
  return {
    y1: fromPixel(band.top),
    y2: fromPixel(band.top + band.height),
    titled: band.titled,
    titleY: fromPixel(band.titleY - style.smallFontSize * 0.35),
    crossY: fromPixel(band.crossY),
    /** Where the selection's rule starts, just under its ×. */
    selectionY: fromPixel(band.crossY + style.dotRadius + 2),
    rowsUsed: band.rowsUsed,
    crosses,
    labels
  };
}
export type BandValues = ReturnType<typeof bandValues>;

/** The band's title: the measure undisclosed, on the release date. */
export function bandTitle(metric: Metric, lang: Lang): string {
  const w = dictionaryFor(lang).charts.growth;
  return w.undisclosed(w.metric[metric].replace("（FLOP）", "").replace(" (FLOP)", ""));
}

/** The band for undisclosed values: its shading and title, ×s on their dates, names packed into rows below them. */
export function bandMarks(
  layout: { band: BandValues; metric: Metric; x0: Date | number; x1: Date | number },
  { preset, lang }: { preset: Preset; lang: Lang }
) {
  const w = dictionaryFor(lang).charts.growth;
  const { colon, open, close } = punctuation(lang);
  const style = presetStyle(preset);
  const { band, metric, x0, x1 } = layout;
  const small = style.smallFontSize;
  const shading = band.crosses.length
    ? [
        Plot.rect([0], { x1: x0, x2: x1, y1: band.y1, y2: band.y2, fill: "currentColor", fillOpacity: 0.06 }),
        Plot.text(band.titled ? [bandTitle(metric, lang)] : [], {
          x: x0,
          y: band.titleY,
          textAnchor: "start",
          dx: 6,
          fontWeight: 600,
          fontSize: small
        })
      ]
    : [null, null];
  const crosses = Plot.dot(band.crosses, {
    x: "date",
    y: band.crossY,
    symbol: "times",
    r: style.dotRadius,
    stroke: "currentColor",
    strokeWidth: style.strokeWidth + 0.5,
    title: (d) =>
      `${d.name}${open}${formatDate(d.release_date, d.release_precision, lang)}${close}${colon}${w.metric[metric]}${rulesFor(lang).wordSpace}${w.undisclosedMark}\n${w.source}${colon}${d[`${metric}_source_url`] ?? d[`${metric}_source`]}`,
    render: tagModels(band.crosses, byId)
  });
  // Plot's textAnchor is one per mark: one mark for names right of their ×, one for names left of it.
  const names = [true, false].map((right) => {
    const labels = band.labels.filter((d) => d.interval.right === right);
    return Plot.text(labels, {
      x: "date",
      y: "labelY",
      text: "name",
      textAnchor: right ? "start" : "end",
      dx: right ? 6 : -6,
      fontSize: small,
      className: "halo",
      render: tagModels(labels, byId)
    });
  });
  return [...shading, crosses, ...names];
}

/** The band over a date axis from x0 to x1 pixels (the plot's width), or null when no model is undisclosed. */
export function bandOnAxis(
  undisclosed: readonly ReleaseRow[],
  frame: {
    xDomain: readonly [number, number];
    x0: number;
    x1: number;
    preset: Preset;
    cjk: boolean;
    maxHeight?: number;
    /** The band's title (./bandTitle): it goes on the crosses' row where it fits there. */
    title?: string;
    untitled?: boolean;
  }
) {
  if (!undisclosed.length) return null;
  const [d0, d1] = frame.xDomain;
  const x = (date: Date) => frame.x0 + ((+date - d0) / (d1 - d0 || 1)) * (frame.x1 - frame.x0);
  const { preset, cjk, maxHeight, title, untitled = false } = frame;
  return undisclosedBand(undisclosed, x, {
    plotStart: frame.x0,
    untitled,
    plotEnd: frame.x1,
    preset,
    cjk,
    ...(maxHeight ? { maxHeight } : {}),
    ...(title === undefined ? {} : { titleWidth: typesetWidth(title, presetStyle(preset).smallFontSize, true) })
  });
}
