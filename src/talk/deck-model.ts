// The deck's model, with no DOM: the design canvas, positions (slide and build step) and how keys move them, the
// position in the URL hash, the view a URL asks for, and the words of the status line and the presenter's preview.
// Everything the deck shows is computed here first; deck-view.ts and deck.ts only build and wire elements.
import type { Dictionary } from "../i18n/index.js";

export type TalkWords = Dictionary["talk"];

/** The design canvas, in CSS px: every slide is laid out at this size, then scaled to fit the window. */
export const CANVAS = { width: 1920, height: 1080 } as const;
/** The slide's margins and title band on the canvas; the content box is what remains. */
export const SLIDE_PADDING = { top: 56, right: 96, bottom: 72, left: 96 } as const;
export const TITLE_HEIGHT = 128;
/** The box a slide's body is drawn in, in design px: charts on slides are drawn at exactly this size. */
export const CONTENT_BOX = {
  width: CANVAS.width - SLIDE_PADDING.left - SLIDE_PADDING.right,
  height: CANVAS.height - SLIDE_PADDING.top - SLIDE_PADDING.bottom - TITLE_HEIGHT
} as const;
/** The smallest legible text, in design px: 1/40 of the slide's height (legible from the back row). */
export const MIN_TEXT = CANVAS.height / 40;

export interface ContentBox {
  width: number;
  height: number;
}

export interface Slide {
  id: string;
  title: string;
  /** How many steps the slide builds in (1 = it does not build). */
  steps?: number;
  notes: string;
  /** Draws the slide's body for a step (0-based) into the content box, whose size is given in design px. */
  render: (step: number, box: ContentBox) => Node | string;
}

export interface Position {
  slide: number;
  step: number;
}

export const stepsOf = (slide: Slide | undefined) => Math.max(1, slide?.steps ?? 1);

/** "#3" → slide 3 (1-based), first step; "#3.4" → slide 3, step 4 (1-based). Out of range is clamped. */
export function parseHash(hash: string, slides: Slide[]): Position {
  const match = /^#?(\d+)(?:\.(\d+))?$/.exec(hash);
  if (!match || slides.length === 0) return { slide: 0, step: 0 };
  const slide = Math.min(Math.max(Number(match[1]) - 1, 0), slides.length - 1);
  const step = Math.min(Math.max(Number(match[2] ?? 1) - 1, 0), stepsOf(slides[slide]) - 1);
  return { slide, step };
}

export function formatHash({ slide, step }: Position, slides: Slide[]): string {
  return stepsOf(slides[slide]) > 1 ? `#${slide + 1}.${step + 1}` : `#${slide + 1}`;
}

/** The next position: the next step of a building slide, else the next slide's first step. */
export function advance(position: Position, slides: Slide[], direction: 1 | -1): Position {
  const { slide, step } = position;
  if (direction === 1) {
    if (step + 1 < stepsOf(slides[slide])) return { slide, step: step + 1 };
    return slide + 1 < slides.length ? { slide: slide + 1, step: 0 } : position;
  }
  if (step > 0) return { slide, step: step - 1 };
  // Going back onto a slide shows it as it was left: fully built.
  return slide > 0 ? { slide: slide - 1, step: stepsOf(slides[slide - 1]) - 1 } : position;
}

/** A position that exists in this deck (messages from the other window are not trusted blindly). */
export function clampPosition(position: Position, slides: Slide[]): Position {
  const slide = Math.min(Math.max(Math.trunc(position.slide) || 0, 0), Math.max(slides.length - 1, 0));
  const step = Math.min(Math.max(Math.trunc(position.step) || 0, 0), stepsOf(slides[slide]) - 1);
  return { slide, step };
}

export const samePosition = (a: Position, b: Position) => a.slide === b.slide && a.step === b.step;

export const NEXT_KEYS = ["ArrowRight", "ArrowDown", " ", "PageDown", "Enter"];
export const PREVIOUS_KEYS = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];
export const PRESENTER_KEYS = ["p", "P", "n", "N"];
export const OVERVIEW_KEYS = ["o", "O", "Escape"];
const FULL_SCREEN_KEYS = ["f", "F"];

export type DeckAction = "next" | "previous" | "first" | "last" | "full-screen" | "presenter" | "overview";

