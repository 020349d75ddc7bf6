// A story laid out as a printed report (`/stories/<name>?print`, the `-handout.pdf`): a cover with its title, author
// and date, then each slide as a section (its title, its text, its views drawn with the print preset as numbered
// figures with caption and source). Its pages are planned by the report's planner (src/views/report.ts): measured
// as laid out, the sections follow one another, a figure or a block is never split, a heading stays with what
// follows it, and a break goes where the plan puts it. A4, or Letter with `paper: letter` in the front matter or
// `?paper=letter` in the link.
import { PRINT_WIDTH } from "../figures/presets.js";
import { planPages, printableArea } from "../views/report.js";
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
  report.lang = rulesFor(lang).tag;
  const byline = words.byline(author ?? "", date ?? "");
  // The planner reads the report's children as its sections: the cover (the paper's rule inside it), then the slides.
  const cover = h("header", { className: "story-cover report-cover" }, h("h1", {}, title));
  cover.append(...(byline ? [h("p", {}, byline)] : []), paperRule);
  report.append(cover);
  let figures = 0;
  for (const [i, slide] of story.slides.entries()) {
    // The first section starts the page after the cover; the others follow on where they fit.
    const className = i === 0 ? "story-section" : "story-section report-flow";
    const section = h("section", { className }, h("h2", {}, slide.title));
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

/**
 * Plans the report's pages for its paper with the report's planner: the breaks are marked on the sections' pieces
 * (.report-break). Measures the report laid out in the page, so it runs in a browser, before the report is shown.
 */
export async function planStoryReport(report: HTMLElement, paper: Paper): Promise<HTMLElement> {
  await planPages(report, printableArea(paper).height, async () => {});
  return report;
}
