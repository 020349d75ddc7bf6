// The Explore page's state and its URL vocabulary (README, "The Explore page's links"): every parameter has a typed
// parser, and a value it cannot read leaves the default, so a hostile or mistyped link opens a working view.
import { ACCESS, BRANCHES, type Access, type Branch, type ReleaseRow } from "../contract.js";
import {
  COLOR_BYS,
  FITS,
  LINES,
  MEASURES,
  SCALES,
  type AxisScale,
  type ColorBy,
  type FitChoice,
  type LineChoice,
  type Measure
} from "../components/explore/data.js";
import type { ExploreSpec } from "../components/explore/model.js";
import { maxOf, minOf } from "../components/number-extent.js";
import { THRESHOLD_CHOICES, type ThresholdChoice } from "../figures/types.js";
import { NAMED_PRESETS, PRESET_NAMES, viewQuery, type PresetName } from "../figures/explore-presets.js";
import {
  boolParam,
  enumParam,
  intParam,
  listParam,
  readState,
  stateQuery,
  type Param,
  type Params
} from "./url-state.js";

export interface ExploreState {
  x: Measure;
  y: Measure;
  xscale: AxisScale;
  yscale: AxisScale;
  color: ColorBy;
  from: number;
  to: number;
  branch: readonly Branch[];
  organization: readonly string[];
  access: readonly Access[];
  highlight: readonly string[];
  line: LineChoice;
  fit: FitChoice;
  breaks: readonly string[];
  /** Axes over every model of the catalog (the story's frame) rather than only those shown. */
  frame: boolean;
  thresholds: ThresholdChoice;
  /** Epoch AI's models beneath (fetched only when on). */
  backdrop: boolean;
  /** Only the figure, for an <iframe>. */
  embed: boolean;
  /** A named view (src/figures/explore-presets.ts): a Scaling chart's layers are drawn while its axes are kept. */
  preset: PresetName | "none";
}

/** At most this many era breaks: each adds a fit per group, and a link cannot ask for unbounded work. */
export const MAX_BREAKS = 8;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (2020-02-30 is not), written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A comma-separated list of calendar days, sorted and once each; one bad item or too many rejects the whole list. */
export function datesParam(fallback: readonly string[] = []): Param<readonly string[]> {
  return {
    fallback,
    parse: (text) => {
      if (text === "") return [];
      const items = text.split(",");
      if (items.length > MAX_BREAKS || !items.every(isCalendarDay)) return undefined;
      return [...new Set(items)].sort();
    },
    format: (value) => value.join(",")
  };
}

/** A comma-separated subset of ids in the order given, once each; an unknown id rejects the list. */
export function idListParam(ids: readonly string[]): Param<readonly string[]> {
  const known = new Set(ids);
  return {
    fallback: [],
    parse: (text) => {
      if (text === "") return [];
      const items = text.split(",");
      return items.every((id) => known.has(id)) ? [...new Set(items)] : undefined;
    },
    format: (value) => value.join(",")
  };
}

/** A flag written 1 (as embed links are) or on; 0 and off read as false. */
export function flagParam(): Param<boolean> {
  return {
    fallback: false,
    parse: (text) => (text === "1" || text === "on" ? true : text === "0" || text === "off" ? false : undefined),
    format: (value) => (value ? "1" : "0")
  };
}

/** The years the data reaches: the filter's slider spans them, whatever they are. */
export function dataYears(releases: readonly ReleaseRow[]): [number, number] {
  const years = releases.map((d) => Number(d.release_date.slice(0, 4)));
  return years.length ? [minOf(years), maxOf(years)] : [2017, 2017];
}

export function exploreParams(releases: readonly ReleaseRow[]): Params<ExploreState> {
  const organizations = [...new Set(releases.map((d) => d.organization))].sort();
  const [first, last] = dataYears(releases);
  return {
    x: enumParam(MEASURES, "date"),
    y: enumParam(MEASURES, "compute"),
    xscale: enumParam(SCALES, "log"),
    yscale: enumParam(SCALES, "log"),
    color: enumParam(COLOR_BYS, "branch"),
    from: intParam(first, last, first),
    to: intParam(first, last, last),
    branch: listParam(BRANCHES, BRANCHES),
    organization: listParam(organizations, organizations),
    access: listParam(ACCESS, ACCESS),
    highlight: idListParam(releases.map((d) => d.id)),
    line: enumParam(LINES, "none"),
    fit: enumParam(FITS, "none"),
    breaks: datesParam(),
    frame: boolParam(false),
    thresholds: enumParam(THRESHOLD_CHOICES, "none"),
    backdrop: boolParam(false),
    embed: flagParam(),
    preset: enumParam(["none", ...PRESET_NAMES] as const, "none")
  };
}

/**
 * A date axis is always linear, so a link's scale for it means nothing: it is read as the default and never written
 * (`?x=date&xscale=linear` is the default view's link), and its control shows "linear", disabled.
 */
