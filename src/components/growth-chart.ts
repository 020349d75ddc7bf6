// Growth of one measure (parameters, training compute or training tokens) against release date, on a log or
// linear scale: the GPT line highlighted and connected, other models coloured by branch, estimates hollow,
// undisclosed values drawn as undisclosed on their date, emergent-ability thresholds as labelled rules, trend curves
// that follow the filters. Every label is placed clear of the others (label-layout.ts) or left to the tooltip.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, inLang, punctuation } from "../i18n/index.js";
import type { EmergenceRow, FittedTrend, ImportedModel, Metric, ReleaseRow, TrendRow } from "../contract.js";
import { BRANCHES } from "../contract.js";
import { presetStyle, textWidth } from "../figures/presets.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { BRANCH_COLOR, formatDate, formatMetric, parseDate, plotWidth } from "./encoding.js";
import { exactNumber, linearTickFormat, logTickFormat } from "../i18n/format.js";
import { packRows, placeLabels, spreadLabels, type Box, type LabelRequest } from "./label-layout.js";
import { applyModelFilter, tagModels } from "./model-filter.js";
import { legendHeight, legendMark, legendRows, type LegendItem } from "./svg-legend.js";
import { minOf, maxOf } from "./number-extent.js";

export interface GrowthChartOptions {
  width: number;
  /** The height to fill; by default growthChartHeight(width, preset). */
  height?: number;
  metric: Metric;
  preset?: Preset;
  lang?: Lang;
  scale?: "log" | "linear";
  thresholds?: readonly EmergenceRow[];
  trends?: readonly TrendRow[];
  selected?: string | null;
  /** Connect these (in date order) as the GPT line. */
  gptPath?: readonly string[];
  /** Models drawn as a grey background layer (the Epoch AI import), never highlighted. */
  backdrop?: readonly ImportedModel[];
  /**
   * Widen the x axis from the catalog's dates (the story's frame, the default) to the backdrop's whole range. The
   * domain comes from every backdrop row with a drawable date, whatever its measure, so the parameter and compute
   * charts keep one axis.
   */
  widen?: boolean;
  /** The build's as-of date (YYYY-MM-DD): no model is drawn as released after it. */
  asOf: string;
  /** Models to show (the rest are drawn but hidden, so that a filter change need not redraw); null shows all. */
  visible?: ReadonlySet<string> | null;
  /** Label every model drawn (a slide's build), not only the GPT line. */
  labelAll?: boolean;
  /** Extra annotations: a note beside a model's point. */
  annotations?: readonly { id: string; text: string }[];
}

export const thresholdValue = (row: EmergenceRow, metric: Metric) =>
  metric === "parameters" ? row.threshold_parameters : metric === "training_compute" ? row.threshold_flops : null;

export const thresholdLabel = (row: EmergenceRow, metric: Metric, lang: Lang = "en") =>
  `${inLang(lang, row.ability, row.ability_zh)} · ${formatMetric(metric, thresholdValue(row, metric), lang).replace(" FLOP", "")} ${row.family ?? ""}`.trim();

/** The height a growth chart takes at a width, before it draws (the figure reserves it). */
export function growthChartHeight(width: number, preset: Preset = "web"): number {
  // In print, tall enough for the band, the legend and five decades that can be read between them (at 0.52 of the
  // width the plot itself was 3 cm tall); the report grows it further into its page's room.
  if (preset === "print") return Math.round(width * 0.72);
  if (preset === "download") return Math.round(width * 0.6);
  return Math.round(Math.max(440, Math.min(660, width * 0.52)));
}

/** Earlier than this, a release date is an error in the data, not a model (the perceptron is from 1958). */
export const EARLIEST_DATE = "1950-01-01";

/**
 * A release date that can be drawn: a calendar day written YYYY-MM-DD, from 1950 to `asOf` (the date of the data);
 * null for anything else, so that an impossible date never reaches a scale.
 */
export function drawableDate(text: string, asOf: string): Date | null {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = parseDate(text);
  // "2023-02-30" would parse as 2 March: a day its month does not have is not a date.
  if (Number.isNaN(+date) || date.toISOString().slice(0, 10) !== text) return null;
  return text >= EARLIEST_DATE && text <= asOf ? date : null;
}

/** Days of margin either side of the dates drawn, so that no point sits on the frame. */
const DATE_PAD = 100 * 864e5;

