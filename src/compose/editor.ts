// The editor of /stories/mine: the browser's stories (open, create, duplicate, delete, copy the built-in talk), the
// open story's settings (title, author, language, duration, paper), its slides (editor-slides.ts), files in and out
// (files.ts) and undo. Every change to a story is one step of its History (Ctrl+Z, Ctrl+Y) and saved at once.
import { h } from "../components/dom.js";
import { dictionaryFor, rulesFor, type Dictionary, type Lang } from "../i18n/index.js";
import type { Story, StoryMeta } from "../stories/parse.js";
import type { StoryData } from "../stories/resolve.js";
import { slideProblem } from "./check.js";
import { ask } from "./dialog.js";
import { slideList, type SlideActions } from "./editor-slides.js";
import { settingsSection, storiesSection } from "./editor-sections.js";
import { acceptDrops, fileControls } from "./files.js";
import {
  addSlide,
  apply,
  deleteSlide,
  fromStory,
  history,
  moveSlide,
  moveSlideTo,
  redo,
  setMeta,
  undo,
  updateSlide
} from "./model.js";
import type { ComposeStory, History } from "./model.js";
import * as store from "./store.js";

export interface EditorContext {
  /** The interface's language (the story has its own). */
  lang: Lang;
  data: StoryData;
  builtins: readonly { name: string; story: Story }[];
  storage: Storage | null;
  /** The story to open first (`?story=` in the link "Add to my talk" gives). */
  open?: string | null;
}

/** What the sections call; each is one step the editor saves. */
export interface EditorActions {
  select(id: string): void;
  create(): void;
  duplicate(): void;
  remove(): Promise<void>;
  copyBuiltin(lang: StoryMeta["lang"]): void;
  setMeta(patch: Partial<StoryMeta>): void;
  undo(): void;
  redo(): void;
  /** A parsed story from a file: replace the open one (undoable) or keep both, as the user answers. */
  openStory(story: Story, file: string): Promise<void>;
  say(text: string): void;
  fail(text: string): void;
}

type Words = Dictionary["compose"];

/** The editor's state and the ways it changes; `draw` is set once the page's parts exist. */
function createSession(ctx: EditorContext, words: Words) {
  const loaded = store.loadStore(ctx.storage);
  const status = h("p", { className: "compose-status", attrs: { role: "status" } });
  const alert = h("p", { className: "compose-alert", attrs: { role: "alert" } });
  const s = {
    ctx,
    words,
    state: ctx.open ? store.selectStory(loaded.state, ctx.open) : loaded.state,
    hist: null as History | null,
    status,
    alert,
    draw: (_focusKey?: string) => {},
    current: () => store.storyById(s.state, s.state.current),
    resetHistory() {
      const story = s.current();
      s.hist = story ? history(story) : null;
    },
    say(text: string) {
      alert.textContent = "";
      status.textContent = text;
    },
    fail(text: string) {
      status.textContent = "";
      alert.textContent = text;
    },
    save() {
      const problem = store.saveStore(ctx.storage, s.state);
      if (problem) s.fail(words.storage[problem.kind](problem.detail));
    },
    /** Another story opened, created or deleted: saved, a fresh undo history, drawn. */
    setState(next: store.StoreState, message?: string) {
      s.state = next;
      s.resetHistory();
      s.save();
      s.draw();
      if (message) s.say(message);
    },
    /** A step of the open story's history: saved and drawn. */
    commit(next: History, message?: string, focusKey?: string) {
      s.hist = next;
      s.state = store.putStory(s.state, next.present);
      s.save();
      s.draw(focusKey);
      if (message) s.say(message);
    },
    edit(next: ComposeStory, message?: string, focusKey?: string) {
      if (s.hist) s.commit(apply(s.hist, next), message, focusKey);
    }
  };
  s.resetHistory();
  if (loaded.problem) s.fail(words.storage[loaded.problem.kind](loaded.problem.detail));
  return s;
}

type Session = ReturnType<typeof createSession>;

