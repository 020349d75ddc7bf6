// The talk: the story in ten slides, each drawn by the same components as the pages, from the same data.
import type { ReleaseRow } from "../../data-loaders/tables.js";
import type { Slide } from "./deck.js";
import { growthChart, type EmergenceThreshold } from "./growth-chart.js";
import { timelineChart, type Milestone } from "./timeline-chart.js";
import { lineageTree } from "./lineage-tree.js";
import type { LineageEdge } from "./lineage-layout.js";
import { capabilityMatrix, matrixLegend, type MatrixCell } from "./capability-matrix.js";
import { alignmentTaxChart } from "./capability-panels.js";
import { articleTableView, type ArticleRow } from "./article-table.js";
import { LIMITATIONS } from "./i18n.js";
import { formatCount, parseDate } from "./encoding.js";

/** The parameter-growth slide reveals one model per key press, GPT-1 to GPT-4. */
export const TALK_BUILD = ["gpt-1", "gpt-2-xl", "gpt-3-175b", "codex-12b", "instructgpt-175b", "text-davinci-002", "chatgpt", "gpt-4"];

const TALK_TREE_OMITS = ["webgpt-13b", "webgpt-760m", "instructgpt-1.3b", "instructgpt-6b"];

export interface TalkData {
  releases: ReleaseRow[];
  lineage: LineageEdge[];
  capabilities: MatrixCell[];
  emergence: EmergenceThreshold[];
  milestones: Milestone[];
  article: ArticleRow[];
  sources: { id: string; title: string; url: string; citations: number }[];
}

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

export function talkSlides(data: TalkData): Slide[] {
  const byId = new Map(data.releases.map((r) => [r.id, r]));
  const build = TALK_BUILD.map((id) => byId.get(id)).filter((r): r is ReleaseRow => r !== undefined);
  const fewShot = data.emergence.filter((e) => e.prompting === "few-shot");
  return [
    {
      id: "title",
      title: "From the Transformer to GPT-4",
      notes: "Six years, 2017 to 2023: how the models grew, and where ChatGPT's abilities came from. Every number on these slides is sourced; unknowns are shown as unknown.",
      render: () =>
        group(
          html("p", "How large language models grew, 2017–2023, and which training stage gave ChatGPT each of its abilities.", "slide-lede"),
          html("p", `${data.releases.length} models · ${data.sources.length} sources · built from the GPT scaling notebook`, "slide-meta")
        )
    },
    {
      id: "article-table",
      title: "GPT → GPT-2 → GPT-3: as the article tells it",
      notes: "The source article's own table. Its 45TB for GPT-3 is raw Common Crawl before filtering: 570 GB after filtering, 300B tokens trained on. GPT-1's 5GB has no primary source we could find.",
      render: () => articleTableView(data.article)
    },
    {
      id: "parameter-growth",
      title: "Parameters, one model at a time",
      steps: build.length,
      notes: "Press → to add the next model. From GPT-1 (117M) to GPT-3 (175B) in two years: a thousandfold. After GPT-3, OpenAI stopped disclosing sizes: text-davinci-002, ChatGPT and GPT-4 sit in the 'undisclosed' band, at their dates, not at a guess.",
      render: (step, { width }) => {
        const shown = build.slice(0, step + 1);
        const chart = growthChart(shown, {
          width,
          height: Math.round(width * 0.5),
          metric: "parameters",
          gptPath: ["gpt-1", "gpt-2-xl", "gpt-3-175b"].filter((id) => shown.some((r) => r.id === id)),
          xDomain: [parseDate("2018-01-01"), parseDate("2023-09-01")],
          yDomain: [1e8, 1e12]
        });
        const latest = shown.at(-1)!;
        const wrapper = group(chart, html("p", `${latest.name}: ${formatCount(latest.parameters)} parameters`, "slide-caption"));
        wrapper.dataset.revealed = String(shown.length);
        return wrapper;
      }
    },
    {
      id: "emergence",
      title: "Abilities that appear only at scale",
      notes: "Wei et al. 2022, Table 1: the smallest model at which each ability rose above chance with few-shot prompting. Few-shot arithmetic at 13B, MMLU at 175B (GPT-3), WiC only at 540B (PaLM).",
      render: (_, { width }) =>
        growthChart(data.releases, { width, height: Math.round(width * 0.52), metric: "parameters", thresholds: fewShot, gptPath: ["gpt-1", "gpt-2-xl", "gpt-3-175b"] })
    },
    {
      id: "timeline",
      title: "Releases, 2017–2023",
      notes: "Three branches from the Transformer: encoder-only (BERT), encoder-decoder (T5), decoder-only (GPT). The decoder-only branch won. Milestones: the GPT-3 API in June 2020, InstructGPT in January 2022, ChatGPT on 30 November 2022, GPT-4 on 14 March 2023.",
      render: (_, { width }) => timelineChart(data.releases, data.milestones, { width })
    },
    {
      id: "tree",
      title: "The GPT-3.5 evolution tree",
      notes: "davinci, then code training (code-davinci-002), then supervised instruction tuning (text-davinci-002), then RLHF (text-davinci-003 and ChatGPT). Dashed edges are inferred, not documented by OpenAI.",
      // The story's branches only: the smaller InstructGPT and WebGPT sizes would shrink the type below legible.
      render: (_, { width }) => lineageTree(data.lineage.filter((e) => !TALK_TREE_OMITS.includes(e.child)), data.releases, { width })
    },
    {
      id: "matrix",
      title: "Which model can do what",
      notes: "Language generation, world knowledge and in-context learning come from pre-training; instruction following from instruction tuning; chain-of-thought probably from code training; dialogue from RLHF.",
      render: (_, { width }) => group(capabilityMatrix(data.capabilities, { width }), matrixLegend("en"))
    },
    {
      id: "alignment-tax",
      title: "The alignment tax",
      notes: "In-context learning falls from code-davinci-002 to text-davinci-002, is partly recovered by text-davinci-003, and is traded away by ChatGPT for modelling the dialogue.",
      render: (_, { width }) => alignmentTaxChart(data.capabilities, { width })
    },
    {
      id: "limits",
      title: "What GPT-3.5 still cannot do",
      notes: "ChatGPT insists 3599 is prime while agreeing that 3599 = 59 × 61. It cannot revise its beliefs on the fly, and cannot reason in strict formal systems.",
      render: () => {
        const list = document.createElement("ul");
        list.className = "slide-list";
        for (const item of LIMITATIONS) {
          const li = document.createElement("li");
          li.append(html("span", item.en), html("div", item.zh, "slide-zh"));
          li.querySelector(".slide-zh")!.setAttribute("lang", "zh-Hans");
          list.append(li);
        }
        return list;
      }
    },
    {
      id: "sources",
      title: "Sources",
      notes: "Every fact in the notebook names its source; these are the most cited. The full bibliography is on the Data page.",
      render: () => {
        const list = document.createElement("ol");
        list.className = "slide-sources";
        for (const source of [...data.sources].sort((a, b) => b.citations - a.citations).slice(0, 14)) list.append(html("li", `${source.title} (${source.url.replace(/^https?:\/\//, "").replace(/\/$/, "")})`));
        return list;
      }
    }
  ];
}
