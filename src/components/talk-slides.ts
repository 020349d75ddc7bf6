// The talk: the story in ten slides, each figure drawn from the figure registry with the slide preset, filling the
// slide's content box on the 1920×1080 design canvas.
import type { NotebookData } from "../contract.js";
import type { Slide } from "./deck.js";
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
import { TALK_BUILD, TALK_MATRIX_MODELS, TALK_TREE_OMITS } from "../figures/story.js";
import type { FigureOn, FigureState, Lang } from "../figures/types.js";
import { lineageTree } from "./lineage-tree.js";
import { talkZh, type TalkSlideId } from "../i18n/talk-zh.js";

export { TALK_BUILD };

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

function html(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function group(...children: (Node | string)[]): HTMLElement {
  const div = document.createElement("div");
  div.className = "slide-stack";
  div.append(...children);
  return div;
}

/** A registry figure on a slide: the slide preset, the content box's size. */
function slideFigure(
  def: FigureOn<keyof TalkData>,
  data: TalkData,
  lang: Lang,
  box: { width: number; height: number },
  state: FigureState = {}
) {
  const drawing = def.draw(data, { width: box.width, height: box.height, preset: "slide", lang, state });
  drawing.setAttribute("data-figure", def.id);
  return drawing;
}

/** The most cited sources, named as a reader can find them: title, publisher, year, address. */
function sourceList(data: TalkData) {
  const list = document.createElement("ol");
  list.className = "slide-sources";
  const readable = data.sources.filter((s) => /^https?:/.test(s.url));
  for (const source of [...readable].sort((a, b) => b.citations - a.citations || a.id.localeCompare(b.id)).slice(0, 8))
    list.append(
      html(
        "li",
        `${source.title}. ${source.publisher}, ${source.year}. ${source.url.replace(/^https?:\/\//, "").replace(/\/$/, "")}`
      )
    );
  return list;
}

export function talkSlides(data: TalkData, lang: Lang = "en"): Slide[] {
  const build = TALK_BUILD.filter((id) => data.releases.some((r) => r.id === id));
  const slides: Slide[] = [
    {
      id: "title",
      title: "From the Transformer to GPT-4",
      notes:
        "Six years, 2017 to 2023: how the models grew, and where ChatGPT's abilities came from. Every number on these slides is sourced; unknowns are shown as unknown.",
      render: () =>
        group(
          html(
            "p",
            lang === "zh"
              ? "大语言模型在 2017–2023 年间如何增长，以及 ChatGPT 的每项能力来自哪个训练阶段。"
              : "How large language models grew, 2017–2023, and which training stage gave ChatGPT each of its abilities.",
            "slide-lede"
          ),
          html(
            "p",
            lang === "zh"
              ? `${data.releases.length} 个模型 · ${data.sources.length} 个出处 · GPT 规模演进笔记`
              : `${data.releases.length} models · ${data.sources.length} sources · the GPT scaling notebook`,
            "slide-meta"
          )
        )
    },
    {
      id: "article-table",
      title: "GPT → GPT-2 → GPT-3, as the article tells it",
      notes:
        "The source article's own table. Its 45TB for GPT-3 is raw Common Crawl before filtering: 570 GB after filtering, 300B tokens trained on.",
      render: (_, box) => slideFigure(articleTableFigure, data, lang, box)
    },
    {
      id: "parameter-growth",
      title: "Parameters, one model at a time",
      steps: build.length,
      notes:
        "Press → to add the next model. From GPT-1 (117M) to GPT-3 (175B) in two years: a thousandfold. After GPT-3, OpenAI stopped disclosing sizes: text-davinci-002, ChatGPT and GPT-4 sit in the 'undisclosed' band, at their dates, not at a guess.",
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
    },
    {
      id: "emergence",
      title: "Abilities that appear only at scale",
      notes:
        "Wei et al. 2022, Table 1, their estimates: the smallest model at which each ability rose above chance with few-shot prompting. Few-shot arithmetic at 13B, MMLU at 175B (GPT-3), WiC only at 540B (PaLM).",
      render: (_, box) => slideFigure(emergenceThresholds, data, lang, box, { thresholds: "few-shot" })
    },
    {
      id: "timeline",
      title: "Releases, 2017–2023",
      notes:
        "Three branches from the Transformer: encoder-only (BERT), encoder-decoder (T5), decoder-only (GPT). The decoder-only branch won. Milestones: the GPT-3 API in June 2020, InstructGPT in 2022, ChatGPT on 30 November 2022, GPT-4 on 14 March 2023.",
      render: (_, box) => slideFigure(releaseTimeline, data, lang, box)
    },
    {
      id: "tree",
      title: "The GPT-3.5 evolution tree",
      notes:
        "davinci, then code training (code-davinci-002), then supervised instruction tuning (text-davinci-002), then RLHF (text-davinci-003 and ChatGPT). Dashed edges are inferred, not documented by OpenAI.",
      // The story's branches only: the smaller InstructGPT and WebGPT sizes would shrink the type below legible.
      render: (_, box) => {
        const chart = lineageTree(data.lineage, data.releases, {
          width: box.width,
          preset: "slide",
          lang,
          omit: TALK_TREE_OMITS
        });
        chart.setAttribute("data-figure", gpt35Tree.id);
        return chart;
      }
    },
    {
      id: "matrix",
      title: "Which model can do what",
      notes:
        "Language generation, world knowledge and in-context learning come from pre-training; instruction following from instruction tuning; chain-of-thought probably from code training; dialogue from RLHF.",
      render: (_, box) => {
        // The summary's abilities along the GPT-3.5 line: the whole matrix is on the Capabilities page.
        const summary = new Set(data.capabilities.filter((c) => c.ability_order < 11).map((c) => c.ability));
        const cells = data.capabilities.filter(
          (c) => (TALK_MATRIX_MODELS as readonly string[]).includes(c.model) && summary.has(c.ability)
        );
        return slideFigure(capabilityMatrixFigure, { ...data, capabilities: cells }, lang, box);
      }
    },
    {
      id: "alignment-tax",
      title: "The alignment tax",
      notes:
        "In-context learning falls from code-davinci-002 to text-davinci-002, is partly recovered by text-davinci-003, and is traded away by ChatGPT for modelling the dialogue.",
      render: (_, box) => slideFigure(alignmentTax, data, lang, box)
    },
    {
      id: "limits",
      title: "What GPT-3.5 still cannot do",
      notes:
        "ChatGPT insists 3599 is prime while agreeing that 3599 = 59 × 61. It cannot revise its beliefs on the fly, and cannot reason in strict formal systems.",
      render: (_, box) => slideFigure(limitations, data, lang, box)
    },
    {
      id: "sources",
      title: "Sources",
      notes:
        "Every fact in the notebook names its source; these are the most cited. The full bibliography is on the Data page.",
      render: () => sourceList(data)
    }
  ];
  // In Chinese, each slide's title and notes from the talk's Chinese text (keyed by slide id).
  return lang === "zh" ? slides.map((slide) => ({ ...slide, ...talkZh[slide.id as TalkSlideId] })) : slides;
}
