// The Plot.plot options every chart shares: its size and margins (never narrower than its margins leave room for),
// the preset's type size, the accessible name and description, and the axis conventions (centred labels without
// arrows, a grid). A chart spreads these and adds its scales and marks.
import { presetStyle } from "../figures/presets.js";
import type { Preset } from "../figures/types.js";
import { plotWidth } from "./encoding.js";
import { rulesFor } from "../i18n/index.js";

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PlotFrame {
  width: number;
  height: number;
  margins: Margins;
  /** The narrowest plot area to keep between the margins (see plotWidth). */
  minimumPlot?: number;
}

export interface PlotAria {
  label: string;
  description?: string;
}

/** Size, margins, type size and accessible text: the first options of every chart's Plot.plot. */
export function plotBase(preset: Preset, frame: PlotFrame, aria: PlotAria, style: Record<string, string> = {}) {
  const { margins } = frame;
  return {
    width: plotWidth(frame.width, margins.left, margins.right, frame.minimumPlot),
    height: frame.height,
    marginTop: margins.top,
    marginRight: margins.right,
    marginBottom: margins.bottom,
    marginLeft: margins.left,
    style: { fontSize: `${presetStyle(preset).fontSize}px`, ...style },
    ariaLabel: aria.label,
    ...(aria.description === undefined ? {} : { ariaDescription: aria.description })
  };
}

/** The x axis's conventions: a centred label without an arrow, set below the tick labels, and a grid. */
export const xAxisBase = (preset: Preset, label: string) => ({
  label,
  labelAnchor: "center" as const,
  labelArrow: "none" as const,
  labelOffset: presetStyle(preset).fontSize * 3,
  grid: true
});

/**
 * The y axis's conventions: a centred label without an arrow, and a grid. Given the preset and the left margin, the
 * label sits a fifth of an em inside the chart's left edge (Plot's default puts its glyphs on the edge, where a
 * standalone download cuts them).
 */
export const yAxisBase = (label: string, frame?: { preset: Preset; left: number }) => ({
  label,
  labelAnchor: "center" as const,
  labelArrow: "none" as const,
  grid: true,
  ...(frame ? { labelOffset: frame.left - presetStyle(frame.preset).fontSize * 0.2 } : {})
});

/** The left margin of a chart with a log count axis: its tick labels ("100B"; in Chinese the wider "1,000 亿") and
 * the axis title beside them (or the tick labels alone where the axis goes untitled). */
export const countAxisLeft = (preset: Preset, lang: "en" | "zh", titled = true) =>
  Math.round(presetStyle(preset).fontSize * (rulesFor(lang).wideGlyphs ? (titled ? 6.2 : 5) : titled ? 5.4 : 3.6));

/** The x pixel where the plot area ends, at the width plotBase draws. */
export const plotRight = (width: number, margins: Margins) =>
  plotWidth(width, margins.left, margins.right) - margins.right;
