// The tokens chart's layout, computed before anything is drawn: which models are drawn, the two log domains in whole
// decades, the Chinchilla reference segment, the legend and the margins it needs, and a label per family placed clear
// of every point and of each other. Plain data, so it is tested without a DOM.
import * as Plot from "@observablehq/plot";
import { BRANCHES, type ReleaseRow } from "../../../contract.js";
import { dictionaryFor, rulesFor } from "../../../i18n/index.js";
import { presetStyle, textWidth } from "../../../figures/presets.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { placeLabels, type Box, type PlacedLabel } from "../../label-layout.js";
import { BRANCH_COLOR, REFERENCE_GREY } from "../../../figures/palette.js";
import { countAxisLeft, plotRight, type Margins } from "../../plot-base.js";
import { legendHeight, legendRows, type LegendItem } from "../../svg-legend.js";
import { maxOf, minOf } from "../../number-extent.js";
import { CHINCHILLA_TOKENS_PER_PARAMETER } from "../data.js";
import { chinchillaReference } from "../layout.js";

export { CHINCHILLA_TOKENS_PER_PARAMETER };

export const isEstimate = (d: ReleaseRow) =>
  d.training_tokens_status === "estimate" || d.parameters_status === "estimate";

export function tokensChartHeight(width: number, preset: Preset = "web"): number {
  if (preset === "print") return Math.round(width * 0.55);
  return Math.round(Math.max(400, Math.min(600, width * 0.5)));
}

export interface TokensLayoutOptions {
  width: number;
  height?: number;
  preset?: Preset;
  lang?: Lang;
  /** Every catalog row: the domains keep the story's frame. */
  frame?: readonly ReleaseRow[] | null;
}

/** A family's label: its largest model, the placed box (pixels) and the text's anchor in data coordinates. */
export type FamilyLabel = ReleaseRow & { place: PlacedLabel; x: number; y: number };

export type TokensLayout = ReturnType<typeof tokensLayout>;

/** Whole decades, with room around the extreme points for their labels; the y domain reaches the reference line. */
export function tokensDomains(points: readonly ReleaseRow[]) {
  const pmin = points.length ? minOf(points.map((r) => r.parameters!)) : 1e8;
  const pmax = points.length ? maxOf(points.map((r) => r.parameters!)) : 1e12;
  const tmin = points.length ? minOf(points.map((r) => r.training_tokens!)) : 1e9;
  const tmax = points.length ? maxOf(points.map((r) => r.training_tokens!)) : 1e13;
  const xDomain: [number, number] = [10 ** Math.floor(Math.log10(pmin / 2)), 10 ** Math.ceil(Math.log10(pmax * 3))];
  const yDomain: [number, number] = [
    10 ** Math.floor(Math.log10(Math.min(tmin / 2, xDomain[0] * CHINCHILLA_TOKENS_PER_PARAMETER))),
    10 ** Math.ceil(Math.log10(tmax * 2))
  ];
  const reference = chinchillaReference({ x: "parameters", y: "tokens" }, xDomain, yDomain);
  return { xDomain, yDomain, reference };
}

/** The legend: the branches drawn, then the GPT outline and the estimate diamond if any is drawn, then the reference. */
export function tokensLegend(points: readonly ReleaseRow[], lang: Lang): LegendItem[] {
  const w = dictionaryFor(lang).charts.tokens;
  const hollow = (label: string, symbol?: "diamond"): LegendItem => ({
    label,
    swatch: { kind: "dot", fill: "none", stroke: "currentColor", ...(symbol ? { symbol } : {}) }
  });
  return [
    ...BRANCHES.filter((b) => points.some((p) => p.branch === b)).map((b): LegendItem => ({
      label: w.branch[b],
      swatch: { kind: "dot", fill: BRANCH_COLOR[b] }
    })),
    ...(points.some((p) => p.gpt_line) ? [hollow(w.gpt)] : []),
    ...(points.some(isEstimate) ? [hollow(w.estimate, "diamond")] : []),
    { label: w.reference, swatch: { kind: "line", stroke: REFERENCE_GREY, dash: "8,5" } }
  ];
}

