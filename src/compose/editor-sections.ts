// The editor's first two sections: the browser's stories (open one, start one, copy the built-in talk, duplicate,
// delete) and the open story's settings (title, author, language, duration, paper, period) with undo and redo.
import { h } from "../components/dom.js";
import { type Dictionary, type Lang, rulesFor } from "../i18n/index.js";
import { PAPERS, STORY_LANGS, type StoryMeta } from "../stories/parse.js";
import { PERIOD_CHOICES, type PeriodChoice } from "../views/period.js";
import type { EditorActions } from "./editor.js";
import type { ComposeStory, History } from "./model.js";
import type { StoreState } from "./store.js";

type Words = Dictionary["compose"];

const button = (key: string, text: string, onclick: () => void, disabled = false) =>
  h("button", { type: "button", textContent: text, onclick, disabled, dataset: { key } });

export function storiesSection(state: StoreState, words: Words, actions: EditorActions): HTMLElement {
  const items = state.stories.map((story) =>
    h(
      "li",
      {},
      h("button", {
        type: "button",
        className: "compose-story",
        textContent: words.storyItem(story.meta.title, story.slides.filter((x) => !x.hidden).length),
        dataset: { key: `story:${story.id}`, story: story.id },
        attrs: { "aria-current": story.id === state.current ? "true" : null },
        onclick: () => actions.select(story.id)
      })
    )
  );
  const open = state.current !== null;
  return h(
    "section",
    { className: "compose-stories", attrs: { "aria-labelledby": "compose-stories-heading" } },
    h("h2", { id: "compose-stories-heading", textContent: words.stories }),
    items.length ? h("ul", { className: "compose-story-list" }, ...items) : null,
    h(
      "div",
      { className: "compose-buttons" },
      button("new", words.newStory, () => actions.create()),
      ...STORY_LANGS.map((lang) =>
        button(`builtin-${lang}`, words.fromBuiltin(rulesFor(lang).endonym), () => actions.copyBuiltin(lang))
      ),
      button("duplicate", words.duplicate, () => actions.duplicate(), !open),
      button("delete-story", words.deleteStory, () => void actions.remove(), !open)
    )
  );
}

/** A labelled control that commits on change. */
function setting(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLLabelElement {
  return h("label", { className: "compose-field" }, h("span", { textContent: label }), control);
}

function select<T extends string>(key: string, values: readonly T[], names: Record<T, string>, value: T) {
  const element = h("select", { dataset: { key } });
  for (const v of values) element.append(new Option(names[v], v, false, v === value));
  return element;
}

export function settingsSection(story: ComposeStory, hist: History, words: Words, actions: EditorActions) {
  const { meta } = story;
  const title = h("input", { type: "text", value: meta.title, dataset: { key: "meta-title" } });
  const author = h("input", { type: "text", value: meta.author ?? "", dataset: { key: "meta-author" } });
  const duration = h("input", {
    type: "number",
    min: "1",
    max: "999",
    step: "1",
    value: meta.duration === undefined ? "" : String(meta.duration),
    dataset: { key: "meta-duration" }
  });
  // Each language named in its own words, as the site's language switch names it.
  const endonyms = Object.fromEntries(STORY_LANGS.map((l) => [l, rulesFor(l).endonym])) as Record<Lang, string>;
  const lang = select("meta-lang", STORY_LANGS, endonyms, meta.lang);
  const paper = select("meta-paper", PAPERS, words.paperName, meta.paper);
  const period = select("meta-period", PERIOD_CHOICES, words.periodName, meta.period ?? "all");
  const change = (element: HTMLElement, patch: () => Partial<StoryMeta>) =>
    element.addEventListener("change", () => actions.setMeta(patch()));
  change(title, () => ({ title: title.value }));
  change(author, () => ({ author: author.value.trim() }));
  change(duration, () => {
    const minutes = Math.round(Number(duration.value));
    return { duration: duration.value === "" || minutes < 1 || minutes > 999 ? Number.NaN : minutes };
  });
  change(lang, () => ({ lang: lang.value as StoryMeta["lang"] }));
  change(paper, () => ({ paper: paper.value as StoryMeta["paper"] }));
  change(period, () => ({ period: period.value as PeriodChoice }));
  return h(
    "section",
    { className: "compose-settings", attrs: { "aria-labelledby": "compose-settings-heading" } },
    h("h2", { id: "compose-settings-heading", textContent: words.settings }),
    h(
      "div",
      { className: "compose-grid" },
      setting(words.title, title),
      setting(words.author, author),
      setting(words.lang, lang),
      setting(words.duration, duration),
      setting(words.paper, paper),
      setting(words.period, period)
    ),
    h(
      "div",
      { className: "compose-buttons" },
      button("undo", words.undo, () => actions.undo(), hist.past.length === 0),
      button("redo", words.redo, () => actions.redo(), hist.future.length === 0)
    )
  );
}
