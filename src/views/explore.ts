// The Explore page's view: its state (in the URL, src/views/explore-state.ts), its controls, the one figure
// (explore-scatter), the fits of the view as a table, the named questions, and the link and embed snippet to share.
import * as Inputs from "@observablehq/inputs";
import {
  ACCESS,
  BRANCHES,
  type Access,
  type Branch,
  type EpochLoad,
  type EpochStatus,
  type NotebookData
} from "../contract.js";
import { labelControls } from "../components/a11y.js";
import { combobox, modelItems } from "../components/combobox.js";
import { h, INTERFACE_ONLY } from "../components/dom.js";
import { renderFigure, type FigureElement } from "../components/figure.js";
import { COLOR_BYS, FITS, LINES, MEASURES, SCALES, type Measure } from "../components/explore/data.js";
import { formatFitEstimate } from "../components/explore/format.js";
import { groupLabel } from "../components/explore/layout.js";
import { exploreModel } from "../components/explore/model.js";
import { exploreShown, exploreShownWords, type ExploreShown } from "../figures/explore-shown.js";
import { exploreScatter } from "../figures/registry.js";
import { THRESHOLD_CHOICES, type FigureState, type ViewFilters, type ThresholdChoice } from "../figures/types.js";
import { NAMED_PRESETS, PRESET_NAMES, type PresetName } from "../figures/explore-presets.js";
import { dictionaryFor, type Lang, withLang } from "../i18n/index.js";
import {
  EXPLORE_PRESETS,
  dataYears,
  expandPreset,
  datesParam,
  exploreParams,
  exploreSpec,
  exploreVisible,
  normalizeExploreState,
  questionOf,
  readExploreState,
  type ExploreState
} from "./explore-state.js";
import { stateQuery, type Params } from "./url-state.js";
import { maxOf, minOf } from "../components/number-extent.js";
import { epochFilePanel, type EpochImportModule } from "./explore-import.js";
import { EMBED_DRAWING_WIDTH, embedHeight, embedSnippet } from "./explore-embed.js";

/** Where the page gives no import module (tests of the view alone): a file is refused with the reason. */
const missingImport = (): Promise<EpochImportModule> => Promise.reject(new Error("no Epoch import module given"));
import { createViewController, type ViewController } from "./view-controller.js";

export type ExploreData = Pick<NotebookData, "releases" | "emergence" | "trends" | "epoch" | "info">;

/** How to fetch the backdrop (epoch.json) when it is turned on, and whether there is one (epoch-status.json). */
export interface ExploreBackdrop {
  status: EpochStatus;
  load: () => Promise<EpochLoad>;
}

/** Whether a link asks for the backdrop: the page then fetches it before drawing. */
export const exploreBackdropRequested = (search: string, releases: ExploreData["releases"]) =>
  readExploreState(search, releases).backdrop;

/** What the figure is told: the models the filters show, the axes, and whether the axes keep the story's frame. */
export const exploreFigureState = (data: ExploreData, state: ExploreState): FigureState => ({
  explore: {
    ...exploreSpec(state),
    frame: state.frame,
    thresholds: state.thresholds,
    backdrop: state.backdrop ? { from: Math.min(state.from, state.to), to: Math.max(state.from, state.to) } : null,
    preset: scalingPresetKept(state) ?? questionOf(state, data.releases)
  },
  visible: visibleIds(exploreVisible(data.releases, state)),
  filters: exploreFilters(data.releases, state)
});

/** The catalog's organizations and years, once per catalog (a change of axis must not read 20,000 rows again). */
const catalogExtents = new WeakMap<ExploreData["releases"], { organizations: string[]; first: number; last: number }>();
function catalogExtent(releases: ExploreData["releases"]) {
  let extent = catalogExtents.get(releases);
  if (!extent) {
    const years = releases.map((d) => Number(d.release_date.slice(0, 4)));
    const organizations = [...new Set(releases.map((d) => d.organization))].sort();
    catalogExtents.set(releases, (extent = { organizations, first: minOf(years), last: maxOf(years) }));
  }
  return extent;
}

/** The page's filters, for a download to name them (the years against the catalog's). */
function exploreFilters(releases: ExploreData["releases"], state: ExploreState): ViewFilters {
  const { organizations, first, last } = catalogExtent(releases);
  return {
    branch: { chosen: state.branch, all: BRANCHES },
    organization: { chosen: state.organization, all: organizations },
    access: { chosen: state.access, all: ACCESS },
    years: { from: state.from, to: state.to, first, last }
  };
}

