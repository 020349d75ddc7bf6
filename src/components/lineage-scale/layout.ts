// The lineage-on-scale chart's layout, computed before anything is drawn: the models of the tree, the date and size
// domains, the band of undisclosed sizes (its rows and height, which set the top margin), every node's position, the
// edges' ends, and the names placed clear of each other. Plain data, so it is tested without a DOM.
import * as Plot from "@observablehq/plot";
import type { LineageRow, ReleaseRow } from "../../contract.js";
import { presetStyle, typesetWidth } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { formatCount, parseDate } from "../encoding.js";
import { overlaps, type Box } from "../label-layout.js";
import { placeNames, polylineSegments, type Segment } from "../explore/names.js";
import { legendHeight, legendRows, type LegendItem } from "../svg-legend.js";
import { treeEdges } from "../lineage-tree.js";
import { countAxisLeft, plotRight, type Margins } from "../plot-base.js";
import { maxOf, minOf } from "../number-extent.js";
import { dictionaryFor } from "../../i18n/index.js";
import { arcObstacles, arcPoints, arcsThrough, INFERRED_DASH, type Point } from "./arcs.js";
import { bandTexts, undisclosedBand, type BandLayout } from "./band.js";

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

/**
 * The size domain around the disclosed sizes: from the decade under the least, or a third of a decade under it where
 * that is lower (room for its name and its arcs under it), to the decade over the largest. The date domain is padded
 * around every release.
 */
export function lineageScaleDomains(models: readonly ReleaseRow[]) {
  const sizes = models.filter((r) => r.parameters !== null).map((r) => r.parameters!);
  const [least, most] = [Math.log10(minOf(sizes)), Math.log10(maxOf(sizes))];
  const domain: [number, number] = sizes.length
    ? [10 ** Math.min(Math.floor(least), least - 1 / 3), 10 ** Math.ceil(most)]
    : [1e8, 1e12];
  const dates = models.length ? models.map((r) => +parseDate(r.release_date)) : [+parseDate("2020-01-01")];
  const x0 = new Date(minOf(dates) - DATE_PAD);
  const x1 = new Date(maxOf(dates) + DATE_PAD);
  return { domain, x0, x1 };
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

/** Points every 3 px along a name's leader (px): what the key must stay clear of. */
const leaderPoints = (s: Segment): Point[] => {
  const n = Math.max(1, Math.ceil(Math.hypot(s.x1 - s.x0, s.y1 - s.y0) / 3));
  return Array.from({ length: n + 1 }, (_, i) => ({
    x: s.x0 + ((s.x1 - s.x0) * i) / n,
    y: s.y0 + ((s.y1 - s.y0) * i) / n
  }));
};

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

/**
 * Arcs bent the other way, one at a time, then two at a time (two arcs out of one model often run together past a
 * name), while that crosses fewer texts (`crossed` of every arc) and stays in room.
 */
function improveSides(
  start: readonly number[],
  arcOf: (i: number, side: number) => Point[],
  room: Box,
  crossed: (arcs: readonly Point[][]) => number
): number[] {
  const sides = [...start];
  let arcs = sides.map((side, i) => arcOf(i, side));
  let best = crossed(arcs);
  const tryFlip = (flip: readonly number[]) => {
    const flipped = flip.map((i) => arcOf(i, -sides[i]!));
    if (!flipped.every((arc) => within(arc, room))) return false;
    const tried = arcs.map((arc, j) => (flip.includes(j) ? flipped[flip.indexOf(j)]! : arc));
    const count = crossed(tried);
    if (count >= best) return false;
    [best, arcs] = [count, tried];
    for (const i of flip) sides[i] = -sides[i]!;
    return true;
  };
  const singles = sides.map((_, i) => [i]);
  const pairs = sides.flatMap((_, i) => sides.flatMap((__, j) => (j > i ? [[i, j]] : [])));
  for (let pass = 0, better = best > 0; better && pass < 3; ++pass) {
    better = false;
    for (const flip of singles) if (best > 0 && tryFlip(flip)) better = true;
    if (!better) for (const flip of pairs) if (best > 0 && tryFlip(flip)) better = true;
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
  const right = Math.round(fs * 1.2);
  const end = plotRight(width, { top: 0, right, bottom: 0, left });
  const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [left, end] } });
  const undisclosed = models
    .filter((r) => r.parameters === null)
    .sort((a, b) => a.release_date.localeCompare(b.release_date));
  const band = undisclosedBand(undisclosed, (d) => x.apply(d) as number, { left, right: end, preset });
  const texts = bandTexts(band, style.smallFontSize);
  // On a fixed canvas (a height given) the x axis has no title: the figure's title names both axes.
  const compact = options.height !== undefined;
  const axisBottom = Math.round(fs * (compact ? 2 : 3.8));
  const keyItems = keyOf(tree, undisclosed.length > 0, preset, lang);
  const keyBox = keySize(keyItems, end - left - 12, style.smallFontSize);
  const stacked = keySize(keyItems, 0, style.smallFontSize);
  const frame = (bottom: number, key: Box | null) =>
    frameAt({ tree, byId, undisclosed, band, domain, height, bottom, x, left, end, preset, lang, texts, key });
  // The key stands in a corner of the plot that no point, arc or name takes, else under the axis.
  const inside = frame(axisBottom, null);
  const corner = keyCorner([stacked, keyBox], inside);
  const bottom = corner ? axisBottom : axisBottom + Math.round(keyBox.height + style.smallFontSize * 0.4);
  const framed = corner ? frame(bottom, corner) : frame(bottom, null);
  const key = corner ?? {
    x0: left + 6,
    x1: left + 6 + keyBox.width,
    y0: height - keyBox.height - 2,
    y1: height - 2
  };
  const { y, nodes, links, sizedLabels } = framed;
  const margins: Margins = { top: band.bottom, right, bottom, left };
  const plotBox: Box = { x0: left, x1: end, y0: margins.top, y1: height - margins.bottom };
  const bandLabels = undisclosed.map((r, i) => {
    const name = band.names[i]!;
    const at = (px: number, py: number) => ({ x: x.invert!(px) as Date, y: y.invert!(py) as number });
    const leader = { from: at(name.leader.x1, name.leader.y1), to: at(name.leader.x2, name.leader.y2) };
    return { ...nodes.find((n) => n.id === r.id)!, label: at(name.x0, band.rowY(name.row)), leader };
  });
  // The band's shading, in data coordinates of the y scale (the band lies above the plot's top).
  const bandArea = { y1: y.invert!(4) as number, y2: y.invert!(margins.top - 2) as number };
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
    bandArea,
    key: { items: keyItems, x: key.x0, y: key.y0, width: key.x1 - key.x0 + 1 }
  };
}

