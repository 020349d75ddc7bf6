// The Capabilities page's view: the matrix with its evidence panel (the selected cell, in one controller), and the
// smaller figures beside it.
import type { CapabilityRow, NotebookData } from "../contract.js";
import { abilityName } from "../components/capability-matrix.js";
import { renderFigure } from "../components/figure.js";
import { inLang } from "../i18n/index.js";
import { STATE_SYMBOL, words } from "../components/i18n.js";
import { createViewController } from "./view-controller.js";
import {
  abilityOrigins,
  alignmentTax,
  capabilityMatrixFigure,
  emergenceThresholds,
  limitations
} from "../figures/registry.js";
import type { FigureOn, FigureState, Lang } from "../figures/types.js";

export type CapabilitiesData = Pick<NotebookData, "capabilities" | "abilities" | "emergence" | "info">;

function evidencePanel(cell: CapabilityRow | undefined, lang: Lang): HTMLElement {
  const w = words(lang);
  const panel = document.createElement("div");
  panel.className = "evidence";
  panel.setAttribute("aria-live", "polite");
  if (!cell) {
    panel.textContent = w.evidenceHint;
    return panel;
  }
  const add = (tag: string, text: string, attributes: Record<string, string> = {}) => {
    const node = document.createElement(tag);
    node.textContent = text;
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    panel.append(node);
    return node;
  };
  add(
    "strong",
    `${cell.model_name} · ${abilityName(cell, lang)}: ${STATE_SYMBOL[cell.state]} ${w.state[cell.state]}${cell.stage ? ` (${w.stage[cell.stage]})` : ""}${cell.inferred ? ` · * ${w.inferred}` : ""}`
  );
  // The article's own words; for a claim quoted from an English source, its Chinese translation in the Chinese edition.
  if (cell.claim_zh) add("blockquote", cell.claim_zh, { lang: "zh-CN" });
  else if (lang === "zh" && cell.claim_translated_zh) add("blockquote", cell.claim_translated_zh, { lang: "zh-CN" });
  add("p", cell.claim_en, { lang: "en" });
  const note = inLang(lang, cell.note, cell.note_zh);
  if (note) add("p", note, { lang: lang === "zh" ? "zh-CN" : "en", class: "note" });
  const source = add("p", `${w.source}: `);
  const link = document.createElement("a");
  link.href = cell.source_url && /^https?:/.test(cell.source_url) ? cell.source_url : "./data#sources";
  link.textContent = cell.source;
  source.append(link);
  return panel;
}

export function createCapabilitiesView(data: CapabilitiesData, lang: Lang) {
  // The selected cell is not part of a shared link: it is a reading aid, not a view.
  const controller = createViewController<{ cell: string | null }>(
    { cell: { fallback: null, parse: () => undefined, format: () => "" } },
    { writeUrl: false }
  );
  const stateOf = (cell: string | null): FigureState => ({
    selectedCell: cell,
    onSelectCell: (key) => controller.set({ cell: key })
  });
  const make = (def: FigureOn<keyof CapabilitiesData>, state: FigureState = {}) =>
    renderFigure(def, data, { lang, state, info: data.info });
  const figures = {
    matrix: make(capabilityMatrixFigure, stateOf(null)),
    tax: make(alignmentTax),
    origins: make(abilityOrigins),
    emergence: make(emergenceThresholds, { thresholds: "all" }),
    limitations: make(limitations)
  };
  const evidence = document.createElement("div");
  // Built here, not in the page's Markdown: Framework's link check does not read query strings.
  const scalingLink = document.createElement("p");
  const a = document.createElement("a");
  a.href = `./scaling?thresholds=all${lang === "zh" ? "&lang=zh" : ""}`;
  a.textContent = words(lang).emergenceLink;
  scalingLink.append(a);
  const unsubscribe = controller.subscribe(({ cell }) => {
    // Marked in place: a redraw would take the keyboard focus off the cell being read.
    for (const rect of figures.matrix.querySelectorAll<SVGRectElement>(".matrix-cell rect"))
      rect.classList.toggle("selected-cell", rect.dataset.key === cell);
    evidence.replaceChildren(
      evidencePanel(
        data.capabilities.find((c) => `${c.model}|${c.ability}` === cell),
        lang
      )
    );
  });
  return {
    figures,
    evidence,
    scalingLink,
    words: words(lang),
    dispose() {
      unsubscribe();
      controller.dispose();
    }
  };
}
