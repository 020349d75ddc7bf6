// Models' names beside their dots, one placement for every view (src/components/label-layout.ts): clear of the dots,
// of the rules across the plot (thresholds, a level reference, the period's edge, estimate ranges), of the lines
// drawn through it (the GPT line, trends, fits, the Chinchilla diagonal: segments in px, ./lines.ts) and of each
// other, the most important first. A name with no free spot beside its dot is named over another dot, then a little
// farther out (from a line of text away with a short leader to its dot); only then across an estimate's range or a
// line (its halo breaks them), never along a rule that crosses the whole plot (a threshold's rule through the model's
// own dot would strike its name through) nor over another name. One that fits nowhere is left to the tooltip.
import { overlaps, placeLabels, type Box, type LabelRequest, type PlacedLabel } from "../label-layout.js";
import { glyphWidth } from "../../figures/presets.js";
import { maxOf, minOf } from "../number-extent.js";

/**
 * A name's width (px), glyph by glyph (a model's Latin name in a Chinese chart is no wider than in an English one);
 * bold Latin glyphs an eighth wider (wide glyphs are a full em either way).
 */
export const nameWidth = (text: string, fontSize: number, bold = false) =>
  bold
    ? [...text].reduce(
        (sum, c) => sum + glyphWidth(c, fontSize) * (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? 1 : 1.125),
        0
      )
    : glyphWidth(text, fontSize);

/** Grid cells (px) of the boxes' index. */
const CELL = 32;

/**
 * Boxes (dots, ranges) in a grid of cells: those near a name's eight spots are a few cells' worth, however many there
 * are (a catalog of 20,000 models with its GPT line named would otherwise check every dot for every spot of every name).
 */
function boxIndex(dots: readonly Box[]) {
  const { cells, span } = boxCells(dots);
  return (area: Box): Box[] => {
    const found = new Set<Box>();
    const [[cx0, cx1], [cy0, cy1]] = [span(area.x0, area.x1), span(area.y0, area.y1)];
    for (let cx = cx0; cx <= cx1; ++cx)
      for (let cy = cy0; cy <= cy1; ++cy)
        for (const dot of cells.get(`${cx},${cy}`) ?? []) if (overlaps(dot, area)) found.add(dot);
    return [...found];
  };
}

/** Whether an area overlaps any of the boxes (the same index, stopping at the first). */
export function anyBoxIn(dots: readonly Box[]) {
  const { cells, span } = boxCells(dots);
  return (area: Box): boolean => {
    const [[cx0, cx1], [cy0, cy1]] = [span(area.x0, area.x1), span(area.y0, area.y1)];
    for (let cx = cx0; cx <= cx1; ++cx)
      for (let cy = cy0; cy <= cy1; ++cy) if (cells.get(`${cx},${cy}`)?.some((dot) => overlaps(dot, area))) return true;
    return false;
  };
}

function boxCells(dots: readonly Box[]) {
  const cells = new Map<string, Box[]>();
  const span = (lo: number, hi: number) => [Math.floor(lo / CELL), Math.floor(hi / CELL)] as const;
  for (const dot of dots) {
    const [[cx0, cx1], [cy0, cy1]] = [span(dot.x0, dot.x1), span(dot.y0, dot.y1)];
    for (let cx = cx0; cx <= cx1; ++cx)
      for (let cy = cy0; cy <= cy1; ++cy) {
        const key = `${cx},${cy}`;
        const cell = cells.get(key);
        if (cell) cell.push(dot);
        else cells.set(key, [dot]);
      }
  }
  return { cells, span };
}

/** A straight piece of a drawn line, in px. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether a segment runs through a box (Liang–Barsky clipping: the part of the segment inside is not empty). */
export function segmentCrosses(s: Segment, box: Box): boolean {
  const [dx, dy] = [s.x1 - s.x0, s.y1 - s.y0];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, s.x0 - box.x0],
    [dx, box.x1 - s.x0],
    [-dy, s.y0 - box.y0],
    [dy, box.y1 - s.y0]
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Distance (px) from a point to the line through a and b. */
const offLine = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return length
    ? Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length
    : Math.hypot(p.x - a.x, p.y - a.y);
};

/**
 * A polyline in px as few segments as draw it within `tolerance` px: a trend sampled along a log axis is one straight
 * segment, along a linear one a few (names are tested against every segment, so the fewer the better).
 */
