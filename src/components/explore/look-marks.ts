// A Scaling chart's look drawn by the explore figure (./look.ts): the dot styles (branch colours, the GPT line
// outlined, estimates hollow diamonds), the GPT line joined, the names (the selection in red with its value), the
// selection's ring or its rule down from the band, the axes and the accessible name. Everything drawn for a model
// carries its id (src/components/model-filter.ts): a filter hides it in place.
import * as Plot from "@observablehq/plot";
import type { ReleaseRow } from "../../contract.js";
import { presetStyle } from "../../figures/presets.js";
import type { Lang, Preset } from "../../figures/types.js";
import { dictionaryFor, punctuation, textIn } from "../../i18n/index.js";
import { exactNumber, linearTickFormat, logTickFormat } from "../../i18n/format.js";
import { SELECTED } from "../../figures/palette.js";
import { formatCount, formatDate, formatMetric } from "../encoding.js";
import { tagModels } from "../model-filter.js";
import { svg } from "../dom.js";
import { xAxisBase, yAxisBase } from "../plot-base.js";
import { METRIC_OF } from "./data.js";
import type { ExploreLayout } from "./layout.js";
import type { ExplorePoint } from "./model.js";
import { backdropDots, gptLineMark, leaderMark, type MarkContext } from "./marks.js";
import { lookGptPath } from "./lines.js";

const byId = (d: { id: string }) => d.id;
const metricOf = (layout: ExploreLayout) => METRIC_OF[layout.spec.y]!;

/** A model's tooltip on the growth look: name, date, value (short and exact), status, note and source. */
function growthTooltip(layout: ExploreLayout, lang: Lang) {
  const w = dictionaryFor(lang).charts.growth;
  const { colon } = punctuation(lang);
  const metric = metricOf(layout);
  const statusText = (d: ReleaseRow) => {
    const status = d[`${metric}_status`];
    return status === "estimate" ? `${w.status.estimate} ${d[`${metric}_estimated_by`]}` : w.status[status];
  };
  return ({ row: d, y }: ExplorePoint) =>
    [
      d.name,
      `${w.released}${colon}${formatDate(d.release_date, d.release_precision, lang)}`,
      // Chinese: the exact count already carries its 亿 reading; English: the short form, then the exact count.
      `${w.metric[metric]}${colon}${w.valueWithExact(formatMetric(metric, y.value, lang), exactNumber(y.value, lang))}`,
      statusText(d),
      ...(d[`${metric}_note`] ? [textIn(lang, d, `${metric}_note`)!] : []),
      `${w.source}${colon}${d[`${metric}_source_url`] ?? d[`${metric}_source`]}`
    ].join("\n");
}

/** A model's tooltip on the tokens look: its two values, their ratio and the source. */
const tokensTooltip =
  (lang: Lang) =>
  ({ row: d, x, y }: ExplorePoint) =>
    dictionaryFor(lang).charts.tokens.tooltip(
      d.name,
      formatCount(x.value, lang),
      formatCount(y.value, lang),
      (y.value / x.value).toFixed(1),
      d.training_tokens_source_url ?? d.training_tokens_source
    );

export const lookTooltip = (layout: ExploreLayout, lang: Lang) =>
  layout.look?.look === "tokens" ? tokensTooltip(lang) : growthTooltip(layout, lang);

/**
 * The look's dots, one mark per kind with constant styles: disclosed values filled in their branch's colour,
 * estimates hollow diamonds, the GPT line's outlined and a little larger.
 */
export function lookDotMarks(layout: ExploreLayout, points: readonly ExplorePoint[], { preset, lang }: MarkContext) {
  const style = presetStyle(preset);
  const [r, stroke] = [style.dotRadius, style.strokeWidth];
  const color = (p: ExplorePoint) => layout.colors.get(p.group)!;
  const title = lookTooltip(layout, lang);
  const tokens = layout.look?.look === "tokens";
  return [false, true].flatMap((gpt) =>
    [false, true].map((estimate) => {
      const kind = points.filter((p) => p.row.gpt_line === gpt && (p.x.estimate || p.y.estimate) === estimate);
      const grow = gpt ? (tokens ? 1.5 : estimate ? 1.5 : 1) : estimate && !tokens ? 0.5 : 0;
      return Plot.dot(kind, {
        x: (p) => p.x.value,
        y: (p) => p.y.value,
        r: r + grow,
        fill: estimate ? "none" : color,
        fillOpacity: gpt || tokens ? 1 : 0.85,
        stroke: gpt ? "currentColor" : color,
        strokeWidth: stroke + (gpt && !tokens ? 0.5 : estimate && !tokens ? 0.3 : 0),
        symbol: estimate ? "diamond" : "circle",
        title,
        ariaLabel: (p) => p.name,
        className: "explore-models",
        render: tagModels(kind, byId)
      });
    })
  );
}

/** Epoch's backdrop, tagged with its models (the page's years filter hides them in place). */
export const lookBackdropMark = (layout: ExploreLayout, { preset }: MarkContext) =>
  backdropDots(layout.backdrop, { x: "x", y: "y" }, { preset, className: "explore-backdrop backdrop", tag: true });

/** The GPT line joined through the look's path (its models in date order), outlined in the text's colour. */
export const lookLineMark = (layout: ExploreLayout, { preset }: MarkContext) =>
  gptLineMark(lookGptPath(layout.points, layout.look), preset, {
    stroke: "currentColor",
    strokeOpacity: 0.6,
    tagged: true
  });

