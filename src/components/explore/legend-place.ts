// The legend inside the plot, on a fixed canvas (a download's slide, page or card): a growth chart leaves a corner
// empty (the models grow up and to the right, so the bottom right is clear of them), and a legend set there gives
// its rows' height back to the plot. Computed in pixels from what the layout has placed (dots, names, notes, the
// rules across the plot, the trend, GPT and reference lines, estimate ranges): the legend goes in the first corner
// where its rows, reflowed to a width, touch none of them, or in up to three parts where no one place holds it all;
// where none is clear it stays under the plot.
import { glyphWidth } from "../../figures/presets.js";
import { itemWidth, legendHeight, legendRows, type LegendItem } from "../svg-legend.js";
import type { Box } from "../label-layout.js";
import { maxOf } from "../number-extent.js";

/** A drawn line in pixels, as its points (a straight segment between each two). */
export type Polyline = readonly (readonly [number, number])[];

export interface LegendObstacles {
  boxes: readonly Box[];
  lines: readonly Polyline[];
  /** Many small boxes (a backdrop's thousands of dots), indexed by cell: whether one overlaps a box. */
  many?: (box: Box) => boolean;
}

/** The legend's box inside the plot, with the width its rows are flowed to. */
export interface InsideLegend {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The widest row's width (the box's, less its padding). */
  used: number;
}

/** A part of the legend inside the plot: its entries and its box. */
export interface InsideBlock extends InsideLegend {
  items: LegendItem[];
}

/**
 * The legend's entries inside the plot in as few parts as find clear places (at most three, each a run of entries
 * cut only at `cuts`, the places the legend may part), the first part first; null when the entries do not all fit.
 */
export function insideBlocks(
  items: readonly LegendItem[],
  cuts: readonly number[],
  plotBox: Box,
  obstacles: LegendObstacles,
  style: { fontSize: number; pad: number }
): InsideBlock[] | null {
  if (!items.length) return null;
  const blocks: InsideBlock[] = [];
  const boxes = [...obstacles.boxes];
  let from = 0;
  while (from < items.length) {
    if (blocks.length === 3) return null;
    const ends = [items.length, ...cuts.filter((c) => c > from && c < items.length).sort((a, b) => b - a)];
    let placed: InsideBlock | null = null;
    for (const end of ends) {
      const part = items.slice(from, end);
      const place = insideLegend(part, plotBox, { ...obstacles, boxes }, style);
      if (!place) continue;
      placed = { ...place, items: part };
      from = end;
      break;
    }
    if (!placed) return null;
    blocks.push(placed);
    // The next part keeps clear of this one (and of its padding).
    boxes.push({
      x0: placed.x - style.pad,
      y0: placed.y - style.pad,
      x1: placed.x + placed.used + style.pad,
      y1: placed.y + placed.height + style.pad
    });
  }
  return blocks;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A polyline's points every 2 px along it (what a box must not contain). */
function samples(line: Polyline): [number, number][] {
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < line.length || (i === 0 && line.length === 1); ++i) {
    const [x0, y0] = line[i]!;
    const [x1, y1] = line[Math.min(i + 1, line.length - 1)]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 2));
    for (let s = 0; s <= steps; ++s) points.push([x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps]);
  }
  return points;
}

/** The side of a cell of the lines' sample index, in px. */
const CELL = 24;

/** The lines' samples bucketed by cell, so a box tests only the samples of the cells it covers. */
type SampleIndex = Map<number, [number, number][]>;

const cellKey = (cx: number, cy: number) => cx * 65_536 + cy;

/**
 * The indexes of the last few sets of lines' samples, by the lines' points: a layout tries a few thousand boxes
 * against the same lines (every place of every legend part, entry and threshold name, each set of places with the
 * lines drawn anew), and testing each box against every sample, or sampling the lines for each set, made a slide's
 * layout take seconds.
 */
const indexes = new Map<string, SampleIndex>();
const KEPT_INDEXES = 16;

function sampleIndex(lines: readonly Polyline[]): SampleIndex {
  const key = lines.map((line) => line.join(" ")).join("|");
  const known = indexes.get(key);
  if (known) return known;
  const index: SampleIndex = new Map();
  for (const [x, y] of lines.flatMap(samples)) {
    const cell = cellKey(Math.floor(x / CELL), Math.floor(y / CELL));
    const points = index.get(cell);
    if (points) points.push([x, y]);
    else index.set(cell, [[x, y]]);
  }
  if (indexes.size === KEPT_INDEXES) indexes.delete(indexes.keys().next().value!);
  indexes.set(key, index);
  return index;
}

