// Each figure's title and caption in English, keyed by figure id, as the pages drew them (index, scaling,
// timeline, capabilities) and, under `report`, as the printed report draws them. The shape is the type of every
// other language's figure text (figure-text-zh.ts): a figure missing there is a compile error. Captions with parts
// that change (which thresholds are shown, the backdrop, the lanes) are functions of typed arguments.
import type { Widen } from "./dictionary.js";

export interface ScalingCaptionArgs {
  /** The emergence thresholds shown on the chart, or null when none are; `undrawable` names those without a value for this measure. */
  thresholds: { undrawable: string[] } | null;
  /** Whether the Epoch AI backdrop is drawn. */
  backdrop: boolean;
}

export interface TimelineCaptionArgs {
  lanes: "branch" | "organization";
}

const thresholdNote = (thresholds: ScalingCaptionArgs["thresholds"]) => {
  if (!thresholds) return "";
  const n = thresholds.undrawable.length;
  return ` Rules: emergent-ability thresholds from Wei et al. 2022, Table 1 (solid: few-shot prompting; dashed: augmented prompting); hover a rule for its row.${n ? ` ${n} row${n > 1 ? "s" : ""} with no single threshold (${thresholds.undrawable.join("; ")}) cannot be drawn.` : ""}`;
};
const backdropCredit = (backdrop: boolean) =>
  backdrop ? " Grey background: language models from Epoch AI, “Data on AI Models” (CC BY 4.0), all estimates by Epoch AI; models already in the catalog are not repeated." : "";

