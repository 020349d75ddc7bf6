// The Scaling charts' layers on the explore figure: a named preset (src/figures/explore-presets.ts) with layers draws
// the catalog's look over its view. "growth" (a measure against release date, catalog/growth.ts): models by branch,
// the GPT line outlined and joined, undisclosed values in a band above the plot, labelled emergence thresholds, the
// catalog's trend curves, the period after the article, estimate ranges, named points and notes, a talk's builds.
// "tokens" (parameters against training tokens, catalog/tokens.ts): the Chinchilla ratio and a label per family.
import type { ReleaseRow, TrendRow } from "../../../contract.js";
import { drawnOn, METRIC_OF } from "../data.js";
import type { ExploreChartOptions } from "../layout.js";
import { growthChart, growthChartHeight, type GrowthChartOptions } from "./growth.js";
import { tokensChart, tokensChartHeight } from "./tokens.js";

/** A preset's layers, resolved against the data and the page's state. */
export interface CatalogLayers {
  look: "growth" | "tokens";
  /** The catalog's fitted trends (the trends table) for the measure on y. */
  trends?: readonly TrendRow[];
  /** Models joined as the GPT line, in date order. */
  gptPath?: readonly string[];
  /** The date axis over the backdrop's whole range. */
  widen?: boolean;
  /** The data's date: nothing is drawn as released after it. */
  asOf: string;
  selected?: string | null;
  /** Models shown; the rest are drawn hidden (a filter then needs no redraw). */
  visible?: ReadonlySet<string> | null;
  /** Name every model drawn (a talk's build). */
  labelAll?: boolean;
  annotations?: readonly { id: string; text: string }[];
}

export { METRIC_OF } from "../data.js";

export type LayeredOptions = ExploreChartOptions & { layers: CatalogLayers };

/**
 * The models a look can draw: a derived model's tokens and compute are its own additional training only (sources
 * README, rule 7), so the tokens and compute charts draw pre-trained models; every model has its parameters.
 */
export const layeredRows = (rows: readonly ReleaseRow[], options: LayeredOptions): readonly ReleaseRow[] =>
  rows.filter((r) => drawnOn(r, options.x) && drawnOn(r, options.y));

function growthOptions(options: LayeredOptions): GrowthChartOptions {
  const { layers } = options;
  const metric = METRIC_OF[options.y];
  if (options.x !== "date" || !metric) throw new Error(`explore: the growth layers need a date against a measure`);
  return {
    width: options.width,
    height: options.height,
    preset: options.preset,
    lang: options.lang,
    metric,
    scale: options.yscale,
    thresholds: options.thresholds,
    trends: layers.trends,
    backdrop: options.backdrop,
    widen: layers.widen,
    asOf: layers.asOf,
    selected: layers.selected ?? null,
    gptPath: layers.gptPath,
    visible: layers.visible,
    labelAll: layers.labelAll,
    annotations: layers.annotations,
    frame: options.frameRows ? layeredRows(options.frameRows, options) : null
  };
}

/** The chart with its layers. */
export function layeredChart(rows: readonly ReleaseRow[], options: LayeredOptions): SVGSVGElement {
  const drawn = layeredRows(rows, options);
  if (options.layers.look === "growth") return growthChart(drawn, growthOptions(options));
  const { width, height, preset, lang } = options;
  return tokensChart(drawn, {
    width,
    height,
    preset,
    lang,
    frame: options.frameRows ? layeredRows(options.frameRows, options) : null,
    selected: options.layers.selected ?? null,
    visible: options.layers.visible
  });
}

/** The height the chart with its layers takes at a width, when none is given. */
export const layeredHeight = (options: LayeredOptions) =>
  options.height ??
  (options.layers.look === "growth"
    ? growthChartHeight(options.width, options.preset)
    : tokensChartHeight(options.width, options.preset));
