// The lineage-on-scale chart's layout, computed before anything is drawn: the models of the tree, the date and size
// domains, the band of undisclosed sizes (its rows and height, which set the top margin), every node's position, the
// edges' ends, and the names placed clear of each other. Plain data, so it is tested without a DOM.
import * as Plot from "@observablehq/plot";
import type { LineageRow, ReleaseRow } from "../../contract.js";
import { presetStyle, typesetWidth } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { formatCount, parseDate } from "../encoding.js";
import { packRows, placeLabels, type Box } from "../label-layout.js";
import { treeEdges } from "../lineage-tree.js";
import { countAxisLeft, plotRight, type Margins } from "../plot-base.js";
import { maxOf, minOf } from "../number-extent.js";
import { dictionaryFor } from "../../i18n/index.js";

export const lineageScaleHeight = (width: number, preset: Preset = "web") =>
  preset === "print" ? Math.round(width * 0.6) : Math.round(Math.max(480, Math.min(620, width * 0.55)));

export interface LineageScaleLayoutOptions {
  width: number;
  preset?: Preset;
  lang?: Lang;
  /** A height to fill, when taller than its own (the report grows the chart into its page). */
  height?: number;
  /** Which edges to draw: as the evolution tree's (see TreeOptions.families). */
  families: readonly string[];
}

export type LineageScaleLayout = ReturnType<typeof lineageScaleLayout>;

/** Days either side of the first and last release, so that no point sits on the frame. */
const DATE_PAD = 90 * 864e5;

/** The size domain in whole decades around the disclosed sizes; the date domain padded around every release. */
export function lineageScaleDomains(models: readonly ReleaseRow[]) {
  const sizes = models.filter((r) => r.parameters !== null).map((r) => r.parameters!);
  const domain: [number, number] = sizes.length
    ? [10 ** Math.floor(Math.log10(minOf(sizes))), 10 ** Math.ceil(Math.log10(maxOf(sizes)))]
    : [1e8, 1e12];
  const dates = models.length ? models.map((r) => +parseDate(r.release_date)) : [+parseDate("2020-01-01")];
  const x0 = new Date(minOf(dates) - DATE_PAD);
  const x1 = new Date(maxOf(dates) + DATE_PAD);
  return { domain, x0, x1 };
}

/**
 * The band of undisclosed sizes: each model's name packed into one of at most five rows beside its × (right of it
 * when it fits before the plot's end), and the pixel heights of the band's title and rows. The title takes the start
 * of the first row; a name clear of it shares that row, so the band is as tall as its names need.
 */
export function undisclosedBand(
  undisclosed: readonly ReleaseRow[],
  x: (date: Date) => number,
  { left, right, preset, title }: { left: number; right: number; preset: Preset; title: string }
) {
  const style = presetStyle(preset);
  const small = style.smallFontSize;
  // Each name's place right of its × and left of it, where either fits in the plot's width.
  const sides = undisclosed.map((r) => {
    const px = x(parseDate(r.release_date));
    const w = typesetWidth(r.name, small);
    const toRight = { x0: px - 6, x1: px + 8 + w, right: true };
    const toLeft = { x0: px - 8 - w, x1: px + 6, right: false };
    const fit = [toRight, toLeft].filter((box) => box.x0 >= left && box.x1 <= right);
    return fit.length ? fit : [toLeft];
  });
  const titleBox = { x0: left, x1: left + 6 + typesetWidth(title, small, true) };
  const { intervals, rowOf } = packBand(titleBox, sides);
  const rows = maxOf(
    rowOf.map((r) => (r ?? 0) + 1),
    1
  );
  const rowY = (row: number) => 6 + style.labelGap * (row + 0.5);
  // The title's baseline, its middle on the first row's.
  const titleY = rowY(0) + small * 0.3;
  return { intervals, rowOf, rows, titleY, rowY, bottom: Math.round(rowY(rows - 1) + style.labelGap * 0.75) };
}

/**
 * The band's names packed under and beside its title: of the ways to set each name right or left of its × (the first
 * of its sides preferred), the one that names the most models in the fewest rows. Four rows of names under the
 * title's, as before it shared one: never taller than that. A band of more than ten models keeps the first sides.
 */
function packBand<B extends { x0: number; x1: number; right: boolean }>(
  title: { x0: number; x1: number },
  sides: B[][]
) {
  const choices = sides.length > 10 ? 1 : 2 ** sides.length;
  let best: { intervals: B[]; rowOf: (number | null)[]; cost: number } | null = null;
  for (let choice = 0; choice < choices; ++choice) {
    const intervals = sides.map((options, i) => options[(choice >> i) & 1] ?? options[0]!);
    const rowOf = packRows([title, ...intervals], 5).slice(1);
    const cost =
      rowOf.filter((r) => r === null).length * 100 +
      maxOf(
        rowOf.map((r) => (r ?? 0) + 1),
        1
      );
    if (!best || cost < best.cost) best = { intervals, rowOf, cost };
  }
  return best!;
}

