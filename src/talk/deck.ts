// Talk mode: slides laid out on a fixed 16:9 design canvas (1920×1080 CSS px) and scaled as a whole to the window,
// driven by the keys presentation clickers send, with the position in the URL hash (#3, or #3.4 on a slide that
// builds step by step: its 4th step). P opens the presenter view (notes, next step, timer) in a second window; the
// two windows drive each other. O or Escape shows every slide as a grid to jump to. `?print` lays every slide out
// as one page each, for the PDF export and for printing.
//
// The model (positions, keys, labels) is deck-model.ts, the elements deck-view.ts and screens.ts; this module wires
// them to the page: keys, the hash, the overview dialog, printing and the link to the other window.
import { dictionaryFor, type Lang } from "../i18n/index.js";
import { currentLang } from "../i18n/lang.js";
import { systemClock, type Clock } from "./clock.js";
import { createDeckLink } from "./deck-link.js";
import {
  clampPosition,
  deckAction,
  deckMode,
  formatHash,
  moveTo,
  OVERVIEW_KEYS,
  overviewFocus,
  parseHash,
  presenterAddress,
  samePosition,
  type DeckAction,
  type DeckMode,
  type Position,
  type Slide,
  type TalkWords
} from "./deck-model.js";
import { designCanvas, fitCanvas, overviewGrid, printPages, type Reorder } from "./deck-view.js";
import { audienceScreen, presenterScreen } from "./screens.js";
import { h } from "../components/dom.js";

export * from "./deck-model.js";
export { fitCanvas, printPages, renderSlide } from "./deck-view.js";

export interface Deck {
  element: HTMLElement;
  dispose: () => void;
}

export interface DeckOptions {
  /** Which view to build; by default the one the URL asks for. */
  mode?: DeckMode;
  /** The language of the deck's own words (the slides bring theirs); by default the page's. */
  lang?: Lang;
  /** The talk's planned length in minutes (a story's `duration`): the presenter view counts down to it. */
  duration?: number;
  /** The presenter's timer runs on it (the system clock by default). */
  clock?: Clock;
  /** The address the presenter window opens (default: this page with `?presenter`). */
  presenterUrl?: () => string;
  /** Shown under the overview's thumbnails (the Talk page lists the stories there). */
  overviewExtra?: () => HTMLElement;
  /**
   * Lets the overview reorder the slides (drag a thumbnail, or Alt+←/→; Ctrl+Z takes a move back): the deck moves
   * the slide in the array it was given, then calls this with its indices to save the new order (/stories/mine).
   * Without it the overview only jumps.
   */
  reorder?: Reorder;
}

/** The deck for this page: the audience view, the presenter view or the printable pages, as the URL asks. */
export function createDeck(slides: Slide[], options: DeckOptions = {}): Deck {
  const mode = options.mode ?? deckMode(location.search, location.hash);
  const words = dictionaryFor(options.lang ?? currentLang()).talk;
  if (mode === "audience" || mode === "presenter") return interactiveDeck(slides, mode, words, options);
  return { element: printPages(slides, mode, words), dispose() {} };
}

interface Overview {
  isOpen(): boolean;
  open(current: number): void;
  close(): void;
  /** A key while the overview is open: true when it was one of the overview's (arrows, Home, End, O, Escape). */
  key(key: string): boolean;
}

/** The overview: a modal grid of every slide over the deck; picking one closes it and calls `pick`. */
function overviewDialog(
  deck: HTMLElement,
  slides: Slide[],
  words: TalkWords,
  pick: (slide: number) => void,
  extra?: () => HTMLElement,
  reorder?: Reorder
): Overview {
  let shown: { frame: HTMLElement; grid: HTMLElement; stop: () => void; returnFocus: Element | null } | null = null;
  const close = () => {
    if (!shown) return;
    shown.stop();
    shown.frame.remove();
    for (const child of deck.children) child.removeAttribute("inert");
    const { returnFocus } = shown;
    shown = null;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  const thumbnails = (current: number): HTMLElement =>
    overviewGrid(
      slides,
      current,
      words,
      (slide) => {
        close();
        pick(slide);
      },
      extra?.(),
      reorder && moved
    );
  // Moves made in the overview, newest last: Ctrl+Z takes the last one back (saved like any move).
  const undoable: [number, number][] = [];
  const onUndo = (event: KeyboardEvent) => {
    const [from, to] = undoable.at(-1) ?? [];
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z" || to === undefined) return;
    event.preventDefault();
    undoable.pop();
    moved(to, from!, false);
  };
  // A slide moved: the grid drawn again in the new order, the moved thumbnail focused.
  const moved = (from: number, to: number, remember = true) => {
    if (remember) undoable.push([from, to]);
    reorder?.(from, to);
    if (!shown) return;
    const grid = thumbnails(to);
    shown.grid.replaceWith(grid);
    shown.grid = grid;
    buttons()[to]?.focus();
  };
  const buttons = () => [...(shown?.grid.querySelectorAll<HTMLButtonElement>(".overview-item") ?? [])];
  const open = (current: number) => {
    const returnFocus = document.activeElement;
    const { frame, canvas } = designCanvas("deck-overview");
    frame.setAttribute("role", "dialog");
    frame.setAttribute("aria-modal", "true");
    frame.setAttribute("aria-label", words.deck.overview);
    const grid = thumbnails(current);
    canvas.append(grid);
    if (reorder) frame.addEventListener("keydown", onUndo);
    // Modal: the rest of the deck is out of reach (Tab stays in the grid) until the overview closes.
    for (const child of deck.children) child.setAttribute("inert", "");
    deck.append(frame);
    shown = { frame, grid, stop: fitCanvas(frame, canvas), returnFocus };
    buttons()[current]?.focus();
  };
  const key = (key: string) => {
    if (OVERVIEW_KEYS.includes(key)) {
      close();
      return true;
    }
    const list = buttons();
    const next = overviewFocus(list.indexOf(document.activeElement as HTMLButtonElement), list.length, key);
    if (next === null) return false; // Enter and Space press the focused thumbnail.
    list[next]?.focus();
    return true;
  };
  return { isOpen: () => shown !== null, open, close, key };
}

/** The deck's keydown handler: keys typed into a field, or with a modifier, are not the deck's. */
function keyHandler(overview: Overview, act: (action: DeckAction) => void, anyKey: () => void) {
  return (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest?.("input, select, textarea")) return;
    anyKey();
    if (overview.isOpen()) {
      if (overview.key(event.key)) event.preventDefault();
      return;
    }
    // A focused button (the timer's reset) keeps Enter and Space.
    if ((event.key === "Enter" || event.key === " ") && target?.closest?.("button")) return;
    const action = deckAction(event.key);
    if (!action) return;
    act(action);
    event.preventDefault();
  };
}

