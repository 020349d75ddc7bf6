// The Scaling page's view: its state (in the URL), its controls, which models a state shows, and its figures, each
// updated from the one controller. The page only places what this builds.
import * as Inputs from "@observablehq/inputs";
import {
  BRANCHES,
  type Branch,
  type EpochLoad,
  type EpochStatus,
  type ImportedModel,
  type NotebookData,
  type ReleaseRow
} from "../contract.js";
import { labelControls } from "../components/a11y.js";
import { combobox, modelItems } from "../components/combobox.js";
import { h } from "../components/dom.js";
import { dictionaryFor, punctuation, rulesFor, type Lang } from "../i18n/index.js";
import { renderFigure, type FigureElement } from "../components/figure.js";
import { boolParam, enumParam, idParam, intParam, listParam, readState, type Params } from "./url-state.js";
import { createViewController, type ViewController } from "./view-controller.js";
import { dataForPeriod, periodRequested } from "./period.js";
import { drawableDate } from "../components/explore/look.js";
import {
  articleTableFigure,
  computeByDate,
  dataAsOf,
  parametersByDate,
  parametersVsTokens,
  tokensByDate,
  trendFits
} from "../figures/registry.js";
import {
  THRESHOLD_CHOICES,
  type FigureOn,
  type FigureState,
  type ViewFilters,
  type ThresholdChoice
} from "../figures/types.js";
import { minOf, maxOf } from "../components/number-extent.js";

export interface ScalingState {
  scale: "log" | "linear";
  branch: readonly Branch[];
  org: readonly string[];
  from: number;
  to: number;
  thresholds: ThresholdChoice;
  trend: boolean;
  backdrop: boolean;
  /** The growth charts' date axis over Epoch's whole range instead of the catalog's (with the backdrop on). */
  widen: boolean;
  model: string | null;
}

export type ScalingData = Pick<NotebookData, "releases" | "emergence" | "trends" | "article" | "epoch" | "info">;

const yearOf = (row: { release_date: string }) => Number(row.release_date.slice(0, 4));

export function scalingParams(releases: readonly ReleaseRow[]): Params<ScalingState> {
  const organizations = [...new Set(releases.map((d) => d.organization))].sort();
  const years = releases.map(yearOf);
  const [first, last] = [minOf(years), maxOf(years)];
  return {
    scale: enumParam(["log", "linear"] as const, "log"),
    branch: listParam(BRANCHES, BRANCHES),
    org: listParam(organizations, organizations),
    from: intParam(first, last, first),
    to: intParam(first, last, last),
    thresholds: enumParam(THRESHOLD_CHOICES, "few-shot"),
    trend: boolParam(true),
    backdrop: boolParam(false),
    widen: boolParam(false),
    model: idParam(releases.map((d) => d.id))
  };
}

/** The catalog models a state shows. */
export function visibleModels(releases: readonly ReleaseRow[], state: ScalingState): ReleaseRow[] {
  const [lo, hi] = [Math.min(state.from, state.to), Math.max(state.from, state.to)];
  return releases.filter(
    (d) => state.branch.includes(d.branch) && state.org.includes(d.organization) && yearOf(d) >= lo && yearOf(d) <= hi
  );
}

/**
 * The backdrop models a state shows. The years filter is the catalog's (its slider spans the catalog's years); with
 * the axis widened to Epoch's range, a slider at its first year also takes in Epoch's earlier models and one at its
 * last year the later ones, so the widened axis is not left empty at both ends. Rows whose date cannot be drawn are
 * not shown (nor counted as shown).
 */
export function visibleBackdrop(data: ScalingData, state: ScalingState): ImportedModel[] {
  if (!state.backdrop || !data.epoch.available) return [];
  const years = data.releases.map(yearOf);
  const [first, last] = [minOf(years), maxOf(years)];
  const [lo, hi] = [Math.min(state.from, state.to), Math.max(state.from, state.to)];
  const from = state.widen && lo === first ? -Infinity : lo;
  const to = state.widen && hi === last ? Infinity : hi;
  const asOf = dataAsOf(data.info);
  return data.epoch.models.filter((d) => drawableDate(d.release_date, asOf) && yearOf(d) >= from && yearOf(d) <= to);
}

