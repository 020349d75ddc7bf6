// The capability page's smaller views: the alignment tax, the emergence thresholds, and the article's summary
// of where each ability came from.
import * as Plot from "@observablehq/plot";
import { accessiblePlot } from "./a11y.js";
import { formatCount, plotWidth } from "./encoding.js";
import { tableWithHeader } from "./html-table.js";
import type { EmergenceThreshold } from "./growth-chart.js";
import { STATE_SYMBOL, words, type Lang } from "./i18n.js";
import { abilityName, STAGES, STAGE_COLORS, type MatrixCell } from "./capability-matrix.js";

export const TAX_MODELS = ["code-davinci-002", "text-davinci-002", "text-davinci-003", "chatgpt"];
export const TAX_ABILITIES = ["in-context-learning", "zero-shot-generalization", "dialogue-history"];
export const STATE_LEVELS = ["absent", "regressed", "weak", "present"] as const;

export function alignmentTaxChart(cells: MatrixCell[], { width, lang = "en" }: { width: number; lang?: Lang }) {
  const w = words(lang);
  const rows = cells
    .filter((c) => TAX_MODELS.includes(c.model) && TAX_ABILITIES.includes(c.ability))
    .map((c) => ({ ...c, level: STATE_LEVELS.indexOf(c.state), name: abilityName(c, lang) }));
  const last = rows.filter((r) => r.model === "chatgpt");
  const modelName = new Map(rows.map((r) => [r.model, r.model_name]));
  return accessiblePlot(Plot.plot({
    width: plotWidth(width, 110, Math.min(260, width * 0.3)),
    height: 340,
    marginLeft: 110,
    marginRight: Math.min(260, width * 0.3),
    marginBottom: 40,
    style: { fontSize: "13px" },
    ariaLabel: w.taxTitle,
    ariaDescription: w.taxCaption,
    x: { domain: TAX_MODELS, tickFormat: (id: string) => modelName.get(id) ?? id, label: null, padding: 0.3 },
    y: { domain: [-0.4, 3.4], ticks: [0, 1, 2, 3], tickFormat: (i: number) => `${STATE_SYMBOL[STATE_LEVELS[i]!]} ${w.state[STATE_LEVELS[i]!]}`, label: w.level, grid: true },
    color: { domain: TAX_ABILITIES, range: ["#dc2626", "#2563eb", "#059669"] },
    // Each ability also has its own symbol, so colour is not the only cue.
    symbol: { domain: TAX_ABILITIES, range: ["circle", "square", "triangle"] },
    marks: [
      Plot.line(rows, { x: "model", y: "level", z: "ability", stroke: "ability", strokeWidth: 3 }),
      Plot.dot(rows, { x: "model", y: "level", fill: "ability", r: 7, symbol: "ability", tip: true, channels: { [w.evidence]: (d: MatrixCell) => `${lang === "zh" ? d.claim_zh ?? d.claim_en : d.claim_en}` } }),
      // End labels, one per ability; abilities that end on the same level are stacked apart.
      ...TAX_ABILITIES.map((ability) => {
        const row = last.find((r) => r.ability === ability);
        const stacked = last.filter((r) => row && r.level === row.level).map((r) => r.ability);
        return Plot.text(row ? [row] : [], { x: "model", y: "level", text: "name", dx: 14, dy: (stacked.indexOf(ability) - (stacked.length - 1) / 2) * 16, textAnchor: "start", fill: "ability", fontWeight: 600, className: "halo" });
      })
    ]
  }));
}

export function emergencePanel(rows: EmergenceThreshold[], { width, lang = "en" }: { width: number; lang?: Lang }) {
  const drawn = rows.filter((r) => r.threshold_parameters !== null).sort((a, b) => a.threshold_parameters! - b.threshold_parameters!);
  const longest = Math.max(...drawn.map((r) => r.ability.length));
  return accessiblePlot(Plot.plot({
    width: plotWidth(width, Math.min(380, longest * 6.8 + 16), 120),
    height: 40 + drawn.length * 22,
    marginLeft: Math.min(380, longest * 6.8 + 16),
    marginRight: 120,
    style: { fontSize: "12px" },
    ariaLabel: words(lang).emergenceTitle,
    ariaDescription: `${drawn.length} emergent abilities from Wei et al. 2022, from ${formatCount(drawn[0]?.threshold_parameters)} to ${formatCount(drawn.at(-1)?.threshold_parameters)} parameters.`,
    x: { type: "log", label: lang === "zh" ? "参数量(对数坐标)" : "Parameters at emergence (log scale)", grid: true, tickFormat: (v: number) => (Number.isInteger(Math.log10(v)) ? formatCount(v) : "") },
    y: { domain: drawn.map((r) => r.ability), label: null },
    symbol: { domain: ["few-shot", "augmented"], range: ["circle", "circle"] },
    marks: [
      Plot.ruleY(drawn, { y: "ability", x1: 1e7, x2: "threshold_parameters", strokeOpacity: 0.2 }),
      Plot.dot(drawn, { x: "threshold_parameters", y: "ability", r: 6, stroke: "#7c3aed", strokeWidth: 2, fill: (d: EmergenceThreshold) => (d.prompting === "few-shot" ? "#7c3aed" : "var(--theme-background)"), tip: true, channels: { Family: "family", Prompting: "prompting", Reference: "reference" } }),
      Plot.text(drawn, { x: "threshold_parameters", y: "ability", text: (d: EmergenceThreshold) => `${formatCount(d.threshold_parameters)} ${d.family ?? ""}`, dx: 10, textAnchor: "start", className: "halo" })
    ]
  }));
}

export interface AbilityRow {
  id: string;
  name_en: string;
  name_zh: string;
  origin_stage: string;
  summary_order: number | null;
  claim_zh: string | null;
  claim_en: string | null;
  source: string;
}

export function originTable(abilities: AbilityRow[], lang: Lang): HTMLTableElement {
  const w = words(lang);
  const { table, body } = tableWithHeader(["#", w.ability, w.origin, w.claim], "origin-table");
  for (const a of abilities) {
    const tr = body.insertRow();
    tr.insertCell().textContent = a.summary_order === null ? "" : String(a.summary_order);
    tr.insertCell().textContent = lang === "zh" ? a.name_zh : a.name_en;
    const stage = tr.insertCell();
    const swatch = document.createElement("span");
    swatch.className = "legend-swatch";
    swatch.style.background = STAGE_COLORS[STAGES.indexOf(a.origin_stage)] ?? "transparent";
    stage.append(swatch, (w.stage as Record<string, string>)[a.origin_stage] ?? a.origin_stage);
    const claim = tr.insertCell();
    if (a.claim_zh) {
      const zh = document.createElement("span");
      zh.lang = "zh-Hans";
      zh.textContent = a.claim_zh;
      claim.append(zh);
    }
    if (a.claim_en && lang === "en") {
      const en = document.createElement("div");
      en.className = "claim-en";
      en.textContent = a.claim_en;
      claim.append(en);
    }
  }
  return table;
}
