// The talk's slide titles and speaker notes in Chinese, keyed by slide id (the ten slides of
// src/components/talk-slides.ts; a unit test holds the ids to the deck's). Numbers as the article writes them.

export type TalkSlideId =
  | "title"
  | "article-table"
  | "parameter-growth"
  | "emergence"
  | "timeline"
  | "tree"
  | "matrix"
  | "alignment-tax"
  | "limits"
  | "sources";

export interface SlideText {
  title: string;
  notes: string;
}

export const talkZh: Record<TalkSlideId, SlideText> = {
  title: {
    title: "从 Transformer 到 GPT-4",
    notes:
      "六年，2017 年到 2023 年：模型如何增长，ChatGPT 的能力又从何而来。这些幻灯片上的每个数字都有出处；未知的值标为未知。"
  },
  "article-table": {
    title: "GPT → GPT-2 → GPT-3：原文的讲法",
    notes:
      "这是原文自己的表格。其中 GPT-3 的 45TB 是过滤前的原始 Common Crawl：过滤后为 570 GB，实际训练了 3,000 亿 token。GPT-1 的约 5GB 出自 OpenAI 的博客文章。"
  },
  "parameter-growth": {
    title: "参数量，一次一个模型",
    notes:
      "按 → 添加下一个模型。从 GPT-1（1.17 亿）到 GPT-3（1,750 亿）只用了两年：增长了一千多倍。GPT-3 之后，OpenAI 不再公开模型规模：text-davinci-002、ChatGPT 和 GPT-4 位于“未公开”条带中，按其发布日期放置，而不是放在猜测的规模上。"
  },
  emergence: {
    title: "只在大规模时才出现的能力",
    notes:
      "Wei 等 2022 年论文表 1：在少样本提示下，每项能力超过随机水平的最小模型。少样本算术在 130 亿参数时出现，MMLU 在 1,750 亿（GPT-3），WiC 直到 5,400 亿（PaLM）才出现。"
  },
  timeline: {
    title: "发布时间线，2017–2023 年",
    notes:
      "Transformer 之后分出三个分支：仅编码器（BERT）、编码器-解码器（T5）和仅解码器（GPT）。最终胜出的是仅解码器分支。里程碑：2020 年 6 月开放 GPT-3 API，2022 年 1 月发布 InstructGPT，2022 年 11 月 30 日发布 ChatGPT，2023 年 3 月 14 日发布 GPT-4。"
  },
  tree: {
    title: "GPT-3.5 进化树",
    notes:
      "先是 davinci，然后是代码训练（code-davinci-002），再是有监督指令微调（text-davinci-002），最后是基于人类反馈的强化学习（RLHF）：text-davinci-003 和 ChatGPT。虚线边是推断出来的，没有 OpenAI 的文献记载。"
  },
  matrix: {
    title: "哪个模型能做什么",
    notes:
      "语言生成、世界知识和上下文学习来自预训练；遵循指令来自指令微调；使用思维链进行复杂推理很可能来自代码训练；对话能力来自 RLHF。"
  },
  "alignment-tax": {
    title: "对齐税",
    notes:
      "上下文学习能力从 code-davinci-002 到 text-davinci-002 下降，text-davinci-003 部分恢复，ChatGPT 则牺牲了它来换取建模对话历史的能力。"
  },
  limits: {
    title: "GPT-3.5 目前不能做什么",
    notes:
      "ChatGPT 坚持认为 3599 是质数，尽管它承认 3599 = 59 × 61。它无法实时改写自己的信念，也不能在形式严格的系统中进行推理。"
  },
  sources: {
    title: "来源",
    notes: "笔记中的每项事实都注明了来源；这里列出的是被引用最多的来源。完整的参考文献见数据页。"
  }
};