/** Whether a sample of the lines lies in a box (its edges included). */
function sampleIn(index: SampleIndex, box: Box): boolean {
  for (let cx = Math.floor(box.x0 / CELL); cx <= Math.floor(box.x1 / CELL); ++cx)
    for (let cy = Math.floor(box.y0 / CELL); cy <= Math.floor(box.y1 / CELL); ++cy) {
      const cell = index.get(cellKey(cx, cy));
      if (cell?.some(([x, y]) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1)) return true;
    }
  return false;
}

/** Whether a box touches nothing drawn: no obstacle's box overlaps it, no line runs through it. */
export function clearOf(obstacles: LegendObstacles) {
  const index = sampleIndex(obstacles.lines);
  const { many } = obstacles;
  return (box: Box) => !obstacles.boxes.some((b) => overlaps(b, box)) && !sampleIn(index, box) && !many?.(box);
}

/**
 * Places of a w × h box along the plot's edges: the four corners (bottom right first), then along the bottom and top
 * edges, then along the left and right ones, in sixteenths of the plot.
 */
function edgePlaces(plot: Box, w: number, h: number): [number, number][] {
  const [left, right, top, bottom] = [plot.x0, plot.x1 - w, plot.y0, plot.y1 - h];
  const steps = Array.from({ length: 15 }, (_, i) => (i + 1) / 16);
  return [
    [right, bottom],
    [left, bottom],
    [left, top],
    [right, top],
    ...steps.flatMap((f): [number, number][] => [
      [right - (right - left) * f, bottom],
      [right - (right - left) * f, top]
    ]),
    ...steps.flatMap((f): [number, number][] => [
      [left, bottom - (bottom - top) * f],
      [right, bottom - (bottom - top) * f]
    ])
  ];
}

/**
 * The first place inside the plot where the legend's rows touch nothing drawn, its rows flowed to the plot's width
 * or narrower (more rows), along the plot's edges, corners first; null when none is clear.
 */
export function insideLegend(
  items: readonly LegendItem[],
  plotBox: Box,
  obstacles: LegendObstacles,
  { fontSize, pad }: { fontSize: number; pad: number }
): InsideLegend | null {
  if (!items.length) return null;
  const plotWidth = plotBox.x1 - plotBox.x0;
  const plotHeight = plotBox.y1 - plotBox.y0;
  const clear = clearOf(obstacles);
  for (const share of [0.9, 0.75, 0.62, 0.5, 0.4, 0.32]) {
    const flow = plotWidth * share - 2 * pad;
    const rows = legendRows([...items], flow, fontSize);
    // The rows' real width: the widest row's items (a narrower box is clear more often).
    const used = maxOf(rows.map((row) => row.reduce((sum, item) => sum + itemWidth(item, fontSize, glyphWidth), 0)));
    const height = legendHeight(rows.length, fontSize);
    const [w, h] = [used + 2 * pad, height + 2 * pad];
    if (h > plotHeight * 0.6 || w > plotWidth) continue;
    for (const [x0, y0] of edgePlaces(plotBox, w, h))
      if (clear({ x0, y0, x1: x0 + w, y1: y0 + h })) return { x: x0 + pad, y: y0 + pad, width: flow, height, used };
  }
  return null;
}

/**
 * A legend entry that names a drawn line (a trend), in the forms it may take (one row; its name over its value), and
 * the line in pixels.
 */
export interface LineEntry {
  forms: readonly (readonly LegendItem[])[];
  line: Polyline;
}

/** Where along a line its entry is tried: the middle first, then out towards its ends (a line's ends are crowded). */
const ALONG = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];