/**
 * The key: the × of a model of undisclosed size (the band's meaning), a solid arc for a documented training step and
 * a dashed one for an inferred step, each as far as it is drawn.
 */
function keyOf(tree: readonly LineageRow[], undisclosed: boolean, preset: Preset, lang: Lang): LegendItem[] {
  const w = dictionaryFor(lang).charts.lineageScale;
  const stroke = { kind: "line" as const, stroke: "currentColor", width: presetStyle(preset).strokeWidth };
  const cross: LegendItem = {
    label: w.key.undisclosed,
    swatch: { kind: "dot", fill: "none", stroke: "currentColor", symbol: "times" }
  };
  return [
    ...(undisclosed ? [cross] : []),
    ...(["documented", "inferred"] as const)
      .filter((evidence) => tree.some((e) => e.evidence === evidence))
      .map((evidence) => ({
        label: w.key[evidence],
        swatch: evidence === "documented" ? stroke : { ...stroke, dash: INFERRED_DASH }
      }))
  ];
}

/** The key's size at `fontSize`, in rows that fit `room`. */
function keySize(items: LegendItem[], room: number, fontSize: number) {
  const rows = legendRows(items, room, fontSize, false, typesetWidth);
  const width = maxOf(
    rows.map((row) => row.reduce((sum, item) => sum + fontSize * 2.4 + typesetWidth(item.label, fontSize), 0)),
    0
  );
  return { width, height: items.length ? legendHeight(rows.length, fontSize) : 0 };
}

/**
 * A place in the plot where the key touches no point, arc or name: from the lower right corner leftwards, then a step
 * up, each of `sizes` (the key stacked, then in rows) in turn. Null where none is free.
 */
function keyCorner(sizes: { width: number; height: number }[], framed: ReturnType<typeof frameAt>): Box | null {
  const { plotBox: p, taken } = framed;
  const inset = 6;
  for (const size of sizes) {
    if (!size.height) return null;
    const step = Math.max(4, size.height / 4);
    for (let y1 = p.y1 - inset; y1 - size.height >= p.y0 + inset; y1 -= step)
      for (let x1 = p.x1 - inset; x1 - size.width >= p.x0 + inset; x1 -= step) {
        const box = { x0: x1 - size.width, x1, y0: y1 - size.height, y1 };
        const padded = { x0: box.x0 - 6, x1: box.x1 + 6, y0: box.y0 - 6, y1: box.y1 + 6 };
        if (!taken.some((t) => overlaps(t, padded))) return box;
      }
  }
  return null;
}

/**
 * The plot under the band, above `bottom`: the y scale, the models' places (a model of undisclosed size on its × in
 * the band), the arcs (each bent to the side that crosses fewest texts, kept under the band's line of ×), the sized
 * models' names placed clear of the arcs, the points and the key, and what all these take.
 */
