// The page of one story: the deck (with its presenter view, overview and printed slides) or, with `?print`, the
// report layout. Its language is the story's, whatever the site's switch says: a Chinese talk is Chinese.
import type { Deck, DeckOptions } from "../talk/deck.js";
import type { Slide } from "../talk/deck-model.js";
import { dictionaryFor, rulesFor } from "../i18n/index.js";
import type { Paper, Story } from "./parse.js";
import type { StoryData } from "./resolve.js";
import { storyData } from "./period.js";
import { h } from "../components/dom.js";

export interface StoryPageParts {
  createDeck: (slides: Slide[], options: DeckOptions) => Deck;
  storySlides: (story: Story, data: StoryData) => Slide[];
  storyReport: (story: Story, data: StoryData, paper: Paper) => HTMLElement;
  storyPaper: (story: Story, search: string) => Paper;
  /** Plans the report's pages (src/stories/report.ts); without it the report is shown as laid out. */
  planStoryReport?: (report: HTMLElement, paper: Paper) => Promise<HTMLElement>;
}

/** The page's element; `ready`, when given, resolves to it once its pages are planned (show that instead). */
export type StoryPageView = Deck & { ready?: Promise<HTMLElement> };

/** The element to show and how to stop it. Passing the parts in keeps this module small to test. */
export function storyPage(
  stories: readonly { name: string; story: Story }[],
  name: string,
  catalog: StoryData,
  search: string,
  parts: StoryPageParts
): StoryPageView {
  const found = stories.find((s) => s.name === name);
  if (!found) {
    const element = h("p", { className: "story-missing", textContent: dictionaryFor("en").stories.notFound(name) });
    return { element, dispose() {} };
  }
  const { story } = found;
  const data = storyData(story, catalog, search);
  document.documentElement.lang = rulesFor(story.meta.lang).tag;
  document.title = story.meta.title;
  if (new URLSearchParams(search).get("print") === "") {
    document.documentElement.classList.add("story-print");
    const paper = parts.storyPaper(story, search);
    const element = parts.storyReport(story, data, paper);
    return { element, ready: parts.planStoryReport?.(element, paper), dispose() {} };
  }
  const deck = parts.createDeck(parts.storySlides(story, data), {
    lang: story.meta.lang,
    duration: story.meta.duration
  });
  deck.element.lang = rulesFor(story.meta.lang).tag;
  return deck;
}
