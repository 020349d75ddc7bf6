// A story laid out as a printed report (`/stories/<name>?print`): a cover with its title, author and date, then each
// slide as a section (its title, its text, its views drawn with the print preset as numbered figures with caption
// and source), a section never split across pages where it fits on one. A4, or Letter with `paper: letter` in the
// front matter or `?paper=letter` in the link.
import { PRINT_WIDTH } from "../figures/presets.js";
import { dictionaryFor, rulesFor } from "../i18n/index.js";
import type { Paper, Story } from "./parse.js";
import { drawView, renderBlock, viewFigureDef } from "./render.js";
import { resolveStory, type StoryData } from "./resolve.js";
import { h } from "../components/dom.js";

/** The paper a link asks for, else the story's. */
export function storyPaper(story: Story, search: string): Paper {
  const asked = new URLSearchParams(search).get("paper");
  return asked === "a4" || asked === "letter" ? asked : story.meta.paper;
}

/** The printed height of a view: a chart about two thirds of its width, a list or table its own. */
const PRINT_HEIGHT = Math.round(PRINT_WIDTH * 0.62);

export function storyReport(story: Story, data: StoryData, paper: Paper = story.meta.paper): HTMLElement {
  const views = resolveStory(story, data);
  const { lang, title, author, date } = story.meta;
  const words = dictionaryFor(lang).stories;
  const report = h("article", { className: `story-report paper-${paper}` });
  // The page's paper, after the talk's 16:9 @page (a later @page rule wins): the handout prints on A4 or Letter.
  const paperRule = h("style");
  paperRule.textContent = `@page { size: ${paper === "letter" ? "letter" : "A4"} portrait; margin: 14mm 14mm 16mm; }`;
  report.append(paperRule);
  report.lang = rulesFor(lang).tag;
  const byline = words.byline(author ?? "", date ?? "");
  report.append(h("header", { className: "story-cover" }, h("h1", {}, title), ...(byline ? [h("p", {}, byline)] : [])));
  let figures = 0;
  for (const slide of story.slides) {
    const section = h("section", { className: "story-section" }, h("h2", {}, slide.title));
    for (const block of slide.blocks) {
      const view = views.get(block);
      if (!view) {
        section.append(renderBlock(block));
        continue;
      }
      const box = { width: PRINT_WIDTH, height: PRINT_HEIGHT };
      const drawing = drawView(view, data, lang, box, view.steps - 1, "print");
      const def = viewFigureDef(view.figure);
      const caption = h("figcaption");
      if (def) {
        figures += 1;
        caption.append(
          h("strong", {}, `${words.figure(figures)} ${def.title[lang]}`),
          " ",
          def.caption(data, view.state)[lang],
          " ",
          h("span", { className: "story-source" }, `${words.source}${def.source[lang]}`)
        );
      }
      section.append(h("figure", { className: "story-figure" }, drawing, ...(def ? [caption] : [])));
    }
    report.append(section);
  }
  return report;
}
