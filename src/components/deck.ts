// Talk mode: slides laid out on a fixed 16:9 design canvas (1920×1080 CSS px) and scaled as a whole to the window,
// driven by the keys presentation clickers send, with the position in the URL hash (#3, or #3.4 on a slide that
// builds step by step: its 4th step). P opens the presenter view (notes, next step, timer) in a second window; the
// two windows drive each other. O or Escape shows every slide as a grid to jump to. `?print` lays every slide out
// as one page each, for the PDF export and for printing.
import { dictionaryFor } from "../i18n/index.js";
import { currentLang } from "../i18n/lang.js";
import { createDeckLink, type DeckLink } from "./deck-link.js";

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

export type DeckMode = "audience" | "presenter" | "print-slides" | "print-steps" | "print-notes";

/** The view a URL asks for: `?presenter` (or `#presenter`), `?print`, `?print=steps`, `?print=notes`. */
export function deckMode(search: string, hash = ""): DeckMode {
  const params = new URLSearchParams(search);
  if (params.has("print")) {
    const what = params.get("print");
    return what === "steps" ? "print-steps" : what === "notes" ? "print-notes" : "print-slides";
  }
  return params.has("presenter") || hash === "#presenter" ? "presenter" : "audience";
}

/** "3 / 10 · step 2 of 8" */
export function positionLabel({ slide, step }: Position, slides: Slide[]): string {
  const steps = stepsOf(slides[slide]);
  return `${slide + 1} / ${slides.length}${steps > 1 ? ` · step ${step + 1} of ${steps}` : ""}`;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One slide at a step, laid out on the design canvas: title band, then the content box. */
export function renderSlide(slide: Slide, step: number): HTMLElement {
  const section = el("section", "slide");
  section.dataset.slide = slide.id;
  section.dataset.step = String(step + 1);
  section.style.width = `${CANVAS.width}px`;
  section.style.height = `${CANVAS.height}px`;
  section.style.padding = `${SLIDE_PADDING.top}px ${SLIDE_PADDING.right}px ${SLIDE_PADDING.bottom}px ${SLIDE_PADDING.left}px`;
  const heading = el("h2", "slide-title", slide.title);
  heading.style.height = `${TITLE_HEIGHT}px`;
  const body = el("div", "slide-body");
  body.style.width = `${CONTENT_BOX.width}px`;
  body.style.height = `${CONTENT_BOX.height}px`;
  body.append(slide.render(step, { ...CONTENT_BOX }));
  section.append(heading, body);
  return section;
}

/** Scales a design canvas as a whole into its frame, letterboxed and centred; returns a function that stops. */
export function fitCanvas(
  frame: HTMLElement,
  canvas: HTMLElement,
  { top = false }: { top?: boolean } = {}
): () => void {
  canvas.style.width = `${CANVAS.width}px`;
  canvas.style.height = `${CANVAS.height}px`;
  const update = () => {
    const width = frame.clientWidth;
    const height = frame.clientHeight;
    if (!width || !height) return;
    const scale = Math.min(width / CANVAS.width, height / CANVAS.height);
    const left = (width - CANVAS.width * scale) / 2;
    const offset = top ? 0 : (height - CANVAS.height * scale) / 2;
    canvas.style.transform = `translate(${left}px, ${offset}px) scale(${scale})`;
    canvas.dataset.scale = String(scale);
  };
  const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(update);
  observer?.observe(frame);
  addEventListener("resize", update);
  update();
  return () => {
    observer?.disconnect();
    removeEventListener("resize", update);
  };
}

function designCanvas(className: string): { frame: HTMLElement; canvas: HTMLElement } {
  const frame = el("div", `canvas-frame ${className}`);
  const canvas = el("div", "deck-canvas");
  frame.append(canvas);
  return { frame, canvas };
}

const OVERVIEW_COLUMNS = 4;
const OVERVIEW_GAP = 40;
const OVERVIEW_PADDING = 60;
const THUMB_WIDTH = (CANVAS.width - 2 * OVERVIEW_PADDING - (OVERVIEW_COLUMNS - 1) * OVERVIEW_GAP) / OVERVIEW_COLUMNS;
const THUMB_SCALE = THUMB_WIDTH / CANVAS.width;

/** Every slide, fully built, as a grid of thumbnails on a design canvas; a thumbnail is a button that jumps there. */
function overviewGrid(slides: Slide[], current: number, pick: (slide: number) => void): HTMLElement {
  const list = el("ol", "overview-grid");
  list.style.gridTemplateColumns = `repeat(${OVERVIEW_COLUMNS}, ${THUMB_WIDTH}px)`;
  list.style.gap = `${OVERVIEW_GAP}px`;
  list.style.padding = `${OVERVIEW_PADDING}px`;
  slides.forEach((slide, index) => {
    const item = el("li");
    const button = el("button", "overview-item");
    button.type = "button";
    button.dataset.slide = String(index + 1);
    if (index === current) button.setAttribute("aria-current", "true");
    const thumb = el("div", "overview-thumb");
    thumb.style.width = `${THUMB_WIDTH}px`;
    thumb.style.height = `${CANVAS.height * THUMB_SCALE}px`;
    // A picture of the slide: out of the focus order and the accessibility tree (the button names it).
    thumb.setAttribute("inert", "");
    thumb.setAttribute("aria-hidden", "true");
    const picture = renderSlide(slide, stepsOf(slide) - 1);
    picture.style.transform = `scale(${THUMB_SCALE})`;
    picture.style.transformOrigin = "0 0";
    thumb.append(picture);
    button.append(thumb, el("span", "overview-label", `${index + 1}. ${slide.title}`));
    button.addEventListener("click", () => pick(index));
    item.append(button);
    list.append(item);
  });
  return list;
}

/** Moves focus in the overview grid with the arrow keys; true when the key was one of them. */
function moveOverviewFocus(grid: HTMLElement, key: string): boolean {
  const buttons = [...grid.querySelectorAll<HTMLButtonElement>(".overview-item")];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const delta: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: OVERVIEW_COLUMNS,
    ArrowUp: -OVERVIEW_COLUMNS
  };
  let next: number;
  if (key in delta) next = index < 0 ? 0 : Math.min(Math.max(index + delta[key]!, 0), buttons.length - 1);
  else if (key === "Home") next = 0;
  else if (key === "End") next = buttons.length - 1;
  else return false;
  buttons[next]?.focus();
  return true;
}