/**
 * A Scaling chart's preset, kept while the view keeps its axes (its layers are drawn). A question is named by its
 * state alone (questionOf): reached by its link or by the controls, and no longer once the view differs.
 */
const scalingPresetKept = (state: ExploreState): PresetName | null =>
  state.preset !== "none" && NAMED_PRESETS[state.preset].layers ? state.preset : null;

/** The ids of the models shown, once per list (a change that keeps the filters keeps the set). */
const idSets = new WeakMap<readonly { id: string }[], ReadonlySet<string>>();
function visibleIds(rows: readonly { id: string }[]): ReadonlySet<string> {
  let ids = idSets.get(rows);
  if (!ids) idSets.set(rows, (ids = new Set(rows.map((d) => d.id))));
  return ids;
}

type Input<T> = HTMLElement & { value: T };

/** The axis, colour and fit choices. */
function chartControls(controller: ViewController<ExploreState>, lang: Lang, bind: Bind) {
  const w = dictionaryFor(lang).explore;
  const s = controller.state;
  const measure = (label: string, value: Measure) =>
    Inputs.select(MEASURES, { label, value, format: (m: Measure) => w.measure[m] });
  const scale = (label: string, value: ExploreState["xscale"]) =>
    Inputs.radio(SCALES, { label, value, format: (d: ExploreState["xscale"]) => w.scaleChoice[d] });
  const breaks = datesParam();
  const [xscale, yscale] = [scale(w.controls.xscale, s.xscale), scale(w.controls.yscale, s.yscale)];
  // A date axis has no scale choice: its radio shows "linear", disabled, and comes back when a measure is chosen.
  controller.subscribe((state) => {
    followScale(xscale, state.x, state.xscale);
    followScale(yscale, state.y, state.yscale);
  });
  return [
    bind(measure(w.controls.x, s.x), (x) => ({ x })),
    bind(xscale, (xscale) => ({ xscale })),
    bind(measure(w.controls.y, s.y), (y) => ({ y })),
    bind(yscale, (yscale) => ({ yscale })),
    bind(
      Inputs.select(COLOR_BYS, {
        label: w.controls.color,
        value: s.color,
        format: (c: ExploreState["color"]) => w.colorBy[c]
      }),
      (color) => ({ color })
    ),
    bind(
      Inputs.radio(FITS, { label: w.controls.fit, value: s.fit, format: (f: ExploreState["fit"]) => w.fitChoice[f] }),
      (fit) => ({ fit })
    ),
    // Dates that do not parse leave the eras as they were (the URL's parser decides, as for a link).
    textInput(
      w.controls.breaks,
      s.breaks.join(","),
      (text) => {
        const parsed = breaks.parse(text.replace(/\s+/g, ""));
        return parsed === undefined ? {} : { breaks: parsed };
      },
      bind
    ),
    bind(
      Inputs.radio(LINES, {
        label: w.controls.line,
        value: s.line,
        format: (l: ExploreState["line"]) => w.lineChoice[l]
      }),
      (line) => ({ line })
    ),
    bind(Inputs.toggle({ label: w.controls.storyFrame, value: s.frame }), (frame) => ({ frame: Boolean(frame) })),
    bind(
      Inputs.radio(THRESHOLD_CHOICES, {
        label: w.controls.thresholds,
        value: s.thresholds,
        format: (c: ThresholdChoice) => dictionaryFor(lang).controls.thresholdChoice[c]
      }),
      (thresholds) => ({ thresholds })
    )
  ];
}

/** A scale radio as its axis has it: a date axis's is "linear" and disabled. */
function followScale(form: Input<ExploreState["xscale"]>, measure: Measure, scale: ExploreState["xscale"]) {
  const date = measure === "date";
  form.value = date ? "linear" : scale;
  for (const input of form.querySelectorAll("input")) input.disabled = date;
}

/** A labelled text box (Inputs' own is not typed here): an edit applies when it reads. */
function textInput(label: string, value: string, apply: (text: string) => Partial<ExploreState>, bind: Bind) {
  const input = h("input", { type: "text", id: "explore-breaks", value, placeholder: "2020-05-28", spellcheck: false });
  bind(input, apply);
  return h("div", { className: "explore-text" }, h("label", { htmlFor: "explore-breaks", textContent: label }), input);
}

