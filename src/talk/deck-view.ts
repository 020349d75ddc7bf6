// The deck's elements: a slide on the design canvas, the canvas scaled into its window, the overview's grid of
// thumbnails and the printed pages. Small builders, each given what it shows (words included); deck.ts wires them.
import {
  CANVAS,
  CONTENT_BOX,
  OVERVIEW_COLUMNS,
  SLIDE_PADDING,
  stepsOf,
  TITLE_HEIGHT,
  type PrintMode,
  type Slide,
  type TalkWords
} from "./deck-model.js";
import { h } from "../components/dom.js";

/** One slide at a step, laid out on the design canvas: title band, then the content box. */
export function renderSlide(slide: Slide, step: number): HTMLElement {
  const section = h("section", { className: "slide" });
  section.dataset.slide = slide.id;
  section.dataset.step = String(step + 1);
  section.style.width = `${CANVAS.width}px`;
  section.style.height = `${CANVAS.height}px`;
  section.style.padding = `${SLIDE_PADDING.top}px ${SLIDE_PADDING.right}px ${SLIDE_PADDING.bottom}px ${SLIDE_PADDING.left}px`;
  const heading = h("h2", { className: "slide-title", textContent: slide.title });
  heading.style.height = `${TITLE_HEIGHT}px`;
  const body = h("div", { className: "slide-body" });
  body.style.width = `${CONTENT_BOX.width}px`;
  body.style.height = `${CONTENT_BOX.height}px`;
  body.append(slide.render(step, { ...CONTENT_BOX }));
  section.append(heading, body);
  return section;
}

/** The transform that scales the canvas as a whole into a frame, letterboxed and centred (or at the top). */
export function canvasTransform(frame: { width: number; height: number }, top = false) {
  const scale = Math.min(frame.width / CANVAS.width, frame.height / CANVAS.height);
  const left = (frame.width - CANVAS.width * scale) / 2;
  const offset = top ? 0 : (frame.height - CANVAS.height * scale) / 2;
  return { scale, transform: `translate(${left}px, ${offset}px) scale(${scale})` };
}

/** Scales a design canvas as a whole into its frame, and again when the frame resizes; returns a function that stops. */
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
    const { scale, transform } = canvasTransform({ width, height }, top);
    canvas.style.transform = transform;
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

export function designCanvas(className: string): { frame: HTMLElement; canvas: HTMLElement } {
  const frame = h("div", { className: `canvas-frame ${className}` });
  const canvas = h("div", { className: "deck-canvas" });
  frame.append(canvas);
  return { frame, canvas };
}

const OVERVIEW_GAP = 40;
const OVERVIEW_PADDING = 60;
const THUMB_WIDTH = (CANVAS.width - 2 * OVERVIEW_PADDING - (OVERVIEW_COLUMNS - 1) * OVERVIEW_GAP) / OVERVIEW_COLUMNS;
const THUMB_SCALE = THUMB_WIDTH / CANVAS.width;

/** A slide, fully built, as a button that jumps there: a picture out of the accessibility tree, named by its label. */
function overviewItem(slide: Slide, index: number, current: boolean, words: TalkWords): HTMLButtonElement {
  const button = h("button", { className: "overview-item" });
  button.type = "button";
  button.dataset.slide = String(index + 1);
  if (current) button.setAttribute("aria-current", "true");
  const thumb = h("div", { className: "overview-thumb" });
  thumb.style.width = `${THUMB_WIDTH}px`;
  thumb.style.height = `${CANVAS.height * THUMB_SCALE}px`;
  thumb.setAttribute("inert", "");
  thumb.setAttribute("aria-hidden", "true");
  const picture = renderSlide(slide, stepsOf(slide) - 1);
  picture.style.transform = `scale(${THUMB_SCALE})`;
  picture.style.transformOrigin = "0 0";
  thumb.append(picture);
  button.append(
    thumb,
    h("span", { className: "overview-label", textContent: words.deck.overviewItem(index + 1, slide.title) })
  );
  return button;
}

const DRAG_TYPE = "application/x-deck-slide";

/** A thumbnail that moves its slide: dragged onto another (HTML drag and drop), or Alt+←/→ while focused. */
function reorderable(button: HTMLButtonElement, index: number, count: number, words: TalkWords, reorder: Reorder) {
  button.draggable = true;
  button.setAttribute("aria-description", words.deck.reorderHint);
  button.addEventListener("dragstart", (event) => {
    event.dataTransfer?.setData(DRAG_TYPE, String(index));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
  });
  button.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes(DRAG_TYPE)) event.preventDefault();
  });
  button.addEventListener("drop", (event) => {
    const from = Number(event.dataTransfer?.getData(DRAG_TYPE) ?? "");
    if (!Number.isInteger(from) || from === index) return;
    event.preventDefault();
    reorder(from, index);
  });
  button.addEventListener("keydown", (event) => {
    if (!event.altKey || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return;
    event.preventDefault();
    event.stopPropagation();
    const to = index + (event.key === "ArrowLeft" ? -1 : 1);
    if (to >= 0 && to < count) reorder(index, to);
  });
}

/** Moves the slide at `from` to the place `to` (indices of the deck's slides). */
export type Reorder = (from: number, to: number) => void;

/**
 * Every slide as a grid of thumbnails on a design canvas; a click on one calls `pick` with its index. With `reorder`,
 * the thumbnails can be dragged or moved with Alt+←/→.
 */
export function overviewGrid(
  slides: Slide[],
  current: number,
  words: TalkWords,
  pick: (slide: number) => void,
  extra?: HTMLElement,
  reorder?: Reorder
): HTMLElement {
  const list = h("ol", { className: "overview-grid" });
  list.style.gridTemplateColumns = `repeat(${OVERVIEW_COLUMNS}, ${THUMB_WIDTH}px)`;
  list.style.gap = `${OVERVIEW_GAP}px`;
  list.style.padding = `${OVERVIEW_PADDING}px`;
  slides.forEach((slide, index) => {
    const button = overviewItem(slide, index, index === current, words);
    button.addEventListener("click", () => pick(index));
    if (reorder) reorderable(button, index, slides.length, words, reorder);
    const item = h("li");
    item.append(button);
    list.append(item);
  });
  // What the page adds under the thumbnails (the Talk page: the other stories), across the whole grid.
  if (extra) list.append(h("li", { className: "overview-extra" }, extra));
  return list;
}

/** A page of the speaker notes: the slide beside its position, title and notes. */
function notesPage(slide: Slide, step: number, heading: string): HTMLElement {
  const page = h("div", { className: "print-page print-notes" });
  const thumb = h("div", { className: "print-notes-slide" });
  thumb.append(renderSlide(slide, step));
  const notes = h("div", { className: "print-notes-text" });
  notes.append(
    h("p", { className: "print-notes-position", textContent: heading }),
    h("p", { textContent: slide.notes })
  );
  page.append(thumb, notes);
  return page;
}

/** Every slide as one page each (builds complete), or every build step, or each slide with its notes. */
export function printPages(slides: Slide[], mode: PrintMode, words: TalkWords): HTMLElement {
  const element = h("div", { className: "deck-print" });
  element.dataset.mode = mode;
  slides.forEach((slide, index) => {
    const steps = mode === "print-steps" ? [...Array(stepsOf(slide)).keys()] : [stepsOf(slide) - 1];
    for (const step of steps) {
      if (mode === "print-notes")
        element.append(notesPage(slide, step, words.notesPosition(index + 1, slides.length, slide.title)));
      else {
        const page = h("div", { className: "print-page" });
        page.append(renderSlide(slide, step));
        element.append(page);
      }
    }
  });
  return element;
}
