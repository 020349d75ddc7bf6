// The browser's stories, kept in localStorage under one versioned key: several stories, which one is open, and which
// receives "Add to my talk" and "Add to my report". Every change is saved at once (autosave). Pure functions change
// the state; loadStore and saveStore are the only ones to touch storage, and take it as an argument (tests pass a
// Map-backed one). Storage that cannot be read (corrupted, from a newer version, refused by the browser) is reported,
// never a crash; corrupted text is kept under a second key rather than overwritten.
import { PAPERS, STORY_LANGS, type StoryMeta } from "../stories/parse.js";
import { PERIOD_CHOICES } from "../views/period.js";
import { addSlide, nextId, type ComposeSlide, type ComposeStory } from "./model.js";

export const STORE_KEY = "gpt-scaling-notebook:stories:v1";
/** Where unreadable text is moved, so starting afresh loses nothing. */
export const CORRUPT_KEY = `${STORE_KEY}:unreadable`;
export const STORE_VERSION = 1;

export type Target = "talk" | "report";

export interface StoreState {
  version: typeof STORE_VERSION;
  stories: ComposeStory[];
  /** The story /stories/mine opens. */
  current: string | null;
  /** The stories "Add to my talk" and "Add to my report" append to. */
  targets: Partial<Record<Target, string>>;
}

export type StoreProblem =
  { kind: "unavailable"; detail: string } | { kind: "corrupt"; detail: string } | { kind: "full"; detail: string };

export const emptyStore = (): StoreState => ({ version: STORE_VERSION, stories: [], current: null, targets: {} });

// ---------------------------------------------------------------------------------------------------------------
// Reading what storage holds: every field checked, the first wrong one named

const isString = (v: unknown): v is string => typeof v === "string";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function metaProblem(meta: unknown): string | null {
  if (!isObject(meta)) return "meta is not an object";
  if (!isString(meta.title)) return "meta.title is not text";
  if (!(STORY_LANGS as readonly unknown[]).includes(meta.lang)) return `meta.lang is ${JSON.stringify(meta.lang)}`;
  if (!(PAPERS as readonly unknown[]).includes(meta.paper)) return `meta.paper is ${JSON.stringify(meta.paper)}`;
  if (meta.author !== undefined && !isString(meta.author)) return "meta.author is not text";
  if (meta.date !== undefined && !isString(meta.date)) return "meta.date is not text";
  if (meta.duration !== undefined && typeof meta.duration !== "number") return "meta.duration is not a number";
  if (meta.period !== undefined && !(PERIOD_CHOICES as readonly unknown[]).includes(meta.period))
    return `meta.period is ${JSON.stringify(meta.period)}`;
  return null;
}

function slideProblem(slide: unknown): string | null {
  if (!isObject(slide)) return "is not an object";
  for (const key of ["id", "title", "body", "notes"] as const) if (!isString(slide[key])) return `${key} is not text`;
  return typeof slide.hidden === "boolean" ? null : "hidden is not true or false";
}

function storyProblem(story: unknown, i: number): string | null {
  if (!isObject(story) || !isString(story.id)) return `story ${i + 1} has no id`;
  const meta = metaProblem(story.meta);
  if (meta) return `story ${i + 1}: ${meta}`;
  if (!Array.isArray(story.slides)) return `story ${i + 1}: slides is not a list`;
  for (const [j, slide] of story.slides.entries()) {
    const problem = slideProblem(slide);
    if (problem) return `story ${i + 1}, slide ${j + 1}: ${problem}`;
  }
  return null;
}

/** The state in a stored text, or why it is not one. */
export function readStoreText(text: string): StoreState | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!isObject(value)) return "not an object";
  if (value.version !== STORE_VERSION)
    return `version ${JSON.stringify(value.version)}, this page reads ${STORE_VERSION}`;
  if (!Array.isArray(value.stories)) return "stories is not a list";
  for (const [i, story] of value.stories.entries()) {
    const problem = storyProblem(story, i);
    if (problem) return problem;
  }
  const ids = value.stories.map((s) => (s as ComposeStory).id);
  const known = (id: unknown) => (isString(id) && ids.includes(id) ? id : undefined);
  const targets = isObject(value.targets) ? value.targets : {};
  return {
    version: STORE_VERSION,
    stories: value.stories as ComposeStory[],
    current: known(value.current) ?? ids[0] ?? null,
    targets: Object.fromEntries(
      (["talk", "report"] as const).flatMap((t) => (known(targets[t]) ? [[t, targets[t]]] : []))
    )
  };
}

