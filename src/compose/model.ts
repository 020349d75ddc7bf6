// A story kept in the browser, as its owner edits it: the front matter and, per slide, its title, its body as
// Markdown (text, lists, tables, views), its speaker notes and whether it is hidden. Every operation is a pure
// function from a story to the next, so the editor's undo is a stack of the stories before (History). The Markdown
// the story downloads and presents is written by serialize.ts and read back by the stories' own parser: what the
// editor keeps is always a story the build would take.
import { normalizeNotes, parseStory, type Story, type StoryMeta } from "../stories/parse.js";
import { serializeBlocks, slideMarkdown, storyMarkdown } from "./serialize.js";

export interface ComposeSlide {
  /** Unique within its story; stable across reorders (the editor's rows are keyed by it). */
  id: string;
  title: string;
  /** Everything but the title and the notes, as Markdown. */
  body: string;
  notes: string;
  /** Hidden slides are kept but neither presented, printed nor downloaded. */
  hidden: boolean;
}

export interface ComposeStory {
  id: string;
  meta: StoryMeta;
  slides: ComposeSlide[];
}

/** The next free id with a prefix ("s4" after s1…s3), so ids never depend on the clock or chance. */
export function nextId(prefix: string, taken: readonly string[]): string {
  const numbers = taken.map((id) => (id.startsWith(prefix) ? Number(id.slice(prefix.length)) : 0));
  return `${prefix}${numbers.filter(Number.isFinite).reduce((most, n) => Math.max(most, n), 0) + 1}`;
}

/** A browser story from a parsed one (the built-in talk, an opened file). */
export function fromStory(story: Pick<Story, "meta" | "slides">, id: string): ComposeStory {
  return {
    id,
    meta: { ...story.meta },
    slides: story.slides.map((slide, i) => ({
      id: `s${i + 1}`,
      title: slide.title,
      body: serializeBlocks(slide.blocks),
      notes: slide.notes,
      hidden: false
    }))
  };
}

/** The slides presented, printed and downloaded: all but the hidden. */
export const shownSlides = (story: ComposeStory): ComposeSlide[] => story.slides.filter((s) => !s.hidden);

/** The story's Markdown, in the stories' format (hidden slides left out). */
export const composeMarkdown = (story: ComposeStory): string =>
  storyMarkdown(
    story.meta,
    shownSlides(story).map((s) => slideMarkdown(s.title, s.body, s.notes))
  );

/** The story parsed as the stories' parser reads it (throws a StoryError naming the line of composeMarkdown's text). */
export const composeToStory = (story: ComposeStory, file = "my-story.md"): Story =>
  parseStory(composeMarkdown(story), file);

// ---------------------------------------------------------------------------------------------------------------
// Operations: each returns a new story (or the same one when there is nothing to do)

const withSlides = (story: ComposeStory, slides: ComposeSlide[]): ComposeStory => ({ ...story, slides });

/** Moves a slide by `delta` places (−1 up, +1 down), within the story's bounds. */
export function moveSlide(story: ComposeStory, id: string, delta: number): ComposeStory {
  const from = story.slides.findIndex((s) => s.id === id);
  const to = Math.max(0, Math.min(story.slides.length - 1, from + delta));
  if (from < 0 || from === to) return story;
  const slides = [...story.slides];
  const [slide] = slides.splice(from, 1);
  slides.splice(to, 0, slide!);
  return withSlides(story, slides);
}

/** Moves a slide to an index (drag and drop in the overview). */
export function moveSlideTo(story: ComposeStory, id: string, index: number): ComposeStory {
  const from = story.slides.findIndex((s) => s.id === id);
  return from < 0 ? story : moveSlide(story, id, index - from);
}

export type SlidePatch = Partial<Pick<ComposeSlide, "title" | "body" | "notes" | "hidden">>;

export function updateSlide(story: ComposeStory, id: string, patch: SlidePatch): ComposeStory {
  const clean: SlidePatch = { ...patch };
  // A title is one line; notes keep their paragraphs (the parser joins a paragraph's lines).
  if (clean.title !== undefined) clean.title = clean.title.replace(/\s*\n\s*/g, " ").trim();
  if (clean.notes !== undefined) clean.notes = normalizeNotes(clean.notes);
  return withSlides(
    story,
    story.slides.map((s) => (s.id === id ? { ...s, ...clean } : s))
  );
}

/** Notes as the parser returns them (one rule: parse.ts). */
export { normalizeNotes };

export function deleteSlide(story: ComposeStory, id: string): ComposeStory {
  return withSlides(
    story,
    story.slides.filter((s) => s.id !== id)
  );
}

/** Adds a slide after `after` (or at the end); returns the story and the new slide's id. */
export function addSlide(
  story: ComposeStory,
  slide: Omit<ComposeSlide, "id" | "hidden">,
  after?: string
): { story: ComposeStory; id: string } {
  const id = nextId(
    "s",
    story.slides.map((s) => s.id)
  );
  const at = after === undefined ? story.slides.length : story.slides.findIndex((s) => s.id === after) + 1;
  const slides = [...story.slides];
  slides.splice(at <= 0 ? story.slides.length : at, 0, {
    id,
    title: slide.title,
    body: slide.body,
    notes: normalizeNotes(slide.notes),
    hidden: false
  });
  return { story: withSlides(story, slides), id };
}

/** Front matter changes; an empty optional field is removed, not written empty. */
export function setMeta(story: ComposeStory, patch: Partial<StoryMeta>): ComposeStory {
  const meta: StoryMeta = { ...story.meta, ...patch };
  // A title is one line, and never empty (the parser refuses a story without one).
  if (patch.title !== undefined) meta.title = patch.title.replace(/\s*\n\s*/g, " ").trim() || story.meta.title;
  for (const key of ["author", "date", "duration"] as const) {
    const value = meta[key];
    if (value === undefined || value === "" || (typeof value === "number" && !Number.isFinite(value))) delete meta[key];
  }
  return { ...story, meta };
}

// ---------------------------------------------------------------------------------------------------------------
// Undo

export interface History {
  present: ComposeStory;
  past: ComposeStory[];
  future: ComposeStory[];
}

const UNDO_DEPTH = 100;

export const history = (present: ComposeStory): History => ({ present, past: [], future: [] });

/** The next state; an operation that changed nothing leaves no undo step. */
export function apply(h: History, next: ComposeStory): History {
  if (next === h.present) return h;
  return { present: next, past: [...h.past, h.present].slice(-UNDO_DEPTH), future: [] };
}

export function undo(h: History): History {
  const previous = h.past.at(-1);
  return previous ? { present: previous, past: h.past.slice(0, -1), future: [h.present, ...h.future] } : h;
}

export function redo(h: History): History {
  const next = h.future[0];
  return next ? { present: next, past: [...h.past, h.present], future: h.future.slice(1) } : h;
}
