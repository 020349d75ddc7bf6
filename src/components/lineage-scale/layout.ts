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
import { arcObstacles, arcPoints, arcsThrough, type Point } from "./arcs.js";

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

/** A band's rows as packed: how many, each row's middle, the title's baseline and the band's bottom, in px. */
export type BandRows = ReturnType<typeof bandRows>;
function bandRows(rowOf: readonly (number | null)[], preset: Preset) {
  const style = presetStyle(preset);
  const rows = maxOf(
    rowOf.map((r) => (r ?? 0) + 1),
    1
  );
  const rowY = (row: number) => 6 + style.labelGap * (row + 0.5);
  // The title's baseline, its middle on the first row's.
  const titleY = rowY(0) + style.smallFontSize * 0.3;
  return { rows, rowY, titleY, bottom: Math.round(rowY(rows - 1) + style.labelGap * 0.75) };
}

/** One way to set the band: each name's side of its × (its interval, × included, and its text's), and the rows. */
export interface BandChoice {
  intervals: { x0: number; x1: number; right: boolean; text: { x0: number; x1: number } }[];
  rowOf: (number | null)[];
  geometry: BandRows;
  /** The title's text, on the first row. */
  title: { x0: number; x1: number };
}

/**
 * The band of undisclosed sizes: each model's name packed into one of at most five rows beside its × (right of it
 * when it fits before the plot's end), and the pixel heights of the band's title and rows. The title takes the start
 * of the first row; a name clear of it shares that row, so the band is as tall as its names need. `crossings` counts,
 * for a way of setting the band, the names (and title) the lineage's arcs would run through: the band takes the way
 * that crosses fewest, a row more if that is what it takes.
 */
export function undisclosedBand(
  undisclosed: readonly ReleaseRow[],
  x: (date: Date) => number,
  options: { left: number; right: number; preset: Preset; title: string; crossings?: (band: BandChoice) => number }
) {
  const { left, right, preset, title, crossings = () => 0 } = options;
  const small = presetStyle(preset).smallFontSize;
  // Each name's place right of its × and left of it, where either fits in the plot's width.
  const sides = undisclosed.map((r) => {
    const px = x(parseDate(r.release_date));
    const w = typesetWidth(r.name, small);
    const toRight = { x0: px - 6, x1: px + 8 + w, right: true, text: { x0: px + 8, x1: px + 8 + w } };
    const toLeft = { x0: px - 8 - w, x1: px + 6, right: false, text: { x0: px - 8 - w, x1: px - 8 } };
    const fit = [toRight, toLeft].filter((box) => box.x0 >= left && box.x1 <= right);
    return fit.length ? fit : [toLeft];
  });
  const titleBox = { x0: left, x1: left + 6 + typesetWidth(title, small, true) };
  const best = packBand(titleBox, sides, preset, crossings);
  return { ...best, ...best.geometry };
}

/** The band's rows at most: enough to set the GPT-3.5 family's seven names, crowded in 2022, clear of the arcs. */
const BAND_ROWS = 6;

/** Names set on one row over each other (or over the title, on the first), pairs of them: each must be on no row. */
function clashes(title: { x0: number; x1: number }, intervals: BandChoice["intervals"], rowOf: (number | null)[]) {
  const apart = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => a.x1 + 6 <= b.x0 || b.x1 + 6 <= a.x0;
  let count = 0;
  intervals.forEach((a, i) => {
    if (rowOf[i] === null) count += 1;
    else if (rowOf[i] === 0 && !apart(a, title)) count += 1;
    for (let j = i + 1; j < intervals.length; ++j) if (rowOf[i] === rowOf[j] && !apart(a, intervals[j]!)) count += 1;
  });
  return count;
}

/**
 * The band's names packed under and beside its title: each name right or left of its × (the first of its sides
 * preferred) on one of the band's rows, the way that sets no name over another, crossed by the fewest arcs, in the
 * fewest rows. It starts from the names packed in turn and moves one name at a time (side, row) while that does
 * better. A band of more than ten models keeps the names packed in turn.
 */
