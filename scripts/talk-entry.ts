// The standalone talk (reports/talk.html): the site's own deck drawing the built-in talk's stories (both languages),
// with the stories and the data inlined at export time as a JSON script element (scripts/talk-html.ts). Bundled by
// esbuild into one classic script: no module imports. The language is the site's rule: `?lang=zh`, else the
// reader's last choice, else English.
import { currentLang, htmlLang } from "../src/i18n/lang.js";
import { createDeck } from "../src/talk/deck.js";
import { storySlides } from "../src/stories/render.js";
import { talkData, type TalkFile } from "../src/stories/talk.js";
import { TALK_DATA_ID } from "./talk-html.js";

const { stories, data } = JSON.parse(document.getElementById(TALK_DATA_ID)?.textContent ?? "null") as TalkFile;
const lang = currentLang();
document.documentElement.lang = htmlLang(lang);
const story = stories[lang];
if (!new URLSearchParams(location.search).has("presenter")) document.title = story.meta.title;
const deck = createDeck(storySlides(story, talkData(data, location.search)), { lang, duration: story.meta.duration });
document.body.append(deck.element);