function slideActions(s: Session, body: HTMLElement): SlideActions {
  const { words } = s;
  return {
    move(id, delta) {
      const story = s.hist!.present;
      const next = moveSlide(story, id, delta);
      if (next !== story) s.edit(next, words.done.moved(next.slides.findIndex((x) => x.id === id) + 1));
    },
    moveTo(id, index) {
      const story = s.hist!.present;
      const next = moveSlideTo(story, id, index);
      if (next !== story) s.edit(next, words.done.moved(index + 1), `row:${id}`);
    },
    update(id, patch, field) {
      const story = s.hist!.present;
      const index = story.slides.findIndex((x) => x.id === id);
      const slide = { ...story.slides[index]!, ...patch };
      const problem = field ? slideProblem(story.meta, slide, index + 1, s.ctx.data, words) : null;
      if (problem && field) {
        // The text stays as typed, marked and explained; the story keeps its last good version.
        field.setAttribute("aria-invalid", "true");
        body.querySelector(`[data-slide="${id}"] .compose-slide-error`)!.textContent = problem;
        return s.fail(problem);
      }
      const message =
        patch.hidden === true
          ? words.done.hidden(slide.title)
          : patch.hidden === false
            ? words.done.shown(slide.title)
            : words.done.saved;
      s.edit(updateSlide(story, id, patch), message);
    },
    remove(id) {
      const story = s.hist!.present;
      const index = story.slides.findIndex((x) => x.id === id);
      const after = story.slides[index + 1] ?? story.slides[index - 1];
      s.edit(
        deleteSlide(story, id),
        words.done.deleted(story.slides[index]!.title),
        after ? `row:${after.id}` : "add-slide"
      );
    }
  };
}

function editorActions(s: Session): EditorActions {
  const { words } = s;
  const createFrom = (story: Pick<ComposeStory, "meta" | "slides">, message: string) =>
    s.setState(store.createStory(s.state, story.meta, story.slides).state, message);
  return {
    select: (id) => s.setState(store.selectStory(s.state, id)),
    create() {
      const slide = { id: "s1", title: words.untitled, body: "", notes: "", hidden: false };
      createFrom(
        { meta: { title: words.untitled, lang: s.ctx.lang, paper: "a4" }, slides: [slide] },
        words.done.created(words.untitled)
      );
    },
    duplicate() {
      const story = s.current();
      if (story) s.setState(store.duplicateStory(s.state, story.id, words.copyOf(story.meta.title)).state);
    },
    async remove() {
      const story = s.current();
      if (!story) return;
      const choices = [{ value: "delete", label: words.confirm.delete }];
      const answer = await ask(words.confirm.deleteStory(story.meta.title), choices, words.confirm.cancel);
      if (answer === "delete")
        s.setState(store.deleteStory(s.state, story.id), words.done.deletedStory(story.meta.title));
    },
    copyBuiltin(lang) {
      const found = s.ctx.builtins.find((b) => b.story.meta.lang === lang && b.name.startsWith("gpt-history"));
      if (found) createFrom(fromStory(found.story, ""), words.done.created(found.story.meta.title));
    },
    setMeta: (patch) => s.hist && s.edit(setMeta(s.hist.present, patch), words.done.saved),
    undo: () => s.hist && s.hist.past.length > 0 && s.commit(undo(s.hist), words.done.undone),
    redo: () => s.hist && s.hist.future.length > 0 && s.commit(redo(s.hist), words.done.redone),
    async openStory(story, file) {
      const open = s.current();
      const choices = [
        ...(open ? [{ value: "replace", label: words.confirm.replace }] : []),
        { value: "new", label: words.confirm.asNew }
      ];
      const question = words.confirm.open(file, story.meta.title, story.slides.length);
      const answer = await ask(question, choices, words.confirm.cancel);
      if (answer === "replace" && open) s.edit(fromStory(story, open.id), words.done.opened(story.meta.title));
      if (answer === "new") createFrom(fromStory(story, ""), words.done.opened(story.meta.title));
    },
    say: (text) => s.say(text),
    fail: (text) => s.fail(text)
  };
}

