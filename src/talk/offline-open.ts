// "Open .md…" in the offline talk (reports/talk.html): a story file picked or dropped on the page is parsed by the
// stories' parser and its views resolved against the file's inlined data, as the build would; a good one is presented
// by the same deck (its presenter window reads it from this tab's session, which a window it opens inherits), a
// malformed one is named with its line in an alert and the deck on screen stays. The control lives in the overview
// (press O), off the projected slide.
import { h } from "../components/dom.js";
import { dictionaryFor } from "../i18n/index.js";
import type { Lang } from "../i18n/lang.js";
import { parseStory, StoryError, type Story } from "../stories/parse.js";
import { resolveStoryInPeriod, storyData } from "../stories/period.js";
import { storySlides } from "../stories/render.js";
import type { StoryData } from "../stories/resolve.js";
import { backdropRequested } from "../views/scaling.js";
import type { Slide } from "./deck-model.js";

/** Where the opened story waits for a reload and for the presenter window (session storage, this tab's). */
const OPENED_KEY = "gpt-talk-opened-story";

export interface OpenedStory {
  story: Story;
  slides: Slide[];
}

/**
 * The story in a file as slides drawn from `data` in the story's period (`search`: the page's query, whose
 * ?period= overrides it); a StoryError (file:line: reason) when the build would refuse it.
 */
export function openStory(text: string, file: string, data: StoryData, lang: Lang, search = ""): OpenedStory {
  const story = parseStory(text, file);
  // The Epoch backdrop is not in this file's data: a view that asks for it cannot be drawn here.
  if (!data.epoch.available)
    for (const slide of story.slides)
      for (const block of slide.blocks)
        if (
          block.kind === "view" &&
          block.view.page === "scaling" &&
          backdropRequested(`?${new URLSearchParams(block.view.params)}`, data.releases)
        )
          throw new StoryError(file, block.line, dictionaryFor(lang).compose.offlineBackdrop);
  resolveStoryInPeriod(story, data);
  return { story, slides: storySlides(story, storyData(story, data, search)) };
}

/** The story this tab opened before (a reload, or the presenter window it opened), if any and still good. */
export function storedStory(data: StoryData, lang: Lang): OpenedStory | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(OPENED_KEY) ?? "null") as { text: string; file: string } | null;
    return saved ? openStory(saved.text, saved.file, data, lang, location.search) : null;
  } catch {
    return null;
  }
}

function remember(text: string, file: string) {
  try {
    sessionStorage.setItem(OPENED_KEY, JSON.stringify({ text, file }));
  } catch {
    // No session storage (a browser's privacy setting): the story is still presented, only not kept for a reload.
  }
}

/**
 * The "Open .md…" control for the overview, and drops of a .md anywhere on the page. `present` shows an opened story;
 * an error goes to an alert outside the deck (the deck, and its overview, stay as they were).
 */
export function storyOpener(data: StoryData, lang: () => Lang, present: (opened: OpenedStory) => void) {
  const alert = h("p", { className: "offline-open-error", attrs: { role: "alert" } });
  alert.hidden = true;
  document.body.append(alert);
  const open = async (file: File) => {
    const words = dictionaryFor(lang()).compose;
    const text = await file.text();
    try {
      const opened = openStory(text, file.name, data, lang(), location.search);
      alert.hidden = true;
      alert.textContent = "";
      remember(text, file.name);
      present(opened);
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      alert.textContent = words.openFailed(error.message);
      alert.hidden = false;
    }
  };
  document.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void open(file);
  });
  /** Built each time the overview opens, in the deck's language. */
  const control = (): HTMLElement => {
    const words = dictionaryFor(lang()).compose;
    const picker = h("input", { type: "file", accept: ".md,text/markdown,text/plain", className: "offline-open-file" });
    picker.tabIndex = -1;
    picker.setAttribute("aria-hidden", "true");
    picker.hidden = true;
    picker.addEventListener("change", () => {
      const file = picker.files?.[0];
      if (file) void open(file);
      picker.value = "";
    });
    const button = h("button", { type: "button", textContent: words.open, onclick: () => picker.click() });
    return h("p", { className: "offline-open" }, button, " ", h("span", { textContent: words.drop }), picker);
  };
  return { control };
}
