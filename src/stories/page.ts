// The page of one story: the deck (with its presenter view, overview and printed slides) or, with `?print`, the
// report layout. Its language is the story's, whatever the site's switch says: a Chinese talk is Chinese.
import type { Deck, DeckOptions } from "../talk/deck.js";
import type { Slide } from "../talk/deck-model.js";
import { dictionaryFor, rulesFor } from "../i18n/index.js";
import type { Paper, Story } from "./parse.js";
import type { StoryData } from "./resolve.js";
import { h } from "../components/dom.js";

export interface StoryPageParts {
  createDeck: (slides: Slide[], options: DeckOptions) => Deck;
  storySlides: (story: Story, data: StoryData) => Slide[];
  storyReport: (story: Story, data: StoryData, paper: Paper) => HTMLElement;
  storyPaper: (story: Story, search: string) => Paper;
}

/** The element to show and how to stop it. Passing the parts in keeps this module small to test. */
export function storyPage(
  stories: readonly { name: string; story: Story }[],
  name: string,
  data: StoryData,
  search: string,
  parts: StoryPageParts
): Deck {
  const found = stories.find((s) => s.name === name);
  if (!found) {
    const element = h("p", { className: "story-missing", textContent: dictionaryFor("en").stories.notFound(name) });
    return { element, dispose() {} };
  }
  const { story } = found;
  document.documentElement.lang = rulesFor(story.meta.lang).tag;
  document.title = story.meta.title;
  if (new URLSearchParams(search).get("print") === "") {
    document.documentElement.classList.add("story-print");
    return { element: parts.storyReport(story, data, parts.storyPaper(story, search)), dispose() {} };
  }
  const deck = parts.createDeck(parts.storySlides(story, data), {
    lang: story.meta.lang,
    duration: story.meta.duration
  });
  deck.element.lang = rulesFor(story.meta.lang).tag;
  return deck;
}
