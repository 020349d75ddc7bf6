// Parameters against training tokens, log–log, with the Chinchilla compute-optimal reference of about
// 20 tokens per parameter (Hoffmann et al. 2022). Only models that disclose both are drawn. One label per family,
// placed clear of the points and of each other; a family label that fits nowhere is left to the tooltip.
// The layout (domains, margins, legend, label places) is computed first (tokens/layout.ts), then the marks.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, punctuation } from "../../../i18n/index.js";
import { BRANCHES, type ReleaseRow } from "../../../contract.js";
import type { Lang, Preset } from "../../../figures/types.js";
import { logTickFormat } from "../../../i18n/format.js";
import { accessiblePlot } from "../../a11y.js";
import { formatCount } from "../../encoding.js";
import { applyModelFilter } from "../../model-filter.js";
import { BRANCH_COLOR } from "../../../figures/palette.js";
import { plotBase, xAxisBase, yAxisBase } from "../../plot-base.js";
import { tokensLayout } from "./tokens-layout.js";
import { familyLabelMarks, modelMarks, selectionMark } from "./tokens-marks.js";
import { legendMarks, referenceMark } from "../marks.js";

export { CHINCHILLA_TOKENS_PER_PARAMETER, tokensChartHeight, tokensLayout } from "./tokens-layout.js";

export interface TokensChartOptions {
  width: number;
  height?: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  visible?: ReadonlySet<string> | null;
  /** Every catalog row: with it, the axes keep the story's frame, not only what is drawn. */
  frame?: readonly ReleaseRow[] | null;
}

export function tokensChart(releases: readonly ReleaseRow[], options: TokensChartOptions): SVGSVGElement {
  const { selected = null, visible, preset = "web", lang = "en" } = options;
  const w = dictionaryFor(lang).charts.tokens;
  const layout = tokensLayout(releases, options);
  const { points } = layout;
  const { colon, list } = punctuation(lang);
  const description = points
    .map((p) => `${p.name}${colon}${formatCount(p.parameters, lang)} / ${formatCount(p.training_tokens, lang)}`)
    .join(list);
  const chart = accessiblePlot(
    Plot.plot({
      ...plotBase(preset, layout, { label: w.aria(points.length), description }),
      x: {
        type: "log",
        domain: layout.xDomain,
        insetLeft: layout.insetLeft,
        ...xAxisBase(preset, w.x),
        tickFormat: logTickFormat("count", lang)
      },
      y: {
        type: "log",
        domain: layout.yDomain,
        ...yAxisBase(w.y, { preset, left: layout.margins.left }),
        tickFormat: logTickFormat("count", lang)
      },
      color: { domain: [...BRANCHES], range: BRANCHES.map((b) => BRANCH_COLOR[b]) },
      marks: [
        referenceMark(layout, { preset }),
        ...modelMarks(layout, preset, lang),
        ...familyLabelMarks(layout, preset),
        selectionMark(layout, preset, selected),
        legendMarks(layout, { preset, lang })
      ]
    })
  ) as SVGSVGElement;
  if (visible !== undefined) applyModelFilter(chart, visible);
  return chart;
}
