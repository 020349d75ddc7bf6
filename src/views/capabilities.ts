// The Capabilities page's view: the matrix with its evidence panel (the selected cell, in one controller), and the
// smaller figures beside it.
import type { CapabilityRow, NotebookData } from "../contract.js";
import { abilityName } from "../components/capability-matrix.js";
import { renderFigure } from "../components/figure.js";
import { h, INTERFACE_ONLY } from "../components/dom.js";
import { textIn, rulesFor, withLang, type Lang } from "../i18n/index.js";
import { STATE_SYMBOL, words } from "../components/i18n.js";
import { createViewController } from "./view-controller.js";
import {
  abilityOrigins,
  alignmentTax,
  capabilityMatrixFigure,
  emergenceThresholds,
  limitations
} from "../figures/registry.js";
import type { FigureOn, FigureState } from "../figures/types.js";

export type CapabilitiesData = Pick<NotebookData, "capabilities" | "abilities" | "emergence" | "info">;

/** The heading of a cell's evidence: model, ability, state (and the stage that gave it), and whether it is inferred. */
export function evidenceHeading(cell: CapabilityRow, lang: Lang): string {
  const w = words(lang);
  const stage = cell.stage ? ` (${w.stage[cell.stage]})` : "";
  const inferred = cell.inferred ? ` · * ${w.inferred}` : "";
  return `${cell.model_name} · ${abilityName(cell, lang)}: ${STATE_SYMBOL[cell.state]} ${w.state[cell.state]}${stage}${inferred}`;
}

/** The article's own words; for a claim quoted from an English source, its translation where readers read the article. */
const articleWords = (cell: CapabilityRow, lang: Lang): string | null =>
  cell.article_text || (rulesFor(lang).readsTheArticle ? textIn(lang, cell, "claim") : null) || null;

function evidencePanel(cell: CapabilityRow | undefined, lang: Lang): HTMLElement {
  const w = words(lang);
  const props = { className: "evidence", attrs: { "aria-live": "polite" } };
  // The hint says how to pick a cell: on paper there is nothing to pick (style.css hides it in print).
  if (!cell)
    return h("div", { ...props, className: `evidence evidence-empty ${INTERFACE_ONLY}`, textContent: w.evidenceHint });
  const quoted = articleWords(cell, lang);
  const note = textIn(lang, cell, "note");
  const href = cell.source_url && /^https?:/.test(cell.source_url) ? cell.source_url : "./data#sources";
  return h(
    "div",
    props,
    h("strong", { textContent: evidenceHeading(cell, lang) }),
    quoted && h("blockquote", { textContent: quoted, attrs: { lang: "zh-CN" } }),
    // The claim in English beneath the article's words; readers of another language get it in theirs.
    rulesFor(lang).readsTheArticle
      ? h("p", { textContent: cell.claim, attrs: { lang: "en" } })
      : h("p", { textContent: textIn(lang, cell, "claim"), attrs: { lang: rulesFor(lang).tag } }),
    note && h("p", { textContent: note, attrs: { lang: rulesFor(lang).tag, class: "note" } }),
    h("p", { textContent: `${w.source}: ` }, h("a", { href, textContent: cell.source }))
  );
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
  const evidence = h("div");
  // Built here, not in the page's Markdown: Framework's link check does not read query strings.
  const scalingLink = h(
    "p",
    {},
    h("a", {
      href: withLang("./scaling?thresholds=all", lang),
      textContent: words(lang).emergenceLink
    })
  );
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