/** What the figures are told: which models show, and the rest of the state. */
export function figureState(data: ScalingData, state: ScalingState): FigureState {
  const backdrop = visibleBackdrop(data, state);
  return {
    scale: state.scale,
    thresholds: state.thresholds,
    trend: state.trend,
    backdrop: state.backdrop,
    widen: state.widen,
    selected: state.model,
    visible: new Set([...visibleModels(data.releases, state), ...backdrop].map((d) => d.id)),
    filters: scalingFilters(data.releases, state)
  };
}

/** The page's filters, for a download to name them (the years against the catalog's). */
function scalingFilters(releases: readonly ReleaseRow[], state: ScalingState): ViewFilters {
  const years = releases.map(yearOf);
  return {
    branch: { chosen: state.branch, all: BRANCHES },
    organization: { chosen: state.org, all: [...new Set(releases.map((d) => d.organization))].sort() },
    years: { from: state.from, to: state.to, first: minOf(years), last: maxOf(years) }
  };
}

/** The page's words, from the dictionaries (src/i18n/). */
function words(lang: Lang) {
  const { controls: c, common } = dictionaryFor(lang);
  return {
    scale: c.scale,
    scaleChoice: c.scaleChoice,
    thresholds: c.thresholds,
    thresholdChoice: c.thresholdChoice,
    trend: c.trendLines,
    backdrop: c.backdrop,
    widen: c.widenDates,
    model: c.highlightModel,
    branch: c.branch,
    branchName: common.branch,
    from: c.fromYear,
    to: c.toYear,
    org: c.organization,
    controls: c.groupChart
  };
}

/**
 * The line under the controls: how many models the filters show, over how many of the backdrop's, and why the backdrop
 * is off when the build has no Epoch table (after a word space: none in Chinese, whose note opens with "（").
 */
export function filterSummaryText(lang: Lang, shown: number, of: number, backdrop: number, epochAvailable: boolean) {
  const { scaling } = dictionaryFor(lang).pages;
  const counts = `${scaling.filterSummary(shown, of)}${shown === 0 ? scaling.noMatch : ""}${backdrop ? scaling.overBackdrop(backdrop) : ""}${punctuation(lang).stop.trim()}`;
  return epochAvailable ? counts : `${counts}${rulesFor(lang).wordSpace}${scaling.backdropMissing}`;
}

export interface ScalingView {
  controller: ViewController<ScalingState>;
  controls: HTMLElement;
  summary: HTMLElement;
  figures: Record<"parameters" | "compute" | "tokens" | "tokensPerParameter" | "article" | "trends", FigureElement>;
  dispose(): void;
}

/**
 * The backdrop fetched on demand: its status (known at once, from epoch-status.json) and how to fetch epoch.json.
 * Without it, `data.epoch` is the backdrop itself.
 */
export interface LazyBackdrop {
  status: EpochStatus;
  load: () => Promise<EpochLoad>;
}

/** The backdrop's stand-in until it is fetched: draws nothing, as an absent backdrop does. */
export const backdropNotLoaded = (status: EpochStatus): EpochLoad => ({
  available: false,
  reason: status.reason ?? "not fetched yet",
  attribution: status.attribution
});

/** Whether a page's link asks for the backdrop (?backdrop=on): the page then fetches it before drawing. */
export function backdropRequested(search: string, releases: readonly ReleaseRow[]): boolean {
  return readState(search, scalingParams(releases)).backdrop;
}

/**
 * The backdrop toggle. With a lazy backdrop not yet fetched, turning it on fetches epoch.json first and sets the state
 * once the rows are in `data.epoch` (the figures read `data` when they draw); a failed fetch turns the toggle back off.
 */
