// Plausibility bounds for every quantity the notebook reads, curated or imported: a value outside them is a typo or a
// unit slip (bytes for gigabytes, 1e300 for 1e30), never a language model. One module, used by the zod schemas of the
// curated catalog (which fail the build) and by the Epoch importer (which skips the row and counts the reason).
//
// Chosen against the data at hand (2026-11): the curated catalog spans 65M..540B parameters, 3.3e18..2.1e25 FLOP,
// 1e11..1.4e12 training tokens; Epoch AI's language rows dated 2015 or later span 1e4..2e12 parameters, 6e8..4.6e26
// FLOP and 6e3..3.6e13 datapoints. Each upper bound is about 50x or more above the largest value known today, so a
// model twice as large as any yet still passes; each lower bound sits under the smallest genuine row (Epoch lists
// small recurrent language models of a few ten thousand parameters), so the bounds reject only the impossible.

export interface Bound {
  /** The smallest plausible value (inclusive). */
  min: number;
  /** The largest plausible value (inclusive). */
  max: number;
  /** The unit, in words: "parameters", "FLOP". */
  unit: string;
}

export const BOUNDS = {
  /** The largest reported dense or sparse language models have 1.6T..2T parameters. */
  parameters: { min: 1e3, max: 1e14, unit: "parameters" },
  /** The largest estimated training runs are near 5e26 FLOP. */
  training_compute: { min: 1e6, max: 1e29, unit: "FLOP" },
  /** Tokens seen in training: the largest disclosed runs are near 36T (3.6e13) tokens. */
  training_tokens: { min: 1e3, max: 1e15, unit: "tokens" },
  /** A training dataset's size, per unit it is counted in. */
  dataset_tokens: { min: 1e3, max: 1e15, unit: "tokens" },
  dataset_words: { min: 1e3, max: 1e15, unit: "words" },
  /** Common Crawl as a whole is a few petabytes: 1e17 bytes is 100 PB. */
  dataset_bytes: { min: 1e3, max: 1e17, unit: "bytes" }
} as const satisfies Record<string, Bound>;

/** The bound of a training dataset counted in a unit. */
export const datasetBound = (unit: "tokens" | "words" | "bytes"): Bound => BOUNDS[`dataset_${unit}`];

/** The earliest plausible date: the notebook's story starts with the 2017 Transformer; 2015 leaves room for its forerunners. */
export const EARLIEST_DATE = "2015-01-01";

/** A number in words a reader checks at a glance: 1e14 → "1e14 (100 trillion)". */
export function describeBound(value: number): string {
  const names: [number, string][] = [
    [1e15, "quadrillion"],
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
    [1e3, "thousand"]
  ];
  const exponent = `1e${Math.round(Math.log10(value))}`;
  if (value > 1e17) return exponent;
  const name = names.find(([scale]) => value >= scale);
  return name ? `${exponent} (${value / name[0]} ${name[1]})` : String(value);
}

/**
 * Why a value is not a plausible quantity, in the reader's words, or null when it is. The order of the checks gives
 * the most useful message first (1.5 parameters is "not a whole number" rather than "below the minimum").
 */
export function quantityProblem(value: unknown, bound: Bound, options: { integer?: boolean } = {}): string | null {
  if (typeof value !== "number") return `must be a number (${bound.unit})`;
  if (Number.isNaN(value) || !Number.isFinite(value)) return "is not a finite number";
  if (value <= 0) return "must be a positive number";
  if (value > bound.max)
    return `is above the plausible maximum of ${describeBound(bound.max)} ${bound.unit} for a language model`;
  if (options.integer && !Number.isInteger(value)) return "must be a whole number";
  if (value < bound.min)
    return `is below the plausible minimum of ${describeBound(bound.min)} ${bound.unit} for a language model`;
  return null;
}

/** Why a YYYY-MM-DD date is outside 2015-01-01..the build's as-of date (as-of.ts), or null. */
export function dateProblem(date: string, asOf: string): string | null {
  if (date > asOf) return `is in the future (after the build date ${asOf})`;
  if (date < EARLIEST_DATE)
    return `is before ${EARLIEST_DATE}, the earliest plausible date for a model of this notebook`;
  return null;
}
