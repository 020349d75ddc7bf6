// Where the lineage's arcs run, in px, before anything is drawn: the layout keeps names off them. The geometry is
// Plot's arrow with `bend: ±22.5` (a circular arc whose chord makes 22.5° with it at either end, bulging to the left
// of the direction of travel, above a step that goes right, or with side −1 to its right), so the points sampled
// here lie on the drawn path.
import type { Box } from "../label-layout.js";

export interface Point {
  x: number;
  y: number;
}

/** The dashes of an inferred step (its arc and its key's swatch). */
export const INFERRED_DASH = "5,4";

/** The arcs' bend, in degrees (Plot's `bend: true`). */
export const BEND_DEGREES = 22.5;
const BEND = (BEND_DEGREES * Math.PI) / 180;

/** Plot's arrowhead: wings of 8 / 1.5 stroke widths (at most a third of the arrow), 30° either side of the shaft. */
const WING = { scale: 8 / 1.5, angle: Math.PI / 6 };

/**
 * Points every `step` px (about) along the arc from `from` to `to`, less `insetEnd` px at its end, and along its
 * head's wings for a stroke of `strokeWidth`; the arc bulges to the left of its travel (side 1) or to its right (−1).
 */
export function arcPoints(from: Point, to: Point, strokeWidth: number, insetEnd = 6, step = 3, side = 1): Point[] {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length <= insetEnd) return [];
  const r = Math.hypot(length / Math.tan(BEND), length) / 2;
  const k = (side * Math.sqrt(r * r - (length * length) / 4)) / length;
  const centre = { x: (from.x + to.x) / 2 - (to.y - from.y) * k, y: (from.y + to.y) / 2 + (to.x - from.x) * k };
  const a0 = Math.atan2(from.y - centre.y, from.x - centre.x);
  let sweep = Math.atan2(to.y - centre.y, to.x - centre.x) - a0;
  while (sweep > Math.PI) sweep -= 2 * Math.PI;
  while (sweep <= -Math.PI) sweep += 2 * Math.PI;
  // The inset end, as an angle on the circle.
  const end = sweep - Math.sign(sweep) * (insetEnd / r);
  const n = Math.max(2, Math.ceil((Math.abs(end) * r) / step));
  const shaft = Array.from({ length: n + 1 }, (_, i) => {
    const angle = a0 + (end * i) / n;
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  });
  const [tip, before] = [shaft[n]!, shaft[n - 1]!];
  const heading = Math.atan2(tip.y - before.y, tip.x - before.x);
  const head = Math.min(WING.scale * strokeWidth, length / 3);
  const wings = [-1, 1].flatMap((side) =>
    Array.from({ length: Math.ceil(head / step) }, (_, i) => ({
      x: tip.x - ((head * (i + 1)) / Math.ceil(head / step)) * Math.cos(heading + side * WING.angle),
      y: tip.y - ((head * (i + 1)) / Math.ceil(head / step)) * Math.sin(heading + side * WING.angle)
    }))
  );
  return [...shaft, ...wings];
}

/** A text's middle, where a line through it strikes the words (as the download's measure reads it). */
export const textCore = (box: Box): Box => {
  const h = box.y1 - box.y0;
  return { x0: box.x0 + 2, x1: box.x1 - 2, y0: box.y0 + h * 0.25, y1: box.y1 - h * 0.25 };
};

/** How many of `boxes` any of the arcs runs through. */
export const arcsThrough = (arcs: readonly Point[][], boxes: readonly Box[]) =>
  boxes.filter((box) => {
    const core = textCore(box);
    return arcs.some((points) => points.some((p) => p.x > core.x0 && p.x < core.x1 && p.y > core.y0 && p.y < core.y1));
  }).length;

/** Small boxes along the arcs: obstacles for names placed around the points. */
export const arcObstacles = (arcs: readonly Point[][], pad = 2): Box[] =>
  arcs.flatMap((points) =>
    points.filter((_, i) => i % 2 === 0).map((p) => ({ x0: p.x - pad, x1: p.x + pad, y0: p.y - pad, y1: p.y + pad }))
  );
