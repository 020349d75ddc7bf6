// The explorer's vocabulary and what a model is on each axis: its value, its low–high range when the value is an
// estimate, and why it is not drawn when it has none. Pure: the layout and the view's URL parsers read it.
import type { ImportedModel, Metric, ReleaseRow } from "../../contract.js";
import { parseDate } from "../../i18n/format.js";

// The vocabulary lives with the figure types (src/figures/explore-spec.ts), below the components.
export {
  COLOR_BYS,
  FITS,
  LINES,
  MEASURES,
  SCALES,
  type AxisScale,
  type ColorBy,
  type FitChoice,
  type LineChoice,
  type Measure
} from "../../figures/explore-spec.js";
import type { ColorBy, Measure } from "../../figures/explore-spec.js";

/** Hoffmann et al. (2022, "Chinchilla"): a compute-optimal model trains on about 20 tokens per parameter. */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** Why a model has no value on an axis: the developer did not say, the catalog has no such field, or rule 7. */
export type Missing = "undisclosed" | "unknown" | "derived";

export interface AxisValue {
  value: number;
  /** An estimate's range (sources README, "Ranges for estimates"); null for a disclosed value. */
  low: number | null;
  high: number | null;
  estimate: boolean;
  estimatedBy: string | null;
}

type Fact = "parameters" | "active_parameters" | "training_compute" | "training_tokens";
const FACT: Partial<Record<Measure, Fact>> = {
  parameters: "parameters",
  // A dense model's active parameters are its parameters; a mixture of experts has its own (releases table).
  active_parameters: "active_parameters",
  compute: "training_compute",
  tokens: "training_tokens"
};

/** A derived model's tokens and compute are its own additional training only (rule 7): not comparable, not drawn. */
const ownTraining = (measure: Measure) =>
  measure === "compute" || measure === "tokens" || measure === "tokens_per_parameter";

/** Whether a model is drawn on an axis of this measure: not a derived model's own additional training (rule 7). */
export const drawnOn = (row: ReleaseRow, measure: Measure) => row.derived_from === null || !ownTraining(measure);

function fact(row: ReleaseRow, key: Fact): AxisValue | Missing {
  const value = row[key];
  if (value === null) return row[`${key}_status`] === "undisclosed" ? "undisclosed" : "unknown";
  const estimate = row[`${key}_status`] === "estimate";
  return {
    value,
    low: estimate ? row[`${key}_low`] : null,
    high: estimate ? row[`${key}_high`] : null,
    estimate,
    estimatedBy: estimate ? row[`${key}_estimated_by`] : null
  };
}

/** Tokens per parameter, its range from the ends of both ranges (most tokens over fewest parameters, and back). */
function ratio(tokens: AxisValue, parameters: AxisValue): AxisValue {
  const estimate = tokens.estimate || parameters.estimate;
  const value = tokens.value / parameters.value;
  return {
    value,
    low: estimate ? (tokens.low ?? tokens.value) / (parameters.high ?? parameters.value) : null,
    high: estimate ? (tokens.high ?? tokens.value) / (parameters.low ?? parameters.value) : null,
    estimate,
    estimatedBy: [tokens.estimatedBy, parameters.estimatedBy].filter(Boolean).join("; ") || null
  };
}

/** Milliseconds of each release date seen, parsed once: a date axis reads thousands per change, of few distinct days. */
const dayValues = new Map<string, number>();
function dayValue(date: string): number {
  let value = dayValues.get(date);
  if (value === undefined) dayValues.set(date, (value = +parseDate(date)));
  return value;
}

/** A model's value on an axis, or why it has none. Dates are milliseconds since 1970 (the utc scale's numbers). */
export function axisValue(row: ReleaseRow, measure: Measure): AxisValue | Missing {
  if (row.derived_from !== null && ownTraining(measure)) return "derived";
  if (measure === "date")
    return { value: dayValue(row.release_date), low: null, high: null, estimate: false, estimatedBy: null };
  const key = FACT[measure];
  if (key) return fact(row, key);
  const tokens = fact(row, "training_tokens");
  const parameters = fact(row, "parameters");
  if (typeof tokens === "string") return tokens;
  if (typeof parameters === "string") return parameters;
  return ratio(tokens, parameters);
}

/**
 * An Epoch AI backdrop model's value on an axis, or null. Epoch's tokens are the size of the training dataset (sources
 * README), and its rows carry no range: the backdrop is drawn as grey context, never fitted.
 */
export function backdropValue(model: ImportedModel, measure: Measure): number | null {
  if (measure === "date") return dayValue(model.release_date);
  if (measure === "parameters") return model.parameters;
  if (measure === "compute") return model.training_compute;
  if (measure === "tokens") return model.training_tokens;
  if (measure === "tokens_per_parameter")
    return model.training_tokens !== null && model.parameters ? model.training_tokens / model.parameters : null;
  return null;
}

/** A colour group's key for a model: the field's value, or the status of the values drawn. */
export function groupKey(row: ReleaseRow, color: ColorBy, estimate: boolean): string {
  if (color === "status") return estimate ? "estimate" : "disclosed";
  return row[color];
}

/** The measure's unit for number formats: FLOP for compute, a ratio, a date, else a count. */
export const unitOf = (measure: Measure): "flop" | "count" | "ratio" | "date" =>
  measure === "compute" ? "flop" : measure === "tokens_per_parameter" ? "ratio" : measure === "date" ? "date" : "count";

/** Decimal years, the fits' unit along a date axis. */
export const yearsOf = (ms: number) => 1970 + ms / (365.2425 * 86400000);

/** The catalog's fact behind a measure of the explorer, where it is one. */
export const METRIC_OF: Partial<Record<Measure, Metric>> = {
  parameters: "parameters",
  compute: "training_compute",
  tokens: "training_tokens"
};
