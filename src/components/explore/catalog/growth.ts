// Growth of one measure (parameters, training compute or training tokens) against release date, on a log or
// linear scale: the GPT line highlighted and connected, other models coloured by branch, estimates hollow,
// undisclosed values drawn as undisclosed on their date, emergent-ability thresholds as labelled rules, trend curves
// that follow the filters. Every label is placed clear of the others (label-layout.ts) or left to the tooltip.
// Drawn in two steps, as Plot itself splits the work: growth/layout.ts computes the layout (which rows, domains,
// margins, label places) as plain data, then growth/marks.ts builds each group of marks from it.
import * as Plot from "@observablehq/plot";
import { dictionaryFor } from "../../../i18n/index.js";
import type { ReleaseRow } from "../../../contract.js";
import { BRANCHES } from "../../../contract.js";
import { linearTickFormat, logTickFormat } from "../../../i18n/format.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { accessiblePlot } from "../../a11y.js";
import { applyModelFilter } from "../../model-filter.js";
import { BRANCH_COLOR } from "../../../figures/palette.js";
import { plotBase, xAxisBase, yAxisBase } from "../../plot-base.js";
import type { GrowthChartOptions } from "./data.js";
import { growthLayout, type GrowthLayout } from "./layout.js";
import { backdropMark, modelMarks, pointLabelMarks, selectionMarks, type MarkContext } from "./marks.js";
import { drawsPeriod, periodMarks } from "../period.js";
import { bandMarks } from "../undisclosed.js";
import { trendMarks } from "../trends.js";
import { noteMarks } from "../notes.js";
import { thresholdMarks } from "../thresholds.js";
import { legendMarks } from "../marks.js";
import { rangeMarks } from "./ranges.js";

export { EARLIEST_DATE, drawableDate, growthChartHeight, growthDomain, type GrowthChartOptions } from "./data.js";
export { thresholdLabel, thresholdValue } from "../thresholds.js";
export { growthLayout } from "./layout.js";

/** The accessible name and description: the measure, the scale, and how many models are drawn, undisclosed or backdrop. */
function growthAria(layout: GrowthLayout, lang: Lang) {
  const w = dictionaryFor(lang).charts.growth;
  const { known, undisclosed, thresholds, backdrop, metric, scale } = layout;
  return {
    label: w.chart(w.metric[metric], known.length, w.scale[scale]),
    description: `${backdrop.length ? `${w.backdrop}: ${backdrop.length}. ` : ""}${known.length} / ${undisclosed.length} ${w.undisclosedMark} (${undisclosed.map((r) => r.name).join(", ") || "—"}).${thresholds.length ? ` ${thresholds.length} × ${w.fewShot}.` : ""}`
  };
}

/** The axes: years along x; on y the measure, whole decades labelled on a log scale, five ticks on a linear one. */
function growthAxes(layout: GrowthLayout, preset: Preset, lang: Lang) {
  const w = dictionaryFor(lang).charts.growth;
  const { metric, scale, domain } = layout;
  const unit = metric === "training_compute" ? "flop" : "count";
  return {
    x: {
      type: "utc" as const,
      domain: [layout.x0, layout.x1],
      ...xAxisBase(preset, w.date),
      ticks: "year",
      tickFormat: "%Y"
    },
    y: {
      type: scale,
      domain,
      range: [layout.height - layout.margins.bottom, layout.margins.top],
      ...yAxisBase(`${w.metric[metric]} (${w.scale[scale]})`, { preset, left: layout.margins.left }),
      ...(scale === "log"
        ? {
            ticks: Math.max(2, Math.round(Math.log10(domain[1] / domain[0]))),
            tickFormat: logTickFormat(unit, lang)
          }
        : { ticks: 5, tickFormat: linearTickFormat(unit, lang) })
    }
  };
}

export function growthChart(releases: readonly ReleaseRow[], options: GrowthChartOptions): SVGSVGElement {
  const { preset = "web", lang = "en", selected = null } = options;
  const layout = growthLayout(releases, options);
  const context: MarkContext = { preset, lang, selected };
  const chart = accessiblePlot(
    Plot.plot({
      ...plotBase(preset, layout, growthAria(layout, lang), { overflow: "visible" }),
      ...growthAxes(layout, preset, lang),
      color: { domain: [...BRANCHES], range: BRANCHES.map((b) => BRANCH_COLOR[b]!) },
      marks: [
        backdropMark(layout, context),
        ...periodMarks(
          drawsPeriod("date", [...layout.known, ...layout.undisclosed]),
          { xEnd: layout.x1, yDomain: layout.domain },
          context
        ),
        ...bandMarks(layout, context),
        ...thresholdMarks(layout, context),
        ...rangeMarks(layout, context),
        ...modelMarks(layout, context),
        ...trendMarks(layout, context),
        ...pointLabelMarks(layout, context),
        ...noteMarks(layout.notes, context),
        ...selectionMarks(layout, context),
        legendMarks(layout, context)
      ]
    })
  ) as SVGSVGElement;
  if (options.visible !== undefined) applyModelFilter(chart, options.visible);
  return chart;
}
