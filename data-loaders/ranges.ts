// Ranges for estimates (sources README, "Ranges for estimates"): every estimated value has a low and a high bound,
// from its source where the source gives one, else from the estimator's confidence category.

/**
 * Epoch AI's confidence categories, read as a factor each way around the estimate: "Confident" within 3x, "Likely"
 * within 10x, "Speculative" within 30x. The categories are Epoch's; the factors are this catalog's own stated rule
 * (sources README, "Ranges for estimates", case 2): Epoch's definition could not be read from a primary copy, and
 * the one second-hand reading found gives 3, 10 and 31.
 */
export const EPOCH_CONFIDENCE_FACTOR = { Confident: 3, Likely: 10, Speculative: 30 } as const;
export type EpochConfidence = keyof typeof EPOCH_CONFIDENCE_FACTOR;
export const EPOCH_CONFIDENCES = Object.keys(EPOCH_CONFIDENCE_FACTOR) as EpochConfidence[];

/**
 * An estimate whose estimator gives neither a range nor a category (Wei et al.'s Table 1, a figure from Epoch AI's
 * notes rather than its compute column) is read as "Likely": the catalog's own choice, stated in the README.
 */
export const UNGRADED_CONFIDENCE: EpochConfidence = "Likely";

/** The bounds a confidence category gives a value. */
export function confidenceRange(value: number, confidence: EpochConfidence): { low: number; high: number } {
  const factor = EPOCH_CONFIDENCE_FACTOR[confidence];
  return { low: value / factor, high: value * factor };
}

/** Equal to 6 significant digits: a stored bound (written to 7) against the one its rule computes. */
export const sameBound = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