function frameAt(o: {
  tree: readonly LineageRow[];
  byId: ReadonlyMap<string, ReleaseRow>;
  undisclosed: readonly ReleaseRow[];
  band: BandLayout;
  domain: [number, number];
  height: number;
  bottom: number;
  x: ReturnType<typeof Plot.scale>;
  left: number;
  end: number;
  preset: Preset;
  lang: Lang;
  texts: readonly Box[];
  key: Box | null;
}) {
  const { band, domain, height, bottom, x, preset } = o;
  const px = (n: { x: Date }) => x.apply(n.x) as number;
  const style = presetStyle(preset);
  const y = Plot.scale({ y: { type: "log", domain, range: [height - bottom, band.bottom] } });
  const position = (r: ReleaseRow) => {
    const i = o.undisclosed.indexOf(r);
    return { x: parseDate(r.release_date), y: r.parameters ?? (y.invert!(band.crosses[i]!.y) as number) };
  };
  const py = (n: { y: number }) => y.apply(n.y) as number;
  const links = linksAt(o.tree, o.byId, position);
  const sample = arcSampler(style.strokeWidth);
  const arcOf = (i: number, side: number) => {
    const l = links[i]!;
    return sample({ x: px({ x: l.x1 }), y: py({ y: l.y1 }) }, { x: px({ x: l.x2 }), y: py({ y: l.y2 }) }, side);
  };
  // The arcs stay in the plot and under the band's line of ×: above it are the band's names.
  const room: Box = { x0: o.left, x1: o.end, y0: band.lineTop - 2, y1: height - bottom };
  const plotBox: Box = { x0: o.left, x1: o.end, y0: band.bottom, y1: height - bottom };
  const models = [...new Set(o.tree.flatMap((e) => [e.parent, e.child]))].flatMap((id) =>
    o.byId.has(id) ? [o.byId.get(id)!] : []
  );
  const nodes = models.map((r) => ({ ...r, ...position(r), size: formatCount(r.parameters, o.lang) }));
  const keyTexts = o.key ? [o.key] : [];
  const placeNames = (arcs: readonly Point[][]) =>
    sizedNameLabels(nodes, { px, py, plotBox, preset, arcs, obstacles: keyTexts });
  const first = links.map((_, i) => sideOf(arcOf, i, room, (arc) => arcsThrough([arc], [...o.texts, ...keyTexts])));
  const sides = improveSides(first, arcOf, room, (arcs) =>
    arcsThrough(arcs, [...o.texts, ...keyTexts, ...placeNames(arcs).map((n) => n.place.box)])
  );
  const arcs = links.map((_, i) => arcOf(i, sides[i]!));
  const named = placeNames(arcs);
  const points = nodes.map((n) => ({ x0: px(n) - 8, x1: px(n) + 8, y0: py(n) - 8, y1: py(n) + 8 }));
  return {
    y,
    plotBox,
    nodes,
    links: links.map((l, i) => ({ ...l, side: sides[i]! })),
    sizedLabels: named.map((n) => ({
      ...n,
      labelX: x.invert!(px(n) + n.place.dx) as Date,
      labelY: y.invert!(py(n) + n.place.dy) as number,
      leader: n.place.leader && {
        from: { x: x.invert!(n.place.leader.x0) as Date, y: y.invert!(n.place.leader.y0) as number },
        to: { x: x.invert!(n.place.leader.x1) as Date, y: y.invert!(n.place.leader.y1) as number }
      }
    })),
    taken: [
      ...points,
      ...arcObstacles(arcs, 3),
      ...named.map((n) => n.place.box),
      ...arcObstacles(
        named.flatMap((n) => (n.place.leader ? [leaderPoints(n.place.leader)] : [])),
        3
      )
    ]
  };
}

/**
 * Names of sized models, placed as the growth charts place theirs (explore/names.ts): beside their point clear of the
 * points, the key and the arcs (each a polyline of segments in px), else a little farther out with a short leader to
 * the point; the largest first.
 */
function sizedNameLabels<N extends ReleaseRow & { x: Date; y: number }>(
  nodes: readonly N[],
  frame: {
    px: (n: N) => number;
    py: (n: N) => number;
    plotBox: Box;
    preset: Preset;
    arcs: readonly Point[][];
    obstacles: readonly Box[];
  }
) {
  const { px, py } = frame;
  const small = presetStyle(frame.preset).smallFontSize;
  const sized = nodes.filter((n) => n.parameters !== null);
  const requests = sized.map((n) => ({
    x: px(n),
    y: py(n),
    // Names are Latin in either language: measured glyph by glyph.
    width: typesetWidth(n.name, small),
    height: small * 1.15,
    priority: Math.log10(n.parameters!)
  }));
  const placed = placeNames(requests, frame.plotBox, {
    gap: 9,
    dots: sized.map((n) => ({ x0: px(n) - 6, x1: px(n) + 6, y0: py(n) - 6, y1: py(n) + 6 })),
    rules: frame.obstacles,
    lines: frame.arcs.flatMap((arc) => polylineSegments(arc))
  });
  return sized.flatMap((n, i) => (placed[i] ? [{ ...n, place: placed[i]! }] : []));
}
