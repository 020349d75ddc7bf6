// A growth chart's marks, each group drawn from the layout (growth/layout.ts), in the order they stack: the
// backdrop, the band of undisclosed values, the thresholds, the models, the trends, the labels and notes, the
// selection, and the legend.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, textIn, punctuation } from "../../../i18n/index.js";
import { exactNumber } from "../../../i18n/format.js";
import { presetStyle } from "../../../figures/presets.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { formatDate, formatMetric } from "../../encoding.js";
import { tagModels } from "../../model-filter.js";
import { SELECTED } from "../../../figures/palette.js";
import type { GrowthLayout, GrowthPoint } from "./layout.js";
import { backdropDots } from "../marks.js";

const byId = (d: { id: string }) => d.id;

/** What each mark group needs besides the layout. */
export interface MarkContext {
  preset: Preset;
  lang: Lang;
  selected: string | null;
}

/** The imported backdrop, first so that everything else draws over it (the explorer's builder). */
export const backdropMark = (layout: GrowthLayout, { preset }: MarkContext) =>
  backdropDots(layout.backdrop, { x: "date", y: "value" }, { preset, className: "backdrop", tag: true });

/** A model's tooltip: name, date, value (short and exact), status, note and source. */
export function pointTooltip(layout: GrowthLayout, lang: Lang) {
  const w = dictionaryFor(lang).charts.growth;
  const { colon } = punctuation(lang);
  const { metric } = layout;
  const statusText = (d: GrowthPoint) =>
    d.status === "estimate" ? `${w.status.estimate} ${d[`${metric}_estimated_by`]}` : w.status[d.status];
  return (d: GrowthPoint) =>
    [
      d.name,
      `${w.released}${colon}${formatDate(d.release_date, d.release_precision, lang)}`,
      // Chinese: the exact count already carries its 亿 reading; English: the short form, then the exact count.
      `${w.metric[metric]}${colon}${w.valueWithExact(formatMetric(metric, d.value, lang), exactNumber(d.value, lang))}`,
      statusText(d),
      ...(d[`${metric}_note`] ? [textIn(lang, d, `${metric}_note`)!] : []),
      `${w.source}${colon}${d[`${metric}_source_url`] ?? d[`${metric}_source`]}`
    ].join("\n");
}

/** Models: disclosed values filled circles, outside estimates hollow diamonds; the GPT line outlined and connected. */
export function modelMarks(layout: GrowthLayout, { preset, lang }: MarkContext) {
  const style = presetStyle(preset);
  const r = style.dotRadius;
  const title = pointTooltip(layout, lang);
  const { points, path } = layout;
  const kind = (gpt: boolean, estimate: boolean) =>
    points.filter((d) => d.gpt_line === gpt && (d.status === "estimate") === estimate);
  const dots = (data: GrowthPoint[], options: Plot.DotOptions) =>
    Plot.dot(data, { x: "date", y: "value", ...options, title, render: tagModels(data, byId) });
  const [disclosedContext, estimatedContext, disclosedGpt, estimatedGpt] = [
    kind(false, false),
    kind(false, true),
    kind(true, false),
    kind(true, true)
  ];
  const stroke = style.strokeWidth;
  return [
    dots(disclosedContext, { r, fill: "branch", stroke: "branch", strokeWidth: stroke, fillOpacity: 0.85 }),
    dots(estimatedContext, {
      r: r + 0.5,
      fill: "none",
      stroke: "branch",
      symbol: "diamond",
      strokeWidth: stroke + 0.3
    }),
    path.length > 1
      ? Plot.line(path, {
          x: "date",
          y: "value",
          stroke: "currentColor",
          strokeOpacity: 0.6,
          strokeWidth: stroke,
          render: tagModels(path, byId)
        })
      : null,
    dots(disclosedGpt, { r: r + 1, fill: "branch", stroke: "currentColor", strokeWidth: stroke + 0.5 }),
    dots(estimatedGpt, {
      r: r + 1.5,
      fill: "none",
      stroke: "currentColor",
      symbol: "diamond",
      strokeWidth: stroke + 0.5
    })
  ];
}

/** Point labels where the layout placed them (the selection in red, with its value); one mark per text anchor. */
export const pointLabelMarks = (layout: GrowthLayout, { lang, selected }: MarkContext) =>
  (["start", "end", "middle"] as const).map((anchor) => {
    const labels = layout.pointLabels.filter((d) => d.place.textAnchor === anchor);
    return Plot.text(labels, {
      x: "labelX",
      y: "labelY",
      text: (d) => (d.id === selected ? `${d.name}: ${formatMetric(layout.metric, d.value, lang)}` : d.name),
      textAnchor: anchor,
      fontWeight: 600,
      fill: (d) => (d.id === selected ? SELECTED : "currentColor"),
      className: "halo",
      render: tagModels(labels, byId)
    });
  });

/** The selection: a red ring around its point, or a red rule down from its × in the band. */
export function selectionMarks(layout: GrowthLayout, { preset, selected }: MarkContext) {
  const r = presetStyle(preset).dotRadius;
  const { selectedPoint } = layout;
  const selectedUndisclosed = layout.band.crosses.find((p) => p.id === selected);
  return [
    selectedPoint
      ? Plot.dot([selectedPoint], {
          x: "date",
          y: "value",
          r: r + 6,
          stroke: SELECTED,
          strokeWidth: 3,
          render: tagModels([selectedPoint], byId)
        })
      : null,
    selectedUndisclosed
      ? Plot.ruleX([selectedUndisclosed], {
          x: "date",
          y1: layout.band.selectionY,
          y2: layout.domain[0],
          stroke: SELECTED,
          strokeWidth: 2.5,
          render: tagModels([selectedUndisclosed], byId)
        })
      : null
  ];
}
