// The standalone talk (reports/talk.html): the site's own deck drawing the built-in talk's stories (both languages),
// with the stories and the data inlined at export time as a JSON script element (scripts/talk-html.ts). Bundled by
// esbuild into one classic script: no module imports. The language is the site's rule: `?lang=zh`, else the
// reader's last choice, else English. The overview's "Open .md…" (or a .md dropped on the page) presents another
// story drawn from the same data (src/talk/offline-open.ts); this tab keeps it for a reload and its presenter window.
import { currentLang, htmlLang, type Lang } from "../src/i18n/lang.js";
import { createDeck, type Deck } from "../src/talk/deck.js";
import { storyOpener, storedStory, type OpenedStory } from "../src/talk/offline-open.js";
import { storySlides } from "../src/stories/render.js";
import { storyData } from "../src/stories/period.js";
import type { TalkFile } from "../src/stories/talk.js";
import { TALK_DATA_ID } from "./talk-html.js";

const { stories, data } = JSON.parse(document.getElementById(TALK_DATA_ID)?.textContent ?? "null") as TalkFile;
let lang: Lang = currentLang();
let deck: Deck | null = null;
const opener = storyOpener(
  data,
  () => lang,
  (opened) => {
    // A new story starts at its first slide.
    history.replaceState(history.state, "", location.pathname + location.search);
    present(opened);
  }
);

function present({ story, slides }: OpenedStory) {
  deck?.dispose();
  deck?.element.remove();
  lang = story.meta.lang;
  document.documentElement.lang = htmlLang(lang);
  if (!new URLSearchParams(location.search).has("presenter")) document.title = story.meta.title;
  deck = createDeck(slides, { lang, duration: story.meta.duration, overviewExtra: opener.control });
  document.body.append(deck.element);
}

const builtIn = stories[lang];
present(
  storedStory(data, lang) ?? { story: builtIn, slides: storySlides(builtIn, storyData(builtIn, data, location.search)) }
);