/**
 * The backdrop toggle: turning it on fetches epoch.json first (once) and sets the state when the rows are in
 * `data.epoch`; a failed fetch turns it back off. Disabled when the build has no backdrop.
 */
function backdropToggle(
  data: ExploreData,
  controller: ViewController<ExploreState>,
  label: string,
  lazy?: ExploreBackdrop
) {
  const available = lazy ? lazy.status.available : data.epoch.available;
  const toggle = Inputs.toggle({ label, value: available && controller.state.backdrop, disabled: !available });
  let loading: Promise<void> | null = null;
  toggle.addEventListener("input", () => {
    if (!toggle.value) return controller.set({ backdrop: false });
    loading ??=
      data.epoch.available || !lazy ? Promise.resolve() : lazy.load().then((epoch) => void (data.epoch = epoch));
    loading.then(
      () => toggle.value && controller.set({ backdrop: true }),
      (error: unknown) => {
        console.error(`the backdrop could not be fetched: ${String(error)}`);
        loading = null;
        toggle.value = false;
      }
    );
  });
  return toggle;
}

/**
 * The backdrop toggle with, while it is disabled, why (the build has no Epoch table; a CSV opened below draws one)
 * beside it and as its description. `enable` is for a table opened in the browser: the toggle works, the reason goes.
 */
function backdropControl(toggle: HTMLElement, lang: Lang) {
  const w = dictionaryFor(lang).explore;
  const input = toggle.querySelector("input")!;
  const why = h("p", {
    id: "explore-backdrop-why",
    className: "explore-backdrop-why",
    textContent: w.controls.backdropUnavailable(w.importCsv.heading),
    hidden: !input.disabled
  });
  if (input.disabled) input.setAttribute("aria-describedby", why.id);
  const enable = () => {
    input.disabled = false;
    input.removeAttribute("aria-describedby");
    why.hidden = true;
  };
  return { element: h("div", { className: "explore-backdrop-control" }, toggle, why), enable };
}

/** The filters: years (the data's whole range), branch, organization, access, the models highlighted. */
function filterControls(data: ExploreData, controller: ViewController<ExploreState>, lang: Lang, bind: Bind) {
  const d = dictionaryFor(lang);
  const w = d.explore.controls;
  const s = controller.state;
  const [first, last] = dataYears(data.releases);
  const organizations = [...new Set(data.releases.map((r) => r.organization))].sort();
  return [
    bind(labelControls(Inputs.range([first, last], { label: w.from, step: 1, value: s.from }), w.from), (v) => ({
      from: Number(v)
    })),
    bind(labelControls(Inputs.range([first, last], { label: w.to, step: 1, value: s.to }), w.to), (v) => ({
      to: Number(v)
    })),
    bind(
      Inputs.checkbox(BRANCHES, { label: w.branch, value: [...s.branch], format: (b: Branch) => d.common.branch[b] }),
      (branch) => ({ branch: branch as Branch[] })
    ),
    bind(
      Inputs.checkbox(ACCESS, { label: w.access, value: [...s.access], format: (a: Access) => d.common.access[a] }),
      (access) => ({ access: access as Access[] })
    ),
    bind(Inputs.select(organizations, { label: w.organization, multiple: 6, value: [...s.organization] }), (org) => ({
      organization: org as unknown as string[]
    })),
    // A type-ahead picker, not a <select>: a catalog of 20,000 models is 20,000 options to build and lay out.
    bind(highlightPicker(data.releases, s.highlight, lang), (ids) => ({ highlight: ids }))
  ];
}

/** The models highlighted: chosen by name (in the page's language, or English, or id) as removable chips. */
function highlightPicker(releases: ExploreData["releases"], value: readonly string[], lang: Lang) {
  const d = dictionaryFor(lang);
  const words = { label: d.explore.controls.highlight, ...d.common.modelPicker };
  return combobox({ id: "explore-highlight", items: modelItems(releases, lang), value, words });
}

type Bind = <T>(form: Input<T>, apply: (value: T) => Partial<ExploreState>) => HTMLElement;

