// The least and greatest of many numbers, without spreading them into a call: Math.min(...values) passes every value
// as an argument, and at 180,000 Epoch AI rows that overflowed the stack (the growth charts silently never drew).
// Same results as Math.min and Math.max (NaN wins; the empty case is the identity, or `start`).

/** The least of `values` and `start` (Infinity: the empty case of Math.min). */
export function minOf(values: Iterable<number>, start = Infinity): number {
  let least = start;
  for (const value of values) least = Math.min(least, value);
  return least;
}

/** The greatest of `values` and `start` (-Infinity: the empty case of Math.max). */
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let greatest = start;
  for (const value of values) greatest = Math.max(greatest, value);
  return greatest;
}
