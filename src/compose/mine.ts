// /stories/mine: the browser's story presented like any story (the deck with its presenter view and overview,
// `?print` the report layout, `?print=slides` the printed deck) or, without those, the editor. Which story: `?story=`,
// else the one last opened.
import { h } from "../components/dom.js";
import { dictionaryFor, type Lang } from "../i18n/index.js";
import { StoryError, type Story } from "../stories/parse.js";
import { storyPage, type StoryPageParts } from "../stories/page.js";
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

/** A message in place of the deck (no such story, or one the parser refuses), on the editor's light page. */
function message(text: string, back: HTMLElement, role: "alert" | null = null): MinePage {
  document.documentElement.classList.add("compose-edit");
  const element = h("div", { className: "compose" }, h("p", { textContent: text, attrs: { role } }), back);
  return { element, dispose() {} };
}

/** The browser's story this link presents (`?present`, `?presenter`, `?print`), or undefined in the editor. */
export function presentedStory(search: string): Story | undefined {
  if (!presents(search)) return undefined;
  const { state } = loadStore(browserStorage());
  const story = storyById(state, new URLSearchParams(search).get("story") ?? state.current);
  if (!story) return undefined;
  try {
    return composeToStory(story, `${story.id}.md`);
  } catch {
    return undefined; // minePage reports it
  }
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
    if (!story) return message(words.noStory, back);
    try {
      // Presented exactly as a story of the repository is (src/stories/page.ts).
      return storyPage(
        [{ name: story.id, story: composeToStory(story, `${story.id}.md`) }],
        story.id,
        data,
        search,
        parts
      );
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      return message(story.slides.every((s) => s.hidden) ? words.nothingShown : error.message, back, "alert");
    }
  }
  document.documentElement.classList.add("compose-edit");
  document.title = words.heading;
  return createEditor({ lang, data, builtins, storage, open: asked });
}
