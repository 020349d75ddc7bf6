// A story laid out as a printed report (`/stories/<name>?print`, the `-handout.pdf`): a cover with its title, author
// and date, then each slide as a section (its title, its text, its views drawn with the print preset as numbered
// figures with caption and source). Its pages are planned by the report's planner (src/views/report.ts): measured
// as laid out, the sections follow one another, a figure or a block is never split, a heading stays with what
// follows it, and a break goes where the plan puts it. A4, or Letter with `paper: letter` in the front matter or
// `?paper=letter` in the link.
import { PRINT_MARGINS_MM, PRINT_WIDTH } from "../figures/presets.js";
import { growthLimit, planPages, printableArea } from "../views/report.js";
import { dictionaryFor, rulesFor } from "../i18n/index.js";
import type { Paper, Story } from "./parse.js";
import { drawView, renderBlock, viewFigureDef } from "./render.js";
import { resolveStory, type ResolvedView, type StoryData } from "./resolve.js";
import { h } from "../components/dom.js";
import { viewTitle } from "../components/figure.js";

/** The paper a link asks for, else the story's. */
export function storyPaper(story: Story, search: string): Paper {
  const asked = new URLSearchParams(search).get("paper");
  return asked === "a4" || asked === "letter" ? asked : story.meta.paper;
}

/**
 * How each printed view is drawn again at a height (the body's, in CSS px) when the planner grows it into its page.
 * A view is first drawn at its figure's own print height, the least it takes: the pages are planned with every chart
 * at that, then each grows into what its page leaves, up to its figure's aspect limit (src/views/report.ts).
 */
const redraws = new WeakMap<HTMLElement, (height: number) => Element>();

/**
 * The least height over width of the charts drawn at any height (a growth chart's decades stay apart at half its
 * width): such a view starts there, so that a page holds the section after it when it can, and grows from there.
 */
const LEAST_ASPECT: Partial<Record<string, number>> = {
  "parameters-by-date": 0.5,
  "compute-by-date": 0.5,
  "tokens-by-date": 0.5,
  "parameters-vs-tokens": 0.5,
  "explore-scatter": 0.5,
  "alignment-tax": 0.3
};

/** The height a printed view starts at: its figure's own, or less for a chart that can be drawn at any height. */
function startHeight(view: ResolvedView, data: StoryData): number | undefined {
  const least = LEAST_ASPECT[view.figure];
  const def = viewFigureDef(view.figure);
  if (least === undefined || !def) return undefined;
  return Math.min(def.height(PRINT_WIDTH, "print", data, view.state), Math.round(PRINT_WIDTH * least));
}

export function storyReport(story: Story, data: StoryData, paper: Paper = story.meta.paper): HTMLElement {
  const views = resolveStory(story, data);
  const { lang, title, author, date } = story.meta;
  const words = dictionaryFor(lang).stories;
  const report = h("article", { className: `story-report paper-${paper}` });
  // The page's paper, after the talk's 16:9 @page (a later @page rule wins): the handout prints on A4 or Letter.
  const paperRule = h("style");
  const { top, right, bottom, left } = PRINT_MARGINS_MM;
  paperRule.textContent = `@page { size: ${paper === "letter" ? "letter" : "A4"} portrait; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }`;
  report.lang = rulesFor(lang).tag;
  const byline = words.byline(author ?? "", date ?? "");
  // The planner reads the report's children as its sections: the cover (the paper's rule inside it), then the slides.
  // The cover is the head of the first page (a page for a title and a byline would print nearly empty), and the
  // sections follow it and one another where they fit.
  const cover = h("header", { className: "story-cover report-cover" }, h("h1", {}, title));
  cover.append(...(byline ? [h("p", {}, byline)] : []), paperRule);
  report.append(cover);
  let figures = 0;
  for (const slide of story.slides) {
    // A slide titled as the story (its title slide) says it once: the cover's heading stands for its own.
    const head = slide.title === title ? [] : [h("h2", {}, slide.title)];
    const section = h("section", { className: "story-section report-flow" }, ...head);
    for (const block of slide.blocks) {
      const view = views.get(block);
      if (!view) {
        section.append(renderBlock(block));
        continue;
      }
      const draw = (height?: number) =>
        drawView(view, data, lang, { width: PRINT_WIDTH, height }, view.steps - 1, "print");
      const def = viewFigureDef(view.figure);
      const caption = h("figcaption");
      if (def) {
        figures += 1;
        caption.append(
          h("strong", {}, `${words.figure(figures)} ${viewTitle(def, data, view.state, lang)}`),
          " ",
          def.caption(data, view.state)[lang],
          " ",
          h("span", { className: "story-source" }, `${words.source}${def.source[lang]}`)
        );
      }
      const body = h("div", { className: "figure-body" }, draw(startHeight(view, data)));
      const figure = h("figure", { className: "story-figure", dataset: { figure: view.figure } }, body);
      if (def) figure.append(caption);
      if (growthLimit(figure)) redraws.set(figure, draw);
      section.append(figure);
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
  await planPages(report, printableArea(paper).height, async (figure, height) => {
    const draw = redraws.get(figure);
    const body = figure.querySelector<HTMLElement>(".figure-body");
    if (!draw || !body) return;
    // The height asked is the body's; a figure's drawing may add to the height it is given (a legend, a band):
    // drawn once, it is drawn again less that much.
    body.replaceChildren(draw(height));
    const over = body.getBoundingClientRect().height - height;
    if (Math.abs(over) > 1) body.replaceChildren(draw(Math.round(height - over)));
  });
  return report;
}
