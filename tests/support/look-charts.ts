// The Scaling charts' looks called as the catalog's own charts once were (a metric, a GPT path, a selection, a
// filter), drawn by the one path: the explore chart with a look (src/components/explore/look.ts). Tests only.
import type { EmergenceRow, ImportedModel, Metric, ReleaseRow, TrendRow } from "../../src/contract.js";
import type { Lang, Preset } from "../../src/figures/types.js";
import { exploreChart, exploreLayout, type ExploreChartOptions } from "../../src/components/explore/chart.js";
import { DEFAULT_SPEC } from "../../src/components/explore/model.js";
import type { Measure } from "../../src/components/explore/data.js";

export interface GrowthOptions {
  width: number;
  height?: number;
  metric: Metric;
  preset?: Preset;
  lang?: Lang;
  scale?: "log" | "linear";
  thresholds?: readonly EmergenceRow[];
  trends?: readonly TrendRow[];
  selected?: string | null;
  gptPath?: readonly string[];
  backdrop?: readonly ImportedModel[];
  widen?: boolean;
  asOf: string;
  visible?: ReadonlySet<string> | null;
  labelAll?: boolean;
  frame?: readonly ReleaseRow[] | null;
  annotations?: readonly { id: string; text: string }[];
}

const MEASURE: Record<Metric, Measure> = {
  parameters: "parameters",
  training_compute: "compute",
  training_tokens: "tokens"
};

export function growthOptions(o: GrowthOptions): ExploreChartOptions {
  const { width, height, preset, lang, thresholds, backdrop } = o;
  return {
    ...DEFAULT_SPEC,
    x: "date",
    y: MEASURE[o.metric],
    yscale: o.scale ?? "log",
    line: "gpt",
    width,
    ...(height === undefined ? {} : { height }),
    ...(preset ? { preset } : {}),
    ...(lang ? { lang } : {}),
    thresholds,
    backdrop,
    frameRows: o.frame ?? null,
    layers: {
      look: "growth",
      trends: o.trends ?? [],
      gptPath: o.gptPath,
      widen: o.widen,
      asOf: o.asOf,
      selected: o.selected ?? null,
      visible: o.visible,
      labelAll: o.labelAll,
      annotations: o.annotations ?? []
    }
  };
}

export const growthChart = (rows: readonly ReleaseRow[], o: GrowthOptions) => exploreChart(rows, growthOptions(o));
export const growthLayout = (rows: readonly ReleaseRow[], o: GrowthOptions) => exploreLayout(rows, growthOptions(o));

export interface TokensOptions {
  width: number;
  height?: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  visible?: ReadonlySet<string> | null;
  frame?: readonly ReleaseRow[] | null;
}

export function tokensOptions(o: TokensOptions): ExploreChartOptions {
  return {
    ...DEFAULT_SPEC,
    x: "parameters",
    y: "tokens",
    width: o.width,
    ...(o.height === undefined ? {} : { height: o.height }),
    ...(o.preset ? { preset: o.preset } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
    frameRows: o.frame ?? null,
    layers: { look: "tokens", asOf: "", selected: o.selected ?? null, visible: o.visible }
  };
}

export const tokensChart = (rows: readonly ReleaseRow[], o: TokensOptions) => exploreChart(rows, tokensOptions(o));
export const tokensLayout = (rows: readonly ReleaseRow[], o: TokensOptions) => exploreLayout(rows, tokensOptions(o));