/** The fits of the view: group, era, models, doubling time or slope with its 90% interval. */
function fitTable(data: ExploreData, state: ExploreState, lang: Lang): HTMLElement {
  const w = dictionaryFor(lang).explore;
  const model = exploreModel(exploreVisible(data.releases, state), exploreSpec(state));
  // "Choose trend lines above" asks for the controls, which paper does not have: on the page only.
  if (!model.fits.length)
    return h("p", { className: `explore-no-fit ${INTERFACE_ONLY}`, textContent: w.fitTable.none });
  const cell = (text: string | number) => h("td", { textContent: String(text) });
  return h(
    "table",
    { className: "explore-fits" },
    h("caption", { textContent: w.fitTable.heading }),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...[w.fitTable.group, w.fitTable.era, w.fitTable.models, w.fitTable.estimate].map((t) =>
          h("th", { scope: "col", textContent: t })
        )
      )
    ),
    h(
      "tbody",
      {},
      ...model.fits.map((fit) =>
        h(
          "tr",
          {},
          cell(groupLabel(fit.group, state.color, lang)),
          cell(w.era(fit.era.from, fit.era.to) || "—"),
          cell(fit.n),
          cell(formatFitEstimate(fit, lang))
        )
      )
    )
  );
}

/**
 * The summary line: the filters' count, then apart the models shown but not plotted, by reason; the undisclosed
 * drawn as × in the band above the plot link to the figure that draws them, the others are named.
 */
export function summaryLine(shown: ExploreShown, lang: Lang): (string | HTMLElement)[] {
  const { count, notPlotted, separator } = exploreShownWords(shown, lang);
  return [
    count,
    ...notPlotted.flatMap(({ reason, text }) => [
      separator,
      reason === "banded" ? h("a", { href: `#${exploreScatter.id}`, textContent: text }) : text
    ])
  ];
}

/** The address of a view: this page with the state's query (and the page's language). */
export function viewUrl(state: ExploreState, params: Params<ExploreState>, lang: Lang, base: string): string {
  const url = new URL(base);
  url.search = stateQuery(state, params, withLang("?", lang).slice(1));
  url.hash = "";
  return url.toString();
}

export interface ExploreView {
  controller: ViewController<ExploreState>;
  /** Only the figure and a link back (?embed=1), for an <iframe>. */
  embed: boolean;
  controls: HTMLElement;
  summary: HTMLElement;
  figure: FigureElement;
  fits: HTMLElement;
  presets: HTMLElement;
  share: HTMLElement;
  /** Open an Epoch AI CSV in the browser (src/views/explore-import.ts). */
  epochFile: HTMLElement;
  /** In embed mode: the link back to the full view. */
  back: HTMLElement;
  dispose(): void;
}

/**
 * The named views, each a link that opens it: the Scaling page's charts by their titles, then the questions. Each
 * opens at the figure (its anchor): the list and the controls above it would otherwise fill a projector's first screen.
 */
function presetList(lang: Lang): HTMLElement {
  const d = dictionaryFor(lang);
  const w = d.explore.presets;
  const label = (name: PresetName) =>
    name in d.figures ? d.figures[name as keyof typeof d.figures].title : w[name as keyof typeof w];
  return h(
    "nav",
    { className: "explore-presets", attrs: { "aria-label": w.heading } },
    h("h2", { textContent: w.heading }),
    h(
      "ul",
      {},
      ...PRESET_NAMES.map((name) =>
        h(
          "li",
          {},
          h("a", {
            href: withLang(`./explore${EXPLORE_PRESETS[name]}#${exploreScatter.id}`, lang),
            textContent: label(name)
          })
        )
      )
    )
  );
}

/**
 * "Copy link", and the <iframe> snippet of the current view. A table opened in the browser is in neither (a link
 * carries the view, not a file): while the view shows one, `showsImport`, the panel and the copy's status say so.
 */