function backdropToggle(
  data: ScalingData,
  controller: ViewController<ScalingState>,
  options: { label: string; available: boolean; lazy?: LazyBackdrop }
): HTMLElement {
  const toggle = Inputs.toggle({
    label: options.label,
    value: options.available && controller.state.backdrop,
    disabled: !options.available
  });
  let loading: Promise<void> | null = null;
  const ensureLoaded = () =>
    (loading ??=
      data.epoch.available || !options.lazy
        ? Promise.resolve()
        : options.lazy.load().then((epoch) => void (data.epoch = epoch)));
  toggle.addEventListener("input", () => {
    const on = Boolean(toggle.value);
    if (!on) return controller.set({ backdrop: false });
    ensureLoaded().then(
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

export function createScalingView(all: ScalingData, lang: Lang, lazy?: LazyBackdrop): ScalingView {
  // ?period=article: the article-faithful view, without the models released after its end (views/period.ts).
  const data = dataForPeriod(all, periodRequested(globalThis.location?.search ?? ""));
  const w = words(lang);
  const params = scalingParams(data.releases);
  const controller = createViewController(params);
  const s = controller.state;
  const available = lazy ? lazy.status.available : data.epoch.available;
  const organizations = [...new Set(data.releases.map((d) => d.organization))].sort();
  const years = data.releases.map(yearOf);
  const [first, last] = [minOf(years), maxOf(years)];
  const input = <T>(form: HTMLElement & { value: T }, apply: (value: T) => Partial<ScalingState>) => {
    form.addEventListener("input", () => controller.set(apply(form.value)));
    return form;
  };
  const controls = h(
    "div",
    { className: "controls", attrs: { role: "group", "aria-label": w.controls } },
    input(
      Inputs.radio(["log", "linear"], {
        label: w.scale,
        value: s.scale,
        format: (d: "log" | "linear") => w.scaleChoice[d]
      }),
      (scale) => ({ scale: scale as ScalingState["scale"] })
    ),
    input(
      Inputs.radio(THRESHOLD_CHOICES, {
        label: w.thresholds,
        value: s.thresholds,
        format: (d: ThresholdChoice) => w.thresholdChoice[d]
      }),
      (thresholds) => ({ thresholds: thresholds as ThresholdChoice })
    ),
    input(Inputs.toggle({ label: w.trend, value: s.trend }), (trend) => ({ trend: Boolean(trend) })),
    backdropToggle(data, controller, { label: w.backdrop, available, lazy }),
    // Takes effect with the backdrop on: without it, the catalog's dates are the whole range.
    input(Inputs.toggle({ label: w.widen, value: available && s.widen, disabled: !available }), (widen) => ({
      widen: Boolean(widen)
    })),
    // A type-ahead picker, not a <select>: a catalog of 20,000 models is 20,000 options to build and lay out.
    input(
      combobox({
        id: "scaling-model",
        items: modelItems(data.releases, lang),
        value: s.model === null ? [] : [s.model],
        words: { label: w.model, ...dictionaryFor(lang).common.modelPicker },
        single: true
      }),
      (ids) => ({ model: ids[0] ?? null })
    ),
    input(
      Inputs.checkbox(BRANCHES, { label: w.branch, value: [...s.branch], format: (d: Branch) => w.branchName[d] }),
      (branch) => ({ branch: branch as Branch[] })
    ),
    input(labelControls(Inputs.range([first, last], { label: w.from, step: 1, value: s.from }), w.from), (from) => ({
      from: Number(from)
    })),
    input(labelControls(Inputs.range([first, last], { label: w.to, step: 1, value: s.to }), w.to), (to) => ({
      to: Number(to)
    })),
    input(Inputs.select(organizations, { label: w.org, multiple: 6, value: [...s.org] }), (org) => ({
      org: org as unknown as string[]
    }))
  );

  const summary = h("p", { className: "filter-summary", attrs: { "aria-live": "polite" } });

  const initial = figureState(data, s);
  const make = (def: FigureOn<keyof ScalingData>) =>
    renderFigure(def, data, { lang, state: initial, info: data.info, address: controller.address });
  const figures = {
    parameters: make(parametersByDate),
    compute: make(computeByDate),
    tokens: make(tokensByDate),
    tokensPerParameter: make(parametersVsTokens),
    article: make(articleTableFigure),
    trends: make(trendFits)
  };
  const unsubscribe = controller.subscribe((state) => {
    const next = figureState(data, state);
    for (const figure of [figures.parameters, figures.compute, figures.tokens, figures.tokensPerParameter])
      figure.update(next);
    const catalogShown = visibleModels(data.releases, state).length;
    const backdropShown = next.visible!.size - catalogShown;
    summary.textContent = filterSummaryText(lang, catalogShown, data.releases.length, backdropShown, available);
  });
  return {
    controller,
    controls,
    summary,
    figures,
    dispose() {
      unsubscribe();
      controller.dispose();
    }
  };
}
