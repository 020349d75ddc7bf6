// /stories/mine: the browser's story presented like any story (the deck with its presenter view and overview,
// `?print` the report layout, `?print=slides` the printed deck) or, without those, the editor. Which story: `?story=`,
// else the one last opened.
import { h } from "../components/dom.js";
import { dictionaryFor, rulesFor, type Lang } from "../i18n/index.js";
import { StoryError, type Story } from "../stories/parse.js";
import type { StoryPageParts } from "../stories/page.js";
import type { StoryData } from "../stories/resolve.js";
import { createEditor } from "./editor.js";
import { composeToStory } from "./model.js";
import { browserStorage, loadStore, storyById } from "./store.js";

export interface MinePage {
  element: HTMLElement;
  dispose(): void;
}

/** Whether the link asks for the story presented (deck, presenter view, printed pages) rather than the editor. */
export const presents = (search: string) => {
  const params = new URLSearchParams(search);
  return params.has("present") || params.has("presenter") || params.has("print");
};

function presentation(story: Story, data: StoryData, search: string, parts: StoryPageParts): MinePage {
  document.documentElement.lang = rulesFor(story.meta.lang).tag;
  document.title = story.meta.title;
  if (new URLSearchParams(search).get("print") === "") {
    document.documentElement.classList.add("story-print");
    return { element: parts.storyReport(story, data, parts.storyPaper(story, search)), dispose() {} };
  }
  const deck = parts.createDeck(parts.storySlides(story, data), { lang: story.meta.lang });
  deck.element.lang = rulesFor(story.meta.lang).tag;
  return deck;
}

export function minePage(
  builtins: readonly { name: string; story: Story }[],
  data: StoryData,
  search: string,
  lang: Lang,
  parts: StoryPageParts
): MinePage {
  const words = dictionaryFor(lang).compose;
  const asked = new URLSearchParams(search).get("story");
  const storage = browserStorage();
  if (presents(search)) {
    const { state } = loadStore(storage);
    const story = storyById(state, asked ?? state.current);
    const back = h("a", {
      href: `./mine${asked ? `?story=${encodeURIComponent(asked)}` : ""}`,
      textContent: words.back
    });
    if (!story)
      return {
        element: h("div", { className: "compose" }, h("p", { textContent: words.noStory }), back),
        dispose() {}
      };
    try {
      return presentation(composeToStory(story, `${story.id}.md`), data, search, parts);
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      const text = story.slides.every((s) => s.hidden) ? words.nothingShown : error.message;
      const alert = h("p", { textContent: text, attrs: { role: "alert" } });
      return { element: h("div", { className: "compose" }, alert, back), dispose() {} };
    }
  }
  document.documentElement.classList.add("compose-edit");
  document.title = words.heading;
  return createEditor({ lang, data, builtins, storage, open: asked });
}
