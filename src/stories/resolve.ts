// A story's views checked against the data and turned into figure states, with the pages' own URL parsers (a page
// falls back to its default on a value it cannot read; a story fails instead, naming the line: a talk must show
// what its author wrote). Runs wherever the data is: the site, the export, the tests.
import { THRESHOLD_CHOICES, type FigureState } from "../figures/types.js";
import { figureState, scalingParams } from "../views/scaling.js";
import { timelineParams } from "../views/timeline.js";
import { exploreFigureState } from "../views/explore.js";
import { exploreParams } from "../views/explore-state.js";
import { enumParam, type Param, type Params } from "../views/url-state.js";
import { StoryError, type Block, type Story } from "./parse.js";
import type { ViewFigure, ViewLink } from "./views.js";
import type { TalkData } from "../talk/talk-slides.js";

/** A story draws from what the talk draws from. */
export type StoryData = TalkData;

export interface ResolvedView {
  figure: ViewFigure;
  /** The figure's state at the view's last build step (or its only one). */
  state: FigureState;
  /** How many steps the view builds in (1 = it does not). */
  steps: number;
  /** The build's models, one more per step. */
  build?: readonly string[];
  omit?: readonly string[];
  models?: readonly string[];
  abilities?: "summary" | "all";
  count?: number;
}

/** Every parameter the link gives, read strictly by the page's parser; an unreadable value is the reason returned. */
function strictState<S>(link: ViewLink, params: Params<S>): S | string {
  const state = {} as S;
  for (const name of Object.keys(params) as (keyof S & string)[]) {
    const param: Param<S[typeof name]> = params[name];
    const text = link.params[name];
    if (text === undefined) {
      state[name] = param.fallback;
      continue;
    }
    const parsed = param.parse(text);
    if (parsed === undefined) return `"${name}=${text}" is not a value /${link.page} can show`;
    state[name] = parsed;
  }
  return state;
}

/** A comma-separated list of known ids, or the reason it is not. */
function idList(name: string, text: string, known: ReadonlySet<string>): string[] | string {
  const ids = text.split(",").filter((id) => id !== "");
  if (ids.length === 0) return `"${name}" lists no model`;
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) return `"${name}": unknown model ${unknown.map((id) => `"${id}"`).join(", ")}`;
  return ids;
}

function pageState(link: ViewLink, data: StoryData): FigureState | string {
  if (link.page === "scaling") {
    const state = strictState(link, scalingParams(data.releases));
    return typeof state === "string" ? state : figureState(data, state);
  }
  if (link.page === "timeline") {
    const state = strictState(link, timelineParams(data.releases.map((d) => d.id)));
    return typeof state === "string" ? state : { lanes: state.lanes, selected: state.model };
  }
  if (link.page === "explore") {
    const state = strictState(link, exploreParams(data.releases));
    return typeof state === "string" ? state : exploreFigureState(data, state);
  }
  if (link.page === "capabilities") {
    const state = strictState(link, { thresholds: enumParam(THRESHOLD_CHOICES, "all") });
    return typeof state === "string" ? state : { thresholds: state.thresholds };
  }
  return {};
}

/** The story's own parameters (build, omit, models, abilities, count), read into the view. */
function storyOptions(link: ViewLink, data: StoryData, view: ResolvedView): string | null {
  const releases = new Set(data.releases.map((d) => d.id));
  const { build, omit, models, abilities, count } = link.story;
  if (build !== undefined) {
    const ids = idList("build", build, releases);
    if (typeof ids === "string") return ids;
    view.build = ids;
    view.steps = ids.length;
    view.state = { ...view.state, build: { models: ids, revealed: ids.length }, trend: false, thresholds: "none" };
  }
  if (omit !== undefined) {
    const ids = idList("omit", omit, releases);
    if (typeof ids === "string") return ids;
    view.omit = ids;
  }
  if (models !== undefined) {
    const ids = idList("models", models, new Set(data.capabilities.map((c) => c.model)));
    if (typeof ids === "string") return ids;
    view.models = ids;
  }
  if (abilities !== undefined) {
    if (abilities !== "summary" && abilities !== "all") return `"abilities" is summary or all, not "${abilities}"`;
    view.abilities = abilities;
  }
  if (count !== undefined) {
    if (!/^\d{1,2}$/.test(count) || Number(count) < 1) return `"count" is a number from 1 to 99, not "${count}"`;
    view.count = Number(count);
  }
  return null;
}

export function resolveView(link: ViewLink, data: StoryData): ResolvedView | string {
  const state = pageState(link, data);
  if (typeof state === "string") return state;
  const view: ResolvedView = { figure: link.figure, state, steps: 1 };
  return storyOptions(link, data, view) ?? view;
}

/** Every view of a story, by block; the first that the data cannot show throws, naming its line. */
export function resolveStory(story: Story, data: StoryData): Map<Block, ResolvedView> {
  const views = new Map<Block, ResolvedView>();
  for (const slide of story.slides) {
    for (const block of slide.blocks) {
      if (block.kind !== "view") continue;
      const view = resolveView(block.view, data);
      if (typeof view === "string") throw new StoryError(story.file, block.line, `${view} (in ${block.view.href})`);
      views.set(block, view);
    }
    const building = slide.blocks.filter((b) => (views.get(b)?.steps ?? 1) > 1);
    if (building.length > 1)
      throw new StoryError(story.file, building[1]!.line, "one view a slide may build step by step, not two");
  }
  return views;
}