/** The point at a fraction of a polyline's length, and the direction of the segment it lies on. */
function pointAlong(line: Polyline, fraction: number): { x: number; y: number; dx: number; dy: number } | null {
  const lengths = line.slice(1).map(([x, y], i) => Math.hypot(x - line[i]![0], y - line[i]![1]));
  const total = lengths.reduce((sum, l) => sum + l, 0);
  if (!total) return null;
  let left = total * fraction;
  for (let i = 0; i < lengths.length; ++i) {
    const [[x0, y0], [x1, y1]] = [line[i]!, line[i + 1]!];
    if (left <= lengths[i]! || i === lengths.length - 1) {
      const t = lengths[i]! ? Math.min(1, left / lengths[i]!) : 0;
      return { x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t, dx: x1 - x0, dy: y1 - y0 };
    }
    left -= lengths[i]!;
  }
  return null;
}

/**
 * Each line's legend entry (its swatch and name, in the first of its forms that finds a place) beside its own line
 * inside the plot, clear of everything drawn and of the entries placed before it, at the first clear place along it
 * (placesBeside). Null when one entry finds no place: then the entries stay in the legend, where no entry is parted
 * from the others.
 */
export function entriesBesideLines(
  entries: readonly LineEntry[],
  plotBox: Box,
  obstacles: LegendObstacles,
  { fontSize, pad }: { fontSize: number; pad: number }
): InsideBlock[] | null {
  const blocks: InsideBlock[] = [];
  const boxes = [...obstacles.boxes];
  for (const { forms, line } of entries) {
    const placed = forms.reduce<InsideBlock | null>(
      (found, items) => found ?? besideLine(items, line, { ...obstacles, boxes }, plotBox, pad, fontSize),
      null
    );
    if (!placed) return null;
    blocks.push(placed);
    boxes.push({
      x0: placed.x - pad,
      y0: placed.y - pad,
      x1: placed.x + placed.used + pad,
      y1: placed.y + placed.height + pad
    });
  }
  return blocks;
}

/** An entry's rows (each item a row) beside a line at the first clear place along it, or null. */
function besideLine(
  items: readonly LegendItem[],
  line: Polyline,
  obstacles: LegendObstacles,
  plotBox: Box,
  pad: number,
  fontSize: number
): InsideBlock | null {
  const inPlot = (b: Box) => b.x0 >= plotBox.x0 && b.x1 <= plotBox.x1 && b.y0 >= plotBox.y0 && b.y1 <= plotBox.y1;
  const used = maxOf(items.map((item) => itemWidth(item, fontSize, glyphWidth)));
  const height = legendHeight(items.length, fontSize);
  const [w, h] = [used + 2 * pad, height + 2 * pad];
  const clear = clearOf(obstacles);
  for (const fraction of ALONG) {
    const at = pointAlong(line, fraction);
    if (!at) break;
    const spot = placesBeside(at, w, h).find((b) => inPlot(b) && clear(b));
    // Flowed to its widest item's width, each item stands on a row of its own.
    if (spot) return { x: spot.x0 + pad, y: spot.y0 + pad, width: used, height, used, items: [...items] };
  }
  return null;
}

/**
 * The places of a w × h box touching a point of a line from each side, a few px off it: first the two corners the
 * line's direction leaves free (above left and below right of a rising line), then right of it (centred on it, or
 * above or below it), above and below it (centred, or ending or starting at the point), and left of it. The line
 * itself is an obstacle: a place it runs through is not clear.
 */
function placesBeside(at: { x: number; y: number; dx: number; dy: number }, w: number, h: number): Box[] {
  const off = 2;
  const rising = Math.sign(at.dx) !== Math.sign(at.dy);
  const corners: [number, number][] = rising
    ? [
        [at.x - w - off, at.y - h - off],
        [at.x + off, at.y + off]
      ]
    : [
        [at.x + off, at.y - h - off],
        [at.x - w - off, at.y + off]
      ];
  const above = at.y - h - off;
  const below = at.y + off;
  const left = at.x - w - off;
  const right = at.x + off;
  // Right of the line before left of it: the entry starts with its swatch, so on the right the swatch meets the line
  // (on the left the text's end does, at its measured width, an upper estimate, so a little off).
  const sides: [number, number][] = [
    ...[at.y - h / 2, at.y - h, at.y].map((y0): [number, number] => [right, y0]),
    ...[at.x - w / 2, at.x - w, at.x].flatMap((x0): [number, number][] => [
      [x0, above],
      [x0, below]
    ]),
    ...[at.y - h / 2, at.y - h, at.y].map((y0): [number, number] => [left, y0])
  ];
  return [...corners, ...sides].map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
}
