// /stories/mine: the browser's story presented like any story (the deck with its presenter view and overview,
// `?print` the report layout, `?print=slides` the printed deck) or, without those, the editor. Which story: `?story=`,
// else the one last opened. `&autoprint` opens the print dialog once the printed layout is drawn.
import { h } from "../components/dom.js";
import type { ReleaseRow } from "../contract.js";
import { storyDrawsBackdrop } from "../stories/backdrop.js";
import { dictionaryFor, type Lang } from "../i18n/index.js";
import { StoryError, type Story } from "../stories/parse.js";
import { storyPage, type StoryPageParts, type StoryPageView } from "../stories/page.js";
import { resolveStoryInPeriod } from "../stories/period.js";
import type { StoryData } from "../stories/resolve.js";
import { createEditor } from "./editor.js";
import { composeToStory, moveSlideTo, shownSlides } from "./model.js";
import { browserStorage, loadStore, putStory, readStoreText, saveStore, STORE_KEY, storyById } from "./store.js";

export interface MinePage {
  element: HTMLElement;
  /** The report's element once its pages are planned (show that instead), as on a story's page. */
  ready?: Promise<HTMLElement> | undefined;
  dispose(): void;
}

/**
 * Whether the story this link opens (`?story=`, else the one last opened) draws the Epoch AI backdrop, whose file
 * (tens of megabytes from a large export) the page fetches only then, as a story's page does. Reads the browser's
 * stories without touching them (loadStore sets unreadable ones aside, which the editor reports).
 */
export function mineDrawsBackdrop(search: string, releases: readonly ReleaseRow[]): boolean {
  let text: string | null;
  try {
    text = browserStorage()?.getItem(STORE_KEY) ?? null;
  } catch {
    return false;
  }
  const state = text === null ? null : readStoreText(text);
  if (!state || typeof state === "string") return false;
  const story = storyById(state, new URLSearchParams(search).get("story") ?? state.current);
  try {
    return Boolean(story) && storyDrawsBackdrop(composeToStory(story!), releases);
  } catch (error) {
    if (error instanceof StoryError) return false;
    throw error;
  }
}

/** Whether the link asks for the story presented (deck, presenter view, printed pages) rather than the editor. */
export const presents = (search: string) => {
  const params = new URLSearchParams(search);
  return params.has("present") || params.has("presenter") || params.has("print");
};

const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

/**
 * The editor's "Print as a report" and "Slides as PDF" (`&autoprint`): the browser's print dialog, once the printed
 * layout is on the page, its pages planned and its fonts in (the PDF is the browser's "Save as PDF").
 */
async function printWhenDrawn(view: StoryPageView): Promise<void> {
  const element = (await view.ready) ?? view.element;
  for (let tries = 0; !element.isConnected && tries < 600; tries++) await nextFrame();
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
  print();
}

/** A message in place of the deck (no such story, or one the parser refuses), on the editor's light page. */
function message(text: string, back: HTMLElement, role: "alert" | null = null): MinePage {
  document.documentElement.classList.add("compose-edit");
  const element = h("div", { className: "compose" }, h("p", { textContent: text, attrs: { role } }), back);
  return { element, dispose() {} };
}

/**
 * The overview's reorder (deck indices count only the shown slides): the story's slide moved to the place of the one
 * it lands on, and saved, as the editor's move (model.ts moveSlideTo) would.
 */
function saveReorder(storage: Storage | null, id: string): (from: number, to: number) => void {
  return (from, to) => {
    const state = loadStore(storage).state;
    const story = storyById(state, id);
    if (!story) return;
    const shown = shownSlides(story);
    const moving = shown[from];
    const target = story.slides.indexOf(shown[to]!);
    if (!moving || target < 0) return;
    saveStore(storage, putStory(state, moveSlideTo(story, moving.id, target)));
  };
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
    const reorder = saveReorder(storage, story.id);
    try {
      const presented = composeToStory(story, `${story.id}.md`);
      // A view its own period leaves out is named as such (the editor's check of a slide does the same), unless the
      // link chooses the period itself.
      if (!new URLSearchParams(search).has("period")) resolveStoryInPeriod(presented, data);
      // Presented exactly as a story of the repository is (src/stories/page.ts).
      const view = storyPage([{ name: story.id, story: presented }], story.id, data, search, {
        ...parts,
        createDeck: (slides, options) => parts.createDeck(slides, { ...options, reorder })
      });
      if (new URLSearchParams(search).has("autoprint")) void printWhenDrawn(view);
      return view;
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      return message(story.slides.every((s) => s.hidden) ? words.nothingShown : error.message, back, "alert");
    }
  }
  document.documentElement.classList.add("compose-edit");
  document.title = words.heading;
  return createEditor({ lang, data, builtins, storage, open: asked });
}
