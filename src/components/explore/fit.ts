// Least-squares trends for the explorer, with a bootstrap interval over the models. Pure and deterministic: the
// resampling draws from a seeded generator, so the same view always reports the same interval.

/** A point in the fit's own coordinates (decimal years, log10 of a count, or the value itself). */
export interface FitPoint {
  u: number;
  v: number;
}

export interface LineFit {
  slope: number;
  intercept: number;
  n: number;
}

/** Mulberry32: a small seeded generator, uniform on [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string's seed (FNV-1a), so each fit resamples its own way whatever the others do. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Ordinary least squares of v on u; null with fewer than two distinct u (no line is defined). */
export function leastSquares(points: readonly FitPoint[]): LineFit | null {
  const n = points.length;
  if (n < 2) return null;
  let su = 0;
  let sv = 0;
  for (const p of points) {
    su += p.u;
    sv += p.v;
  }
  const [mu, mv] = [su / n, sv / n];
  let suu = 0;
  let suv = 0;
  for (const p of points) {
    suu += (p.u - mu) ** 2;
    suv += (p.u - mu) * (p.v - mv);
  }
  if (suu === 0) return null;
  const slope = suv / suu;
  return { slope, intercept: mv - slope * mu, n };
}

/** The q-quantile of sorted values (linear interpolation between neighbours). */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const [lo, hi] = [Math.floor(at), Math.ceil(at)];
  const [a, b] = [sorted[lo]!, sorted[hi]!];
  // Infinity - Infinity is NaN: equal neighbours need no interpolation.
  return a === b ? a : a + (b - a) * (at - lo);
}

/**
 * Draws the bootstrap makes in all (rounds × models) before it takes fewer rounds: at 20,000 models 1,000 rounds are
 * twenty million draws, seconds of a page's main thread; this many take a few milliseconds (and below 500 models, all 1,000 rounds are made).
 */
export const MAX_DRAWS = 500_000;
/** The fewest rounds a large population gets (its interval is narrow; 200 still place the 5th and 95th percentiles). */
export const MIN_ROUNDS = 200;

/** The rounds a bootstrap over `n` models makes: all it is asked for, unless that passes MAX_DRAWS. */
export const boundedRounds = (rounds: number, n: number) =>
  Math.min(rounds, Math.max(MIN_ROUNDS, Math.floor(MAX_DRAWS / Math.max(1, n))));

/**
 * The slopes of `rounds` refits (fewer for a large population: boundedRounds), each over the models drawn with
 * replacement; a draw whose models share one u (no line) is drawn again up to a bound, then skipped. The same
 * arithmetic as leastSquares over the drawn models, without building them: a draw is an index.
 */
export function bootstrapSlopes(points: readonly FitPoint[], rounds: number, seed: number): number[] {
  const random = seededRandom(seed);
  const slopes: number[] = [];
  const n = points.length;
  const [us, vs] = [Float64Array.from(points, (p) => p.u), Float64Array.from(points, (p) => p.v)];
  const drawn = new Int32Array(n);
  const wanted = boundedRounds(rounds, n);
  for (let round = 0, tries = 0; round < wanted && tries < wanted * 4; tries++) {
    let [su, sv] = [0, 0];
    for (let k = 0; k < n; ++k) {
      const i = (drawn[k] = Math.floor(random() * n));
      su += us[i]!;
      sv += vs[i]!;
    }
    const [mu, mv] = [su / n, sv / n];
    let [suu, suv] = [0, 0];
    for (let k = 0; k < n; ++k) {
      const i = drawn[k]!;
      suu += (us[i]! - mu) ** 2;
      suv += (us[i]! - mu) * (vs[i]! - mv);
    }
    if (n < 2 || suu === 0) continue;
    slopes.push(suv / suu);
    round++;
  }
  return slopes;
}

/** Months for a log10 quantity to double at `slope` decades a year; Infinity when it does not grow. */
export const doublingMonths = (slope: number) => (slope > 0 ? (12 * Math.log10(2)) / slope : Infinity);

export interface Estimate {
  value: number;
  /** The 90% interval: the bootstrap's 5th and 95th percentiles. */
  low: number;
  high: number;
}

/** A fit's slope and its 90% bootstrap interval, and the same for the doubling time it implies. */
export function fitWithInterval(
  points: readonly FitPoint[],
  { rounds = 1000, seed = 1 }: { rounds?: number; seed?: number } = {}
): { line: LineFit; slope: Estimate; doubling: Estimate } | null {
  const line = leastSquares(points);
  if (!line) return null;
  const slopes = bootstrapSlopes(points, rounds, seed).sort((a, b) => a - b);
  const doublings = slopes.map(doublingMonths).sort((a, b) => a - b);
  return {
    line,
    slope: { value: line.slope, low: quantile(slopes, 0.05), high: quantile(slopes, 0.95) },
    doubling: { value: doublingMonths(line.slope), low: quantile(doublings, 0.05), high: quantile(doublings, 0.95) }
  };
}

/** Splits items into eras at the break dates (ISO, sorted or not): an item dated on a break opens the next era. */
export function splitEras<T>(items: readonly T[], dateOf: (item: T) => string, breaks: readonly string[]) {
  const edges = [...new Set(breaks)].sort();
  const eras = Array.from({ length: edges.length + 1 }, (_, i) => ({
    from: i === 0 ? null : edges[i - 1]!,
    to: i === edges.length ? null : edges[i]!,
    items: [] as T[]
  }));
  for (const item of items) {
    const date = dateOf(item);
    eras[edges.filter((edge) => date >= edge).length]!.items.push(item);
  }
  return eras;
}