/** Printing from the browser (Ctrl+P) prints the whole deck, one slide a page, not the slide on screen. */
function printOnDemand(slides: Slide[], words: TalkWords): { element: HTMLElement; stop: () => void } {
  const element = h("div", { className: "deck-print-on-demand" });
  const before = () => element.replaceChildren(printPages(slides, "print-slides", words));
  const after = () => element.replaceChildren();
  addEventListener("beforeprint", before);
  addEventListener("afterprint", after);
  return {
    element,
    stop() {
      removeEventListener("beforeprint", before);
      removeEventListener("afterprint", after);
    }
  };
}

function deckElement(mode: "audience" | "presenter", words: TalkWords): HTMLElement {
  const element = h("div", { className: `deck deck-${mode}` });
  element.dataset.mode = mode;
  element.setAttribute("role", "region");
  element.setAttribute("aria-roledescription", words.deck.roleDescription);
  element.setAttribute("aria-label", mode === "presenter" ? words.deck.presenterLabel : words.deck.label);
  return element;
}

function toggleFullScreen(element: HTMLElement) {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void element.requestFullscreen?.().catch(() => {});
}

function interactiveDeck(
  slides: Slide[],
  mode: "audience" | "presenter",
  words: TalkWords,
  options: DeckOptions
): Deck {
  const presenter = mode === "presenter";
  const element = deckElement(mode, words);
  const clock = options.clock ?? systemClock;
  const screen = presenter ? presenterScreen(slides, words, clock, options.duration) : audienceScreen(slides, words);
  const print = printOnDemand(slides, words);
  element.append(...screen.nodes, print.element);

  let position = parseHash(location.hash, slides);
  const show = () => {
    screen.show(position);
    element.dataset.slide = String(position.slide + 1);
    element.dataset.step = String(position.step + 1);
    const hash = formatHash(position, slides);
    if (location.hash !== hash) history.replaceState(history.state, "", hash);
  };
  const go = (target: Position, broadcast = true) => {
    if (samePosition(target, position)) return;
    position = target;
    show();
    if (broadcast) link.send(position);
  };
  const link = createDeckLink(
    { onPosition: (received) => go(clampPosition(received, slides), false), onHello: () => link.send(position) },
    { clock }
  );
  // The slides move in place (the screens read them by index); the slide on screen stays on screen.
  const reorder =
    options.reorder &&
    ((from: number, to: number) => {
      const onScreen = slides[position.slide];
      const [slide] = slides.splice(from, 1);
      slides.splice(to, 0, slide!);
      options.reorder!(from, to);
      position = { slide: slides.indexOf(onScreen!), step: position.step };
      show();
    });
  const overview = overviewDialog(
    element,
    slides,
    words,
    (slide) => go({ slide, step: 0 }),
    options.overviewExtra,
    reorder
  );
  const openPresenter = () => {
    const url = options.presenterUrl?.() ?? presenterAddress(location.href, formatHash(position, slides));
    const opened = window.open(url, "gpt-talk-presenter", "popup,width=1280,height=800");
    if (opened) link.adopt(opened);
  };
  const act = (action: DeckAction) => {
    if (action === "full-screen") toggleFullScreen(element);
    else if (action === "presenter") {
      if (!presenter) openPresenter();
    } else if (action === "overview") overview.open(position.slide);
    else go(moveTo(action, position, slides));
  };
  const onKey = keyHandler(overview, act, screen.keyPressed);
  const onHash = () => go(parseHash(location.hash, slides));
  document.addEventListener("keydown", onKey);
  addEventListener("hashchange", onHash);
  show();
  link.hello();
  return {
    element,
    dispose() {
      overview.close();
      screen.stop();
      print.stop();
      link.close();
      document.removeEventListener("keydown", onKey);
      removeEventListener("hashchange", onHash);
    }
  };
}
