// Parameters against training tokens, log–log, with the Chinchilla compute-optimal reference of about
// 20 tokens per parameter (Hoffmann et al. 2022). Only models that disclose both are drawn.
import * as Plot from "@observablehq/plot";
import { accessiblePlot } from "./a11y.js";
import type { ReleaseRow } from "../../data-loaders/tables.js";
import { BRANCHES, BRANCH_COLORS, formatCount, plotWidth } from "./encoding.js";
import { applyModelFilter, ModelTags } from "./model-filter.js";

export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

const isEstimate = (d: ReleaseRow) => d.training_tokens_status === "estimate" || d.parameters_status === "estimate";

export function tokensChart(
  releases: ReleaseRow[],
  { width, selected = null, visible }: { width: number; selected?: string | null; visible?: ReadonlySet<string> | null }
) {
  const tags = new ModelTags();
  const points = releases.filter((r) => r.parameters !== null && r.training_tokens !== null);
  const left = points.length ? Math.min(...points.map((r) => r.parameters!)) / 2 : 1e8;
  const right = points.length ? Math.max(...points.map((r) => r.parameters!)) * 2 : 1e12;
  const reference = [left, right].map((p) => ({ parameters: p, tokens: p * CHINCHILLA_TOKENS_PER_PARAMETER }));
  // Label one model per distinct point, the largest of each family, to keep labels apart.
  const labelled = [...new Map(points.map((p) => [p.family, p])).values()];
  const chosen = points.find((p) => p.id === selected);
  const chart = accessiblePlot(Plot.plot({
    width: plotWidth(width, 72, 40),
    height: Math.max(380, Math.min(560, width * 0.45)),
    marginLeft: 72,
    marginRight: 40,
    style: { fontSize: "13px" },
    ariaLabel: `Parameters against training tokens for ${points.length} models, log–log, with the Chinchilla 20-tokens-per-parameter line`,
    ariaDescription: `Models above the line were trained on more than 20 tokens per parameter (Chinchilla, LLaMA); below it, fewer (GPT-3: 300B tokens for 175B parameters, under 2 per parameter).`,
    x: { type: "log", label: "Parameters (log scale)", grid: true, tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? formatCount(v) : "") },
    y: { type: "log", label: "Training tokens (log scale)", labelAnchor: "center", grid: true, tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? formatCount(v) : "") },
    color: { legend: true, domain: [...BRANCHES], range: BRANCH_COLORS, label: "Branch" },
    marks: [
      Plot.line(reference, { x: "parameters", y: "tokens", stroke: "#64748b", strokeDasharray: "8,5", strokeWidth: 1.5 }),
      Plot.text([reference[1]!], { x: "parameters", y: "tokens", text: () => "Chinchilla-optimal: ≈20 tokens per parameter", textAnchor: "end", dy: -10, fontWeight: 600, className: "halo" }),
      // One mark per kind, with constant styles (a channel mixing colours and categories would drop points):
      // the GPT line outlined, estimates hollow diamonds.
      ...[false, true].flatMap((gpt) =>
        [false, true].map((estimated) =>
          Plot.dot(
            points.filter((d) => d.gpt_line === gpt && isEstimate(d) === estimated),
            {
              x: "parameters",
              y: "training_tokens",
              r: gpt ? 6 : 4.5,
              fill: estimated ? "none" : "branch",
              stroke: gpt ? "currentColor" : "branch",
              strokeWidth: 1.5,
              symbol: estimated ? "diamond" : "circle",
              // The points' own <title>s: a point hidden by a filter shows no tooltip.
              title: (d: ReleaseRow) => `${d.name}\nParameters: ${formatCount(d.parameters)}\nTraining tokens: ${formatCount(d.training_tokens)}\nTokens per parameter: ${(d.training_tokens! / d.parameters!).toFixed(1)}\nSource: ${d.training_tokens_source_url ?? d.training_tokens_source}`,
              className: tags.mark(points.filter((d) => d.gpt_line === gpt && isEstimate(d) === estimated).map((d) => d.id))
            }
          )
        )
      ),
      Plot.text(labelled, { x: "parameters", y: "training_tokens", text: "family", dx: 9, textAnchor: "start", fontSize: 12, className: tags.mark(labelled.map((d) => d.id), "halo") }),
      chosen ? Plot.dot([chosen], { x: "parameters", y: "training_tokens", r: 11, stroke: "#dc2626", strokeWidth: 3, className: tags.mark([chosen.id]) }) : null
    ]
  }));
  tags.apply(chart);
  if (visible !== undefined) applyModelFilter(chart, visible);
  return chart;
}
