// The band of undisclosed sizes as a small lane chart of its own: every model's × on one line at the band's foot, at
// its release date (a second line just above for a × that would sit on another's), so that the arcs coming up from
// the plot enter the band at its edge and never run through its words; the names stand in rows above the line, each
// tied to its × by a thin leader, spread along their row where they would overlap. The rows are chosen so that no
// leader runs through another name: every way of setting the names in 1, 2, … rows is tried (a band has a handful of
// models), the fewest rows first, and the way with the shortest, straightest leaders is kept.
import type { ReleaseRow } from "../../contract.js";
import { presetStyle, typesetWidth } from "../../figures/presets.js";
import type { Preset } from "../../figures/types.js";
import { parseDate } from "../encoding.js";
import type { Box } from "../label-layout.js";
import { textCore } from "./arcs.js";
import { maxOf, minOf } from "../number-extent.js";

/** A name in the band: its text's span on its row, and its leader from the × up to the text's foot. */
export interface BandName {
  row: number;
  x0: number;
  x1: number;
  leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface BandLayout {
  /** Rows of names above the line of ×. */
  rows: number;
  /** A row's middle, in px from the drawing's top. */
  rowY: (row: number) => number;
  /** Each undisclosed model's × (in the order given) and its name. */
  crosses: { x: number; y: number }[];
  names: BandName[];
  /** The band's foot: the plot's top. */
  bottom: number;
  /** The highest × of the line: arcs stay under it. */
  lineTop: number;
}

/** Ways tried at most for one count of rows: beyond, the names are dealt to the rows in turn. */
const EXHAUSTIVE = 16384;
/** Rows of names at most. */
const MAX_ROWS = 5;

/**
 * Starts of the intervals `widths` wanted centred at `centres`, in that order, at least `gap` apart within [lo, hi]:
 * overlapping ones merge into a block centred on their wishes (the least squares place), pushed inside the bounds.
 * Null when they do not fit.
 */
export function spreadRow(centres: readonly number[], widths: readonly number[], gap: number, lo: number, hi: number) {
  const total = widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
  if (total > hi - lo) return null;
  type Block = { items: number[]; start: number; width: number };
  const blocks: Block[] = [];
  // The start a block wants: the mean of what each item's wish asks of the block's start.
  const place = (block: Block) => {
    let offset = 0;
    const wishes = block.items.map((i) => {
      const wish = centres[i]! - widths[i]! / 2 - offset;
      offset += widths[i]! + gap;
      return wish;
    });
    const start = wishes.reduce((sum, w) => sum + w, 0) / wishes.length;
    block.start = Math.min(Math.max(start, lo), hi - block.width);
  };
  centres.forEach((_, i) => {
    const block = { items: [i], start: 0, width: widths[i]! };
    place(block);
    blocks.push(block);
    while (blocks.length > 1) {
      const [a, b] = [blocks.at(-2)!, blocks.at(-1)!];
      if (a.start + a.width + gap <= b.start + 1e-6) break;
      blocks.splice(-2, 2, { items: [...a.items, ...b.items], start: 0, width: a.width + gap + b.width });
      place(blocks.at(-1)!);
    }
  });
  const starts = new Array<number>(centres.length);
  for (const block of blocks) {
    let x = block.start;
    for (const i of block.items) {
      starts[i] = x;
      x += widths[i]! + gap;
    }
  }
  return starts;
}

/** Whether a segment runs through the inside of a box (Liang and Barsky's clipping). */
export function segmentThrough(s: BandName["leader"], b: Box): boolean {
  const [dx, dy] = [s.x2 - s.x1, s.y2 - s.y1];
  let [t0, t1] = [0, 1];
  const sides: [number, number][] = [
    [-dx, s.x1 - b.x0],
    [dx, b.x1 - s.x1],
    [-dy, s.y1 - b.y0],
    [dy, b.y1 - s.y1]
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q <= 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

/** Whether two segments cross (strictly: sharing an end is not crossing). */
const segmentsCross = (a: BandName["leader"], b: BandName["leader"]) => {
  const side = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  const [p1, p2, q1, q2] = [
    { x: a.x1, y: a.y1 },
    { x: a.x2, y: a.y2 },
    { x: b.x1, y: b.y1 },
    { x: b.x2, y: b.y2 }
  ];
  return side(p1, p2, q1) * side(p1, p2, q2) < 0 && side(q1, q2, p1) * side(q1, q2, p2) < 0;
};

interface Geometry {
  rowY: (row: number) => number;
  /** A text's half height, and the leader's gap under a text's middle. */
  half: number;
  crossYs: number[];
  crossR: number;
}

/**
 * One way of setting the names: each name's row given, spread along it; its cost counts leaders through names or the
 * title (each a thousand) and leaders crossing (a hundred), then the leaders' slant. Null where a row overflows.
 */
function setNames(rowOf: readonly number[], xs: readonly number[], widths: readonly number[], g: Geometry, o: Frame) {
  const names: BandName[] = new Array(xs.length);
  const rows = maxOf(rowOf) + 1;
  for (let row = 0; row < rows; ++row) {
    const members = xs.map((_, i) => i).filter((i) => rowOf[i] === row);
    if (!members.length) continue;
    // The leaders of the rows above pass through this row: its names stand between them.
    const stems = o.betweenStems
      ? names.flatMap((n) => (n.row < row ? [stemAt(n.leader, g.rowY(row), g.half)] : []))
      : [];
    const starts = rowStarts(members, xs, widths, stems, o);
    if (!starts) return null;
    members.forEach((i, k) => {
      const x0 = starts[k]!;
      const x1 = x0 + widths[i]!;
      const top = { x: Math.min(Math.max(xs[i]!, x0 + 3), x1 - 3), y: g.rowY(row) + g.half };
      names[i] = { row, x0, x1, leader: { x1: xs[i]!, y1: g.crossYs[i]! - g.crossR - 2, x2: top.x, y2: top.y } };
    });
  }
  const boxes = names.map((n) =>
    textCore({ x0: n.x0 - 2, x1: n.x1 + 2, y0: g.rowY(n.row) - g.half, y1: g.rowY(n.row) + g.half })
  );
  let [cost, crossings] = [0, 0];
  names.forEach((name, i) => {
    const hits = boxes.filter((b, j) => j !== i && segmentThrough(name.leader, b)).length;
    let crossed = 0;
    for (let j = i + 1; j < names.length; ++j) if (segmentsCross(name.leader, names[j]!.leader)) crossed += 1;
    cost += hits * 1000 + crossed * 100 + Math.abs(name.leader.x2 - name.leader.x1);
    crossings += hits + crossed;
  });
  return { names, cost, crossings };
}

interface Frame {
  left: number;
  right: number;
  gap: number;
  spreads: Map<string, number[] | null>;
  /** Names kept between the leaders of the rows above (else spread over the whole row, and counted if crossed). */
  betweenStems: boolean;
}

/** Where a leader runs through a row (its middle at `y`, `half` either side), widened by 3 px: no name there. */
function stemAt(leader: BandName["leader"], y: number, half: number): [number, number] {
  const xAt = (yy: number) => leader.x1 + ((leader.x2 - leader.x1) * (yy - leader.y1)) / (leader.y2 - leader.y1 || 1);
  const [a, b] = [xAt(y - half), xAt(y + half)];
  return [Math.min(a, b) - 3, Math.max(a, b) + 3];
}

/**
 * The starts of a row's names (`members`, in date order): spread in the stretches between the leaders that pass
 * through the row (`stems`), each name in the stretch its × lies in (or the nearer one). Null where a stretch overflows.
 */
function rowStarts(
  members: readonly number[],
  xs: readonly number[],
  widths: readonly number[],
  stems: readonly [number, number][],
  o: Frame
): number[] | null {
  const cuts = [...stems].sort((a, b) => a[0] - b[0]);
  const stretches: [number, number][] = [];
  let from = o.left;
  for (const [a, b] of cuts) {
    if (a > from) stretches.push([from, a]);
    from = Math.max(from, b);
  }
  stretches.push([from, o.right]);
  const stretchOf = (x: number) => {
    const inside = stretches.findIndex(([a, b]) => x >= a && x <= b);
    if (inside >= 0) return inside;
    const distance = stretches.map(([a, b]) => Math.min(Math.abs(x - a), Math.abs(x - b)));
    return distance.indexOf(minOf(distance));
  };
  const starts = new Array<number>(members.length);
  for (const [k, [a, b]] of stretches.entries()) {
    const inside = members.flatMap((i, m) => (stretchOf(xs[i]!) === k ? [m] : []));
    if (!inside.length) continue;
    const key = `${inside.map((m) => members[m]).join(" ")} ${Math.round(a)} ${Math.round(b)}`;
    if (!o.spreads.has(key))
      o.spreads.set(
        key,
        spreadRow(
          inside.map((m) => xs[members[m]!]!),
          inside.map((m) => widths[members[m]!]!),
          o.gap,
          a,
          b
        )
      );
    const placed = o.spreads.get(key);
    if (!placed) return null;
    inside.forEach((m, n) => (starts[m] = placed[n]!));
  }
  return starts;
}

/**
 * The best way in `rows` rows: every way tried where they are few, else a search from `start` (the best way in a row
 * fewer) and from the names dealt to the rows in turn, moving one name to another row while that costs less.
 */
function bestIn(
  rows: number,
  xs: readonly number[],
  widths: readonly number[],
  g: Geometry,
  frame: Frame,
  start?: number[]
) {
  const n = xs.length;
  type Way = { rowOf: number[]; names: BandName[]; cost: number; crossings: number };
  let best: Way | null = null;
  const consider = (rowOf: number[]) => {
    const set = setNames(rowOf, xs, widths, g, frame);
    const way = set ? { rowOf, ...set } : null;
    if (way && (!best || way.cost < best.cost)) best = way;
    return way;
  };
  if (rows ** n <= EXHAUSTIVE) {
    for (let way = 0; way < rows ** n; ++way) {
      const rowOf = xs.map((_, i) => Math.floor(way / rows ** i) % rows);
      // Every row used (a way that leaves one empty is one of fewer rows, tried before).
      if (new Set(rowOf).size === Math.min(rows, n)) consider(rowOf);
    }
    return best as Way | null;
  }
  for (const first of [start, xs.map((_, i) => i % rows)]) {
    if (!first) continue;
    let current = consider(first);
    for (let better = current !== null; better;) {
      better = false;
      for (let i = 0; i < n; ++i)
        for (let row = 0; row < rows; ++row) {
          if (row === current!.rowOf[i]) continue;
          const moved = consider(current!.rowOf.map((r, j) => (j === i ? row : r)));
          if (moved && moved.cost < current!.cost) [current, better] = [moved, true];
        }
    }
  }
  return best as Way | null;
}

/** Each × on the line, or on the next line up where it would sit on another's (two releases days apart). */
function crossLevels(xs: readonly number[], r: number): number[] {
  const placed: { x: number; level: number }[] = [];
  return xs.map((x) => {
    let level = 0;
    while (placed.some((p) => p.level === level && Math.abs(p.x - x) < r * 2 + 4)) level += 1;
    placed.push({ x, level });
    return level;
  });
}

/** The longest leader's run across, in px. */
const slant = (set: { names: BandName[] }) =>
  maxOf(
    set.names.map((n) => Math.abs(n.leader.x2 - n.leader.x1)),
    0
  );

/**
 * The fewest rows whose best way crosses nothing (no leader through a name or another leader), or a row more where
 * that halves the leaders' slant; where none is clear, the way that costs least.
 */
function fewestRows(
  xs: readonly number[],
  widths: readonly number[],
  geometryOf: (rows: number) => Geometry,
  frame: Frame,
  pitch: number
) {
  let chosen: { rows: number; set: NonNullable<ReturnType<typeof bestIn>> } | null = null;
  for (let rows = 1; rows <= MAX_ROWS && xs.length; ++rows) {
    const set = bestIn(rows, xs, widths, geometryOf(rows), frame, chosen?.set.rowOf);
    // A row more where it halves the leaders' slant (names a long way from their ×), when neither crosses.
    const straighter =
      set && chosen && set.crossings === 0 && chosen.set.crossings === 0 && set.cost < chosen.set.cost / 2;
    if (straighter) chosen = { rows, set };
    else if (chosen?.set.crossings === 0) break;
    else if (set && (!chosen || set.cost < chosen.set.cost)) chosen = { rows, set };
    // No leader through a name or another leader: fewer rows are better than straighter leaders, unless much straighter.
    if (chosen?.set.crossings === 0 && (straighter || slant(chosen.set) <= pitch * 4)) break;
  }
  return chosen;
}

export function undisclosedBand(
  undisclosed: readonly ReleaseRow[],
  x: (date: Date) => number,
  options: { left: number; right: number; preset: Preset }
): BandLayout {
  const { left, right, preset } = options;
  const style = presetStyle(preset);
  const small = style.smallFontSize;
  const pitch = Math.max(style.labelGap, small * 1.2);
  const half = small * 0.6;
  const crossR = style.dotRadius;
  const xs = undisclosed.map((r) => x(parseDate(r.release_date)));
  // Names are Latin in either language: measured glyph by glyph.
  const widths = undisclosed.map((r) => typesetWidth(r.name, small));
  const levels = crossLevels(xs, crossR);
  const top = maxOf(levels, 0);
  const frame: Frame = { left: left + 2, right: right - 2, gap: small * 0.6, spreads: new Map(), betweenStems: true };
  const geometryOf = (rows: number): Geometry => {
    const rowY = (row: number) => 6 + pitch * (row + 0.5);
    const line = rowY(rows - 1) + half + Math.max(6, pitch * 0.3) + crossR + top * (crossR * 2 + 4);
    return { rowY, half, crossR, crossYs: levels.map((level) => line - level * (crossR * 2 + 4)) };
  };
  const kept = fewestRows(xs, widths, geometryOf, { ...frame, betweenStems: true }, pitch);
  const spread =
    !kept || kept.set.crossings ? fewestRows(xs, widths, geometryOf, { ...frame, betweenStems: false }, pitch) : null;
  const chosen = [kept, spread]
    .filter((way) => way !== null)
    .sort((p, q) => p.set.crossings - q.set.crossings || p.rows - q.rows)[0];
  const rows = chosen?.rows ?? 1;
  const g = geometryOf(rows);
  const lineY = g.crossYs.length ? maxOf(g.crossYs) : g.rowY(0) + half;
  return {
    rows,
    rowY: g.rowY,
    crosses: xs.map((cx, i) => ({ x: cx, y: g.crossYs[i]! })),
    names: chosen?.set.names ?? [],
    bottom: Math.round(lineY + crossR + 6),
    lineTop: g.crossYs.length ? minOf(g.crossYs) - crossR : lineY
  };
}

/** The band's words a line would strike: each name on its row. */
export const bandTexts = (band: BandLayout, small: number): Box[] =>
  band.names.map((n) => ({
    x0: n.x0,
    x1: n.x1,
    y0: band.rowY(n.row) - small * 0.6,
    y1: band.rowY(n.row) + small * 0.6
  }));