/**
 * The look's names where the layout placed them (the selection in red, with its value); one mark per text anchor,
 * after the leaders of the names set farther out.
 */
export function lookNameMarks(layout: ExploreLayout, { preset }: MarkContext) {
  const selected = layout.look?.selected ?? null;
  const growth = layout.look?.look === "growth";
  const leaders = leaderMark(layout, { preset }, (d) => (d.id === selected ? SELECTED : "currentColor"));
  const names = (["start", "end", "middle"] as const).map((anchor) => {
    const labels = layout.labels.filter((l) => l.anchor === anchor);
    return Plot.text(labels, {
      x: "labelX",
      y: "labelY",
      text: "text",
      textAnchor: anchor,
      ...(growth ? { fontWeight: 600 } : { fontSize: presetStyle(preset).smallFontSize }),
      fill: (d) => (d.id === selected ? SELECTED : "currentColor"),
      className: "halo explore-labels",
      render: tagModels(labels, byId)
    });
  });
  return [leaders, ...names];
}

/** The selection: a red ring around its point, or a red rule down from its × in the band. */
export function lookSelectionMarks(layout: ExploreLayout, { preset }: MarkContext) {
  const selected = layout.look?.selected ?? null;
  const point = layout.points.find((p) => p.id === selected);
  const cross = layout.band?.crosses.find((p) => p.id === selected);
  return [
    point
      ? Plot.dot([point], {
          x: (p) => p.x.value,
          y: (p) => p.y.value,
          r: presetStyle(preset).dotRadius + 6,
          stroke: SELECTED,
          strokeWidth: 3,
          ariaHidden: "true",
          render: tagModels([point], byId)
        })
      : null,
    cross && layout.band
      ? Plot.ruleX([cross], {
          x: "date",
          y1: layout.band.selectionY,
          y2: layout.yDomain[0],
          stroke: SELECTED,
          strokeWidth: 2.5,
          render: tagModels([cross], byId)
        })
      : null
  ];
}

/** The look's axes: years along x and the measure on y (whole decades labelled), or parameters against tokens. */
export function lookAxes(layout: ExploreLayout, preset: Preset, lang: Lang) {
  const { xDomain, yDomain } = layout;
  if (layout.look?.look === "tokens") {
    const w = dictionaryFor(lang).charts.tokens;
    const ticks = { tickFormat: logTickFormat("count", lang) };
    return {
      x: { type: "log" as const, domain: xDomain, insetLeft: layout.insetLeft, ...xAxisBase(preset, w.x), ...ticks },
      y: { type: "log" as const, domain: yDomain, ...yAxisBase(w.y, { preset, left: layout.margins.left }), ...ticks }
    };
  }
  const w = dictionaryFor(lang).charts.growth;
  const metric = metricOf(layout);
  const unit = metric === "training_compute" ? "flop" : "count";
  const scale = layout.ylog ? ("log" as const) : ("linear" as const);
  return {
    x: {
      type: "utc" as const,
      domain: xDomain,
      ...xAxisBase(preset, w.date),
      // On a fixed canvas the title may stand on the tick row (lookDateTitle), or be left out.
      ...(layout.xTitle || layout.dateUntitled ? { label: null } : {}),
      ticks: "year",
      tickFormat: "%Y"
    },
    y: {
      type: scale,
      domain: yDomain,
      ...yAxisBase(`${w.metric[metric]} (${w.scale[scale]})`, { preset, left: layout.margins.left }),
      ...(layout.countUntitled ? { label: null } : {}),
      ...(layout.ylog
        ? { ticks: Math.max(2, Math.round(Math.log10(yDomain[1] / yDomain[0]))), tickFormat: logTickFormat(unit, lang) }
        : { ticks: 5, tickFormat: linearTickFormat(unit, lang) })
    }
  };
}

/** The date axis's title on the tick row, left of the first year, where the layout put it there (a fixed canvas). */
export function lookDateTitle(layout: ExploreLayout) {
  const title = layout.xTitle;
  if (!title) return null;
  return () =>
    svg(
      "text",
      {
        class: "x-title",
        x: title.x,
        y: layout.height - layout.margins.bottom + title.dy,
        "text-anchor": "end",
        fill: "currentColor"
      },
      title.text
    ) as SVGElement;
}

/** The look's accessible name and description: the measure, the scale, and how many models are drawn. */
export function lookAria(layout: ExploreLayout, lang: Lang) {
  const { colon, list } = punctuation(lang);
  if (layout.look?.look === "tokens") {
    const w = dictionaryFor(lang).charts.tokens;
    const description = layout.points
      .map((p) => `${p.name}${colon}${formatCount(p.x.value, lang)} / ${formatCount(p.y.value, lang)}`)
      .join(list);
    return { label: w.aria(layout.points.length), description };
  }
  const w = dictionaryFor(lang).charts.growth;
  const crosses = layout.band?.crosses ?? [];
  const thresholds = layout.thresholdMarks.length;
  const backdrop = layout.backdrop.length ? `${w.backdrop}: ${layout.backdrop.length}. ` : "";
  const names = crosses.map((r) => r.name).join(", ") || "—";
  return {
    label: w.chart(w.metric[metricOf(layout)], layout.points.length, w.scale[layout.ylog ? "log" : "linear"]),
    description: `${backdrop}${layout.points.length} / ${crosses.length} ${w.undisclosedMark} (${names}).${thresholds ? ` ${thresholds} × ${w.fewShot}.` : ""}`
  };
}
