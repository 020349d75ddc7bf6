// The list of the repository's stories (/stories/): each story's title and language, with links to its deck, its
// presenter view and its report layout.
import { h } from "../components/dom.js";
import { dictionaryFor, type Lang, rulesFor } from "../i18n/index.js";
import type { Story } from "./parse.js";

export function storyList(stories: readonly { name: string; story: Story }[], lang: Lang): HTMLElement {
  const words = dictionaryFor(lang).stories;
  const link = (href: string, text: string) => h("a", { href, textContent: text });
  return h(
    "ul",
    { className: "story-index" },
    ...stories.map(({ name, story }) =>
      h(
        "li",
        {},
        h("span", { textContent: story.meta.title, attrs: { lang: rulesFor(story.meta.lang).tag } }),
        ` ${words.item(words.langName[story.meta.lang])}`,
        " · ",
        link(`./${name}`, words.slides),
        " · ",
        link(`./${name}?presenter`, words.presenter),
        " · ",
        link(`./${name}?print`, words.report)
      )
    )
  );
}
