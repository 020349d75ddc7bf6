// The period after the source article (contract.ts, ARTICLE_END) as a chart draws it: a light shade from the
// article's end to the frame's right edge, named at its top (at the shade's start, or its end where the start is
// crowded), with an optional dashed rule at the article's end. Shared by the growth charts and the timeline.
import * as Plot from "@observablehq/plot";
import { ARTICLE_END } from "../contract.js";
import { parseDate } from "./encoding.js";

export interface PeriodShade {
  /** The frame's right edge (no shade when it is before the article's end). */
  end: Date;
  /** The shade's vertical extent, in the chart's y values: [bottom or top, the edge the label hangs from]. */
  y: [number, number];
  label: string;
  labelAt: "start" | "end";
  fontSize: number;
  rule?: boolean;
}

export function periodShadeMarks({ end, y: [y1, y2], label, labelAt, fontSize, rule }: PeriodShade): Plot.Markish[] {
  const start = parseDate(ARTICLE_END);
  if (+end <= +start) return [];
  const atStart = labelAt === "start";
  return [
    Plot.rect([0], { x1: start, x2: end, y1, y2, fill: "currentColor", fillOpacity: 0.05, className: "period-after" }),
    rule ? Plot.ruleX([start], { y1, y2, stroke: "currentColor", strokeOpacity: 0.4, strokeDasharray: "4,3" }) : null,
    Plot.text([label], {
      x: atStart ? start : end,
      y: y2,
      textAnchor: atStart ? "start" : "end",
      lineAnchor: "top",
      dx: atStart ? 4 : -4,
      dy: 4,
      fontSize,
      fillOpacity: 0.75,
      className: "period-after-label"
    })
  ];
}
