// Label placement that avoids collisions by construction, in pixel space: labels keep their order along an axis
// (spreadLabels), take the first free spot around their point (placeLabels), or the first free row of a band
// (packRows). A label that fits nowhere is dropped; its value stays reachable by tooltip.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, bounds: Box) =>
  a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;

/**
 * Given wanted positions (pixels), returns positions at least `gap` apart, in the same order, within
 * [min, max] when they fit. A greedy pass down then a pass up: enough for the few dozen labels of a chart.
 */
export function spreadLabels(wanted: number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; ++k) placed[k] = Math.max(placed[k]!, k === 0 ? min : placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; --k)
    placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? max : placed[k + 1]! - gap);
  for (let k = 0; k < placed.length; ++k) placed[k] = Math.max(placed[k]!, k === 0 ? min : placed[k - 1]! + gap);
  const result = new Array<number>(wanted.length);
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}

export type Anchor = "right" | "left" | "above" | "below" | "above-right" | "below-right" | "above-left" | "below-left";

export interface LabelRequest {
  /** The point labelled, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Larger first: when space runs out, the least important labels are the ones dropped. */
  priority: number;
}

export interface PlacedLabel {
  /** The label's anchor point and text-anchor, for Plot.text with dx/dy. */
  dx: number;
  dy: number;
  textAnchor: "start" | "end" | "middle";
  box: Box;
}

const ANCHORS: Anchor[] = ["right", "left", "above", "below", "above-right", "below-right", "above-left", "below-left"];

function candidate(label: LabelRequest, anchor: Anchor, gap: number): PlacedLabel {
  const { x, y, width: w, height: h } = label;
  const right = { dx: gap, textAnchor: "start" as const, x0: x + gap, x1: x + gap + w };
  const left = { dx: -gap, textAnchor: "end" as const, x0: x - gap - w, x1: x - gap };
  const centre = { dx: 0, textAnchor: "middle" as const, x0: x - w / 2, x1: x + w / 2 };
  const horizontal = anchor.endsWith("right") ? right : anchor.endsWith("left") ? left : centre;
  const dy = anchor.startsWith("above") ? -(gap + h / 2) : anchor.startsWith("below") ? gap + h / 2 : 0;
  return {
    dx: horizontal.dx,
    dy,
    textAnchor: horizontal.textAnchor,
    box: { x0: horizontal.x0, x1: horizontal.x1, y0: y + dy - h / 2, y1: y + dy + h / 2 }
  };
}

/**
 * Places each label at the first of eight spots around its point that stays inside `bounds` and clear of every label
 * placed before it and of `obstacles` (points, other text), and that `accept` takes (a test boxes cannot express: a
 * line through the spot). Most important first; null where nothing fits.
 */
export function placeLabels(
  labels: LabelRequest[],
  bounds: Box,
  {
    gap = 8,
    obstacles = [] as Box[],
    anchors = ANCHORS,
    accept = (() => true) as (placed: PlacedLabel, label: LabelRequest) => boolean
  } = {}
): (PlacedLabel | null)[] {
  const taken: Box[] = [...obstacles];
  const result: (PlacedLabel | null)[] = labels.map(() => null);
  const order = labels
    .map((label, i) => ({ label, i }))
    .sort((a, b) => b.label.priority - a.label.priority || a.i - b.i);
  for (const { label, i } of order) {
    for (const anchor of anchors) {
      const placed = candidate(label, anchor, gap);
      if (inside(placed.box, bounds) && !taken.some((box) => overlaps(box, placed.box)) && accept(placed, label)) {
        taken.push(placed.box);
        result[i] = placed;
        break;
      }
    }
  }
  return result;
}

/**
 * Packs horizontal intervals (labels along a band) into rows: each goes into the first row where it overlaps nothing.
 * Returns each interval's row, or null when all `maxRows` rows are taken at its place.
 */
export function packRows(intervals: { x0: number; x1: number }[], maxRows: number, gap = 6): (number | null)[] {
  const rows: { x0: number; x1: number }[][] = [];
  return intervals.map((interval) => {
    for (let r = 0; r < maxRows; ++r) {
      const row = (rows[r] ??= []);
      if (row.every((other) => interval.x1 + gap <= other.x0 || other.x1 + gap <= interval.x0)) {
        row.push(interval);
        return r;
      }
    }
    return null;
  });
}
