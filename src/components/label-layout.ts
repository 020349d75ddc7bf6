// Places labels along one axis so they never overlap: each keeps its order and moves the least it can.

/**
 * Given wanted positions (pixels), returns positions at least `gap` apart, in the same order, within
 * [min, max] when they fit. A greedy pass down then a pass up: enough for the few dozen labels of a chart.
 */
export function spreadLabels(wanted: number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; ++k) placed[k] = Math.max(placed[k]!, k === 0 ? min : placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; --k) placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? max : placed[k + 1]! - gap);
  for (let k = 0; k < placed.length; ++k) placed[k] = Math.max(placed[k]!, k === 0 ? min : placed[k - 1]! + gap);
  const result = new Array<number>(wanted.length);
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}

/** A y position function matching Plot's log or linear scale for an explicit domain and range. */
export function yPosition(type: "log" | "linear", domain: [number, number], range: [number, number]) {
  const f = type === "log" ? Math.log10 : (v: number) => v;
  const [d0, d1] = [f(domain[0]), f(domain[1])];
  const toPixel = (v: number) => range[0] + ((f(v) - d0) / (d1 - d0)) * (range[1] - range[0]);
  const fromPixel = (p: number) => {
    const t = d0 + ((p - range[0]) / (range[1] - range[0])) * (d1 - d0);
    return type === "log" ? 10 ** t : t;
  };
  return { toPixel, fromPixel };
}
