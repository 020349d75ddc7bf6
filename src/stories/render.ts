// A story drawn as the deck's slides: its blocks as elements (text set as text, never parsed as HTML) and its views
// as registry figures with the slide preset, in the state of their links, filling what the text leaves of the
// slide's content box. Runs in the browser and under jsdom; the deck (src/talk/deck.ts) presents the result.
import { lineageTree, lineageTreeHeight } from "../components/lineage-tree.js";
import { exploreScatter, figureById, gpt35Tree, type AnyFigure } from "../figures/registry.js";
import { GPT35_FAMILIES } from "../figures/story.js";
import type { FigureState, Lang } from "../figures/types.js";
import { dictionaryFor, rulesFor } from "../i18n/index.js";
import type { ContentBox, Slide } from "../talk/deck-model.js";
import type { Block, Story } from "./parse.js";
import { resolveStory, type ResolvedView, type StoryData } from "./resolve.js";
import { h } from "../components/dom.js";

const INLINE = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/;

/** Inline Markdown: **strong**, *em*, `code` and [links](url) (http, https, mailto and the notebook's pages). */
export function inline(text: string): (Node | string)[] {
  return text
    .split(INLINE)
    .filter((part) => part !== "")
    .map((part) => {
      if (part.startsWith("**") && part.endsWith("**") && part.length > 4) return h("strong", {}, part.slice(2, -2));
      if (part.startsWith("`") && part.endsWith("`") && part.length > 2) return h("code", {}, part.slice(1, -1));
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      if (link) {
        const safe = /^(https?:|mailto:|\/|\.\/|#)/i.test(link[2]!);
        if (!safe) return link[1]!;
        const a = h("a", {}, link[1]!) as HTMLAnchorElement;
        a.href = link[2]!.startsWith("/") ? `.${link[2]}` : link[2]!;
        return a;
      }
      if (part.startsWith("*") && part.endsWith("*") && part.length > 2) return h("em", {}, part.slice(1, -1));
      return part;
    });
}

/** The registry's figure a view draws: one of the report's, or the Explore page's chart. */
export const viewFigureDef = (id: string): AnyFigure | undefined =>
  id === exploreScatter.id ? (exploreScatter as AnyFigure) : figureById(id);

/** The most cited sources, named as a reader can find them. */
function sourcesList(data: StoryData, lang: Lang, count: number): HTMLElement {
  const item = dictionaryFor(lang).stories.sourceItem;
  const list = h("ol", { className: "slide-sources" });
  const readable = data.sources.filter((s) => /^https?:/.test(s.url));
  for (const source of [...readable]
    .sort((a, b) => b.citations - a.citations || a.id.localeCompare(b.id))
    .slice(0, count)) {
    const address = source.url.replace(/^https?:\/\//, "").replace(/\/$/, "");
    list.append(h("li", {}, item(source.title, source.publisher, source.year, address)));
  }
  return list;
}

/**
 * A view drawn at a build step into a box (design px), with a preset. A box with no height draws the figure at its
 * own height (its rows', its preset's): the printed report's start, before the planner grows it into its page.
 */
export function drawView(
  view: ResolvedView,
  data: StoryData,
  lang: Lang,
  box: { width: number; height?: number },
  step = view.steps - 1,
  preset: "slide" | "print" = "slide"
): Element {
  if (view.figure === "sources") return sourcesList(data, lang, view.count ?? 8);
  if (view.figure === "counts")
    return h(
      "p",
      { className: "slide-meta" },
      dictionaryFor(lang).stories.counts(data.releases.length, data.sources.length)
    );
  let state: FigureState = view.state;
  if (view.build) state = { ...state, build: { models: view.build, revealed: Math.min(step + 1, view.build.length) } };
  let drawing: Element;
  if (view.figure === gpt35Tree.id && view.omit) {
    const selected = view.state.selected ?? null;
    // The tree fills the height it is given, its rows spread apart: on a slide, drawn at the height its rows need, a
    // three-row tree filled the top half of a 16:9 slide and left the rest blank; in print the planner sizes it.
    const natural = lineageTreeHeight(data.lineage, data.releases, GPT35_FAMILIES, preset, view.omit);
    const height = preset === "print" || box.height === undefined ? box.height : Math.max(natural, box.height);
    const options = { width: box.width, height, preset, lang, omit: view.omit, families: GPT35_FAMILIES, selected };
    drawing = lineageTree(data.lineage, data.releases, options);
  } else {
    const def = viewFigureDef(view.figure)!;
    let capabilities = data.capabilities;
    if (view.models) {
      const order = view.models;
      capabilities = capabilities.filter((c) => order.includes(c.model));
    }
    if (view.abilities === "summary") capabilities = capabilities.filter((c) => c.ability_order < 11);
    const shown = { ...data, capabilities };
    const height = box.height ?? def.height(box.width, preset, shown, state);
    drawing = def.draw(shown, { width: box.width, height, preset, lang, state });
  }
  // The Explore chart names its dots for the page's tooltips and focus; drawn still, each is a named picture (a
  // label needs a role: axe's aria-prohibited-attr).
  if (view.figure === exploreScatter.id)
    for (const mark of drawing.querySelectorAll("[aria-label]:not([role]):not(g)")) mark.setAttribute("role", "img");
  drawing.setAttribute("data-figure", view.figure);
  if (view.build) drawing.setAttribute("data-revealed", String(Math.min(step + 1, view.build.length)));
  return drawing;
}

/** The design px a text block takes on a slide (the views share the rest). */
function textHeight(block: Block, lang: Lang): number {
  const perLine = rulesFor(lang).wideGlyphs ? 44 : 80;
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / perLine));
  if (block.kind === "paragraph") return lines(block.text) * 48 + 24;
  if (block.kind === "heading") return 72;
  if (block.kind === "list") return block.items.reduce((sum, item) => sum + lines(item) * 48 + 16, 16);
  if (block.kind === "table") return (block.rows.length + 1) * 52 + 24;
  return 0;
}

