// A story as one offline file (reports/<name>.html): the site's deck drawing the story's slides, with the story and
// the data inlined at export time as a JSON script element (scripts/talk-html.ts). Bundled by esbuild into one
// classic script. The language is the story's: the Chinese talk has its own file. `?print` is the report layout.
import { htmlLang } from "../src/i18n/lang.js";
import { createDeck } from "../src/talk/deck.js";
import type { Story } from "../src/stories/parse.js";
import { storyData } from "../src/stories/period.js";
import { storySlides } from "../src/stories/render.js";
import { planStoryReport, storyPaper, storyReport } from "../src/stories/report.js";
import type { StoryData } from "../src/stories/resolve.js";
import { TALK_DATA_ID } from "./talk-html.js";

const { story, data: catalog } = JSON.parse(document.getElementById(TALK_DATA_ID)?.textContent ?? "null") as {
  story: Story;
  data: StoryData;
};
// The models the story draws: its front matter's period, unless the link asks (?period=all).
const data = storyData(story, catalog, location.search);
const { lang, title } = story.meta;
document.documentElement.lang = htmlLang(lang);
document.title = title;
if (new URLSearchParams(location.search).get("print") === "") {
  document.documentElement.classList.add("story-print");
  // Shown once its pages are planned for its paper (the report's planner measures it laid out first).
  const paper = storyPaper(story, location.search);
  void planStoryReport(storyReport(story, data, paper), paper).then((report) => document.body.append(report));
} else {
  const deck = createDeck(storySlides(story, data), { lang, duration: story.meta.duration });
  document.body.append(deck.element);
}