/**
 * The growth charts' x domain: the catalog's dates, padded (the story's frame); widened, the backdrop's dates too,
 * all of them whatever their measure, so that every growth chart drawn from the same rows has the same axis.
 */
export function growthDomain(
  releases: readonly { release_date: string }[],
  backdrop: readonly { release_date: string }[],
  options: { widen?: boolean; asOf: string }
): [Date, Date] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of options.widen ? [...releases, ...backdrop] : releases) {
    const date = drawableDate(row.release_date, options.asOf);
    if (!date) continue;
    lo = Math.min(lo, +date);
    hi = Math.max(hi, +date);
  }
  // Nothing drawable: the year up to the data's date, an empty frame that says so by its axis.
  if (lo > hi) [lo, hi] = [+parseDate(options.asOf) - 365 * 864e5, +parseDate(options.asOf)];
  return [new Date(lo - DATE_PAD), new Date(hi + DATE_PAD)];
}

const MS_PER_YEAR = 365.2425 * 864e5;
/** A fit sampled as a curve (straight on a log scale, curved on a linear one). */
function trendCurve(trend: FittedTrend, samples = 48) {
  const t0 = +parseDate(trend.start_date);
  const t1 = +parseDate(trend.end_date);
  return Array.from({ length: samples + 1 }, (_, i) => {
    const t = t0 + ((t1 - t0) * i) / samples;
    return {
      trend,
      date: new Date(t),
      value: trend.start_value * 10 ** (trend.slope_log10_per_year * ((t - t0) / MS_PER_YEAR))
    };
  });
}

const TREND_COLOR = { "gpt-flagships": "#be185d", all: "#64748b" } as Record<string, string>;
const THRESHOLD_COLOR = { "few-shot": "#7c3aed", augmented: "#0f766e" } as const;
const SELECTED = "#dc2626";

