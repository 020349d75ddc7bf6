// The list of the repository's stories (/stories/): each story's title and language, with links to its deck, its
// presenter view and its report layout.
import { h } from "../components/dom.js";
import { dictionaryFor, type Lang, punctuation, rulesFor, withLang } from "../i18n/index.js";
import type { Story } from "./parse.js";

export function storyList(stories: readonly { name: string; story: Story }[], lang: Lang, base = "./"): HTMLElement {
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
        ` ${words.item(rulesFor(story.meta.lang).endonym)}`,
        " · ",
        link(`${base}${name}`, words.slides),
        " · ",
        link(`${base}${name}?presenter`, words.presenter),
        " · ",
        link(`${base}${name}?print`, words.report)
      )
    )
  );
}

/**
 * The stories as the Talk page offers them, under its overview's thumbnails: every story of stories/ (deck, presenter
 * view, report) and the reader's own (/stories/mine). Links from /talk, a page at the site's root.
 */
export function talkStoriesList(stories: readonly { name: string; story: Story }[], lang: Lang): HTMLElement {
  const words = dictionaryFor(lang);
  return h(
    "nav",
    { className: "talk-stories", attrs: { "aria-labelledby": "talk-stories-heading" } },
    h("h2", { id: "talk-stories-heading", textContent: words.stories.heading }),
    storyList(stories, lang, "./stories/"),
    h("p", {}, h("a", { href: withLang("./stories/mine", lang), textContent: words.compose.heading }))
  );
}

/**
 * /stories/'s link to the reader's own stories, with its lede. Built here, not in the page's Markdown: Framework does
 * not evaluate an expression in an HTML attribute there, and printed it into the href instead.
 */
export function myStoriesLink(lang: Lang): HTMLElement {
  const words = dictionaryFor(lang).compose;
  return h(
    "p",
    {},
    h("a", { href: withLang("./mine", lang), textContent: words.heading }),
    `${punctuation(lang).colon}${words.lede}`
  );
}