export function polylineSegments(line: readonly { x: number; y: number }[], tolerance = 0.5): Segment[] {
  const points = line.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const segments: Segment[] = [];
  for (let from = 0; from < points.length - 1;) {
    let to = from + 1;
    const straight = (end: number) =>
      points.slice(from + 1, end).every((p) => offLine(p, points[from]!, points[end]!) <= tolerance);
    while (to + 1 < points.length && straight(to + 1)) ++to;
    const [a, b] = [points[from]!, points[to]!];
    segments.push({ x0: a.x, y0: a.y, x1: b.x, y1: b.y });
    from = to;
  }
  return segments;
}

/** Every place a name's spots can reach around its point (label-layout's eight spots, at `gap`). */
const reach = ({ x, y, width, height }: LabelRequest, gap: number): Box => ({
  x0: x - gap - width,
  x1: x + gap + width,
  y0: y - gap - height * 1.5,
  y1: y + gap + height * 1.5
});

/** A box grown by `pad` px on every side. */
const grown = (box: Box, pad: number): Box => ({
  x0: box.x0 - pad,
  x1: box.x1 + pad,
  y0: box.y0 - pad,
  y1: box.y1 + pad
});

/** The least box holding boxes (their corners in any order). */
const spanOf = (boxes: readonly Box[]): Box => ({
  x0: minOf(boxes.flatMap((b) => [b.x0, b.x1])),
  x1: maxOf(boxes.flatMap((b) => [b.x0, b.x1])),
  y0: minOf(boxes.flatMap((b) => [b.y0, b.y1])),
  y1: maxOf(boxes.flatMap((b) => [b.y0, b.y1]))
});

const inside = (a: Box, bounds: Box) =>
  a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;

/** The point of a box nearest a point. */
const nearestOf = (box: Box, x: number, y: number) => ({
  x: Math.min(Math.max(x, box.x0), box.x1),
  y: Math.min(Math.max(y, box.y0), box.y1)
});

/** How far out (in lines of text beyond the gap) the spots past the eight beside the dot go. */
const FARTHER = [0, 0.5, 1, 1.5, 2, 3, 4];
/** Past half a line of text beyond the gap, a name has a leader to its dot. */
const LEADER_PAST = 0.5;

/** Half steps from -n to n: 0, -0.5, 0.5, -1, 1, … */
const halfSteps = (n: number) => Array.from({ length: 4 * n + 1 }, (_, i) => (i % 2 ? -1 : 1) * Math.ceil(i / 2) * 0.5);

/**
 * Spots past the eight beside the dot, nearest first: beside it, slid up or down by up to three lines of text, and
 * above or below it, slid left or right by up to the name's width (wholly to one side), each up to FARTHER lines of
 * text out.
 */
function fartherSpots(request: LabelRequest, gap: number): PlacedLabel[] {
  const { x, y, width: w, height: h } = request;
  const spot = (ax: number, ay: number, textAnchor: PlacedLabel["textAnchor"]): PlacedLabel => {
    const x0 = textAnchor === "start" ? ax : textAnchor === "end" ? ax - w : ax - w / 2;
    return { dx: ax - x, dy: ay - y, textAnchor, box: { x0, x1: x0 + w, y0: ay - h / 2, y1: ay + h / 2 } };
  };
  const spots = FARTHER.flatMap((k) => {
    const d = gap + k * h;
    return [
      ...halfSteps(3).flatMap((s) => [spot(x + d, y + s * h, "start"), spot(x - d, y + s * h, "end")]),
      ...halfSteps(2).flatMap((s) => [
        spot(x + (s * w) / 2, y - d - h / 2, "middle"),
        spot(x + (s * w) / 2, y + d + h / 2, "middle")
      ])
    ];
  });
  const distance = (p: PlacedLabel) => {
    const n = nearestOf(p.box, x, y);
    return Math.hypot(n.x - x, n.y - y);
  };
  // A stable sort: of spots as near, the order above (beside before above and below).
  return spots
    .map((p) => ({ p, d: distance(p) }))
    .sort((a, b) => a.d - b.d)
    .map(({ p }) => p);
}

/** A name placed, and the leader (px) from its dot's edge to its box when it sits farther out. */
export interface PlacedName extends PlacedLabel {
  leader: Segment | null;
}

/** From the edge of the dot (`radius` px from its centre) to the point of the box nearest it, short of the text. */
function leaderTo({ x, y }: LabelRequest, box: Box, radius: number): Segment | null {
  const n = nearestOf(box, x, y);
  const length = Math.hypot(n.x - x, n.y - y);
  const [ux, uy] = [(n.x - x) / length, (n.y - y) / length];
  const end = length - 2;
  if (!(end - radius > 2)) return null;
  return { x0: x + ux * radius, y0: y + uy * radius, x1: x + ux * end, y1: y + uy * end };
}