function packBand(
  title: { x0: number; x1: number },
  sides: BandChoice["intervals"][],
  preset: Preset,
  crossings: (band: BandChoice) => number
) {
  // A way's cost; its crossings (the costly part) counted only where the rest leaves it cheaper than `bound`.
  const evaluate = (pick: number[], rowOf: (number | null)[], bound = Infinity) => {
    const intervals = sides.map((options, i) => options[pick[i]!] ?? options[0]!);
    const geometry = bandRows(rowOf, preset);
    const band = { intervals, rowOf, geometry, title: { x0: title.x0 + 6, x1: title.x1 } };
    const least = clashes(title, intervals, rowOf) * 1000 + geometry.rows;
    return { ...band, pick, cost: least < bound ? least + crossings(band) * 10 : least };
  };
  const first = sides.map(() => 0);
  let best = evaluate(first, packRows([title, ...sides.map((options) => options[0]!)], BAND_ROWS).slice(1));
  for (let pass = 0, better = sides.length <= 10; better && pass < 6; ++pass) {
    better = false;
    for (let i = 0; i < sides.length; ++i)
      for (let side = 0; side < sides[i]!.length; ++side)
        for (let row = 0; row < BAND_ROWS; ++row) {
          const pick = best.pick.map((p, j) => (j === i ? side : p));
          const rowOf = best.rowOf.map((r, j) => (j === i ? row : r));
          const moved = evaluate(pick, rowOf, best.cost);
          if (moved.cost < best.cost) [best, better] = [moved, true];
        }
  }
  return best;
}

/** The band's words a line would strike: each name on its row, and the title on the first. */
function bandTexts(band: BandChoice, small: number): Box[] {
  const line = (middle: number) => ({ y0: middle - small * 0.6, y1: middle + small * 0.6 });
  return [
    { ...band.title, ...line(band.geometry.rowY(0)) },
    ...band.intervals.flatMap((interval, i) => {
      const row = band.rowOf[i];
      return row === null || row === undefined ? [] : [{ ...interval.text, ...line(band.geometry.rowY(row)) }];
    })
  ];
}

/** Each edge of the tree between its models' places (an edge to a model not in the catalog is left out). */
function linksAt<E extends LineageRow>(
  tree: readonly E[],
  byId: ReadonlyMap<string, ReleaseRow>,
  position: (r: ReleaseRow) => { x: Date; y: number }
) {
  return tree.flatMap((e) => {
    const [parent, child] = [byId.get(e.parent), byId.get(e.child)];
    if (!parent || !child) return [];
    const [a, b] = [position(parent), position(child)];
    return [{ ...e, x1: a.x, y1: a.y, x2: b.x, y2: b.y }];
  });
}

/** Arcs' points by their ends and side, each sampled once: the band's packing tries many ways that move a name. */
function arcSampler(strokeWidth: number) {
  const drawn = new Map<string, Point[]>();
  return (from: Point, to: Point, side: number) => {
    const key = `${from.x} ${from.y} ${to.x} ${to.y} ${side}`;
    if (!drawn.has(key)) drawn.set(key, arcPoints(from, to, strokeWidth, 6, 3, side));
    return drawn.get(key)!;
  };
}

/** Whether every point of an arc lies in `room` (the plot and the band: an arc beyond would run into the axes). */
const within = (arc: readonly Point[], room: Box) =>
  arc.every((p) => p.x >= room.x0 && p.x <= room.x1 && p.y >= room.y0 && p.y <= room.y1);

/**
 * The side an arc bends to: to the left of its travel (1, above a step that goes right) unless the other side stays
 * in `room` and crosses fewer texts, or the left side leaves the room and the other does not.
 */
function sideOf(
  arcOf: (i: number, side: number) => Point[],
  i: number,
  room: Box,
  crossed: (arc: Point[]) => number
): number {
  const left = arcOf(i, 1);
  const inRoom = within(left, room);
  const leftCrossed = inRoom ? crossed(left) : Infinity;
  if (leftCrossed === 0) return 1;
  const right = arcOf(i, -1);
  if (!within(right, room)) return 1;
  return !inRoom || crossed(right) < leftCrossed ? -1 : 1;
}