export function normalizeExploreState(state: ExploreState): ExploreState {
  const scale = (measure: Measure, value: AxisScale): AxisScale => (measure === "date" ? "log" : value);
  const [xscale, yscale] = [scale(state.x, state.xscale), scale(state.y, state.yscale)];
  const preset = presetKept(state) ? state.preset : "none";
  return xscale === state.xscale && yscale === state.yscale && preset === state.preset
    ? state
    : { ...state, xscale, yscale, preset };
}

/**
 * A named view stays while its axes are the preset's (for the tokens chart, both log): it is the view's starting
 * state, so another colour, fit, line or era changes only that (src/figures/explore-presets.ts, keepsPresetLook).
 * Another measure on an axis leaves the preset for the plain explorer.
 */
function presetKept(state: ExploreState): boolean {
  if (state.preset === "none") return true;
  const { view, layers } = NAMED_PRESETS[state.preset];
  const axes = state.x === view.x && state.y === view.y;
  const logLog = layers?.look !== "tokens" || (state.xscale === "log" && state.yscale === "log");
  return axes && logLog;
}

/**
 * A link with `preset=<name>` opens the preset's view: its words first, then the link's own over them (so
 * `?preset=compute-by-date&yscale=linear` is that chart on a linear axis).
 */
export function expandPreset(search: string): string {
  const own = new URLSearchParams(search);
  const name = own.get("preset");
  if (!name || !Object.hasOwn(NAMED_PRESETS, name)) return search;
  const query = new URLSearchParams(viewQuery(NAMED_PRESETS[name as PresetName].view));
  for (const [key, value] of own) query.set(key, value);
  return `?${query}`;
}

/** A link's state: the preset it names expanded, each parameter parsed, then settled against the others. */
export const readExploreState = (search: string, releases: readonly ReleaseRow[]) =>
  normalizeExploreState(readState(expandPreset(search), exploreParams(releases)));

const visibleCache = new WeakMap<readonly ReleaseRow[], { key: string; rows: ReleaseRow[] }>();

/** The catalog models a state shows (its filters); what it returns is shared: nothing may change it. */
export function exploreVisible(releases: readonly ReleaseRow[], state: ExploreState): ReleaseRow[] {
  const [lo, hi] = [Math.min(state.from, state.to), Math.max(state.from, state.to)];
  // One change asks for the same models three times (the figure, the summary, the fit table): the last filter's
  // models are kept, and the same array lets the model's cache (src/components/explore/model.ts) match by identity.
  const key = JSON.stringify([lo, hi, state.branch, state.organization, state.access]);
  const cached = visibleCache.get(releases);
  if (cached?.key === key) return cached.rows;
  // Sets: a catalog of thousands of models is read against every organization chosen.
  const [branch, organization, access] = [state.branch, state.organization, state.access].map((l) => new Set(l));
  const rows = releases.filter((d) => {
    const year = Number(d.release_date.slice(0, 4));
    return (
      year >= lo && year <= hi && branch!.has(d.branch) && organization!.has(d.organization) && access!.has(d.access)
    );
  });
  visibleCache.set(releases, { key, rows });
  return rows;
}

/** What the chart is told: the axes, colours, fits and highlights of a state. */
export const exploreSpec = (state: ExploreState): ExploreSpec => ({
  x: state.x,
  y: state.y,
  xscale: state.xscale,
  yscale: state.yscale,
  color: state.color,
  fit: state.fit,
  breaks: state.breaks,
  highlight: state.highlight,
  line: state.line
});

/** Named views, each a link: a Scaling chart by its name, a question by the state it opens (the rest stays default). */
export const EXPLORE_PRESETS = Object.fromEntries(
  PRESET_NAMES.map((name) => [
    name,
    NAMED_PRESETS[name].layers ? `?preset=${name}` : viewQuery(NAMED_PRESETS[name].view)
  ])
) as Record<PresetName, string>;

/** The questions (named views without a Scaling chart's layers): linked by the state they open, not by name. */
const QUESTIONS = PRESET_NAMES.filter((name) => !NAMED_PRESETS[name].layers);

/**
 * A view as its link writes it, less what does not change what it shows: the name it was opened by, embedding, and
 * the order the highlighted models were picked in.
 */
function viewKey(state: ExploreState, params: Params<ExploreState>): string {
  const highlight = [...state.highlight].sort();
  return stateQuery({ ...state, highlight, preset: "none", embed: false }, params);
}

const questionKeys = new WeakMap<
  readonly ReleaseRow[],
  { params: Params<ExploreState>; keys: Map<string, PresetName> }
>();

/**
 * The question a view shows when its state is exactly that question's, however it was reached: the page's list links
 * a question by its state (x=, y=, color=…), and a reader may set the controls to it. Such a view is named as
 * `?preset=<name>` names it (its title in the heading, in a talk or report, in downloads); one that differs in
 * anything is the plain explorer's.
 */
export function questionOf(state: ExploreState, releases: readonly ReleaseRow[]): PresetName | null {
  let known = questionKeys.get(releases);
  if (!known) {
    const params = exploreParams(releases);
    const keys = new Map(
      QUESTIONS.map((name) => [viewKey(readExploreState(EXPLORE_PRESETS[name], releases), params), name])
    );
    questionKeys.set(releases, (known = { params, keys }));
  }
  return known.keys.get(viewKey(state, known.params)) ?? null;
}
