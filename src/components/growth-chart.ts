// Growth of one measure (parameters, training compute or training tokens) against release date, on a log or
// linear scale: the GPT line highlighted and connected, other models coloured by branch, estimates hollow,
// undisclosed values drawn as undisclosed on their date, and emergent-ability thresholds as labelled rules.
import * as Plot from "@observablehq/plot";
import { accessiblePlot } from "./a11y.js";
import type { ReleaseRow } from "../../data-loaders/tables.js";
import { BRANCHES, BRANCH_COLORS, METRIC_LABEL, formatDate, formatMetric, parseDate, type Metric, plotWidth } from "./encoding.js";
import { spreadLabels, yPosition } from "./label-layout.js";
import { applyModelFilter, ModelTags } from "./model-filter.js";

export interface EmergenceThreshold {
  order: number;
  ability: string;
  prompting: "few-shot" | "augmented";
  family: string | null;
  model_name: string | null;
  threshold_parameters: number | null;
  threshold_flops: number | null;
  reference: string | null;
  note: string | null;
}

export interface TrendRow {
  metric: string;
  population: string;
  population_label: string;
  start_date: string;
  end_date: string;
  start_value: number;
  end_value: number;
  doubling_months: number;
}

export interface GrowthChartOptions {
  width: number;
  metric: Metric;
  scale?: "log" | "linear";
  height?: number;
  thresholds?: EmergenceThreshold[];
  trends?: TrendRow[];
  selected?: string | null;
  /** Connect these (in date order) as the GPT line. */
  gptPath?: string[];
  /** Models drawn as a grey background layer (the Epoch AI import), never highlighted. */
  backdrop?: { id: string; release_date: string; parameters: number | null; training_compute: number | null; training_tokens: number | null; name: string }[];
  /** Fixed axes, so that a chart built up step by step (talk mode) does not rescale as models appear. */
  xDomain?: [Date, Date];
  yDomain?: [number, number];
  /** Models to show (the rest are drawn but hidden, so that a filter change need not redraw); null shows all. */
  visible?: ReadonlySet<string> | null;
  /** Extra annotations: a label beside a model's point. */
  annotations?: { id: string; text: string }[];
}

const LABEL_GAP = 13;
/** Past this many, undisclosed models are marked (×, with a tooltip) but not labelled: the band would crowd. */
const MAX_UNDISCLOSED_LABELS = 8;
const THRESHOLD_FONT = 11;

export const thresholdValue = (row: EmergenceThreshold, metric: Metric) =>
  metric === "parameters" ? row.threshold_parameters : metric === "training_compute" ? row.threshold_flops : null;

export const thresholdLabel = (row: EmergenceThreshold, metric: Metric) =>
  `${row.ability} · ${formatMetric(metric, thresholdValue(row, metric)).replace(" FLOP", "")} ${row.family ?? ""}`.trim();

