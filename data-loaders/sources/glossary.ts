// The glossary of the Chinese edition, machine-readable: one Chinese rendering per English term, and the variants the
// Chinese text must not use. GLOSSARY.md is the same list for people, with the reasons; tests/unit/glossary.test.ts
// scans every Chinese text (the dictionaries, the talk, the catalog's Chinese fields) for the variants through
// data-loaders/zh-lint.ts. The renderings follow the source article (GPT的前世今生) where it has a term.

export interface GlossaryTerm {
  /** The English term, as the English edition writes it. */
  readonly term: string;
  /** The one Chinese rendering. */
  readonly zh: string;
  /** Forbidden renderings, matched as plain substrings (case-sensitive). */
  readonly variants: readonly string[];
  /** Forbidden renderings that depend on their context (a word that is right in one compound and wrong in another). */
  readonly patterns?: readonly RegExp[];
  /** How to use the rendering. */
  readonly note: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: "training compute",
    zh: "训练计算量",
    variants: ["训练算力", "算力", "训练 FLOPs", "训练 FLOP 数"],
    note: "The total floating-point operations of a training run, as the charts write it. 算力 means computing power (a rate, FLOP/s), not an amount; a compute budget is 计算预算."
  },
  {
    term: "FLOP (the unit of training compute)",
    zh: "FLOP",
    variants: ["FLOPs", "次浮点运算", "浮点运算次数"],
    note: "Always the singular unit: 3.14×10²³ FLOP. TFLOPS (a hardware rate, per second) stays as written. A quoted English original keeps its FLOPs."
  },
  {
    term: "et al.",
    zh: "等",
    variants: ["et al."],
    patterns: [/[A-Za-z] ?等人/],
    note: "Brown 等（2020）in running text, （Brown 等，2020）inside parentheses; never 等人 after a Latin name."
  },
  {
    term: "Fu et al. (Yao Fu et al. 2022, “How does GPT Obtain its Ability?”)",
    zh: "符尧等",
    variants: ["Fu et al.", "Fu 等", "Yao Fu", "符尧等人"],
    note: "Yao Fu is 符尧; the source id fu2022 may stay in a parenthesis as a citation key."
  },
  {
    term: "the source article (GPT的前世今生：从gpt1到chatgpt的能力提升)",
    zh: "原文",
    variants: ["源文章", "种子文章", "种子文本", "seed article"],
    patterns: [/(?<!博客|中文)文章/],
    note: "原文 is the Chinese source article only. A developer's post is a 博客文章; the article's full designation is 中文文章《GPT的前世今生：从gpt1到chatgpt的能力提升》. Another paper's text is 该论文, never 原文."
  },
  {
    term: "blog post",
    zh: "博客文章",
    variants: ["博文", "后续文章"],
    note: "OpenAI's, Google's and Meta's posts. Its title goes in 《》."
  },
  {
    term: "model card",
    zh: "模型卡",
    variants: ["模型卡片"],
    note: "Both the documentation genre (InstructGPT 模型卡) and the notebook's card for a model."
  },
  {
    term: "undisclosed / disclosed",
    zh: "未公开 / 已公开",
    variants: ["未披露", "已披露", "披露"],
    note: "The status of a fact, as the interface labels it. 拒绝公开 for “declined to disclose”. Weights not released are 未发布权重, not 未公开."
  },
  {
    term: "labelers",
    zh: "标注者",
    variants: ["标注员", "人类标注", "标注人员"],
    note: "人工标注者 (the article's word) where the contrast with a model matters, 标注者 otherwise."
  },
  {
    term: "family (of models)",
    zh: "系列",
    variants: ["家族"],
    note: "GPT-3 系列, as the article writes GPT 系列."
  },
  {
    term: "instruction following",
    zh: "遵循指令",
    variants: ["指令遵循", "指令跟随", "遵从指令"],
    note: "The article's word order (遵循指令的能力); as a modifier: 遵循指令的示范."
  },
  {
    term: "evolution tree (of GPT-3.5)",
    zh: "进化树",
    variants: ["演化树"],
    note: "The article's term: GPT-3.5 的进化树."
  },
  {
    term: "source (of a fact)",
    zh: "来源",
    variants: ["出处"],
    note: "Where a fact is published: a paper, post or model card. Never for where an ability comes from (see origin)."
  },
  {
    term: "origin (of an ability: the training stage it comes from)",
    zh: "由来",
    variants: ["来源阶段", "其来源的训练阶段"],
    note: "每项能力的由来; the stage is 出自的训练阶段. 来源 is reserved for sources, so the two never share a table."
  },
  {
    term: "Confident (Epoch AI's confidence level)",
    zh: "确信",
    variants: ["Confident"],
    note: "置信度为“确信”."
  },
  {
    term: "Likely (Epoch AI's confidence level)",
    zh: "较可能",
    variants: ["Likely"],
    note: "置信度为“较可能”."
  },
  {
    term: "Speculative (Epoch AI's confidence level)",
    zh: "推测性",
    variants: ["Speculative"],
    note: "置信度为“推测性”."
  },
  {
    term: "GPT-4 Technical Report",
    zh: "《GPT-4 技术报告》",
    variants: ["GPT-4 Technical Report"],
    note: "The title in 《》; after the first mention, 该报告."
  },
  {
    term: "in-context learning",
    zh: "上下文学习",
    variants: ["语境学习", "情境学习"],
    note: "The article's term."
  },
  {
    term: "instruction tuning",
    zh: "指令微调",
    variants: ["指令调优", "指令精调"],
    note: "The article's term; supervised instruction tuning is 有监督指令微调."
  },
  {
    term: "chain of thought",
    zh: "思维链",
    variants: ["思考链", "推理链"],
    note: "The article's term."
  },
  {
    term: "emergent abilities",
    zh: "涌现能力",
    variants: ["突现能力"],
    note: "The article's term."
  }
];
