// The talk: the story in ten slides, each figure drawn from the figure registry with the slide preset, filling the
// slide's content box on the 1920×1080 design canvas. Every word (titles, text, speaker notes) is the dictionary's
// (`talk.slides`, in the order of TALK_SLIDES); this module draws the slides' bodies.
import type { NotebookData } from "../contract.js";
import { lineageTree } from "../components/lineage-tree.js";
import {
  alignmentTax,
  articleTableFigure,
  capabilityMatrixFigure,
  emergenceThresholds,
  gpt35Tree,
  limitations,
  parametersByDate,
  releaseTimeline
} from "../figures/registry.js";
import { GPT35_FAMILIES, TALK_BUILD, TALK_MATRIX_MODELS, TALK_TREE_OMITS } from "../figures/story.js";
import type { FigureOn, FigureState, Lang } from "../figures/types.js";
import { dictionaryFor } from "../i18n/index.js";
import type { ContentBox, Slide, TalkWords } from "./deck-model.js";
import { h } from "../components/dom.js";
import { dataForPeriod, periodRequested } from "../views/period.js";

export type TalkData = Pick<
  NotebookData,
  | "releases"
  | "lineage"
  | "capabilities"
  | "emergence"
  | "milestones"
  | "article"
  | "sources"
  | "trends"
  | "epoch"
  | "info"
>;

export type TalkSlideId = keyof TalkWords["slides"];

/** The slides in the talk's order. */
export const TALK_SLIDES = [
  "title",
  "article-table",
  "parameter-growth",
  "emergence",
  "timeline",
  "tree",
  "matrix",
  "alignment-tax",
  "limits",
  "sources"
] as const satisfies readonly TalkSlideId[];

/** What a slide draws: its body at a step, and how many steps it builds in. */
type SlideBody = Pick<Slide, "render" | "steps">;

/** A registry figure on a slide: the slide preset, the content box's size. */
function slideFigure(
  def: FigureOn<keyof TalkData>,
  data: TalkData,
  lang: Lang,
  box: ContentBox,
  state: FigureState = {}
): Element {
  const drawing = def.draw(data, { width: box.width, height: box.height, preset: "slide", lang, state });
  drawing.setAttribute("data-figure", def.id);
  return drawing;
}

function titleBody(data: TalkData, words: TalkWords): SlideBody {
  const { lede, meta } = words.slides.title;
  return {
    render: () => {
      const stack = h("div", { className: "slide-stack" });
      stack.append(
        h("p", { textContent: lede, className: "slide-lede" }),
        h("p", { textContent: meta(data.releases.length, data.sources.length), className: "slide-meta" })
      );
      return stack;
    }
  };
}

/** The most cited sources, named as a reader can find them: title, publisher, year, address. */
function sourceItems(data: TalkData, words: TalkWords, count = 8): string[] {
  const readable = data.sources.filter((s) => /^https?:/.test(s.url));
  return [...readable]
    .sort((a, b) => b.citations - a.citations || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((source) => {
      const address = source.url.replace(/^https?:\/\//, "").replace(/\/$/, "");
      return words.slides.sources.item(source.title, source.publisher, source.year, address);
    });
}

function sourcesBody(data: TalkData, words: TalkWords): SlideBody {
  return {
    render: () => {
      const list = h("ol", { className: "slide-sources" });
      list.append(...sourceItems(data, words).map((item) => h("li", { textContent: item })));
      return list;
    }
  };
}

/** The parameter chart, revealing one model of the GPT line per step. */
function buildBody(data: TalkData, lang: Lang): SlideBody {
  const build = TALK_BUILD.filter((id) => data.releases.some((r) => r.id === id));
  return {
    steps: build.length,
    render: (step, box) => {
      // Every step draws the whole build and reveals the first step + 1 models: scales, margins and legend are the
      // final step's from the first press on, so nothing moves but what is revealed.
      const chart = slideFigure(parametersByDate, data, lang, box, {
        build: { models: build, revealed: step + 1 },
        trend: false,
        thresholds: "none"
      });
      chart.setAttribute("data-revealed", String(step + 1));
      return chart;
    }
  };
}

/** The GPT-3.5 tree, the story's branches only: the smaller InstructGPT and WebGPT sizes would shrink its type. */
function treeBody(data: TalkData, lang: Lang): SlideBody {
  return {
    render: (_, box) => {
      const chart = lineageTree(data.lineage, data.releases, {
        width: box.width,
        preset: "slide",
        lang,
        omit: TALK_TREE_OMITS,
        families: GPT35_FAMILIES
      });
      chart.setAttribute("data-figure", gpt35Tree.id);
      return chart;
    }
  };
}

/** The summary's abilities along the GPT-3.5 line: the whole matrix is on the Capabilities page. */
function matrixBody(data: TalkData, lang: Lang): SlideBody {
  return {
    render: (_, box) => {
      const summary = new Set(data.capabilities.filter((c) => c.ability_order < 11).map((c) => c.ability));
      const cells = data.capabilities.filter(
        (c) => (TALK_MATRIX_MODELS as readonly string[]).includes(c.model) && summary.has(c.ability)
      );
      return slideFigure(capabilityMatrixFigure, { ...data, capabilities: cells }, lang, box);
    }
  };
}

function slideBodies(data: TalkData, lang: Lang, words: TalkWords): Record<TalkSlideId, SlideBody> {
  const figure = (def: FigureOn<keyof TalkData>, state: FigureState = {}): SlideBody => ({
    render: (_, box) => slideFigure(def, data, lang, box, state)
  });
  return {
    title: titleBody(data, words),
    "article-table": figure(articleTableFigure),
    "parameter-growth": buildBody(data, lang),
    emergence: figure(emergenceThresholds, { thresholds: "few-shot" }),
    timeline: figure(releaseTimeline),
    tree: treeBody(data, lang),
    matrix: matrixBody(data, lang),
    "alignment-tax": figure(alignmentTax),
    limits: figure(limitations),
    sources: sourcesBody(data, words)
  };
}

export function talkSlides(all: TalkData, lang: Lang = "en"): Slide[] {
  // The talk retells the article: the models after its end are left out unless the link asks (?period=all).
  const data = dataForPeriod(all, periodRequested(globalThis.location?.search ?? "", "article"));
  const words = dictionaryFor(lang).talk;
  const bodies = slideBodies(data, lang, words);
  return TALK_SLIDES.map((id) => ({ id, title: words.slides[id].title, notes: words.slides[id].notes, ...bodies[id] }));
}
