// The editor's list of slides: one row per slide with its title, its text (Markdown, views included) and its
// speaker notes, and buttons to move, hide and delete it. The row itself takes focus: Alt+↑/↓ move it, Delete
// deletes it. Edits are committed on `change` (when a field is left), each an undoable step.
import { h } from "../components/dom.js";
import type { Dictionary } from "../i18n/index.js";
import type { ComposeSlide, ComposeStory, SlidePatch } from "./model.js";

export interface SlideActions {
  move(id: string, delta: number): void;
  /** Drag and drop: the slide to the place of another. */
  moveTo(id: string, index: number): void;
  update(id: string, patch: SlidePatch, field?: HTMLTextAreaElement | HTMLInputElement): void;
  remove(id: string): void;
}

type Words = Dictionary["compose"];

function field(label: string, control: HTMLInputElement | HTMLTextAreaElement, className: string): HTMLLabelElement {
  return h("label", { className }, h("span", { textContent: label }), control);
}

function rowButtons(slide: ComposeSlide, n: number, total: number, words: Words, actions: SlideActions) {
  const button = (key: string, text: string, label: string, action: () => void, disabled = false) =>
    h("button", {
      type: "button",
      textContent: text,
      disabled,
      onclick: action,
      dataset: { key: `${key}:${slide.id}` },
      attrs: { "aria-label": label }
    });
  return h(
    "div",
    { className: "compose-slide-buttons" },
    button("up", words.upText, words.up(n), () => actions.move(slide.id, -1), n === 1),
    button("down", words.downText, words.down(n), () => actions.move(slide.id, 1), n === total),
    slide.hidden
      ? button("show", words.showText, words.show(n), () => actions.update(slide.id, { hidden: false }))
      : button("hide", words.hideText, words.hide(n), () => actions.update(slide.id, { hidden: true })),
    button("delete", words.removeText, words.remove(n), () => actions.remove(slide.id))
  );
}

const DRAG_TYPE = "application/x-compose-slide";

/** The slide's number, which a mouse can drag onto another row (the keyboard has Alt+↑/↓ and the buttons). */
function dragHandle(id: string, n: number): HTMLElement {
  const handle = h("span", {
    className: "compose-slide-number",
    textContent: `⠿ ${n}`,
    draggable: true,
    attrs: { "aria-hidden": "true" }
  });
  handle.addEventListener("dragstart", (event) => {
    event.dataTransfer?.setData(DRAG_TYPE, id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
  });
  return handle;
}

/** Rows take a dragged slide: it moves to the place of the row it is dropped on. */
function acceptSlideDrops(row: HTMLElement, index: number, actions: SlideActions) {
  row.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes(DRAG_TYPE)) event.preventDefault();
  });
  row.addEventListener("drop", (event) => {
    const id = event.dataTransfer?.getData(DRAG_TYPE);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    actions.moveTo(id, index);
  });
}

function slideRow(slide: ComposeSlide, n: number, total: number, words: Words, actions: SlideActions): HTMLElement {
  const title = h("input", { type: "text", value: slide.title, dataset: { key: `title:${slide.id}` } });
  const body = h("textarea", { value: slide.body, rows: 3, dataset: { key: `body:${slide.id}` } });
  const notes = h("textarea", { value: slide.notes, rows: 3, dataset: { key: `notes:${slide.id}` } });
  title.addEventListener("change", () => actions.update(slide.id, { title: title.value }, title));
  body.addEventListener("change", () => actions.update(slide.id, { body: body.value }, body));
  notes.addEventListener("change", () => actions.update(slide.id, { notes: notes.value }, notes));
  const label = `${words.slideLabel(n, total, slide.title)}${slide.hidden ? ` (${words.hiddenMark})` : ""}`;
  const row = h(
    "li",
    {
      className: `compose-slide${slide.hidden ? " compose-slide-hidden" : ""}`,
      tabIndex: 0,
      dataset: { key: `row:${slide.id}`, slide: slide.id },
      attrs: { "aria-label": label }
    },
    h(
      "div",
      { className: "compose-slide-head" },
      dragHandle(slide.id, n),
      field(words.slideTitle, title, "compose-field compose-title"),
      rowButtons(slide, n, total, words, actions)
    ),
    field(words.body, body, "compose-field"),
    field(words.notes, notes, "compose-field"),
    h("p", { className: "compose-slide-error", attrs: { role: "alert" } })
  );
  acceptSlideDrops(row, n - 1, actions);
  row.addEventListener("keydown", (event) => {
    if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      actions.move(slide.id, event.key === "ArrowUp" ? -1 : 1);
    } else if (event.key === "Delete" && event.target === row) {
      event.preventDefault();
      actions.remove(slide.id);
    }
  });
  return row;
}

export function slideList(story: ComposeStory, words: Words, actions: SlideActions): HTMLElement {
  const total = story.slides.length;
  return h(
    "ol",
    { className: "compose-slides" },
    ...story.slides.map((slide, i) => slideRow(slide, i + 1, total, words, actions))
  );
}