export const figureTextEn = {
  overview: {
    title: "Parameters of language models, 2017–2023",
    caption:
      "Log scale. The GPT line outlined, GPT-1 → GPT-2 → GPT-3 connected; × in the top band: sizes OpenAI has not disclosed, on their release dates. Rules: the few-shot emergence thresholds of Wei et al. (2022). More on the Scaling page."
  },
  "parameters-by-date": {
    title: "Parameters against release date",
    caption: ({ thresholds, backdrop }: ScalingCaptionArgs) =>
      `Each point is a model, coloured by branch; the GPT line is outlined and GPT-1 → GPT-2 → GPT-3 connected. Diamonds are outside estimates (hollow); × in the top band marks a model whose size is undisclosed, on its release date.${thresholdNote(thresholds)} Sources: each model's paper or announcement (Data page).${backdropCredit(backdrop)}`,
    report: {
      title: "Parameters against release date",
      caption:
        "Log scale. The GPT line outlined and GPT-1 → GPT-2 → GPT-3 connected; hollow diamonds are outside estimates; × marks undisclosed sizes on their date. Rules: few-shot emergence thresholds (Wei et al. 2022, Table 1). Dashed lines: log-linear trends with their doubling times.",
      source: "each model’s paper or announcement; Wei et al. 2022"
    }
  },
  "compute-by-date": {
    title: "Training compute against release date",
    caption: ({ thresholds, backdrop }: ScalingCaptionArgs) =>
      `Training compute in FLOP as reported by the developer, or estimated (hollow diamonds; most estimates are Epoch AI's).${thresholdNote(thresholds)}${backdropCredit(backdrop)}`,
    report: {
      title: "Training compute against release date",
      caption: "Training compute in FLOP, as reported or estimated (hollow diamonds; most estimates are Epoch AI’s), with the few-shot emergence thresholds in FLOP.",
      source: "papers; Epoch AI, Data on AI Models (CC BY 4.0); Wei et al. 2022"
    }
  },
  "tokens-by-date": {
    title: "Training data against release date, in tokens",
    caption:
      "Tokens seen in training, where the developer (or an estimate) states them. Data sizes reported in words (BERT, LaMDA) or bytes (GPT-2’s 40 GB of WebText) are not converted here: a conversion would need a guess about the tokenizer. They are listed with their units on the Data page. Three numbers describe GPT-3’s data: 45 TB of compressed raw Common Crawl before filtering, 570 GB after filtering (the Common Crawl part only), and 300B tokens trained on, drawn from Common Crawl, WebText2, Books1, Books2 and Wikipedia (Brown et al. 2020, §2.2).",
    report: {
      title: "Training data against release date, in tokens",
      caption: "Tokens trained on, where stated. GPT-3: 45 TB of raw Common Crawl before filtering, 570 GB after, 300B training tokens. Sizes reported in words or bytes are not converted.",
      source: "papers and model cards"
    }
  },
  "parameters-vs-tokens": {
    title: "Parameters against training tokens",
    caption:
      "Log–log. The dashed line is the compute-optimal ratio found by Hoffmann et al. (2022), about 20 training tokens per parameter: GPT-3 (1.7 tokens per parameter) sits far below it, Chinchilla and LLaMA on or above it. Only models that disclose both numbers are drawn.",
    report: {
      title: "Parameters against training tokens",
      caption: "Log–log, with the Chinchilla compute-optimal ratio of about 20 tokens per parameter.",
      source: "papers; Hoffmann et al. 2022"
    }
  },
  "article-table": {
    title: "The source article’s table: GPT, GPT-2, GPT-3",
    caption:
      "As printed in “GPT的前世今生：从gpt1到chatgpt的能力提升”. The article’s 45TB for GPT-3 is the raw Common Crawl before filtering; GPT-1’s “约 5GB” has no primary source we could find.",
    report: {
      title: "The source article’s table: GPT, GPT-2, GPT-3",
      caption: "As printed in the Chinese source article, with the growth between generations and the primary sources’ values where they differ.",
      source: "“GPT的前世今生：从gpt1到chatgpt的能力提升”; Radford et al. 2018, 2019; Brown et al. 2020"
    }
  },
  "trend-fits": {
    title: "Trend fits",
    caption: "Fits computed at build time from the catalog.",
    report: {
      title: "Trend fits",
      caption:
        "Ordinary least squares of log10(value) on the release date in years; doubling time = 12 × log10(2) / slope months. Undisclosed values are left out, never filled in; estimates are included and counted.",
      source: "computed from the catalog at build time"
    }
  },
  "release-timeline": {
    title: "Release timeline, 2017–2023",
    caption: ({ lanes }: TimelineCaptionArgs) =>
      `One row per model family, grouped by ${lanes === "branch" ? "architecture branch" : "organization"}; a mark per release date (sizes released together share a mark; hover for the list). Outlined marks are OpenAI’s GPT line. Dashed amber rules: milestones (Transformer paper, BERT, the GPT-3 API opening, InstructGPT, ChatGPT’s launch on 2022-11-30, GPT-4 on 2023-03-14), each dated by its source.`,
    report: {
      title: "Release timeline, 2017–2023",
      caption: "One row per model family, by branch, with the milestones of the story.",
      source: "each model’s paper or announcement"
    }
  },
  "gpt35-tree": {
    title: "GPT-3.5 evolution tree",
    caption:
      "Drawn from the lineage table. Columns are generations, read left to right in time; each edge is labelled with its training method. Solid edges are documented by OpenAI or the papers; dashed (and marked “inferred”) are inferred, mostly from Yao Fu et al. (2022). Every edge’s source is in the data below. Click a model, or Tab to it and press Enter, to open its card.",
    report: {
      title: "The GPT-3.5 evolution tree",
      caption: "Each edge labelled with its training method; solid where documented, dashed where inferred.",
      source: "OpenAI model index for researchers; Chen et al. 2021; Ouyang et al. 2022; Nakano et al. 2021; Fu et al. 2022"
    }
  },
  "lineage-scale": {
    title: "Lineage on release date × parameters",
    caption:
      "The same edges, placed by release date and parameter count (log scale). From text-davinci-001 on, OpenAI no longer disclosed sizes: those models sit in the band at the top, by date only, rather than at a guessed size (many assume 175B; OpenAI never said).",
    report: {
      title: "The lineage on release date × parameters",
      caption: "The same edges on scale axes; models of undisclosed size are placed by date only, in the band at the top.",
      source: "as figure 8"
    }
  },
  "capability-matrix": {
    title: "Capability matrix: the GPT-3.5 family and its neighbours",
    caption:
      "Each cell: the state (● present, ◐ weak, ○ absent, ↓ regressed against its parent) and the stage that unlocked the ability (colour and abbreviation). Hover a cell, or Tab to it, to read the evidence: the article’s words, an English rendering and the source. Cells marked * are inferred where no source speaks to them.",
    report: {
      title: "Capability matrix",
      caption: "State by symbol (● present, ◐ weak, ○ absent, ↓ regressed) and the stage that unlocked each ability by colour and abbreviation; * inferred.",
      source: "the Chinese source article; Fu et al. 2022; OpenAI 2023; Nakano et al. 2021"
    }
  },
  "alignment-tax": {
    title: "The alignment tax",
    caption:
      "In-context learning along the GPT-3.5 line: it falls from code-davinci-002 to text-davinci-002 (supervised instruction tuning), is partly recovered by text-davinci-003 (RLHF), and is traded away by ChatGPT for modelling dialogue history.",
    report: {
      title: "The alignment tax",
      caption: "In-context learning falls from code-davinci-002 to text-davinci-002, is partly recovered by text-davinci-003, and is traded away by ChatGPT for dialogue.",
      source: "the Chinese source article; Fu et al. 2022"
    }
  },
  "ability-origins": {
    title: "Where each ability came from (the article’s summary, in its order)",
    caption:
      "Ability → the training stage the article credits it to, with the article’s sentence. Abilities after the summary come from the article’s sections on code, GPT-4 and WebGPT."
  },
  "emergence-thresholds": {
    title: "Emergent abilities: the scale at which each appeared",
    caption:
      "Each row of Table 1 of Wei et al. (2022): the smallest model at which the ability rose above chance, by parameters (log scale). Filled: few-shot prompting; hollow: augmented prompting. The Scaling page draws the same thresholds over parameter and compute growth.",
    report: {
      title: "Emergent abilities: the scale at which each appeared",
      caption: "Each row of Table 1 of Wei et al. (2022) with a single threshold, by parameters; filled: few-shot prompting, hollow: augmented prompting.",
      source: "Wei et al. 2022, “Emergent Abilities of Large Language Models” (TMLR)"
    }
  }
};

export type FigureTexts = Widen<typeof figureTextEn>;
export type FigureId = keyof FigureTexts;