export function lineageScaleLayout(
  edges: readonly LineageRow[],
  releases: readonly ReleaseRow[],
  options: LineageScaleLayoutOptions
) {
  const { preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const width = Math.round(options.width);
  const height = Math.max(lineageScaleHeight(width, preset), Math.round(options.height ?? 0));
  const tree = treeEdges(edges, releases, options.families);
  const byId = new Map(releases.map((r) => [r.id, r]));
  const models = [...new Set(tree.flatMap((e) => [e.parent, e.child]))].flatMap((id) =>
    byId.has(id) ? [byId.get(id)!] : []
  );
  const { domain, x0, x1 } = lineageScaleDomains(models);
  const left = countAxisLeft(preset, lang);
  const right = Math.round(fs * 2);
  const end = plotRight(width, { top: 0, right, bottom: 0, left });
  const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [left, end] } });
  const undisclosed = models
    .filter((r) => r.parameters === null)
    .sort((a, b) => a.release_date.localeCompare(b.release_date));
  const band = undisclosedBand(undisclosed, (d) => x.apply(d) as number, {
    left,
    right: end,
    preset,
    title: dictionaryFor(lang).charts.lineageScale.band
  });
  // On a fixed canvas (a height given) the x axis has no title: the figure's title names both axes.
  const compact = options.height !== undefined;
  const margins: Margins = { top: band.bottom, right, bottom: Math.round(fs * (compact ? 2 : 3.8)), left };
  const y = Plot.scale({ y: { type: "log", domain, range: [height - margins.bottom, margins.top] } });
  // A model of undisclosed size sits in the band, on its row; the others at their size.
  const position = (r: ReleaseRow) => {
    const i = undisclosed.indexOf(r);
    return { x: parseDate(r.release_date), y: r.parameters ?? (y.invert!(band.rowY(band.rowOf[i] ?? 0)) as number) };
  };
  const nodes = models.map((r) => ({ ...r, ...position(r), size: formatCount(r.parameters, lang) }));
  const links = tree.flatMap((e) => {
    const parent = byId.get(e.parent);
    const child = byId.get(e.child);
    if (!parent || !child) return [];
    const a = position(parent);
    const b = position(child);
    return [{ ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y }];
  });
  const plotBox: Box = { x0: left, x1: end, y0: margins.top, y1: height - margins.bottom };
  const px = (n: { x: Date }) => x.apply(n.x) as number;
  const py = (n: { y: number }) => y.apply(n.y) as number;
  const sizedLabels = sizedNameLabels(nodes, { px, py, plotBox, preset }).map((n) => ({
    ...n,
    labelX: x.invert!(px(n) + n.place.dx) as Date,
    labelY: y.invert!(py(n) + n.place.dy) as number
  }));
  const bandLabels = undisclosed.flatMap((r, i) =>
    band.rowOf[i] === null ? [] : [{ ...nodes.find((n) => n.id === r.id)!, right: band.intervals[i]!.right }]
  );
  // The band's shading and title, in data coordinates of the y scale (the band lies above the plot's top).
  const bandArea = {
    y1: y.invert!(4) as number,
    y2: y.invert!(margins.top - 4) as number,
    titleY: y.invert!(band.titleY - style.smallFontSize * 0.3) as number
  };
  return {
    width,
    height,
    compact,
    tree,
    domain,
    x0,
    x1,
    margins,
    plotBox,
    nodes,
    links,
    undisclosed,
    sizedLabels,
    bandLabels,
    bandArea
  };
}

/** Names of sized models, placed around their point clear of the others; the largest first. */
function sizedNameLabels<N extends ReleaseRow & { x: Date; y: number }>(
  nodes: readonly N[],
  frame: { px: (n: N) => number; py: (n: N) => number; plotBox: Box; preset: Preset }
) {
  const { px, py } = frame;
  const small = presetStyle(frame.preset).smallFontSize;
  const sized = nodes.filter((n) => n.parameters !== null);
  const obstacles = sized.map((n) => ({ x0: px(n) - 6, x1: px(n) + 6, y0: py(n) - 6, y1: py(n) + 6 }));
  const placed = placeLabels(
    sized.map((n) => ({
      x: px(n),
      y: py(n),
      // Names are Latin in either language: measured glyph by glyph.
      width: typesetWidth(n.name, small),
      height: small * 1.15,
      priority: Math.log10(n.parameters!)
    })),
    frame.plotBox,
    { gap: 9, obstacles }
  );
  return sized.flatMap((n, i) => (placed[i] ? [{ ...n, place: placed[i]! }] : []));
}