/** One block as an element. */
export function renderBlock(block: Block): HTMLElement {
  if (block.kind === "paragraph") return h("p", { className: "story-text" }, ...inline(block.text));
  if (block.kind === "heading")
    return h(
      `h${Math.min(block.level + 1, 6)}` as "h2" | "h3" | "h4" | "h5" | "h6",
      { className: "story-heading" },
      ...inline(block.text)
    );
  if (block.kind === "list")
    return h(
      block.ordered ? "ol" : "ul",
      { className: "story-list" },
      ...block.items.map((i) => h("li", {}, ...inline(i)))
    );
  if (block.kind === "table") {
    const head = h("tr", {}, ...block.header.map((c) => h("th", {}, ...inline(c))));
    const rows = block.rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, ...inline(c)))));
    return h("table", { className: "story-table" }, h("thead", {}, head), h("tbody", {}, ...rows));
  }
  if (block.kind === "image") {
    return h("img", {
      src: block.src.startsWith("/") ? `.${block.src}` : block.src,
      alt: block.alt,
      className: "story-image"
    });
  }
  throw new Error(`renderBlock: a view is drawn by drawView (line ${block.line})`);
}

/** The story's slides for the deck: titles, bodies, build steps and notes. */
export function storySlides(story: Story, data: StoryData): Slide[] {
  const views = resolveStory(story, data);
  const lang = story.meta.lang;
  return story.slides.map((slide, index) => {
    const shown = slide.blocks.map((block) => views.get(block));
    const steps = shown.reduce((most, v) => Math.max(most, v?.steps ?? 1), 1);
    // The catalog's counts are a line of text, not a figure: they take no share of the box.
    const isChart = (view: ResolvedView | undefined) => view !== undefined && view.figure !== "counts";
    const viewCount = shown.filter(isChart).length;
    return {
      id: `s${index + 1}`,
      title: slide.title,
      notes: slide.notes,
      steps,
      render: (step: number, box: ContentBox) => {
        const text = slide.blocks.reduce((sum, b) => sum + textHeight(b, lang), 0);
        const height = viewCount ? Math.max(240, (box.height - text) / viewCount) : 0;
        const stack = h("div", {
          className: viewCount ? "slide-stack story-stack" : "slide-stack story-stack story-text-only"
        });
        slide.blocks.forEach((block, i) => {
          const view = shown[i];
          if (!view) stack.append(renderBlock(block));
          else if (!isChart(view)) stack.append(drawView(view, data, lang, box));
          else {
            const drawn = drawView(view, data, lang, { width: box.width, height }, Math.min(step, view.steps - 1));
            const frame = h("div", { className: "story-view" }, drawn);
            frame.style.height = `${height}px`;
            if (block.kind === "view" && block.alt) frame.setAttribute("aria-label", block.alt);
            stack.append(frame);
          }
        });
        return stack;
      }
    };
  });
}
