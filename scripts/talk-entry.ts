// The standalone talk (reports/talk.html): the site's own deck and slides, with the data inlined at export time
// (scripts/export-deck.ts defines __TALK_DATA__). Bundled by esbuild into one classic script: no module imports.
import { createDeck } from "../src/components/deck.js";
import { talkSlides, type TalkData } from "../src/components/talk-slides.js";

declare const __TALK_DATA__: TalkData;

const slides = talkSlides(__TALK_DATA__);
if (!new URLSearchParams(location.search).has("presenter")) document.title = slides[0]?.title ?? document.title;
const deck = createDeck(slides);
document.body.append(deck.element);