/** What a key does on the deck (the overview, while open, has its own keys: see overviewFocus). */
export function deckAction(key: string): DeckAction | null {
  if (NEXT_KEYS.includes(key)) return "next";
  if (PREVIOUS_KEYS.includes(key)) return "previous";
  if (key === "Home") return "first";
  if (key === "End") return "last";
  if (FULL_SCREEN_KEYS.includes(key)) return "full-screen";
  if (PRESENTER_KEYS.includes(key)) return "presenter";
  if (OVERVIEW_KEYS.includes(key)) return "overview";
  return null;
}

/** Where an action moves the deck (the same position for actions that do not move it). */
export function moveTo(action: DeckAction, position: Position, slides: Slide[]): Position {
  if (action === "next") return advance(position, slides, 1);
  if (action === "previous") return advance(position, slides, -1);
  if (action === "first") return { slide: 0, step: 0 };
  if (action === "last") return { slide: slides.length - 1, step: stepsOf(slides.at(-1)) - 1 };
  return position;
}

/** The overview grid's columns: arrows move focus by one, or by a row. */
export const OVERVIEW_COLUMNS = 4;

/** The thumbnail an overview key moves focus to (from `index`, -1 for none), or null when the key is not one of them. */
export function overviewFocus(index: number, count: number, key: string): number | null {
  const delta: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: OVERVIEW_COLUMNS,
    ArrowUp: -OVERVIEW_COLUMNS
  };
  if (key in delta) return index < 0 ? 0 : Math.min(Math.max(index + delta[key]!, 0), count - 1);
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}

export type DeckMode = "audience" | "presenter" | "print-slides" | "print-steps" | "print-notes";
export type PrintMode = Extract<DeckMode, `print-${string}`>;

/** The view a URL asks for: `?presenter` (or `#presenter`), `?print`, `?print=steps`, `?print=notes`. */
export function deckMode(search: string, hash = ""): DeckMode {
  const params = new URLSearchParams(search);
  if (params.has("print")) {
    const what = params.get("print");
    return what === "steps" ? "print-steps" : what === "notes" ? "print-notes" : "print-slides";
  }
  return params.has("presenter") || hash === "#presenter" ? "presenter" : "audience";
}

/** "3 / 10 · step 2 of 8" (in the deck's language); the step only on a slide that builds. */
export function positionLabel({ slide, step }: Position, slides: Slide[], words: TalkWords): string {
  const steps = stepsOf(slides[slide]);
  const where = words.deck.position(slide + 1, slides.length);
  return steps > 1 ? `${where} · ${words.deck.step(step + 1, steps)}` : where;
}

/** What the presenter sees coming: the heading over the preview, and the position to draw (null at the end). */
export function nextPreview(
  position: Position,
  slides: Slide[],
  words: TalkWords
): { heading: string; position: Position | null } {
  const following = advance(position, slides, 1);
  if (samePosition(following, position)) return { heading: words.presenter.next, position: null };
  const heading =
    following.slide === position.slide
      ? words.presenter.nextStep(following.step + 1, stepsOf(slides[position.slide]))
      : words.presenter.nextSlide(following.slide + 1);
  return { heading, position: following };
}

/** The presenter's timer: "4:05", or "1:02:03" past the hour. */
export function elapsedLabel(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds % 60)}` : `${minutes}:${pad(seconds % 60)}`;
}

/** The countdown to a talk's planned length: the time left (whole seconds, rounded up), or how far over it is. */
export function countdownLabel(elapsed: number, minutes: number, words: TalkWords): { text: string; over: boolean } {
  const left = minutes * 60_000 - elapsed;
  if (left > 0) return { text: words.presenter.remaining(elapsedLabel(Math.ceil(left / 1000) * 1000)), over: false };
  return { text: words.presenter.over(elapsedLabel(-left)), over: true };
}

/** The time of day on a clock's reading (milliseconds since the epoch), in the reader's time zone: "14:05". */
export function timeOfDay(milliseconds: number): string {
  const at = new Date(milliseconds);
  return `${at.getHours()}:${String(at.getMinutes()).padStart(2, "0")}`;
}

/** This page's address with `?presenter` and the position: works over http and from file://. */
export function presenterAddress(href: string, hash: string): string {
  const url = new URL(href);
  url.searchParams.set("presenter", "");
  url.hash = hash;
  return url.href.replace("presenter=&", "presenter&").replace(/presenter=(#|$)/, "presenter$1");
}
