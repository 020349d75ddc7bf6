// The band of undisclosed sizes as a small lane chart of its own: every model's × on one line at the band's foot, at
// its release date (a second line just above for a × that would sit on another's), so that the arcs coming up from
// the plot enter the band at its edge and never run through its words; the names stand in rows above the line, each
// tied to its × by a thin leader, spread along their row where they would overlap. The rows are chosen so that no
// leader runs through another name: a depth-first search fills the rows from the top (a row's names stand between the
// leaders of the rows above), the fewest rows first, and keeps the way with the shortest, straightest leaders,
// dropping a branch as soon as it costs more than the best found (a page resize lays the band out again).
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

/**
 * What two leaders meeting costs, and whether it is a crossing: a hundred and one, but for two × stacked at one date
 * (one over the other), whose leaders meet at the × wherever their names stand: a little, and none.
 */
function leadersMeet(a: BandName, b: BandName, xa: number, xb: number, g: Geometry): [number, number] {
  if (!segmentsCross(a.leader, b.leader)) return [0, 0];
  return Math.abs(xa - xb) < g.crossR * 2 + 4 ? [10, 0] : [100, 1];
}

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
    members.forEach((i, k) => (names[i] = nameAt(row, starts[k]!, widths[i]!, xs[i]!, g.crossYs[i]!, g)));
  }
  const boxes = names.map((n) =>
    textCore({ x0: n.x0 - 2, x1: n.x1 + 2, y0: g.rowY(n.row) - g.half, y1: g.rowY(n.row) + g.half })
  );
  let [cost, crossings] = [0, 0];
  names.forEach((name, i) => {
    const hits = boxes.filter((b, j) => j !== i && segmentThrough(name.leader, b)).length;
    let [paired, crossed] = [0, 0];
    for (let j = i + 1; j < names.length; ++j) {
      const [c, n] = leadersMeet(name, names[j]!, xs[i]!, xs[j]!, g);
      [paired, crossed] = [paired + c, crossed + n];
    }
    cost += hits * 1000 + paired + Math.abs(name.leader.x2 - name.leader.x1);
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
 * through the row (`stems`), each name in the stretch its × lies in; a name whose × lies under a stem (a × right under
 * another's leader) goes to the nearer stretch beside it, else the farther. Null where no choice fits.
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
  // Each member's stretches to try: the one holding its ×, else the two beside it, nearer first.
  const choices = members.map((i) => {
    const x = xs[i]!;
    const inside = stretches.findIndex(([a, b]) => x >= a && x <= b);
    if (inside >= 0) return [inside];
    const distance = stretches.map(([a, b]) => Math.min(Math.abs(x - a), Math.abs(x - b)));
    return stretches
      .map((_, k) => k)
      .sort((p, q) => distance[p]! - distance[q]!)
      .slice(0, 2);
  });
  const ambiguous = choices.flatMap((c, m) => (c.length > 1 ? [m] : []));
  // Every way of sending the ambiguous ones to either side (a handful at most: two × under one leader is rare).
  for (let way = 0; way < 2 ** Math.min(ambiguous.length, 4); ++way) {
    const stretchOf = choices.map((c, m) => {
      const k = ambiguous.indexOf(m);
      return c[k >= 0 && k < 4 ? (way >> k) & 1 : 0]!;
    });
    const starts = startsIn(members, xs, widths, stretches, stretchOf, o);
    if (starts) return starts;
  }
  return null;
}

/** The starts of a row's names, each spread in its given stretch; null where a stretch overflows. */
function startsIn(
  members: readonly number[],
  xs: readonly number[],
  widths: readonly number[],
  stretches: readonly [number, number][],
  stretchOf: readonly number[],
  o: Frame
): number[] | null {
  const starts = new Array<number>(members.length);
  for (const [k, [a, b]] of stretches.entries()) {
    const inside = members.flatMap((_, m) => (stretchOf[m] === k ? [m] : []));
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

type Way = { rowOf: number[]; names: BandName[]; cost: number; crossings: number };

/**
 * The best way in `rows` rows that costs less than `bound`: a depth-first search that fills the rows from the top,
 * each with a set of the names left (in a row, names stand between the leaders of the rows above, which are set by
 * then), its cost counted as it goes and a branch dropped once it costs as much as the best way found. Where the
 * search runs past its budget (a crowded band), the names dealt to the rows in turn, then one moved at a time to
 * another row while that costs less.
 */
function bestIn(search: RowSearch) {
  const searched = searchRows(search);
  if (searched.complete) return searched.best;
  return improveRows({ ...search, bound: searched.best?.cost ?? search.bound }) ?? searched.best;
}

/** A search for the band's best way: in `rows` rows, names at `xs` of `widths`, costing less than `bound`. */
interface RowSearch {
  rows: number;
  xs: readonly number[];
  widths: readonly number[];
  g: Geometry;
  o: Frame;
  bound: number;
}

/** Tries of a row's set of names, at most, in one search: beyond, the search gives up (see bestIn). */
const SEARCH_BUDGET = 4000;

function searchRows({ rows, xs, widths, g, o, bound }: RowSearch) {
  let [best, limit, budget] = [null as Way | null, bound, SEARCH_BUDGET];
  const names: BandName[] = new Array(xs.length);
  const rowOf = xs.map(() => -1);
  const placed: number[] = [];
  const boxOf = (n: BandName) =>
    textCore({ x0: n.x0 - 2, x1: n.x1 + 2, y0: g.rowY(n.row) - g.half, y1: g.rowY(n.row) + g.half });
  const visit = (row: number, left: readonly number[], cost: number, crossings: number) => {
    if (cost >= limit || budget <= 0) return;
    if (!left.length) [best, limit] = [{ rowOf: [...rowOf], names: [...names], cost, crossings }, cost];
    if (!left.length || rows - row > left.length) return;
    const stems = o.betweenStems ? placed.map((i) => stemAt(names[i]!.leader, g.rowY(row), g.half)) : [];
    const all = 2 ** left.length - 1;
    // The last row takes every name left; every row holds one at least.
    for (let mask = row === rows - 1 ? all : 1; mask <= all && budget > 0; ++mask) {
      budget -= 1;
      const members = left.filter((_, k) => mask & (1 << k));
      const rest = left.filter((_, k) => !(mask & (1 << k)));
      if (rest.length < rows - row - 1) continue;
      const starts = rowStarts(members, xs, widths, stems, o);
      if (!starts) continue;
      let [added, crossed] = [0, 0];
      members.forEach((i, k) => {
        names[i] = nameAt(row, starts[k]!, widths[i]!, xs[i]!, g.crossYs[i]!, g);
        rowOf[i] = row;
        const box = boxOf(names[i]);
        const hits = placed.filter((j) => segmentThrough(names[j]!.leader, box)).length;
        let [paired, across] = [0, 0];
        for (const j of [...placed, ...members.slice(0, k)]) {
          const [c, n] = leadersMeet(names[i]!, names[j]!, xs[i]!, xs[j]!, g);
          [paired, across] = [paired + c, across + n];
        }
        added += hits * 1000 + paired + Math.abs(names[i]!.leader.x2 - names[i]!.leader.x1);
        crossed += hits + across;
      });
      for (const i of members) placed.push(i);
      visit(row + 1, rest, cost + added, crossings + crossed);
      placed.length -= members.length;
      for (const i of members) rowOf[i] = -1;
    }
  };
  visit(
    0,
    xs.map((_, i) => i),
    0,
    0
  );
  return { best: best as Way | null, complete: budget > 0 };
}

/** A name in `row` from `x0`, its leader from its × (at `x`, `crossY`) up to the text's foot. */
function nameAt(row: number, x0: number, width: number, x: number, crossY: number, g: Geometry): BandName {
  const x1 = x0 + width;
  const top = { x: Math.min(Math.max(x, x0 + 3), x1 - 3), y: g.rowY(row) + g.half };
  return { row, x0, x1, leader: { x1: x, y1: crossY - g.crossR - 2, x2: top.x, y2: top.y } };
}

/** The names dealt to the rows in turn, then one moved at a time to another row while that costs less. */
function improveRows({ rows, xs, widths, g, o, bound }: RowSearch) {
  const consider = (rowOf: number[]) => {
    const set = setNames(rowOf, xs, widths, g, o);
    return set ? { rowOf, ...set } : null;
  };
  let current = consider(xs.map((_, i) => i % rows));
  for (let better = current !== null; better;) {
    better = false;
    for (let i = 0; i < xs.length; ++i)
      for (let row = 0; row < rows; ++row) {
        if (row === current!.rowOf[i]) continue;
        const moved = consider(current!.rowOf.map((r, j) => (j === i ? row : r)));
        if (moved && moved.cost < current!.cost) [current, better] = [moved, true];
      }
  }
  return current && current.cost < bound ? current : null;
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
  let chosen: { rows: number; set: Way } | null = null;
  for (let rows = 1; rows <= MAX_ROWS && xs.length; ++rows) {
    // A row more is worth it where it crosses less, or, when neither crosses, halves the leaders' slant (names a
    // long way from their ×): only a way that beats this is searched for.
    const clear = chosen?.set.crossings === 0;
    const bound = !chosen ? Infinity : clear ? Math.min(chosen.set.cost / 2, 100) : chosen.set.cost;
    const set = bestIn({ rows, xs, widths, g: geometryOf(rows), o: frame, bound });
    if (set) chosen = { rows, set };
    else if (clear) break;
    // No leader through a name or another leader: fewer rows are better than straighter leaders, unless much straighter.
    if (chosen?.set.crossings === 0 && (set && clear ? true : slant(chosen.set) <= pitch * 4)) break;
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
  const frame: Frame = { left: left + 2, right: right - 2, gap: small * 0.45, spreads: new Map(), betweenStems: true };
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
