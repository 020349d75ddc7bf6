// The standalone talk (reports/talk.html): the site's own deck and slides, with the data inlined at export time as a
// JSON script element (scripts/talk-html.ts). Bundled by esbuild into one classic script: no module imports. The
// language is the site's rule: `?lang=zh`, else the reader's last choice, else English.
import { currentLang, htmlLang } from "../src/i18n/lang.js";
import { createDeck } from "../src/talk/deck.js";
import { talkSlides, type TalkData } from "../src/talk/talk-slides.js";
import { TALK_DATA_ID } from "./talk-html.js";

const data = JSON.parse(document.getElementById(TALK_DATA_ID)?.textContent ?? "null") as TalkData;
const lang = currentLang();
document.documentElement.lang = htmlLang(lang);
const slides = talkSlides(data, lang);
if (!new URLSearchParams(location.search).has("presenter")) document.title = slides[0]?.title ?? document.title;
const deck = createDeck(slides, { lang });
document.body.append(deck.element);