/**
 * The tries, in order: what a spot must stay clear of besides names, their leaders and the rules across the plot
 * (dots, estimates' ranges, drawn lines), and whether it may be farther out than the eight spots beside the dot.
 */
const TRIES = [
  { dots: true, ranges: true, lines: true, farther: false },
  { dots: false, ranges: true, lines: true, farther: false },
  { dots: true, ranges: true, lines: true, farther: true },
  { dots: false, ranges: true, lines: true, farther: true },
  { dots: false, ranges: false, lines: true, farther: false },
  { dots: false, ranges: false, lines: false, farther: false },
  { dots: false, ranges: false, lines: false, farther: true }
];

export function placeNames(
  requests: readonly LabelRequest[],
  plotBox: Box,
  {
    gap,
    dots,
    rules,
    lines = []
  }: { gap: number; dots: readonly Box[]; rules: readonly Box[]; lines?: readonly Segment[] }
): (PlacedName | null)[] {
  const acrossPlot = rules.filter(
    (r) => r.x1 - r.x0 >= plotBox.x1 - plotBox.x0 - 1 || r.y1 - r.y0 >= plotBox.y1 - plotBox.y0 - 1
  );
  const [nearDots, nearRanges] = [boxIndex(dots), boxIndex(rules.filter((r) => !acrossPlot.includes(r)))];
  // The most important first (label-layout's order), each clear of the names placed before it and their leaders.
  const order = requests.map((request, i) => ({ request, i })).sort((a, b) => b.request.priority - a.request.priority);
  const placements: (PlacedName | null)[] = requests.map(() => null);
  const segments = [...lines];
  for (const tried of TRIES)
    for (const { request, i } of order) {
      if (placements[i]) continue;
      const names = placements.flatMap((p) => (p ? [p.box] : []));
      const spots = tried.farther ? fartherSpots(request, gap) : [];
      const area = tried.farther ? spanOf(spots.map((p) => p.box)) : reach(request, gap);
      const obstacles = [
        ...names,
        ...(tried.dots ? nearDots(area) : []),
        ...(tried.ranges ? nearRanges(area) : []),
        ...acrossPlot
      ];
      // A line through the box or a hair beside it (its stroke's half-width) strikes the name.
      const near = tried.lines ? segments.filter((s) => segmentCrosses(s, grown(area, 2))) : [];
      const clear = (box: Box) =>
        inside(box, plotBox) &&
        !obstacles.some((o) => overlaps(o, box)) &&
        !near.some((s) => segmentCrosses(s, grown(box, 1)));
      const placed = tried.farther
        ? farther(request, spots, clear, { gap, names, dotsNear: nearDots })
        : placeLabels([request], plotBox, { gap, accept: (p) => clear(p.box) }).map((p) =>
            p ? { ...p, leader: null } : null
          )[0]!;
      if (!placed) continue;
      placements[i] = placed;
      if (placed.leader) segments.push(placed.leader);
    }
  return placements;
}

/**
 * The nearest clear spot past the eight beside the dot, with a leader past half a line out that crosses no name and
 * no other dot (a leader through a dot would name that dot).
 */
function farther(
  request: LabelRequest,
  spots: readonly PlacedLabel[],
  clear: (box: Box) => boolean,
  { gap, names, dotsNear }: { gap: number; names: readonly Box[]; dotsNear: (area: Box) => Box[] }
) {
  const { x, y } = request;
  const crossed = (leader: Segment) => {
    const span = spanOf([{ x0: leader.x0, x1: leader.x1, y0: leader.y0, y1: leader.y1 }]);
    const others = dotsNear(grown(span, 1)).filter((d) => !(d.x0 <= x && x <= d.x1 && d.y0 <= y && y <= d.y1));
    return [...names, ...others].some((box) => segmentCrosses(leader, box));
  };
  for (const spot of spots) {
    if (!clear(spot.box)) continue;
    const n = nearestOf(spot.box, x, y);
    const far = Math.hypot(n.x - x, n.y - y) > gap + LEADER_PAST * request.height;
    const leader = far ? leaderTo(request, spot.box, gap - 2) : null;
    if (leader && crossed(leader)) continue;
    return { ...spot, leader };
  }
  return null;
}
