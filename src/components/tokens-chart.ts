// Parameters against training tokens, log–log, with the Chinchilla compute-optimal reference of about
// 20 tokens per parameter (Hoffmann et al. 2022). Only models that disclose both are drawn. One label per family,
// placed clear of the points and of each other; a family label that fits nowhere is left to the tooltip.
import * as Plot from "@observablehq/plot";
import { dictionaryFor, punctuation } from "../i18n/index.js";
import { BRANCHES, type ReleaseRow } from "../contract.js";
import { presetStyle, textWidth } from "../figures/presets.js";
import type { Lang, Preset } from "../figures/types.js";
import { accessiblePlot } from "./a11y.js";
import { BRANCH_COLOR, formatCount, plotWidth } from "./encoding.js";
import { logTickFormat } from "../i18n/format.js";
import { placeLabels, type Box } from "./label-layout.js";
import { applyModelFilter, tagModels } from "./model-filter.js";
import { legendHeight, legendMark, legendRows, type LegendItem } from "./svg-legend.js";
import { minOf, maxOf } from "./number-extent.js";

export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

const isEstimate = (d: ReleaseRow) => d.training_tokens_status === "estimate" || d.parameters_status === "estimate";

export function tokensChartHeight(width: number, preset: Preset = "web"): number {
  if (preset === "print") return Math.round(width * 0.55);
  return Math.round(Math.max(400, Math.min(600, width * 0.5)));
}

export interface TokensChartOptions {
  width: number;
  height?: number;
  preset?: Preset;
  lang?: Lang;
  selected?: string | null;
  visible?: ReadonlySet<string> | null;
}