export function tokensLayout(releases: readonly ReleaseRow[], options: TokensLayoutOptions) {
  const { preset = "web", lang = "en" } = options;
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const cjk = rulesFor(lang).wideGlyphs;
  const width = Math.round(options.width);
  const height = Math.round(options.height ?? tokensChartHeight(width, preset));
  // Only models that disclose both measures have a place on these axes.
  const points = releases.filter((r) => r.parameters !== null && r.training_tokens !== null);
  const framing = options.frame?.filter((r) => r.parameters !== null && r.training_tokens !== null) ?? points;
  const { xDomain, yDomain, reference } = tokensDomains(framing);
  const legend = tokensLegend(points, lang);
  const left = countAxisLeft(preset, lang);
  // The last x tick is centred on the plot's edge: "10 万亿" needs more room than "10T".
  const right = Math.round(fs * (rulesFor(lang).wideGlyphs ? 2.6 : 1.5));
  const partial = { top: Math.round(fs * 1.5), right, left };
  const plotEnd = plotRight(width, { ...partial, bottom: 0 });
  const legendWidth = plotEnd - left - 8;
  const legendLines = legendRows(legend, legendWidth, style.smallFontSize, cjk).length;
  const margins: Margins = {
    ...partial,
    bottom: Math.round(fs * 3.8 + legendHeight(legendLines, style.smallFontSize))
  };
  // Large type: the lowest y tick's lower half reaches the x tick row, so the x scale starts a little inside the axis
  // (the first x tick then clears it).
  const insetLeft = fs > 18 ? Math.round(fs * 0.8) : 0;
  const plotBox: Box = { x0: left + insetLeft, x1: plotEnd, y0: margins.top, y1: height - margins.bottom };
  const labels = familyLabels(points, { xDomain, yDomain, plotBox, preset, cjk });
  return {
    width,
    height,
    points,
    xDomain,
    yDomain,
    reference,
    legend,
    legendWidth,
    margins,
    plotBox,
    labels,
    insetLeft
  };
}

/** One label per family (its largest model), placed clear of every point and every other label; GPT's first. */
export function familyLabels(
  points: readonly ReleaseRow[],
  frame: { xDomain: [number, number]; yDomain: [number, number]; plotBox: Box; preset: Preset; cjk: boolean }
): FamilyLabel[] {
  const { plotBox, cjk } = frame;
  const style = presetStyle(frame.preset);
  const x = Plot.scale({ x: { type: "log", domain: frame.xDomain, range: [plotBox.x0, plotBox.x1] } });
  const y = Plot.scale({ y: { type: "log", domain: frame.yDomain, range: [plotBox.y1, plotBox.y0] } });
  const px = (d: ReleaseRow) => x.apply(d.parameters!) as number;
  const py = (d: ReleaseRow) => y.apply(d.training_tokens!) as number;
  const largest = new Map<string, ReleaseRow>();
  for (const p of points)
    if (!largest.has(p.family) || p.parameters! > largest.get(p.family)!.parameters!) largest.set(p.family, p);
  const families = [...largest.values()];
  const radius = style.dotRadius + 2;
  const obstacles: Box[] = points.map((p) => ({
    x0: px(p) - radius,
    x1: px(p) + radius,
    y0: py(p) - radius,
    y1: py(p) + radius
  }));
  const placed = placeLabels(
    families.map((p) => ({
      x: px(p),
      y: py(p),
      width: textWidth(p.family.length, style.smallFontSize, cjk),
      height: style.smallFontSize * 1.15,
      priority: p.gpt_line ? 2 + Math.log10(p.parameters!) : Math.log10(p.parameters!)
    })),
    plotBox,
    { gap: radius + 2, obstacles }
  );
  return families.flatMap((p, i) => {
    const place = placed[i];
    if (!place) return [];
    return [{ ...p, place, x: x.invert!(px(p) + place.dx) as number, y: y.invert!(py(p) + place.dy) as number }];
  });
}
