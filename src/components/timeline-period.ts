// The timeline's period after the source article (contract.ts, ARTICLE_END): a light shade from the article's end to
// the frame's right edge, down every row, named at its top right. Drawn only when a model of that period is drawn.
import * as Plot from "@observablehq/plot";
import { ARTICLE_END, type ReleaseRow } from "../contract.js";
import { dictionaryFor } from "../i18n/index.js";
import type { Lang } from "../figures/types.js";
import { parseDate } from "./encoding.js";

export function timelinePeriodMarks(
  releases: readonly ReleaseRow[],
  frame: { x1: Date; rows: number; fontSize: number },
  lang: Lang
): Plot.Markish[] {
  const start = parseDate(ARTICLE_END);
  if (!releases.some((r) => r.period === "after") || +frame.x1 <= +start) return [];
  const [top, bottom] = [-0.5, frame.rows - 0.5];
  return [
    Plot.rect([0], {
      x1: start,
      x2: frame.x1,
      y1: top,
      y2: bottom,
      fill: "currentColor",
      fillOpacity: 0.05,
      className: "period-after"
    }),
    Plot.text([dictionaryFor(lang).charts.period.after], {
      x: frame.x1,
      y: top,
      textAnchor: "end",
      lineAnchor: "top",
      dx: -4,
      dy: 4,
      fontSize: frame.fontSize,
      fillOpacity: 0.75,
      className: "period-after-label"
    })
  ];
}