export function growthChart(releases: readonly ReleaseRow[], options: GrowthChartOptions): SVGSVGElement {
  const {
    metric,
    scale = "log",
    selected = null,
    gptPath = [],
    annotations = [],
    preset = "web",
    lang = "en"
  } = options;
  const w = dictionaryFor(lang).charts.growth;
  // Tooltip punctuation in the page's language: full-width in Chinese.
  const { colon, comma, open, close, stop } = punctuation(lang);
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const small = style.smallFontSize;
  const cjk = lang === "zh";
  const width = Math.round(options.width);
  const height = Math.round(options.height ?? growthChartHeight(width, preset));
  // A population with fewer than two points has no fit (the trend table says why): nothing to draw.
  const trends = (options.trends ?? []).filter((t): t is FittedTrend => t.metric === metric && t.status === "fitted");

  // The story's frame: the catalog's dates (or, widened, the backdrop's whole range). Backdrop models outside it, and
  // impossible dates anywhere, never reach the scale.
  const asOf = options.asOf;
  // A chart drawn as of no real day would have an unbounded frame: a caller's error, said as such.
  if (!drawableDate(asOf, "9999-12-31"))
    throw new Error(`growthChart: asOf ${JSON.stringify(asOf)} is not a calendar day written YYYY-MM-DD`);
  const [x0, x1] = growthDomain(releases, options.backdrop ?? [], { widen: options.widen, asOf });
  const inFrame = (date: Date | null): date is Date => date !== null && +date >= +x0 && +date <= +x1;
  const known = releases.filter((r) => r[metric] !== null && inFrame(drawableDate(r.release_date, asOf)));
  const undisclosed = releases
    .filter((r) => r[metric] === null && inFrame(drawableDate(r.release_date, asOf)))
    .sort((a, b) => a.release_date.localeCompare(b.release_date) || a.id.localeCompare(b.id));
  const backdrop = (options.backdrop ?? []).flatMap((b) => {
    const date = drawableDate(b.release_date, asOf);
    const value = b[metric];
    return inFrame(date) && value !== null && value > 0 ? [{ ...b, date, value }] : [];
  });

  // Thresholds: the rules are all drawn; labels go to the right margin, as many as fit, few-shot first.
  const thresholds = (options.thresholds ?? []).filter((t) => thresholdValue(t, metric) !== null);
  const values = [
    ...known.map((r) => r[metric]!),
    ...backdrop.map((b) => b.value),
    ...thresholds.map((t) => thresholdValue(t, metric)!),
    ...trends.flatMap((t) => [t.start_value, t.end_value])
  ];
  const lo = values.length ? minOf(values) : 1;
  const hi = values.length ? maxOf(values) : 10;
  const domain: [number, number] =
    scale === "log" ? [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))] : [0, hi * 1.05];

  // Legend, under the x axis, inside the SVG.
  const branchesDrawn = BRANCHES.filter((b) => known.some((r) => r.branch === b));
  const legend: LegendItem[] = [
    ...branchesDrawn.map(
      (b) => ({ label: w.branch[b], swatch: { kind: "dot", fill: BRANCH_COLOR[b]! } }) as LegendItem
    ),
    ...(known.some((r) => r.gpt_line)
      ? [{ label: w.gptLine, swatch: { kind: "dot", fill: "none", stroke: "currentColor" } } as LegendItem]
      : []),
    ...(known.some((r) => r[`${metric}_status`] === "estimate")
      ? [
          {
            label: w.estimate,
            swatch: { kind: "dot", fill: "none", stroke: "currentColor", symbol: "diamond" }
          } as LegendItem
        ]
      : []),
    ...(undisclosed.length
      ? [
          {
            label: w.undisclosedMark,
            swatch: { kind: "dot", fill: "none", stroke: "currentColor", symbol: "times" }
          } as LegendItem
        ]
      : []),
    ...(thresholds.some((t) => t.prompting === "few-shot")
      ? [{ label: w.fewShot, swatch: { kind: "line", stroke: THRESHOLD_COLOR["few-shot"] } } as LegendItem]
      : []),
    ...(thresholds.some((t) => t.prompting === "augmented")
      ? [{ label: w.augmented, swatch: { kind: "line", stroke: THRESHOLD_COLOR.augmented, dash: "6,3" } } as LegendItem]
      : []),
    ...trends.map(
      (t) =>
        ({
          label: (t.population === "gpt-flagships" ? w.trendGpt : w.trendAll)(t.doubling_months.toFixed(1)),
          swatch: { kind: "line", stroke: TREND_COLOR[t.population] ?? "#64748b", dash: "8,5", width: 2.5 }
        }) as LegendItem
    ),
    ...(backdrop.length ? [{ label: w.backdrop, swatch: { kind: "dot", fill: "#94a3b8" } } as LegendItem] : [])
  ];

  const marginLeft = Math.round(fs * 5.4);
  const fullLabels = thresholds.map((t) => thresholdLabel(t, metric, lang));
  const longest = maxOf(
    fullLabels.map((text) => textWidth(text.length, small, cjk)),
    0
  );
  const marginRight = thresholds.length ? Math.round(Math.min(width * 0.4, longest + 30)) : Math.round(fs * 1.5);
  // A label longer than the margin is shortened; the whole row is in its tooltip.
  const fitChars = Math.floor((marginRight - 30) / (small * (cjk ? 1.02 : 0.6)));
  const thresholdLabels = thresholds.map((t, i) => ({
    row: t,
    text:
      fullLabels[i]!.length <= fitChars
        ? fullLabels[i]!
        : `${fullLabels[i]!.slice(0, Math.max(4, fitChars - 1)).trimEnd()}…`
  }));
  const plotRight = plotWidth(width, marginLeft, marginRight) - marginRight;
  const legendWidth = plotRight - marginLeft - 8;
  const legendRowsUsed = legendRows(legend, legendWidth, small, cjk).length;
  const marginBottom = Math.round(fs * 3.8 + legendHeight(legendRowsUsed, small));

  // The band for undisclosed values: a title line, a row of ×, and the names in as many rows as they need.
  const x = Plot.scale({ x: { type: "utc", domain: [x0, x1], range: [marginLeft, plotRight] } });
  const nameWidth = (r: ReleaseRow) => textWidth(r.name.length, small, cjk);
  const bandRowsMax = Math.min(undisclosed.length, preset === "slide" ? 4 : 6);
  const bandIntervals = undisclosed.map((r) => {
    const px = x.apply(parseDate(r.release_date)) as number;
    const right = px + 6 + nameWidth(r) <= plotRight;
    return right ? { x0: px - 4, x1: px + 6 + nameWidth(r), right } : { x0: px - 6 - nameWidth(r), x1: px + 4, right };
  });
  const bandRow = packRows(bandIntervals, bandRowsMax);
  const bandRowsUsed = maxOf(
    bandRow.map((r) => (r === null ? 0 : r + 1)),
    0
  );
  const bandTop = 6;
  const bandTitleY = bandTop + small;
  const crossY = bandTitleY + small * 1.1;
  const bandHeight = undisclosed.length ? crossY + small * 0.6 + bandRowsUsed * style.labelGap + 8 - bandTop : 0;
  const marginTop = Math.round(bandTop + bandHeight + fs);

  const y = Plot.scale({ y: { type: scale, domain, range: [height - marginBottom, marginTop] } });
  const py = (v: number) => y.apply(v) as number;
  const fromPixel = (p: number) => y.invert!(p) as number;

  // Threshold labels: spread apart in the margin; past the room (or the preset's limit) the rule alone remains.
  const room = Math.max(1, Math.floor((height - marginBottom - marginTop) / style.labelGap));
  const labelled = [...thresholdLabels]
    .sort((a, b) =>
      a.row.prompting === b.row.prompting ? a.row.order - b.row.order : a.row.prompting === "few-shot" ? -1 : 1
    )
    .slice(0, Math.min(room, style.maxThresholdLabels));
  const placedY = spreadLabels(
    labelled.map((t) => py(thresholdValue(t.row, metric)!)),
    style.labelGap,
    marginTop + small / 2,
    height - marginBottom - small / 2
  );
  const thresholdMarks = thresholds.map((t) => {
    const i = labelled.findIndex((l) => l.row === t);
    return {
      ...t,
      value: thresholdValue(t, metric)!,
      labelValue: i >= 0 ? fromPixel(placedY[i]!) : null,
      label: thresholdLabels.find((l) => l.row === t)!.text,
      full: `${inLang(lang, t.ability, t.ability_zh)}${open}${w.promptingName[t.prompting]}${close}${colon}${w.emerges} ${formatMetric("parameters", t.threshold_parameters, lang)}${comma}${formatMetric("training_compute", t.threshold_flops, lang)}${open}${w.weiEstimate}${close}${comma}${t.family ?? ""}${t.model_name ? `${open}${t.model_name}${close}` : ""}${stop}${t.reference ?? ""}${t.catalog_flops_differs ? ` ${w.catalogDiffers(t.model_name ?? "", formatMetric("training_compute", t.catalog_flops, lang))}` : ""}`.trim()
    };
  });
  const labelledThresholds = thresholdMarks.filter((t) => t.labelValue !== null);

  const point = (r: ReleaseRow) => ({
    ...r,
    date: parseDate(r.release_date),
    value: r[metric]!,
    status: r[`${metric}_status`]
  });
  type Point = ReturnType<typeof point>;
  const points = known.map(point);
  const path = gptPath
    .map((id) => points.find((p) => p.id === id))
    .filter((p): p is Point => p !== undefined)
    .sort((a, b) => +a.date - +b.date);

  // Point labels: the GPT line (or every point on a slide's build), and the selection, placed clear of each other.
  const named = options.labelAll ? points : path;
  const plotBox: Box = { x0: marginLeft, x1: plotRight, y0: marginTop, y1: height - marginBottom };
  const pointBoxes = points.map((p) => {
    const px = x.apply(p.date) as number;
    const r = style.dotRadius + 2;
    return { x0: px - r, x1: px + r, y0: py(p.value) - r, y1: py(p.value) + r };
  });
  const thresholdBoxes = labelledThresholds.map((t) => ({
    x0: plotRight,
    x1: width,
    y0: py(t.labelValue!) - small / 2,
    y1: py(t.labelValue!) + small / 2
  }));
  const requests: LabelRequest[] = named.map((p) => ({
    x: x.apply(p.date) as number,
    y: py(p.value),
    width: textWidth((p.id === selected ? `${p.name}: ${formatMetric(metric, p.value)}` : p.name).length, fs, cjk),
    height: fs * 1.15,
    priority: p.id === selected ? 3 : p.gpt_line ? 2 : 1
  }));
  const placements = placeLabels(requests, plotBox, {
    gap: style.dotRadius + 4,
    obstacles: [...pointBoxes, ...thresholdBoxes]
  });
  const pointLabels = named.flatMap((p, i) => (placements[i] ? [{ ...p, place: placements[i]! }] : []));
  const selectedPoint = points.find((p) => p.id === selected);
  if (selectedPoint && !named.includes(selectedPoint)) {
    const [place] = placeLabels(
      [
        {
          x: x.apply(selectedPoint.date) as number,
          y: py(selectedPoint.value),
          width: textWidth(selectedPoint.name.length + 12, fs, cjk),
          height: fs * 1.15,
          priority: 3
        }
      ],
      plotBox,
      { gap: style.dotRadius + 4, obstacles: pointLabels.map((l) => l.place.box) }
    );
    if (place) pointLabels.push({ ...selectedPoint, place });
  }

  const statusText = (d: Point) =>
    d.status === "estimate" ? `${w.status.estimate} ${d[`${metric}_estimated_by`]}` : w.status[d.status];
  const tooltip = (d: Point) =>
    [
      d.name,
      `${w.released}${colon}${formatDate(d.release_date, d.release_precision, lang)}`,
      // Chinese: the exact count already carries its 亿 reading; English: the short form, then the exact count.
      `${w.metric[metric]}${colon}${lang === "zh" ? exactNumber(d.value, lang) : `${formatMetric(metric, d.value, lang)} (${exactNumber(d.value, lang)})`}`,
      statusText(d),
      ...(d[`${metric}_note`] ? [inLang(lang, d[`${metric}_note`]!, d[`${metric}_note_zh`])] : []),
      `${w.source}${colon}${d[`${metric}_source_url`] ?? d[`${metric}_source`]}`
    ].join("\n");

  const undisclosedMarks = undisclosed.map((r, i) => ({
    ...r,
    date: parseDate(r.release_date),
    row: bandRow[i],
    interval: bandIntervals[i]!
  }));
  const undisclosedLabels = undisclosedMarks.filter((d) => d.row !== null && d.row !== undefined);
  const bandY = (pixel: number) => fromPixel(pixel);
  const bandLabelY = (row: number) => crossY + small * 0.6 + style.labelGap * (row + 0.6);
  const selectedUndisclosed = undisclosedMarks.find((p) => p.id === selected);

  const disclosedContext = points.filter((d) => !d.gpt_line && d.status !== "estimate");
  const estimatedContext = points.filter((d) => !d.gpt_line && d.status === "estimate");
  const disclosedGpt = points.filter((d) => d.gpt_line && d.status !== "estimate");
  const estimatedGpt = points.filter((d) => d.gpt_line && d.status === "estimate");
  const curves = trends.flatMap((t) => trendCurve(t));
  const annotated = annotations.flatMap((a) => {
    const p = points.find((q) => q.id === a.id);
    return p ? [{ ...a, point: p }] : [];
  });
  const byId = (d: { id: string }) => d.id;
  const r = style.dotRadius;
  const NOTE_EMS = 16;
  const notePlaces = new Map(
    annotated.flatMap((a) => {
      const lines = Math.ceil((a.text.length * (cjk ? 1.02 : 0.6)) / NOTE_EMS);
      const [place] = placeLabels(
        [
          {
            x: x.apply(a.point.date) as number,
            y: py(a.point.value),
            width: NOTE_EMS * small,
            height: lines * small * 1.2,
            priority: 0
          }
        ],
        plotBox,
        {
          gap: style.dotRadius + 6,
          obstacles: [...pointBoxes, ...pointLabels.map((l) => l.place.box)],
          anchors: ["below-right", "below-left", "above-right", "above-left", "right", "left"]
        }
      );
      return place ? [[a.id, place] as const] : [];
    })
  );

  const chart = accessiblePlot(
    Plot.plot({
      width: plotWidth(width, marginLeft, marginRight),
      height,
      marginTop,
      marginBottom,
      marginRight,
      marginLeft,
      style: { fontSize: `${fs}px`, overflow: "visible" },
      ariaLabel: w.chart(w.metric[metric], known.length, w.scale[scale]),
      ariaDescription: `${backdrop.length ? `${w.backdrop}: ${backdrop.length}. ` : ""}${known.length} / ${undisclosed.length} ${w.undisclosedMark} (${undisclosed.map((r) => r.name).join(", ") || "—"}).${thresholds.length ? ` ${thresholds.length} × ${w.fewShot}.` : ""}`,
      x: {
        type: "utc",
        domain: [x0, x1],
        label: w.date,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: fs * 3,
        grid: true,
        ticks: "year",
        tickFormat: "%Y"
      },
      y: {
        type: scale,
        domain,
        range: [height - marginBottom, marginTop],
        label: `${w.metric[metric]} (${w.scale[scale]})`,
        labelAnchor: "center",
        labelArrow: "none",
        grid: true,
        ...(scale === "log"
          ? {
              ticks: Math.max(2, Math.round(Math.log10(domain[1] / domain[0]))),
              tickFormat: logTickFormat(metric === "training_compute" ? "flop" : "count", lang)
            }
          : { ticks: 5, tickFormat: linearTickFormat(metric === "training_compute" ? "flop" : "count", lang) })
      },
      color: { domain: [...BRANCHES], range: BRANCHES.map((b) => BRANCH_COLOR[b]!) },
      marks: [
        // The imported backdrop, first so that everything else draws over it.
        backdrop.length
          ? Plot.dot(backdrop, {
              x: "date",
              y: "value",
              r: Math.max(2, r / 2),
              fill: "#94a3b8",
              fillOpacity: 0.45,
              render: tagModels(backdrop, byId),
              className: "backdrop"
            })
          : null,
        // The band for undisclosed values: ×s on their dates, names packed into rows below them.
        undisclosed.length
          ? Plot.rect([0], {
              x1: x0,
              x2: x1,
              y1: bandY(bandTop),
              y2: bandY(bandTop + bandHeight),
              fill: "currentColor",
              fillOpacity: 0.06
            })
          : null,
        undisclosed.length
          ? Plot.text([w.undisclosed(w.metric[metric].replace("（FLOP）", "").replace(" (FLOP)", ""))], {
              x: x0,
              y: bandY(bandTitleY - small * 0.35),
              textAnchor: "start",
              dx: 6,
              fontWeight: 600,
              fontSize: small
            })
          : null,
        Plot.dot(undisclosedMarks, {
          x: "date",
          y: bandY(crossY),
          symbol: "times",
          r: r,
          stroke: "currentColor",
          strokeWidth: style.strokeWidth + 0.5,
          title: (d) =>
            `${d.name}${open}${formatDate(d.release_date, d.release_precision, lang)}${close}${colon}${w.metric[metric]}${lang === "zh" ? "" : " "}${w.undisclosedMark}\n${w.source}${colon}${d[`${metric}_source_url`] ?? d[`${metric}_source`]}`,
          render: tagModels(undisclosedMarks, byId)
        }),
        // Plot's textAnchor is one per mark: one mark for names right of their ×, one for names left of it.
        ...[true, false].map((right) => {
          const labels = undisclosedLabels.filter((d) => d.interval.right === right);
          return Plot.text(labels, {
            x: "date",
            y: (d) => bandY(bandLabelY(d.row!)),
            text: "name",
            textAnchor: right ? "start" : "end",
            dx: right ? 6 : -6,
            fontSize: small,
            className: "halo",
            render: tagModels(labels, byId)
          });
        }),
        // Emergent-ability thresholds (Wei et al.'s estimates): few-shot solid, augmented dashed (colour is not the only cue).
        Plot.ruleY(
          thresholdMarks.filter((d) => d.prompting === "few-shot"),
          { y: "value", stroke: THRESHOLD_COLOR["few-shot"], strokeOpacity: 0.55, strokeWidth: style.strokeWidth }
        ),
        Plot.ruleY(
          thresholdMarks.filter((d) => d.prompting === "augmented"),
          {
            y: "value",
            stroke: THRESHOLD_COLOR.augmented,
            strokeOpacity: 0.55,
            strokeDasharray: "6,3",
            strokeWidth: style.strokeWidth
          }
        ),
        Plot.link(labelledThresholds, {
          x1: x1,
          x2: x1,
          y1: "value",
          y2: "labelValue",
          dx: 4,
          stroke: (d: (typeof thresholdMarks)[number]) => THRESHOLD_COLOR[d.prompting],
          strokeOpacity: 0.7
        }),
        Plot.text(labelledThresholds, {
          x: x1,
          y: "labelValue",
          text: "label",
          title: "full",
          textAnchor: "start",
          dx: 8,
          fontSize: small,
          fill: "currentColor"
        }),
        style.interactive
          ? Plot.ruleY(thresholdMarks, Plot.pointerY({ y: "value", stroke: "currentColor", strokeWidth: 2 }))
          : null,
        style.interactive
          ? Plot.tip(thresholdMarks, Plot.pointerY({ x: x1, y: "value", title: "full", anchor: "right" }))
          : null,
        // Models: disclosed values filled circles, outside estimates hollow diamonds; the GPT line outlined.
        Plot.dot(disclosedContext, {
          x: "date",
          y: "value",
          r,
          fill: "branch",
          stroke: "branch",
          strokeWidth: style.strokeWidth,
          fillOpacity: 0.85,
          title: tooltip,
          render: tagModels(disclosedContext, byId)
        }),
        Plot.dot(estimatedContext, {
          x: "date",
          y: "value",
          r: r + 0.5,
          fill: "none",
          stroke: "branch",
          symbol: "diamond",
          strokeWidth: style.strokeWidth + 0.3,
          title: tooltip,
          render: tagModels(estimatedContext, byId)
        }),
        path.length > 1
          ? Plot.line(path, {
              x: "date",
              y: "value",
              stroke: "currentColor",
              strokeOpacity: 0.6,
              strokeWidth: style.strokeWidth,
              render: tagModels(path, byId)
            })
          : null,
        Plot.dot(disclosedGpt, {
          x: "date",
          y: "value",
          r: r + 1,
          fill: "branch",
          stroke: "currentColor",
          strokeWidth: style.strokeWidth + 0.5,
          title: tooltip,
          render: tagModels(disclosedGpt, byId)
        }),
        Plot.dot(estimatedGpt, {
          x: "date",
          y: "value",
          r: r + 1.5,
          fill: "none",
          stroke: "currentColor",
          symbol: "diamond",
          strokeWidth: style.strokeWidth + 0.5,
          title: tooltip,
          render: tagModels(estimatedGpt, byId)
        }),
        // Trends over the points, in their own colours: never hidden under the GPT connector. A trend goes with the
        // first of the models it was fitted on that a filter hides.
        ...trends.map((t) =>
          Plot.line(
            curves.filter((c) => c.trend === t),
            {
              x: "date",
              y: "value",
              stroke: TREND_COLOR[t.population] ?? "#64748b",
              strokeWidth: style.strokeWidth + 1,
              strokeDasharray: "8,5",
              render: tagModels(
                curves.filter((c) => c.trend === t),
                (c) => c.trend.models
              )
            }
          )
        ),
        ...(["start", "end", "middle"] as const).map((anchor) => {
          const labels = pointLabels.filter((d) => d.place.textAnchor === anchor);
          return Plot.text(labels, {
            x: (d) => x.invert!((x.apply(d.date) as number) + d.place.dx),
            y: (d) => fromPixel(py(d.value) + d.place.dy),
            text: (d) => (d.id === selected ? `${d.name}: ${formatMetric(metric, d.value, lang)}` : d.name),
            textAnchor: anchor,
            fontWeight: 600,
            fill: (d) => (d.id === selected ? SELECTED : "currentColor"),
            className: "halo",
            render: tagModels(labels, byId)
          });
        }),
        // Notes beside a point, placed like the labels: clear of the points and of every label (or left out; the
        // caption says the same).
        ...annotated.flatMap((a) => {
          const place = notePlaces.get(a.id);
          if (!place) return [];
          return [
            Plot.text([a], {
              x: (d) => x.invert!((x.apply(d.point.date) as number) + place.dx),
              y: (d) => fromPixel(py(d.point.value) + place.dy),
              text: "text",
              textAnchor: place.textAnchor,
              lineAnchor: "middle",
              fontSize: small,
              lineWidth: NOTE_EMS,
              className: "halo",
              render: tagModels([a], byId)
            })
          ];
        }),
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
              y1: bandY(crossY + r + 2),
              y2: domain[0],
              stroke: SELECTED,
              strokeWidth: 2.5,
              render: tagModels([selectedUndisclosed], byId)
            })
          : null,
        legendMark(legend, {
          x: marginLeft,
          y: height - marginBottom + fs * 3.8,
          width: legendWidth,
          fontSize: small,
          cjk
        })
      ]
    })
  ) as SVGSVGElement;
  if (options.visible !== undefined) applyModelFilter(chart, options.visible);
  return chart;
}
