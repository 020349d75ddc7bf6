// The explorer's vocabulary (its URL's words) and the state of one explorer view: below the components, so that the
// figure types, the URL parsers and the explorer's own component share one declaration.

export const MEASURES = [
  "date",
  "parameters",
  "active_parameters",
  "compute",
  "tokens",
  "tokens_per_parameter"
] as const;
export type Measure = (typeof MEASURES)[number];
export const SCALES = ["log", "linear"] as const;
export type AxisScale = (typeof SCALES)[number];
export const COLOR_BYS = ["branch", "organization", "access", "status", "family"] as const;
export type ColorBy = (typeof COLOR_BYS)[number];
export const FITS = ["none", "all", "group"] as const;
export type FitChoice = (typeof FITS)[number];
/** Named lines of models to highlight: the GPT line (the catalog's `gpt_line`). */
export const LINES = ["none", "gpt"] as const;
export type LineChoice = (typeof LINES)[number];

export interface ExploreSpec {
  x: Measure;
  y: Measure;
  xscale: AxisScale;
  yscale: AxisScale;
  color: ColorBy;
  fit: FitChoice;
  /** ISO dates that split the fits into eras. */
  breaks: readonly string[];
  highlight: readonly string[];
  line: LineChoice;
}