/** The open story's slides, with the button that adds a text slide. */
function slidesSection(s: Session, story: ComposeStory, actions: SlideActions): HTMLElement {
  const { words } = s;
  const addText = () => {
    const { story: next, id } = addSlide(s.hist!.present, { title: words.newSlideTitle, body: "", notes: "" });
    s.edit(next, words.done.added, `title:${id}`);
  };
  return h(
    "section",
    { className: "compose-slides-section", attrs: { "aria-labelledby": "compose-slides-heading" } },
    h("h2", { id: "compose-slides-heading", textContent: words.slidesHeading }),
    h("p", { className: "compose-keys", textContent: words.keys }),
    slideList(story, words, actions),
    h("button", { type: "button", textContent: words.addText, dataset: { key: "add-slide" }, onclick: addText })
  );
}

/** Draws the editor into `body`, keeping the focus on the element with the same key (or the one asked for). */
function drawer(s: Session, body: HTMLElement, actions: EditorActions, rows: SlideActions) {
  return (focusKey?: string) => {
    const active = document.activeElement as HTMLElement | null;
    const key = focusKey ?? (active && body.contains(active) ? active.dataset.key : undefined);
    const story = s.hist?.present;
    body.replaceChildren(
      storiesSection(s.state, s.words, actions),
      ...(story && s.hist
        ? [
            settingsSection(story, s.hist, s.words, actions),
            fileControls(story, s.words, s.ctx.data, actions),
            slidesSection(s, story, rows)
          ]
        : [h("p", { textContent: s.words.none })])
    );
    if (!key) return;
    const target = body.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    const id = key.split(":")[1];
    const row = id ? body.querySelector<HTMLElement>(`[data-key="row:${CSS.escape(id)}"]`) : null;
    const usable = target && !(target as HTMLButtonElement).disabled ? target : null;
    (usable ?? row ?? target)?.focus();
  };
}

const isTextField = (el: EventTarget | null): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== "file");

/** Ctrl+Z undoes and Ctrl+Y (or Ctrl+Shift+Z) redoes a step of the story; in a field being typed in, its own undo. */
function undoKeys(s: Session, actions: EditorActions) {
  return (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !s.hist) return;
    const key = event.key.toLowerCase();
    const isUndo = key === "z" && !event.shiftKey;
    if (!isUndo && key !== "y" && !(key === "z" && event.shiftKey)) return;
    if (isTextField(event.target)) {
      const [field, id] = (event.target.dataset.key ?? "").split(":");
      const slide = s.hist.present.slides.find((x) => x.id === id);
      const committed = slide && (field === "title" || field === "body" || field === "notes") ? slide[field] : null;
      if (committed === null || event.target.value !== committed) return;
    }
    event.preventDefault();
    if (isUndo) actions.undo();
    else actions.redo();
  };
}

export function createEditor(ctx: EditorContext): { element: HTMLElement; dispose(): void } {
  const words = dictionaryFor(ctx.lang).compose;
  const s = createSession(ctx, words);
  const body = h("div", { className: "compose-body" });
  const element = h(
    "div",
    { className: "compose", attrs: { lang: rulesFor(ctx.lang).tag } },
    h("h1", { textContent: words.heading }),
    h("p", { textContent: words.lede }),
    h("p", {}, h("a", { href: "./", textContent: words.repository })),
    s.alert,
    s.status,
    body
  );
  const actions = editorActions(s);
  s.draw = drawer(s, body, actions, slideActions(s, body));
  const onStorage = (event: StorageEvent) => {
    if (event.key !== store.STORE_KEY) return;
    const next = store.loadStore(ctx.storage);
    if (next.problem) return s.fail(words.storage[next.problem.kind](next.problem.detail));
    const keep = store.storyById(next.state, s.state.current) ? s.state.current : next.state.current;
    s.state = { ...next.state, current: keep };
    s.resetHistory();
    s.draw();
  };
  element.addEventListener("keydown", undoKeys(s, actions));
  acceptDrops(element, ctx.data, words, actions);
  window.addEventListener("storage", onStorage);
  s.draw();
  return { element, dispose: () => window.removeEventListener("storage", onStorage) };
}