function sharePanel(lang: Lang, url: () => string, drawingHeight: () => number, showsImport: () => boolean) {
  const w = dictionaryFor(lang).explore.share;
  const status = h("span", { className: "explore-copy-status", attrs: { role: "status" } });
  const notInLink = h("p", { id: "explore-import-not-linked", className: "explore-import-not-linked", hidden: true });
  const copied = () => (showsImport() ? w.copiedWithoutImport : w.copied);
  const button = h("button", {
    type: "button",
    className: "explore-copy",
    textContent: w.copyLink,
    onclick: () =>
      navigator.clipboard?.writeText(url()).then(
        () => void (status.textContent = copied()),
        () => void (status.textContent = w.copyFailed)
      ) ?? void (status.textContent = w.copyFailed)
  });
  const snippet = h("textarea", {
    className: "explore-snippet",
    readOnly: true,
    rows: 3,
    attrs: { "aria-label": w.embedText }
  });
  const refresh = () => {
    snippet.value = embedSnippet(url(), w.embedTitle, embedHeight(drawingHeight()));
    status.textContent = "";
    const imported = showsImport();
    notInLink.textContent = imported ? w.importNotInLink : "";
    notInLink.hidden = !imported;
    for (const element of [button, snippet])
      if (imported) element.setAttribute("aria-describedby", notInLink.id);
      else element.removeAttribute("aria-describedby");
  };
  const panel = h(
    "section",
    { className: "explore-share" },
    h("h2", { textContent: w.heading }),
    notInLink,
    h("p", {}, button, " ", status),
    h("p", { textContent: w.embedText }),
    snippet
  );
  return { panel, refresh };
}

export function createExploreView(
  data: ExploreData,
  lang: Lang,
  options: { search?: string; backdrop?: ExploreBackdrop; epochImport?: () => Promise<EpochImportModule> } = {}
): ExploreView {
  const search = options.search ?? globalThis.location?.search ?? "";
  const w = dictionaryFor(lang).explore;
  const params = exploreParams(data.releases);
  const controller = createViewController(params, { search: expandPreset(search), normalize: normalizeExploreState });
  const bind: Bind = (form, apply) => {
    form.addEventListener("input", () => controller.set(apply(form.value)));
    return form;
  };
  const toggle = backdropToggle(data, controller, w.controls.backdrop, options.backdrop);
  const backdrop = backdropControl(toggle, lang);
  const controls = h(
    "div",
    { className: "controls explore-controls", attrs: { role: "group", "aria-label": w.controls.group } },
    ...chartControls(controller, lang, bind),
    ...filterControls(data, controller, lang, bind),
    backdrop.element
  );
  const summary = h("p", { className: "filter-summary", attrs: { "aria-live": "polite" } });
  // A table opened in the browser is drawn, never linked: while the view shows it, the share panel says so, and a
  // download writes it beside the view's address.
  let imported = false;
  const showsImport = () => imported && controller.state.backdrop;
  const figure = renderFigure(exploreScatter, data, {
    lang,
    state: exploreFigureState(data, controller.state),
    info: data.info,
    address: controller.address,
    notInAddress: () => (showsImport() ? w.share.importNotInAddress : null)
  });
  const fits = h("div", { className: "explore-fit-table" });
  const base = () => globalThis.location?.href ?? "http://localhost/explore";
  const url = () => viewUrl({ ...controller.state, embed: false }, params, lang, base());
  const share = sharePanel(
    lang,
    url,
    () => exploreScatter.height(EMBED_DRAWING_WIDTH, "web", data, exploreFigureState(data, controller.state)),
    showsImport
  );
  const back = h("a", { className: "explore-back", href: url(), target: "_top", textContent: w.share.openFull });
  // A CSV the reader opens becomes the backdrop: the toggle turns on (enabled even when the build has none).
  const epochFile = epochFilePanel(
    lang,
    { releases: data.releases, asOf: data.info.as_of, module: options.epochImport ?? missingImport },
    (epoch) => {
      data.epoch = epoch;
      imported = true;
      backdrop.enable();
      toggle.value = true;
      if (controller.state.backdrop) {
        figure.update(exploreFigureState(data, controller.state));
        share.refresh();
      } else controller.set({ backdrop: true });
    }
  );
  const unsubscribe = controller.subscribe((state) => {
    const figureState = exploreFigureState(data, state);
    figure.update(figureState);
    summary.replaceChildren(...summaryLine(exploreShown(data.releases, figureState, exploreSpec(state)), lang));
    fits.replaceChildren(fitTable(data, state, lang));
    share.refresh();
    back.setAttribute("href", url());
  });
  return {
    controller,
    embed: controller.state.embed,
    controls,
    summary,
    figure,
    fits,
    presets: presetList(lang),
    share: share.panel,
    epochFile,
    back,
    dispose() {
      unsubscribe();
      controller.dispose();
    }
  };
}