/** The browser's storage, or null where the browser refuses it (some private modes, blocked cookies). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadStore(storage: Storage | null): { state: StoreState; problem?: StoreProblem } {
  if (!storage) return { state: emptyStore(), problem: { kind: "unavailable", detail: "localStorage" } };
  let text: string | null;
  try {
    text = storage.getItem(STORE_KEY);
  } catch (error) {
    return { state: emptyStore(), problem: { kind: "unavailable", detail: String(error) } };
  }
  if (text === null) return { state: emptyStore() };
  const state = readStoreText(text);
  if (typeof state !== "string") return { state };
  try {
    storage.setItem(CORRUPT_KEY, text);
    storage.removeItem(STORE_KEY);
  } catch {
    // Kept where it was: the next save would replace it, but a page that cannot write cannot save either.
  }
  return { state: emptyStore(), problem: { kind: "corrupt", detail: state } };
}

/** Saves; returns the problem when the browser refuses (storage full or unavailable). */
export function saveStore(storage: Storage | null, state: StoreState): StoreProblem | null {
  if (!storage) return { kind: "unavailable", detail: "localStorage" };
  try {
    storage.setItem(STORE_KEY, JSON.stringify(state));
    return null;
  } catch (error) {
    return { kind: "full", detail: error instanceof Error ? error.message : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Changes: pure

export const storyById = (state: StoreState, id: string | null): ComposeStory | undefined =>
  state.stories.find((s) => s.id === id);

const storyIds = (state: StoreState) => state.stories.map((s) => s.id);

/** A new story (opened at once); `slides` default to none. */
export function createStory(
  state: StoreState,
  meta: StoryMeta,
  slides: ComposeSlide[] = []
): { state: StoreState; id: string } {
  const id = nextId("story-", storyIds(state));
  return { state: { ...state, stories: [...state.stories, { id, meta, slides }], current: id }, id };
}

/** Replaces a story (by its id) with its edited version. */
export const putStory = (state: StoreState, story: ComposeStory): StoreState => ({
  ...state,
  stories: state.stories.map((s) => (s.id === story.id ? story : s))
});

export function duplicateStory(state: StoreState, id: string, title: string): { state: StoreState; id: string } {
  const story = storyById(state, id);
  if (!story) return { state, id };
  return createStory(state, { ...story.meta, title }, story.slides);
}

/** Removes a story; the one opened becomes the first left, and a target that pointed at it is forgotten. */
export function deleteStory(state: StoreState, id: string): StoreState {
  const stories = state.stories.filter((s) => s.id !== id);
  const targets = Object.fromEntries(Object.entries(state.targets).filter(([, t]) => t !== id));
  const current = state.current === id ? (stories[0]?.id ?? null) : state.current;
  return { ...state, stories, current, targets };
}

export const selectStory = (state: StoreState, id: string): StoreState =>
  storyById(state, id) ? { ...state, current: id } : state;

export interface AddedView {
  /** The slide's title: the figure's. */
  title: string;
  /** The view link: the page's path, its state's parameters and the figure's anchor. */
  href: string;
  /** The notes to start from: the figure's caption. */
  notes: string;
}

/**
 * Appends a slide holding a view to the target's story, creating that story (titled `fresh.title`, in the page's
 * language) the first time or after it was deleted. Returns where it went.
 */
export function addView(
  state: StoreState,
  target: Target,
  view: AddedView,
  fresh: { title: string; lang: StoryMeta["lang"] }
): { state: StoreState; story: ComposeStory; slide: number } {
  let next = state;
  let id = state.targets[target];
  if (!id || !storyById(state, id)) {
    const created = createStory(state, { title: fresh.title, lang: fresh.lang, paper: "a4" });
    next = { ...created.state, current: state.current ?? created.id };
    id = created.id;
  }
  const story = storyById(next, id)!;
  const body = `![${view.title.replace(/[[\]]/g, "")}](${view.href})`;
  const added = addSlide(story, { title: view.title, body, notes: view.notes }).story;
  next = { ...putStory(next, added), targets: { ...next.targets, [target]: id } };
  return { state: next, story: added, slide: added.slides.filter((s) => !s.hidden).length };
}