export function tokensChart(releases: readonly ReleaseRow[], options: TokensChartOptions): SVGSVGElement {
  const { selected = null, visible, preset = "web", lang = "en" } = options;
  const w = dictionaryFor(lang).charts.tokens;
  const style = presetStyle(preset);
  const fs = style.fontSize;
  const cjk = lang === "zh";
  const width = Math.round(options.width);
  const height = Math.round(options.height ?? tokensChartHeight(width, preset));
  const points = releases.filter((r) => r.parameters !== null && r.training_tokens !== null);
  const pmin = points.length ? minOf(points.map((r) => r.parameters!)) : 1e8;
  const pmax = points.length ? maxOf(points.map((r) => r.parameters!)) : 1e12;
  const tmin = points.length ? minOf(points.map((r) => r.training_tokens!)) : 1e9;
  const tmax = points.length ? maxOf(points.map((r) => r.training_tokens!)) : 1e13;
  // Whole decades, with room around the extreme points for their labels.
  const xDomain: [number, number] = [10 ** Math.floor(Math.log10(pmin / 2)), 10 ** Math.ceil(Math.log10(pmax * 3))];
  const yDomain: [number, number] = [
    10 ** Math.floor(Math.log10(Math.min(tmin / 2, xDomain[0] * CHINCHILLA_TOKENS_PER_PARAMETER))),
    10 ** Math.ceil(Math.log10(tmax * 2))
  ];
  const reference = [xDomain[0], Math.min(xDomain[1], yDomain[1] / CHINCHILLA_TOKENS_PER_PARAMETER)].map((p) => ({
    parameters: p,
    tokens: p * CHINCHILLA_TOKENS_PER_PARAMETER
  }));

  const legend: LegendItem[] = [
    ...BRANCHES.filter((b) => points.some((p) => p.branch === b)).map(
      (b) => ({ label: w.branch[b], swatch: { kind: "dot", fill: BRANCH_COLOR[b] } }) as LegendItem
    ),
    ...(points.some((p) => p.gpt_line)
      ? [{ label: w.gpt, swatch: { kind: "dot", fill: "none", stroke: "currentColor" } } as LegendItem]
      : []),
    ...(points.some(isEstimate)
      ? [
          {
            label: w.estimate,
            swatch: { kind: "dot", fill: "none", stroke: "currentColor", symbol: "diamond" }
          } as LegendItem
        ]
      : []),
    { label: w.reference, swatch: { kind: "line", stroke: "#64748b", dash: "8,5" } }
  ];
  const marginLeft = Math.round(fs * 5.4);
  // The last x tick is centred on the plot's edge: "10 万亿" needs more room than "10T".
  const marginRight = Math.round(fs * (lang === "zh" ? 2.6 : 1.5));
  const marginTop = Math.round(fs * 1.5);
  const right = plotWidth(width, marginLeft, marginRight) - marginRight;
  const legendWidth = right - marginLeft - 8;
  const marginBottom = Math.round(
    fs * 3.8 + legendHeight(legendRows(legend, legendWidth, style.smallFontSize, cjk).length, style.smallFontSize)
  );
  const x = Plot.scale({ x: { type: "log", domain: xDomain, range: [marginLeft, right] } });
  const y = Plot.scale({ y: { type: "log", domain: yDomain, range: [height - marginBottom, marginTop] } });
  const px = (d: ReleaseRow) => x.apply(d.parameters!) as number;
  const py = (d: ReleaseRow) => y.apply(d.training_tokens!) as number;

  // One label per family (its largest model), placed clear of every point and every other label.
  const largest = new Map<string, ReleaseRow>();
  for (const p of points)
    if (!largest.has(p.family) || p.parameters! > largest.get(p.family)!.parameters!) largest.set(p.family, p);
  const families = [...largest.values()];
  const radius = style.dotRadius + 2;
  const obstacles: Box[] = points.map((p) => ({
    x0: px(p) - radius,
    x1: px(p) + radius,
    y0: py(p) - radius,
    y1: py(p) + radius
  }));
  const plotBox: Box = { x0: marginLeft, x1: right, y0: marginTop, y1: height - marginBottom };
  const placed = placeLabels(
    families.map((p) => ({
      x: px(p),
      y: py(p),
      width: textWidth(p.family.length, style.smallFontSize, cjk),
      height: style.smallFontSize * 1.15,
      priority: p.gpt_line ? 2 + Math.log10(p.parameters!) : Math.log10(p.parameters!)
    })),
    plotBox,
    { gap: radius + 2, obstacles }
  );
  const labels = families.flatMap((p, i) => (placed[i] ? [{ ...p, place: placed[i]! }] : []));
  const chosen = points.find((p) => p.id === selected);
  const byId = (d: { id: string }) => d.id;

  const chart = accessiblePlot(
    Plot.plot({
      width: plotWidth(width, marginLeft, marginRight),
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      style: { fontSize: `${fs}px` },
      ariaLabel: w.aria(points.length),
      ariaDescription: points
        .map(
          (p) =>
            `${p.name}${punctuation(lang).colon}${formatCount(p.parameters, lang)} / ${formatCount(p.training_tokens, lang)}`
        )
        .join(punctuation(lang).list),
      x: {
        type: "log",
        domain: xDomain,
        label: w.x,
        labelAnchor: "center",
        labelArrow: "none",
        labelOffset: fs * 3,
        grid: true,
        tickFormat: logTickFormat("count", lang)
      },
      y: {
        type: "log",
        domain: yDomain,
        label: w.y,
        labelAnchor: "center",
        labelArrow: "none",
        grid: true,
        tickFormat: logTickFormat("count", lang)
      },
      color: { domain: [...BRANCHES], range: BRANCHES.map((b) => BRANCH_COLOR[b]) },
      marks: [
        Plot.line(reference, {
          x: "parameters",
          y: "tokens",
          stroke: "#64748b",
          strokeDasharray: "8,5",
          strokeWidth: style.strokeWidth
        }),
        // One mark per kind, with constant styles: the GPT line outlined, estimates hollow diamonds.
        ...[false, true].flatMap((gpt) =>
          [false, true].map((estimated) => {
            const kind = points.filter((d) => d.gpt_line === gpt && isEstimate(d) === estimated);
            return Plot.dot(kind, {
              x: "parameters",
              y: "training_tokens",
              r: gpt ? style.dotRadius + 1.5 : style.dotRadius,
              fill: estimated ? "none" : "branch",
              stroke: gpt ? "currentColor" : "branch",
              strokeWidth: style.strokeWidth,
              symbol: estimated ? "diamond" : "circle",
              // The points' own <title>s: a point hidden by a filter shows no tooltip.
              title: (d: ReleaseRow) =>
                w.tooltip(
                  d.name,
                  formatCount(d.parameters, lang),
                  formatCount(d.training_tokens, lang),
                  (d.training_tokens! / d.parameters!).toFixed(1),
                  d.training_tokens_source_url ?? d.training_tokens_source
                ),
              render: tagModels(kind, byId)
            });
          })
        ),
        ...(["start", "end", "middle"] as const).map((anchor) => {
          const group = labels.filter((d) => d.place.textAnchor === anchor);
          return Plot.text(group, {
            x: (d) => x.invert!(px(d) + d.place.dx),
            y: (d) => y.invert!(py(d) + d.place.dy),
            text: "family",
            textAnchor: anchor,
            fontSize: style.smallFontSize,
            className: "halo",
            render: tagModels(group, byId)
          });
        }),
        chosen
          ? Plot.dot([chosen], {
              x: "parameters",
              y: "training_tokens",
              r: style.dotRadius + 6,
              stroke: "#dc2626",
              strokeWidth: 3,
              render: tagModels([chosen], byId)
            })
          : null,
        legendMark(legend, {
          x: marginLeft,
          y: height - marginBottom + fs * 3.8,
          width: legendWidth,
          fontSize: style.smallFontSize,
          cjk
        })
      ]
    })
  ) as SVGSVGElement;
  if (visible !== undefined) applyModelFilter(chart, visible);
  return chart;
}
