// The period after the source article (contract.ts, ARTICLE_END), drawn apart: a light shade from the article's end
// to the frame's right edge, a dashed rule at the end, and its name at the top. Drawn only when a model of that period
// is drawn, so a chart of the article's models alone (the talk, ?period=article) is the article's chart unchanged.
import * as Plot from "@observablehq/plot";
import { ARTICLE_END } from "../../contract.js";
import { dictionaryFor } from "../../i18n/index.js";
import { presetStyle } from "../../figures/presets.js";
import { parseDate } from "../encoding.js";
import type { GrowthLayout } from "./layout.js";
import type { MarkContext } from "./marks.js";

export function periodBandMarks(layout: GrowthLayout, { preset, lang }: MarkContext) {
  const start = parseDate(ARTICLE_END);
  const after = [...layout.known, ...layout.undisclosed].some((r) => r.period === "after");
  if (!after || +layout.x1 <= +start) return [];
  const style = presetStyle(preset);
  const [bottom, top] = layout.domain;
  return [
    Plot.rect([0], {
      x1: start,
      x2: layout.x1,
      y1: bottom,
      y2: top,
      fill: "currentColor",
      fillOpacity: 0.05,
      className: "period-after"
    }),
    Plot.ruleX([start], { y1: bottom, y2: top, stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "4,3" }),
    Plot.text([dictionaryFor(lang).charts.period.after], {
      x: start,
      y: top,
      textAnchor: "start",
      lineAnchor: "top",
      dx: 4,
      dy: 4,
      fontSize: style.smallFontSize,
      fillOpacity: 0.75,
      className: "period-after-label"
    })
  ];
}