/** Arcs bent the other way, one at a time, while that crosses fewer texts (`crossed` of every arc) and stays in room. */
function improveSides(
  start: readonly number[],
  arcOf: (i: number, side: number) => Point[],
  room: Box,
  crossed: (arcs: readonly Point[][]) => number
): number[] {
  const sides = [...start];
  let arcs = sides.map((side, i) => arcOf(i, side));
  let best = crossed(arcs);
  for (let pass = 0, better = best > 0; better && pass < 3; ++pass) {
    better = false;
    for (let i = 0; i < sides.length && best > 0; ++i) {
      const flipped = arcOf(i, -sides[i]!);
      if (!within(flipped, room)) continue;
      const tried = arcs.map((arc, j) => (j === i ? flipped : arc));
      const count = crossed(tried);
      if (count < best) [best, arcs, sides[i], better] = [count, tried, -sides[i]!, true];
    }
  }
  return sides;
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
  // On a fixed canvas (a height given) the x axis has no title: the figure's title names both axes.
  const compact = options.height !== undefined;
  const bottom = Math.round(fs * (compact ? 2 : 3.8));
  const px = (n: { x: Date }) => x.apply(n.x) as number;
  const sample = arcSampler(style.strokeWidth);
  // The y scale, the models' places and the arcs' paths under a band (its height sets the plot's top), each arc
  // bent to the side that crosses fewer of `texts` (see sideOf), or to `sides` where given.
  const frameUnder = (band: Pick<BandChoice, "rowOf" | "geometry">, texts: readonly Box[], sides?: number[]) => {
    const y = Plot.scale({ y: { type: "log", domain, range: [height - bottom, band.geometry.bottom] } });
    // A model of undisclosed size sits in the band, on its row; the others at their size.
    const position = (r: ReleaseRow) => {
      const row = band.rowOf[undisclosed.indexOf(r)] ?? 0;
      return { x: parseDate(r.release_date), y: r.parameters ?? (y.invert!(band.geometry.rowY(row)) as number) };
    };
    const links = linksAt(tree, byId, position);
    const py = (n: { y: number }) => y.apply(n.y) as number;
    const arcOf = (i: number, side: number) => {
      const l = links[i]!;
      return sample({ x: px({ x: l.x1 }), y: py({ y: l.y1 }) }, { x: px({ x: l.x2 }), y: py({ y: l.y2 }) }, side);
    };
    const room: Box = { x0: left, x1: end, y0: 4, y1: height - bottom };
    const chosen = sides ?? links.map((_, i) => sideOf(arcOf, i, room, (arc) => arcsThrough([arc], texts)));
    const arcs = links.map((_, i) => arcOf(i, chosen[i]!));
    return { y, py, position, links: links.map((l, i) => ({ ...l, side: chosen[i]! })), arcs, arcOf, room };
  };
  const band = undisclosedBand(undisclosed, (d) => x.apply(d) as number, {
    left,
    right: end,
    preset,
    title: dictionaryFor(lang).charts.lineageScale.band,
    crossings: (choice) => {
      const texts = bandTexts(choice, style.smallFontSize);
      return arcsThrough(frameUnder(choice, texts).arcs, texts);
    }
  });
  const margins: Margins = { top: band.bottom, right, bottom, left };
  const texts = bandTexts(band, style.smallFontSize);
  const first = frameUnder(band, texts);
  const { y, py, position } = first;
  const nodes = models.map((r) => ({ ...r, ...position(r), size: formatCount(r.parameters, lang) }));
  const plotBox: Box = { x0: left, x1: end, y0: margins.top, y1: height - margins.bottom };
  // The sized models' names are placed clear of the arcs where they can be; an arc is then bent the other way where
  // that leaves fewer names crossed, the band's and these.
  const placeNames = (arcs: readonly Point[][]) => sizedNameLabels(nodes, { px, py, plotBox, preset, arcs });
  const sides = improveSides(
    first.links.map((l) => l.side),
    first.arcOf,
    first.room,
    (arcs) => arcsThrough(arcs, [...texts, ...placeNames(arcs).map((n) => n.place.box)])
  );
  const { links, arcs } = frameUnder(band, texts, sides);
  const sizedLabels = placeNames(arcs).map((n) => ({
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
  frame: { px: (n: N) => number; py: (n: N) => number; plotBox: Box; preset: Preset; arcs: readonly Point[][] }
) {
  const { px, py } = frame;
  const small = presetStyle(frame.preset).smallFontSize;
  const sized = nodes.filter((n) => n.parameters !== null);
  const obstacles = sized.map((n) => ({ x0: px(n) - 6, x1: px(n) + 6, y0: py(n) - 6, y1: py(n) + 6 }));
  const requests = sized.map((n) => ({
    x: px(n),
    y: py(n),
    // Names are Latin in either language: measured glyph by glyph.
    width: typesetWidth(n.name, small),
    height: small * 1.15,
    priority: Math.log10(n.parameters!)
  }));
  // Clear of the arcs where a spot is; a name with none left beside its point is still named, clear of the others.
  const clear = placeLabels(requests, frame.plotBox, {
    gap: 9,
    obstacles: [...obstacles, ...arcObstacles(frame.arcs)]
  });
  const taken = [...obstacles, ...clear.flatMap((place) => (place ? [place.box] : []))];
  const rest = requests.map((request, i) => (clear[i] ? { ...request, priority: -Infinity } : request));
  const fallback = clear.includes(null) ? placeLabels(rest, frame.plotBox, { gap: 9, obstacles: taken }) : clear;
  const placed = clear.map((place, i) => place ?? fallback[i] ?? null);
  return sized.flatMap((n, i) => (placed[i] ? [{ ...n, place: placed[i]! }] : []));
}
