// The capability matrix: models × abilities, each cell showing its state by symbol and the stage that unlocked
// the ability by colour and abbreviation (colour is never the only cue). Cells are focusable; selecting one
// (hover, click, Enter) reports it, so the page can show the evidence.
import * as Plot from "@observablehq/plot";
import { plotWidth } from "./encoding.js";
import { accessiblePlot } from "./a11y.js";
import { STATE_SYMBOL, words, type Lang } from "./i18n.js";

export interface MatrixCell {
  model: string;
  model_name: string;
  model_date: string;
  ability: string;
  ability_en: string;
  ability_zh: string;
  ability_order: number;
  state: "present" | "weak" | "absent" | "regressed";
  stage: string | null;
  claim_zh: string | null;
  claim_en: string;
  source: string;
  source_url: string | null;
  note: string | null;
}

export const STAGES = ["pre-training", "code training", "instruction tuning", "RLHF", "browsing fine-tuning", "multimodal training"];
export const STAGE_COLORS = ["#93c5fd", "#fcd34d", "#86efac", "#f9a8d4", "#c4b5fd", "#fdba74"];

/** A stage colour mixed halfway to white: weak and regressed cells, opaque so dark text stays legible on any page. */
export function pale(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.55).toString(16).padStart(2, "0");
  return `#${mix(n >> 16)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

export const isInferred = (cell: MatrixCell) => /^not stated by any source/i.test(cell.note ?? "");
export const abilityName = (cell: Pick<MatrixCell, "ability_en" | "ability_zh">, lang: Lang) => (lang === "zh" ? cell.ability_zh : cell.ability_en);

export function cellText(cell: MatrixCell, lang: Lang): string {
  const w = words(lang);
  const stage = cell.stage ? (w.stageShort as Record<string, string>)[cell.stage] : "";
  return `${STATE_SYMBOL[cell.state]} ${stage}${isInferred(cell) ? "*" : ""}`.trim();
}

export function capabilityMatrix(cells: MatrixCell[], { width, lang = "en", selected = null, onSelect }: { width: number; lang?: Lang; selected?: string | null; onSelect?: (key: string) => void }) {
  const w = words(lang);
  const models = [...new Map([...cells].sort((a, b) => a.model_date.localeCompare(b.model_date)).map((c) => [c.model, c.model_name])).entries()];
  const abilities = [...new Map([...cells].sort((a, b) => a.ability_order - b.ability_order).map((c) => [c.ability, abilityName(c, lang)])).entries()];
  const abilityLabel = new Map(abilities);
  const modelLabel = new Map(models);
  const longest = Math.max(...abilities.map(([, name]) => name.length));
  const marginLeft = Math.min(360, 16 + longest * (lang === "zh" ? 14 : 7.4));
  const rowHeight = 30;
  const marginTop = 110;
  const height = marginTop + abilities.length * rowHeight + 10;
  const keyOf = (c: MatrixCell) => `${c.model}|${c.ability}`;
  const chart = accessiblePlot(Plot.plot({
    width: plotWidth(width, marginLeft, 0, 60 * models.length),
    height,
    marginLeft,
    marginTop,
    marginBottom: 10,
    style: { fontSize: "13px" },
    ariaLabel: `${w.matrixTitle}: ${models.length} × ${abilities.length}`,
    ariaDescription: w.matrixCaption,
    x: { domain: models.map(([id]) => id), axis: "top", tickFormat: (id: string) => modelLabel.get(id) ?? id, tickRotate: -30, label: null, padding: 0.06 },
    y: { domain: abilities.map(([id]) => id), tickFormat: (id: string) => abilityLabel.get(id) ?? id, label: null, padding: 0.08, tickSize: 0 },
    // "none" (an absent ability) is transparent but still a cell: every row of the table is drawn and focusable.
    color: { domain: [...STAGES, ...STAGES.map((s) => `${s} (pale)`), "none"], range: [...STAGE_COLORS, ...STAGE_COLORS.map(pale), "transparent"] },
    marks: [
      Plot.cell(cells, {
        x: "model",
        y: "ability",
        fill: (d) => (d.state === "absent" || d.stage === null ? "none" : d.state === "weak" || d.state === "regressed" ? `${d.stage} (pale)` : d.stage),
        stroke: "currentColor",
        strokeOpacity: 0.25,
        className: "matrix-cell"
      }),
      Plot.text(cells, { x: "model", y: "ability", text: (d) => cellText(d, lang), fill: "#111827", fontSize: 12, className: "matrix-text" }),
      Plot.tip(cells, Plot.pointer({
        x: "model",
        y: "ability",
        title: (d) => `${d.model_name} · ${abilityName(d, lang)}: ${(w.state as Record<string, string>)[d.state]}${d.stage ? ` (${(w.stage as Record<string, string>)[d.stage]})` : ""}\n${d.claim_zh ?? ""}\n${d.claim_en}\n${w.source}: ${d.source}`,
        lineWidth: 40
      })),
      selected ? Plot.cell(cells.filter((c) => keyOf(c) === selected), { x: "model", y: "ability", stroke: "#dc2626", strokeWidth: 3, fill: "none" }) : null
    ]
  }));
  // Absent cells have text in the dark: on a dark page the text must follow the page colour instead.
  chart.querySelectorAll<SVGTextElement>(".matrix-text text").forEach((text, i) => {
    if (cells[i]!.state === "absent") text.setAttribute("fill", "currentColor");
  });
  chart.querySelectorAll<SVGRectElement>(".matrix-cell rect").forEach((rect, i) => {
    const cell = cells[i]!;
    rect.setAttribute("tabindex", "0");
    rect.setAttribute("role", "button");
    rect.setAttribute("aria-label", `${cell.model_name}, ${abilityName(cell, lang)}: ${(w.state as Record<string, string>)[cell.state]}${cell.stage ? `, ${(w.stage as Record<string, string>)[cell.stage]}` : ""}`);
    rect.dataset.key = keyOf(cell);
    const choose = () => onSelect?.(keyOf(cell));
    rect.addEventListener("click", choose);
    rect.addEventListener("focus", choose);
    rect.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose();
      }
    });
  });
  return chart;
}

/** A legend of both encodings, as HTML, in the page's language. */
export function matrixLegend(lang: Lang): HTMLElement {
  const w = words(lang);
  const root = document.createElement("div");
  root.className = "matrix-legend";
  const group = (title: string, items: [string, string | null][]) => {
    const div = document.createElement("div");
    const strong = document.createElement("strong");
    strong.textContent = `${title}: `;
    div.append(strong);
    for (const [label, color] of items) {
      const item = document.createElement("span");
      item.className = "legend-item";
      if (color) {
        const swatch = document.createElement("span");
        swatch.className = "legend-swatch";
        swatch.style.background = color;
        item.append(swatch);
      }
      item.append(label);
      div.append(item);
    }
    return div;
  };
  root.append(
    group(w.legendState, (["present", "weak", "absent", "regressed"] as const).map((s) => [`${STATE_SYMBOL[s]} ${w.state[s]}${s === "weak" || s === "regressed" ? ` (${lang === "zh" ? "浅色" : "paler"})` : ""}`, null])),
    group(w.legendStage, STAGES.map((s, i) => [`${(w.stageShort as Record<string, string>)[s]} = ${(w.stage as Record<string, string>)[s]}`, STAGE_COLORS[i]!])),
    group("*", [[w.inferred, null]])
  );
  return root;
}
