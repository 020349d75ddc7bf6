// The explorer's marks, one group per function, each from the layout: estimate ranges, fits, the highlighted line,
// dots (hollow for estimates), highlight rings and names, the legend.
import * as Plot from "@observablehq/plot";
import { presetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { dictionaryFor, rulesFor } from "../../i18n/index.js";
import type { EmergenceRow } from "../../contract.js";
import { textIn } from "../../i18n/index.js";
import { BACKDROP_GREY, REFERENCE_GREY, SELECTED, THRESHOLD_COLOR } from "../../figures/palette.js";
import { legendMark } from "../svg-legend.js";
import { rangeRules } from "./ranges.js";
import { explorerGptPath } from "./lines.js";
import { tagModels } from "../model-filter.js";
import { formatValue } from "./format.js";
import type { ExploreLayout } from "./layout.js";
import type { ExplorePoint } from "./model.js";
import type { AxisValue, Measure } from "./data.js";

export interface MarkContext {
  preset: Preset;
  lang: Lang;
}

const colorOf = (layout: ExploreLayout) => (p: ExplorePoint) => layout.colors.get(p.group)!;

/** An axis value as a tooltip line: the value, its range and whose estimate it is. */
function valueLine(v: AxisValue, measure: Measure, lang: Lang): string {
  const d = dictionaryFor(lang);
  const range =
    v.low !== null && v.high !== null
      ? ` [${formatValue(v.low, measure, lang)} – ${formatValue(v.high, measure, lang)}]`
      : "";
  const by = v.estimate
    ? ` (${v.estimatedBy ? d.common.estimatedShort(v.estimatedBy) : d.common.status.estimate})`
    : "";
  return `${d.explore.measure[measure]}: ${formatValue(v.value, measure, lang)}${range}${by}`;
}

export const pointTitle = (layout: ExploreLayout, lang: Lang) => (p: ExplorePoint) =>
  [p.name, valueLine(p.x, layout.spec.x, lang), valueLine(p.y, layout.spec.y, lang)].join("\n");

/**
 * Epoch AI's models beneath everything, small and grey, named in their tooltips: one builder for every view (a large
 * backdrop on screen goes on a canvas instead, ./backdrop-canvas.ts). `tag` marks each dot with its model for a
 * filter applied in place (src/components/model-filter.ts).
 */
export function backdropDots<T extends { id: string; name: string }>(
  data: readonly T[],
  channels: { x: string; y: string },
  { preset, className, tag = false }: { preset: Preset; className: string; tag?: boolean }
) {
  if (!data.length) return null;
  const style = presetStyle(preset);
  return Plot.dot(data, {
    ...channels,
    r: Math.max(2, style.dotRadius * 0.55),
    fill: BACKDROP_GREY,
    fillOpacity: 0.55,
    className,
    ...(style.interactive ? { title: "name" } : {}),
    ...(tag ? { render: tagModels(data, (d) => d.id) } : {})
  });
}

export const backdropMark = (layout: ExploreLayout, { preset }: MarkContext) =>
  backdropDots(layout.backdrop, { x: "x", y: "y" }, { preset, className: "explore-backdrop" });

/** Every estimate's low–high range: a vertical rule for the y range, a horizontal one for the x range (./ranges.ts). */
export function rangeMarks(layout: ExploreLayout, { preset, lang }: MarkContext) {
  const look = { stroke: colorOf(layout), opacity: 0.6, className: "explore-range", preset, lang };
  const format = (measure: Measure) => (v: number) => formatValue(v, measure, lang);
  const yRanged = layout.points.filter((p) => p.y.low !== null && p.y.high !== null);
  const xRanged = layout.points.filter((p) => p.x.low !== null && p.x.high !== null);
  return [
    rangeRules(
      yRanged,
      { axis: "y", at: (p) => p.x.value, low: (p) => p.y.low!, high: (p) => p.y.high!, format: format(layout.spec.y) },
      look
    ),
    rangeRules(
      xRanged,
      { axis: "x", at: (p) => p.y.value, low: (p) => p.x.low!, high: (p) => p.x.high!, format: format(layout.spec.x) },
      look
    )
  ];
}

/**
 * The emergence thresholds across x: a dotted rule each, its ability and model family in the tooltip (along y they
 * are the labelled layer of ./thresholds.ts).
 */
export function thresholdMarks(layout: ExploreLayout, { preset, lang }: MarkContext) {
  const style = presetStyle(preset);
  const tip = (t: { row: EmergenceRow }) => `${textIn(lang, t.row, "ability")} (${t.row.family ?? ""})`;
  const common = (t: { row: EmergenceRow }) => THRESHOLD_COLOR[t.row.prompting];
  const options = {
    stroke: common,
    strokeDasharray: "2,3",
    strokeOpacity: 0.8,
    strokeWidth: style.strokeWidth,
    className: "explore-threshold",
    ...(style.interactive ? { title: tip } : {})
  };
  return layout.thresholds.x.length ? [Plot.ruleX(layout.thresholds.x, { x: "value", ...options })] : [];
}

/** Each fit, a dashed line over the span of its models, in its group's colour. */
export function fitMarks(layout: ExploreLayout, { preset }: MarkContext) {
  const style = presetStyle(preset);
  return layout.fits.map((fit) =>
    Plot.line(fit.ends, {
      x: "x",
      y: "y",
      stroke: fit.group === null ? REFERENCE_GREY : layout.colors.get(fit.group)!,
      strokeWidth: style.strokeWidth * 1.5,
      strokeDasharray: "6,3",
      className: "explore-fit"
    })
  );
}

/**
 * The GPT line joined in date order (models named in `highlight` are ringed, not joined: they need not be a line); of several released the same
 * day (GPT-3's eight sizes), the line goes through the largest, so it follows the frontier instead of zigzagging.
 */
export const lineMark = (layout: ExploreLayout, { preset }: MarkContext) =>
  gptLineMark(explorerGptPath(layout.points, layout.spec), preset, { stroke: SELECTED, strokeOpacity: 0.5 });

/**
 * A GPT line through a path of points, in a paint: the explorer's (the selection's colour) or a Scaling look's (the
 * text's colour, tagged with its models so that a filter hides it in place); none for fewer than two points.
 */
export function gptLineMark(
  path: readonly ExplorePoint[],
  preset: Preset,
  paint: { stroke: string; strokeOpacity: number; tagged?: boolean }
) {
  if (path.length < 2) return null;
  return Plot.line(path, {
    x: (p) => p.x.value,
    y: (p) => p.y.value,
    stroke: paint.stroke,
    strokeOpacity: paint.strokeOpacity,
    strokeWidth: presetStyle(preset).strokeWidth,
    className: "explore-line",
    ...(paint.tagged ? { render: tagModels(path, (p) => p.id) } : {})
  });
}

/** The models: filled when both values are disclosed, hollow when either is an estimate; a tooltip each. */
export function dotMarks(layout: ExploreLayout, { preset, lang }: MarkContext) {
  const style = presetStyle(preset);
  const color = colorOf(layout);
  return Plot.dot(layout.points, {
    x: (p) => p.x.value,
    y: (p) => p.y.value,
    r: style.dotRadius,
    stroke: color,
    strokeWidth: style.strokeWidth,
    fill: (p) => (p.x.estimate || p.y.estimate ? "var(--theme-background, white)" : color(p)),
    ...(style.interactive ? { title: pointTitle(layout, lang) } : {}),
    ariaLabel: (p) => p.name,
    className: "explore-models"
  });
}

type PlacedName = ExploreLayout["labels"][number];

/** A thin line from each dot to its name where the name is set farther out (./names.ts), tagged with its model. */
export function leaderMark(
  layout: Pick<ExploreLayout, "labels">,
  { preset }: Pick<MarkContext, "preset">,
  stroke: string | ((d: PlacedName) => string) = "currentColor"
) {
  const led = layout.labels.filter((l) => l.leader);
  if (!led.length) return null;
  return Plot.link(led, {
    x1: (d) => d.leader!.x1,
    y1: (d) => d.leader!.y1,
    x2: (d) => d.leader!.x2,
    y2: (d) => d.leader!.y2,
    stroke,
    strokeOpacity: 0.7,
    strokeWidth: Math.max(1, presetStyle(preset).strokeWidth * 0.6),
    className: "explore-leaders",
    ariaHidden: "true",
    render: tagModels(led, (d) => d.id)
  });
}

/** Rings and names for the highlighted models, and the leaders of names set farther out. */
export function highlightMarks(layout: ExploreLayout, { preset }: MarkContext) {
  const style = presetStyle(preset);
  const rings = layout.points.filter((p) => p.highlighted);
  return [
    leaderMark(layout, { preset }),
    Plot.dot(rings, {
      x: (p) => p.x.value,
      y: (p) => p.y.value,
      r: style.dotRadius + 3,
      stroke: SELECTED,
      strokeWidth: 2,
      fill: "none",
      ariaHidden: "true"
    }),
    ...(["start", "end", "middle"] as const).map((anchor) =>
      Plot.text(
        layout.labels.filter((l) => l.anchor === anchor),
        {
          x: "labelX",
          y: "labelY",
          text: "name",
          textAnchor: anchor,
          fontSize: style.smallFontSize,
          fill: "currentColor",
          stroke: "var(--theme-background, white)",
          strokeWidth: 3,
          paintOrder: "stroke",
          className: "explore-labels"
        }
      )
    )
  ];
}

/** The Chinchilla ratio (about 20 tokens per parameter), dashed grey: a reference, not data. */
export function referenceMark(layout: Pick<ExploreLayout, "reference">, { preset }: Pick<MarkContext, "preset">) {
  if (!layout.reference.length) return null;
  return Plot.line(layout.reference, {
    x: "x",
    y: "y",
    stroke: REFERENCE_GREY,
    strokeDasharray: "8,5",
    strokeWidth: presetStyle(preset).strokeWidth,
    className: "explore-reference"
  });
}

/**
 * The legend under the x axis, inside the SVG (downloads carry it); the Scaling layers' legends too. On a fixed canvas
 * its entries may stand inside the plot, in a corner the layout found clear (the thresholds' key then stays under).
 */
export function legendMarks(
  layout: Pick<
    ExploreLayout,
    "legendUnder" | "legendInside" | "lineLegend" | "legendWidth" | "height" | "axisHeight"
  > & {
    margins: { left: number; bottom: number };
  },
  { preset, lang }: MarkContext
) {
  const style = presetStyle(preset);
  const cjk = rulesFor(lang).wideGlyphs;
  const inside = layout.legendInside;
  return [
    layout.legendUnder.length
      ? legendMark(layout.legendUnder, {
          x: layout.margins.left,
          y: layout.height - layout.margins.bottom + layout.axisHeight,
          width: layout.legendWidth,
          fontSize: style.smallFontSize,
          cjk
        })
      : null,
    ...[...(inside ?? []), ...(layout.lineLegend ?? [])].map((block) =>
      legendMark(block.items, { ...block, fontSize: style.smallFontSize, cjk })
    )
  ];
}
