// The timeline's period after the source article (contract.ts, ARTICLE_END): a light shade from the article's end to
// the frame's right edge, down every row, named at its top right. Drawn only when a model of that period is drawn.
import type * as Plot from "@observablehq/plot";
import type { ReleaseRow } from "../contract.js";
import { dictionaryFor } from "../i18n/index.js";
import type { Lang } from "../figures/types.js";
import { periodShadeMarks } from "./period-shade.js";

export function timelinePeriodMarks(
  releases: readonly ReleaseRow[],
  frame: { x1: Date; rows: number; fontSize: number },
  lang: Lang
): Plot.Markish[] {
  if (!releases.some((r) => r.period === "after")) return [];
  return periodShadeMarks({
    end: frame.x1,
    y: [frame.rows - 0.5, -0.5],
    label: dictionaryFor(lang).charts.period.after,
    labelAt: "end",
    fontSize: frame.fontSize
  });
}
