// The period after the source article (contract.ts, ARTICLE_END), drawn apart: a light shade from the article's end
// to the frame's right edge, a dashed rule at the end, and its name at the top. Drawn only when a model of that period
// is drawn, so a chart of the article's models alone (the talk, ?period=article) is the article's chart unchanged.
import { dictionaryFor } from "../../../i18n/index.js";
import { presetStyle } from "../../../figures/presets.js";
import { periodShadeMarks } from "../../period-shade.js";
import type { GrowthLayout } from "./layout.js";
import type { MarkContext } from "./marks.js";

export function periodBandMarks(layout: GrowthLayout, { preset, lang }: MarkContext) {
  const after = [...layout.known, ...layout.undisclosed].some((r) => r.period === "after");
  if (!after) return [];
  const [bottom, top] = layout.domain;
  return periodShadeMarks({
    end: layout.x1,
    y: [bottom, top],
    label: dictionaryFor(lang).charts.period.after,
    labelAt: "start",
    fontSize: presetStyle(preset).smallFontSize,
    rule: true
  });
}