export function growthChart(releases: ReleaseRow[], options: GrowthChartOptions): SVGSVGElement | HTMLElement {
  const { width, metric, scale = "log", selected = null, gptPath = [], annotations = [] } = options;
  const height = options.height ?? Math.max(420, Math.min(640, width * 0.5));
  const known = releases.filter((r) => r[metric] !== null);
  const undisclosed = releases.filter((r) => r[metric] === null).sort((a, b) => a.release_date.localeCompare(b.release_date));
  const thresholds = (options.thresholds ?? []).filter((t) => thresholdValue(t, metric) !== null);
  const trends = (options.trends ?? []).filter((t) => t.metric === metric);

  // Undisclosed models sit in a labelled band above the plotted values, one label row each.
  const labelledUndisclosed = undisclosed.length <= MAX_UNDISCLOSED_LABELS ? undisclosed : [];
  const bandHeight = undisclosed.length ? 34 + LABEL_GAP * labelledUndisclosed.length : 0;
  const marginTop = 12 + bandHeight;
  const marginBottom = 40;
  const longestThreshold = Math.max(0, ...thresholds.map((t) => thresholdLabel(t, metric).length));
  const marginRight = thresholds.length ? Math.min(360, 24 + longestThreshold * THRESHOLD_FONT * 0.56) : 24;

  const backdrop = (options.backdrop ?? []).filter((b) => b[metric] !== null && b[metric]! > 0).map((b) => ({ ...b, date: parseDate(b.release_date), value: b[metric]! }));
  const values = [...known.map((r) => r[metric]!), ...backdrop.map((b) => b.value), ...thresholds.map((t) => thresholdValue(t, metric)!), ...trends.flatMap((t) => [t.start_value, t.end_value])];
  const domain: [number, number] = options.yDomain ??
    (scale === "log"
      ? [10 ** Math.floor(Math.log10(Math.min(...values))), 10 ** Math.ceil(Math.log10(Math.max(...values)))]
      : [0, Math.max(...values) * 1.05]);
  const range: [number, number] = [height - marginBottom, marginTop];
  const y = yPosition(scale, domain, range);

  const dates = [...releases.map((r) => parseDate(r.release_date).getTime()), ...backdrop.map((b) => +b.date)];
  const [x0, x1] = options.xDomain ?? [new Date(Math.min(...dates) - 120 * 864e5), new Date(Math.max(...dates) + 120 * 864e5)];

  const point = (r: ReleaseRow) => ({
    ...r,
    date: parseDate(r.release_date),
    value: r[metric]!,
    status: r[`${metric}_status`],
    source: r[`${metric}_source`],
    label: formatMetric(metric, r[metric])
  });
  const points = known.map(point);
  const context = points.filter((p) => !p.gpt_line);
  const gpt = points.filter((p) => p.gpt_line);
  const path = gptPath.map((id) => points.find((p) => p.id === id)).filter((p) => p !== undefined).sort((a, b) => +a.date - +b.date);

  // Threshold labels in the right margin, spread apart, each tied to its rule by a short connector.
  const wanted = thresholds.map((t) => y.toPixel(thresholdValue(t, metric)!));
  const placed = spreadLabels(wanted, LABEL_GAP, marginTop + 6, height - marginBottom);
  const thresholdMarks = thresholds.map((t, i) => ({
    ...t,
    value: thresholdValue(t, metric)!,
    labelValue: y.fromPixel(placed[i]!),
    label: thresholdLabel(t, metric),
    full: `${t.ability} (${t.prompting === "few-shot" ? "few-shot prompting" : "augmented prompting"}): emerges at ${formatMetric("parameters", t.threshold_parameters)} parameters, ${formatMetric("training_compute", t.threshold_flops)}, ${t.family ?? "many models"}${t.model_name ? ` (${t.model_name})` : ""}. ${t.reference ?? ""}`.trim()
  }));

  // Tooltips are the points' own <title>s: a point hidden by a filter cannot show one (a pointer tip would).
  const tooltip = (d: ReturnType<typeof point>) =>
    [
      d.name,
      `Released: ${formatDate(d.release_date, d.release_precision)}`,
      `${METRIC_LABEL[metric]}: ${d.label}`,
      `Status: ${d.status === "estimate" ? `estimate by ${d[`${metric}_estimated_by`]}` : d.status}`,
      `Source: ${d[`${metric}_source_url`] ?? d.source}`
    ].join("\n");

  const bandTop = 8;
  const undisclosedMarks = undisclosed.map((r) => ({ ...r, date: parseDate(r.release_date) }));
  const undisclosedLabels = labelledUndisclosed.map((r, i) => ({
    ...r,
    date: parseDate(r.release_date),
    labelValue: y.fromPixel(bandTop + 26 + LABEL_GAP * i)
  }));
  const selectedPoint = points.find((p) => p.id === selected);
  const selectedUndisclosed = undisclosedMarks.find((p) => p.id === selected);

  const tags = new ModelTags();
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const disclosedContext = context.filter((d) => d.status !== "estimate");
  const estimatedContext = context.filter((d) => d.status === "estimate");
  const disclosedGpt = gpt.filter((d) => d.status !== "estimate");
  const estimatedGpt = gpt.filter((d) => d.status === "estimate");
  const annotated = annotations.map((a) => ({ ...a, point: points.find((p) => p.id === a.id) })).filter((a) => a.point);
  const chart = accessiblePlot(Plot.plot({
    width: plotWidth(width, 72, marginRight),
    height,
    marginTop,
    marginBottom,
    marginRight,
    marginLeft: 72,
    style: { fontSize: "13px" },
    ariaLabel: `${METRIC_LABEL[metric]} of ${known.length} language models by release date, ${scale} scale`,
    ariaDescription: `${backdrop.length ? `Backdrop: ${backdrop.length} models from Epoch AI. ` : ""}${known.length} models with a known value; ${undisclosed.length} undisclosed (${undisclosed.map((r) => r.name).join(", ") || "none"}).${thresholds.length ? ` ${thresholds.length} emergent-ability thresholds marked.` : ""}`,
    x: { type: "utc", domain: [x0, x1], label: "Release date", grid: true },
    y: {
      type: scale,
      domain,
      range,
      label: `${METRIC_LABEL[metric]} (${scale} scale)`,
      labelAnchor: "center",
      grid: true,
      ...(scale === "log" ? { tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? formatMetric(metric, v).replace(" FLOP", "") : "") } : { tickFormat: (v: number) => formatMetric(metric, v).replace(" FLOP", "") })
    },
    color: { legend: true, domain: [...BRANCHES], range: BRANCH_COLORS, label: "Branch" },
    symbol: { domain: ["disclosed", "estimate"], range: ["circle", "diamond"] },
    marks: [
      // The imported backdrop, first so that everything else draws over it.
      backdrop.length ? Plot.dot(backdrop, { x: "date", y: "value", r: 2, fill: "#94a3b8", fillOpacity: 0.45, className: tags.mark(ids(backdrop), "backdrop") }) : null,
      // The band for undisclosed values, and a dashed rule on each undisclosed model's date.
      undisclosed.length
        ? Plot.rect([0], { x1: x0, x2: x1, y1: y.fromPixel(bandTop), y2: y.fromPixel(marginTop - 6), fill: "currentColor", fillOpacity: 0.06 })
        : null,
      undisclosed.length
        ? Plot.text([`${METRIC_LABEL[metric].replace(" (FLOP)", "")} undisclosed (×, on the release date)`], { x: x0, y: y.fromPixel(bandTop + 8), textAnchor: "start", dx: 4, fontWeight: 600, fontSize: 12 })
        : null,
      Plot.ruleX(undisclosedMarks, { x: "date", y1: y.fromPixel(bandTop), y2: domain[0], stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "3,4", className: tags.mark(ids(undisclosedMarks)) }),
      Plot.dot(undisclosedMarks, {
        x: "date",
        y: y.fromPixel(marginTop - 12),
        symbol: "times",
        r: 4,
        stroke: "currentColor",
        strokeWidth: 1.5,
        title: (d) => `${d.name} (${formatDate(d.release_date, d.release_precision)}): ${METRIC_LABEL[metric].toLowerCase()} undisclosed\nSource: ${d[`${metric}_source_url`] ?? d[`${metric}_source`]}`,
        className: tags.mark(ids(undisclosedMarks))
      }),
      Plot.text(undisclosedLabels, {
        x: "date",
        y: "labelValue",
        text: (d) => `${d.name} · undisclosed`,
        textAnchor: "end",
        dx: -6,
        fontSize: 12,
        className: tags.mark(ids(undisclosedLabels), "halo")
      }),
      // Emergent-ability thresholds.
      // Few-shot thresholds solid, augmented-prompting thresholds dashed: colour is not the only cue.
      Plot.ruleY(thresholdMarks.filter((d) => d.prompting === "few-shot"), { y: "value", stroke: "#7c3aed", strokeOpacity: 0.55 }),
      Plot.ruleY(thresholdMarks.filter((d) => d.prompting === "augmented"), { y: "value", stroke: "#0f766e", strokeOpacity: 0.55, strokeDasharray: "6,3" }),
      Plot.link(thresholdMarks, { x1: x1, x2: x1, y1: "value", y2: "labelValue", dx: 4, stroke: (d) => (d.prompting === "few-shot" ? "#7c3aed" : "#0f766e"), strokeOpacity: 0.7 }),
      Plot.text(thresholdMarks, {
        x: x1,
        y: "labelValue",
        text: "label",
        title: "full",
        textAnchor: "start",
        dx: 8,
        fontSize: THRESHOLD_FONT,
        // Labels in the text colour, legible on light and dark pages; the rules and connectors carry the colour.
        fill: "currentColor"
      }),
      Plot.ruleY(thresholdMarks, Plot.pointerY({ y: "value", stroke: "currentColor", strokeWidth: 2 })),
      Plot.tip(thresholdMarks, Plot.pointerY({ x: x1, y: "value", title: "full", anchor: "right" })),
      // Trends.
      Plot.link(trends, {
        x1: (d) => parseDate(d.start_date),
        x2: (d) => parseDate(d.end_date),
        y1: "start_value",
        y2: "end_value",
        stroke: (d) => (d.population === "all" ? "#64748b" : "currentColor"),
        strokeDasharray: "8,5",
        strokeWidth: (d) => (d.population === "all" ? 1.5 : 2.5)
      }),
      Plot.text([trends.map((d) => `${d.population === "all" ? "thin grey dashes: all models" : "bold dashes: GPT flagships"}, ×2 every ${d.doubling_months.toFixed(1)} months`).join("\n")], {
        // Bottom left, growing rightward: anchored at the right it ran off the left edge of narrow charts.
        frameAnchor: "bottom-left",
        textAnchor: "start",
        dx: 8,
        dy: -8,
        fontSize: 12,
        fontWeight: 600,
        lineHeight: 1.3,
        className: "halo"
      }),
      // Models.
      // Disclosed values are filled circles; outside estimates hollow diamonds.
      Plot.dot(disclosedContext, { x: "date", y: "value", r: 4.5, fill: "branch", stroke: "branch", symbol: "status", strokeWidth: 1.5, fillOpacity: 0.85, title: tooltip, className: tags.mark(ids(disclosedContext)) }),
      Plot.dot(estimatedContext, { x: "date", y: "value", r: 5, fill: "none", stroke: "branch", symbol: "status", strokeWidth: 1.8, title: tooltip, className: tags.mark(ids(estimatedContext)) }),
      path.length ? Plot.line(path, { x: "date", y: "value", stroke: "currentColor", strokeWidth: 2, className: tags.mark([ids(path)]) }) : null,
      Plot.dot(disclosedGpt, { x: "date", y: "value", r: 5.5, fill: "branch", stroke: "currentColor", symbol: "status", strokeWidth: 2, title: tooltip, className: tags.mark(ids(disclosedGpt)) }),
      Plot.dot(estimatedGpt, { x: "date", y: "value", r: 6, fill: "none", stroke: "currentColor", symbol: "status", strokeWidth: 2, title: tooltip, className: tags.mark(ids(estimatedGpt)) }),
      Plot.text(path, { x: "date", y: "value", text: "name", dx: -9, textAnchor: "end", fontWeight: 600, className: tags.mark(ids(path), "halo") }),
      Plot.text(annotated, {
        x: (d) => d.point!.date,
        y: (d) => d.point!.value,
        text: "text",
        dx: 10,
        dy: 18,
        textAnchor: "start",
        fontSize: 12,
        lineWidth: 22,
        className: tags.mark(annotated.map((a) => a.id), "halo")
      }),
      selectedPoint ? Plot.dot([selectedPoint], { x: "date", y: "value", r: 11, stroke: "#dc2626", strokeWidth: 3, className: tags.mark([selectedPoint.id]) }) : null,
      selectedPoint ? Plot.text([selectedPoint], { x: "date", y: "value", text: (d) => `${d.name}: ${d.label}`, dy: -16, fontWeight: 700, fill: "#dc2626", className: tags.mark([selectedPoint.id], "halo") }) : null,
      selectedUndisclosed ? Plot.ruleX([selectedUndisclosed], { x: "date", y1: y.fromPixel(bandTop), y2: domain[0], stroke: "#dc2626", strokeWidth: 2.5, className: tags.mark([selectedUndisclosed.id]) }) : null,
    ]
  }));
  tags.apply(chart);
  if (options.visible !== undefined) applyModelFilter(chart, options.visible);
  return chart;
}