export interface Deck {
  element: HTMLElement;
  dispose: () => void;
}

export interface DeckOptions {
  /** Which view to build; by default the one the URL asks for. */
  mode?: DeckMode;
  /** The address the presenter window opens (default: this page with `?presenter`). */
  presenterUrl?: () => string;
}

/** The deck for this page: the audience view, the presenter view or the printable pages, as the URL asks. */
export function createDeck(slides: Slide[], options: DeckOptions = {}): Deck {
  const mode = options.mode ?? deckMode(location.search, location.hash);
  if (mode === "print-slides" || mode === "print-steps" || mode === "print-notes") {
    const element = printPages(slides, mode);
    return { element, dispose() {} };
  }
  return interactiveDeck(slides, mode, options);
}

/** Every slide as one page each (builds complete), or every build step, or each slide with its notes. */
export function printPages(slides: Slide[], mode: "print-slides" | "print-steps" | "print-notes"): HTMLElement {
  const element = el("div", "deck-print");
  element.dataset.mode = mode;
  slides.forEach((slide, index) => {
    const steps = mode === "print-steps" ? [...Array(stepsOf(slide)).keys()] : [stepsOf(slide) - 1];
    for (const step of steps) {
      const page = el("div", "print-page");
      if (mode === "print-notes") {
        page.classList.add("print-notes");
        const thumb = el("div", "print-notes-slide");
        thumb.append(renderSlide(slide, step));
        const notes = el("div", "print-notes-text");
        notes.append(
          el(
            "p",
            "print-notes-position",
            dictionaryFor(currentLang()).talk.notesPosition(index + 1, slides.length, slide.title)
          ),
          el("p", undefined, slide.notes)
        );
        page.append(thumb, notes);
      } else page.append(renderSlide(slide, step));
      element.append(page);
    }
  });
  return element;
}

