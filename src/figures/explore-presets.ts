// The named views of the explore figure, in one list: the Scaling page's four charts and the common questions of the
// Explore page. Each is a view in the explorer's vocabulary (src/figures/explore-spec.ts), and the Scaling charts add
// the layers they draw beyond it: the catalog's look (models by branch, the GPT line outlined and joined, undisclosed
// values in a band, labelled thresholds, the catalog's trend curves, named points) or the tokens chart's (the
// Chinchilla ratio, a label per family). The registry builds each Scaling figure from its preset (figures/registry.ts),
// and /explore?preset=<name> opens the same view (src/views/explore-state.ts).
import type { ExploreSpec } from "./explore-spec.js";
import type { ThresholdChoice } from "./types.js";

/** A preset's view: the explorer's words it sets (the rest stay default). */
export interface PresetView extends Partial<ExploreSpec> {
  thresholds?: ThresholdChoice;
  /** The first year shown. */
  from?: number;
  /** Epoch AI's models beneath. */
  backdrop?: boolean;
}

/**
 * The layers a Scaling chart draws beyond its view. `look`: "growth" is a measure against release date (the band of
 * undisclosed values, labelled thresholds, the catalog's trend curves, the period after the article, estimate ranges,
 * named GPT points, notes, and a talk's builds); "tokens" is parameters against training tokens with the Chinchilla
 * reference of about 20 tokens per parameter. The flags say which of the page's options the chart follows.
 */
export interface PresetLayers {
  look: "growth" | "tokens";
  /** Wei et al.'s thresholds (the page's choice; the emergence table). */
  thresholds?: boolean;
  /** The catalog's fitted trends (the trends table: the trend-fits figure lists the same fits). */
  trends?: boolean;
  /** Epoch AI's backdrop when the page turns it on. */
  backdrop?: boolean;
  /** A talk's build: one model revealed per key press, each named. */
  build?: boolean;
  /** GPT-3's data as the article gives it and as the paper does, beside its point (not on a slide). */
  gpt3TokenNote?: boolean;
}

export interface NamedPreset {
  view: PresetView;
  layers: PresetLayers | null;
}

const growth = (layers: Omit<PresetLayers, "look">): PresetLayers => ({ look: "growth", ...layers });

export const NAMED_PRESETS = {
  "parameters-by-date": {
    view: { x: "date", y: "parameters", line: "gpt", thresholds: "few-shot" },
    layers: growth({ thresholds: true, trends: true, backdrop: true, build: true })
  },
  "compute-by-date": {
    view: { x: "date", y: "compute", line: "gpt", thresholds: "few-shot" },
    layers: growth({ thresholds: true, trends: true, backdrop: true, build: true })
  },
  "tokens-by-date": {
    view: { x: "date", y: "tokens", line: "gpt" },
    layers: growth({ gpt3TokenNote: true })
  },
  "parameters-vs-tokens": { view: { x: "parameters", y: "tokens" }, layers: { look: "tokens" } },
  openClosed: { view: { x: "date", y: "compute", color: "access", fit: "group" }, layers: null },
  tokensCompute: { view: { x: "compute", y: "tokens", from: 2020, fit: "all" }, layers: null },
  chinchilla: {
    view: {
      x: "date",
      y: "tokens_per_parameter",
      color: "organization",
      highlight: ["chinchilla-70b", "gpt-3-175b", "gopher-280b"]
    },
    layers: null
  },
  gptLine: {
    view: { x: "date", y: "parameters", line: "gpt", fit: "all", breaks: ["2020-05-28"], backdrop: true },
    layers: null
  }
} as const satisfies Record<string, NamedPreset>;

export type PresetName = keyof typeof NAMED_PRESETS;
export const PRESET_NAMES = Object.keys(NAMED_PRESETS) as PresetName[];

/** The presets that are Scaling charts (a figure of the registry each, with layers). */
export type ScalingPresetName = {
  [K in PresetName]: (typeof NAMED_PRESETS)[K]["layers"] extends null ? never : K;
}[PresetName];

/** A preset's layers, or null for a plain explorer view. */
export const presetLayers = (name: PresetName): PresetLayers | null => NAMED_PRESETS[name].layers;

/** A view written as the explorer's query (lists comma-separated, flags "on"), in the view's own order. */
export function viewQuery(view: PresetView): string {
  const words = Object.entries(view).map(([key, value]) => {
    const text = Array.isArray(value) ? value.join(",") : value === true ? "on" : String(value);
    return `${key}=${text}`;
  });
  return `?${words.join("&")}`;
}

/** The explorer's defaults for the choices a Scaling preset's look fixes. */
const DEFAULT_LOOK = { color: "branch", fit: "none", line: "none" } as const;

type LookView = Pick<ExploreSpec, "color" | "fit" | "line" | "breaks">;

/** One way a view left its preset's look: a colour, fit or line other than the preset's, or era breaks. */
export type LookChange =
  | { key: "color"; to: ExploreSpec["color"]; from: ExploreSpec["color"] }
  | { key: "fit"; to: ExploreSpec["fit"]; from: ExploreSpec["fit"] }
  | { key: "line"; to: ExploreSpec["line"]; from: ExploreSpec["line"] }
  | { key: "breaks"; dates: readonly string[] };

/** What a view changed from its preset's look, in the controls' order (a caption says it after the preset's). */
export function presetLookChanges(name: PresetName, view: LookView): LookChange[] {
  const preset: PresetView = NAMED_PRESETS[name].view;
  const color = preset.color ?? DEFAULT_LOOK.color;
  const fit = preset.fit ?? DEFAULT_LOOK.fit;
  const line = preset.line ?? DEFAULT_LOOK.line;
  return [
    ...(view.color === color ? [] : [{ key: "color", to: view.color, from: color } as const]),
    ...(view.fit === fit ? [] : [{ key: "fit", to: view.fit, from: fit } as const]),
    ...(view.line === line ? [] : [{ key: "line", to: view.line, from: line } as const]),
    ...(view.breaks.length === 0 ? [] : [{ key: "breaks", dates: view.breaks } as const])
  ];
}

/**
 * Whether a view still has its Scaling preset's look: the preset's colours, fits and line, no eras. A preset is the
 * view's starting state: another colour or fit changes only that, and the view keeps the preset's layers (drawn by
 * the explorer, src/components/explore/chart.ts), but it is no longer the Scaling chart itself.
 */
export const keepsPresetLook = (name: PresetName, view: LookView): boolean =>
  presetLookChanges(name, view).length === 0;
