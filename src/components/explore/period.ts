// The period after the source article (contract.ts, ARTICLE_END) as a layer of any view with dates along x: a light
// shade from the article's end to the frame's right edge, a dashed rule at the end, and its name at the top. Drawn
// only when a model of that period is drawn, so a chart of the article's models alone (the talk, ?period=article) is
// the article's chart unchanged.
import { ARTICLE_END, type ReleaseRow } from "../../contract.js";
import { dictionaryFor } from "../../i18n/index.js";
import { presetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { parseDate } from "../encoding.js";
import { periodShadeMarks } from "../period-shade.js";

/** The article's end, on a date axis. */
export const ARTICLE_END_TIME = +parseDate(ARTICLE_END);

/** Whether a view draws the period band: dates along x, and a model of the period after the article among those drawn. */
export const drawsPeriod = (x: string, rows: Iterable<Pick<ReleaseRow, "period">>) => {
  if (x !== "date") return false;
  for (const r of rows) if (r.period === "after") return true;
  return false;
};

/** The band's marks, over the y domain up to the frame's right edge (none when the band is off). */
export function periodMarks(
  on: boolean,
  frame: { xEnd: Date | number; yDomain: readonly [number, number] },
  { preset, lang }: { preset: Preset; lang: Lang }
) {
  if (!on) return [];
  const [bottom, top] = frame.yDomain;
  return periodShadeMarks({
    end: new Date(+frame.xEnd),
    y: [bottom, top],
    label: dictionaryFor(lang).charts.period.after,
    labelAt: "start",
    fontSize: presetStyle(preset).smallFontSize,
    rule: true
  });
}
