// The Timeline page's view: lanes and the selected model in the URL, one controller, the three figures and the
// model card, all following the selection however it was made (the tree, the list, a shared link).
import * as Inputs from "@observablehq/inputs";
import type { NotebookData } from "../contract.js";
import { renderFigure } from "../components/figure.js";
import { modelCard } from "../components/model-card.js";
import { h } from "../components/dom.js";
import { dictionaryFor, type Lang } from "../i18n/index.js";
import { enumParam, idParam, type Params } from "./url-state.js";
import { createViewController } from "./view-controller.js";
import { dataForPeriod, periodRequested } from "./period.js";
import { gpt35Tree, lineageScale, releaseTimeline } from "../figures/registry.js";
import { LANES, type FigureOn, type FigureState, type Lane } from "../figures/types.js";

export interface TimelineState {
  lanes: Lane;
  model: string | null;
}

export type TimelineData = Pick<NotebookData, "releases" | "lineage" | "capabilities" | "milestones" | "info">;

export const timelineParams = (ids: readonly string[]): Params<TimelineState> => ({
  lanes: enumParam(LANES, "branch"),
  model: idParam(ids)
});

/** The page's words, from the dictionaries (src/i18n/). */
function words(lang: Lang) {
  const { controls: c } = dictionaryFor(lang);
  return {
    lanes: c.lanesBy,
    lane: c.lanesChoice,
    card: c.modelCardFor,
    choose: c.chooseModel,
    controls: c.groupTimeline
  };
}

export function createTimelineView(all: TimelineData, lang: Lang) {
  // ?period=article: the article-faithful view, without the models released after its end (views/period.ts).
  const data = dataForPeriod(all, periodRequested(globalThis.location?.search ?? ""));
  const w = words(lang);
  const controller = createViewController(timelineParams(data.releases.map((d) => d.id)));
  const select = (id: string) => controller.set({ model: id });
  const stateOf = (s: TimelineState): FigureState => ({ lanes: s.lanes, selected: s.model, onSelect: select });
  const lanesInput = Inputs.radio(LANES, {
    label: w.lanes,
    value: controller.state.lanes,
    format: (d: Lane) => w.lane[d]
  });
  lanesInput.addEventListener("input", () => controller.set({ lanes: lanesInput.value }));
  const names = new Map(data.releases.map((d) => [d.id, d.name]));
  const modelInput = Inputs.select([null, ...data.releases.map((d) => d.id)], {
    label: w.card,
    format: (id: string | null) => (id === null ? w.choose : (names.get(id) ?? id)),
    value: controller.state.model
  });
  modelInput.addEventListener("input", () => controller.set({ model: modelInput.value }));
  const controls = h("div", { className: "controls", attrs: { role: "group", "aria-label": w.controls } }, lanesInput);
  const make = (def: FigureOn<keyof TimelineData>) =>
    renderFigure(def, data, { lang, state: stateOf(controller.state), info: data.info, address: controller.address });
  const figures = { timeline: make(releaseTimeline), tree: make(gpt35Tree), scale: make(lineageScale) };
  const cardPanel = h("div", { className: "model-card-panel" });
  const unsubscribe = controller.subscribe((state) => {
    const next = stateOf(state);
    for (const figure of Object.values(figures)) figure.update(next);
    if (modelInput.value !== state.model) modelInput.value = state.model;
    cardPanel.replaceChildren(modelInput, modelCard(state.model, data, lang));
  });
  return {
    controller,
    controls,
    figures,
    card: cardPanel,
    dispose() {
      unsubscribe();
      controller.dispose();
    }
  };
}