function interactiveDeck(slides: Slide[], mode: "audience" | "presenter", options: DeckOptions): Deck {
  const presenter = mode === "presenter";
  const element = el("div", `deck deck-${mode}`);
  element.dataset.mode = mode;
  element.setAttribute("role", "region");
  element.setAttribute("aria-roledescription", "slide deck");
  element.setAttribute("aria-label", presenter ? "Talk mode: presenter view" : "Talk mode");
  const stops: (() => void)[] = [];

  // The audience screen: the current slide on one canvas, with its position and (until the first key) the key hints.
  const main = designCanvas(presenter ? "presenter-current" : "deck-screen");
  const stage = el("div", "deck-stage");
  stage.setAttribute("aria-live", "polite");
  const status = el("div", "deck-status");
  const where = el("span", "deck-position");
  const hints = el("span", "deck-hints", "→ next · ← back · P presenter view · O overview · F full screen");
  // The hints are for whoever holds the keys on the audience screen; the presenter view has its own bar.
  if (presenter) status.append(where);
  else status.append(hints, where);
  main.canvas.append(stage, status);

  // The presenter view adds the next step, the notes and a timer.
  const next = designCanvas("presenter-next");
  next.frame.setAttribute("inert", "");
  next.frame.setAttribute("aria-hidden", "true");
  const notes = el("div", "presenter-notes");
  const timer = el("span", "presenter-timer", "0:00");
  timer.setAttribute("role", "timer");
  timer.setAttribute("aria-label", "Elapsed time");
  const reset = el("button", "presenter-reset", "Reset timer");
  reset.type = "button";
  const presenterPosition = el("span", "presenter-position");
  if (presenter) {
    const bar = el("div", "presenter-bar");
    bar.append(presenterPosition, timer, reset);
    const side = el("div", "presenter-side");
    const nextHeading = el("h2", "presenter-heading presenter-next-heading", "Next");
    const notesHeading = el("h2", "presenter-heading", "Notes");
    side.append(nextHeading, next.frame, notesHeading, notes);
    const layout = el("div", "presenter-layout");
    layout.append(main.frame, side);
    element.append(bar, layout);
    stops.push(fitCanvas(next.frame, next.canvas));
    let started = Date.now();
    const tick = () => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      const hours = Math.floor(seconds / 3600);
      const minutes = Math.floor((seconds % 3600) / 60);
      const pad = (n: number) => String(n).padStart(2, "0");
      timer.textContent = hours ? `${hours}:${pad(minutes)}:${pad(seconds % 60)}` : `${minutes}:${pad(seconds % 60)}`;
    };
    reset.addEventListener("click", () => {
      started = Date.now();
      tick();
    });
    const interval = setInterval(tick, 1000);
    stops.push(() => clearInterval(interval));
  } else element.append(main.frame);
  stops.push(fitCanvas(main.frame, main.canvas, { top: presenter }));

  let position = parseHash(location.hash, slides);
  let overview: { frame: HTMLElement; grid: HTMLElement; stop: () => void; returnFocus: Element | null } | null = null;

  function show() {
    const slide = slides[position.slide]!;
    stage.replaceChildren(renderSlide(slide, position.step));
    element.dataset.slide = String(position.slide + 1);
    element.dataset.step = String(position.step + 1);
    where.textContent = positionLabel(position, slides);
    if (presenter) {
      presenterPosition.textContent = `Slide ${positionLabel(position, slides)}`;
      notes.textContent = slide.notes;
      const following = advance(position, slides, 1);
      const nextHeading = element.querySelector(".presenter-next-heading")!;
      if (samePosition(following, position)) {
        nextHeading.textContent = "Next";
        next.canvas.replaceChildren(el("p", "presenter-end", "End of the talk"));
      } else {
        nextHeading.textContent =
          following.slide === position.slide
            ? `Next: step ${following.step + 1} of ${stepsOf(slide)}`
            : `Next: slide ${following.slide + 1}`;
        next.canvas.replaceChildren(renderSlide(slides[following.slide]!, following.step));
      }
      document.title = `Presenter: ${slide.title}`;
    }
    const hash = formatHash(position, slides);
    if (location.hash !== hash) history.replaceState(history.state, "", hash);
  }

  const link: DeckLink = createDeckLink({
    onPosition: (received) => go(clampPosition(received, slides), false),
    onHello: () => link.send(position)
  });
  stops.push(() => link.close());

  function go(target: Position, broadcast = true) {
    if (samePosition(target, position)) return;
    position = target;
    show();
    if (broadcast) link.send(position);
  }

  function openPresenter() {
    const url = options.presenterUrl?.() ?? presenterAddress(location.href, formatHash(position, slides));
    const opened = window.open(url, "gpt-talk-presenter", "popup,width=1280,height=800");
    if (opened) link.adopt(opened);
  }

  function openOverview() {
    const returnFocus = document.activeElement;
    const { frame, canvas } = designCanvas("deck-overview");
    frame.setAttribute("role", "dialog");
    frame.setAttribute("aria-modal", "true");
    frame.setAttribute("aria-label", "All slides: arrows to move, Enter to open, Escape to close");
    const grid = overviewGrid(slides, position.slide, (slide) => {
      closeOverview();
      go({ slide, step: 0 });
    });
    canvas.append(grid);
    // Modal: the rest of the deck is out of reach (Tab stays in the grid) until the overview closes.
    for (const child of element.children) child.setAttribute("inert", "");
    element.append(frame);
    overview = { frame, grid, stop: fitCanvas(frame, canvas), returnFocus };
    grid.querySelectorAll<HTMLButtonElement>(".overview-item")[position.slide]?.focus();
  }

  function closeOverview() {
    if (!overview) return;
    overview.stop();
    overview.frame.remove();
    for (const child of element.children) child.removeAttribute("inert");
    const { returnFocus } = overview;
    overview = null;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  }

  function onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest?.("input, select, textarea")) return;
    hints.classList.add("faded");
    const key = event.key;
    if (overview) {
      if (OVERVIEW_KEYS.includes(key)) closeOverview();
      else if (!moveOverviewFocus(overview.grid, key)) return; // Enter and Space press the focused thumbnail.
      event.preventDefault();
      return;
    }
    // A focused button (the timer's reset) keeps Enter and Space.
    if ((key === "Enter" || key === " ") && target?.closest?.("button")) return;
    if (NEXT_KEYS.includes(key)) go(advance(position, slides, 1));
    else if (PREVIOUS_KEYS.includes(key)) go(advance(position, slides, -1));
    else if (key === "Home") go({ slide: 0, step: 0 });
    else if (key === "End") go({ slide: slides.length - 1, step: stepsOf(slides.at(-1)) - 1 });
    else if (key === "f" || key === "F") {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void element.requestFullscreen?.().catch(() => {});
    } else if (PRESENTER_KEYS.includes(key)) {
      if (!presenter) openPresenter();
    } else if (OVERVIEW_KEYS.includes(key)) openOverview();
    else return;
    event.preventDefault();
  }
  const onHash = () => go(parseHash(location.hash, slides));
  // Printing from the browser (Ctrl+P) prints the whole deck, one slide a page, not the slide on screen.
  const print = el("div", "deck-print-on-demand");
  element.append(print);
  const beforePrint = () => print.replaceChildren(printPages(slides, "print-slides"));
  const afterPrint = () => print.replaceChildren();
  document.addEventListener("keydown", onKey);
  addEventListener("hashchange", onHash);
  addEventListener("beforeprint", beforePrint);
  addEventListener("afterprint", afterPrint);
  show();
  link.hello();
  return {
    element,
    dispose() {
      closeOverview();
      for (const stop of stops) stop();
      document.removeEventListener("keydown", onKey);
      removeEventListener("hashchange", onHash);
      removeEventListener("beforeprint", beforePrint);
      removeEventListener("afterprint", afterPrint);
    }
  };
}

/** This page's address with `?presenter` and the position: works over http and from file://. */
export function presenterAddress(href: string, hash: string): string {
  const url = new URL(href);
  url.searchParams.set("presenter", "");
  url.hash = hash;
  return url.href.replace("presenter=&", "presenter&").replace(/presenter=(#|$)/, "presenter$1");
}
