// The capability page's words in English and Chinese. The Chinese follows the source article's own terms.
export type Lang = "en" | "zh";
export const LANGS: Lang[] = ["en", "zh"];

export const STATE_SYMBOL: Record<string, string> = { present: "●", weak: "◐", absent: "○", regressed: "↓" };

const WORDS = {
  en: {
    title: "Which model can do what, and where each ability came from",
    intro: "The heart of the source article: abilities came from different training stages. Pre-training gave language generation, world knowledge and in-context learning; instruction tuning at scale gave instruction following; code training probably gave chain-of-thought reasoning; RLHF gave dialogue, at the cost of in-context learning.",
    language: "Language",
    matrixTitle: "Capability matrix: the GPT-3.5 family and its neighbours",
    matrixCaption: "Each cell: the state (● present, ◐ weak, ○ absent, ↓ regressed against its parent) and the stage that unlocked the ability (colour and abbreviation). Hover a cell, or Tab to it, to read the evidence: the article’s words, an English rendering and the source. Cells marked * are inferred where no source speaks to them.",
    state: { present: "present", weak: "weak", absent: "absent", regressed: "regressed" },
    stage: { "pre-training": "pre-training", "code training": "code training", "instruction tuning": "instruction tuning", RLHF: "RLHF", "browsing fine-tuning": "browsing fine-tuning", "multimodal training": "multimodal training" },
    stageShort: { "pre-training": "PT", "code training": "code", "instruction tuning": "IT", RLHF: "RLHF", "browsing fine-tuning": "web", "multimodal training": "MM" },
    legendState: "State",
    legendStage: "Stage that unlocked it",
    evidence: "Evidence",
    evidenceHint: "Select a cell (hover, click, or Tab and Enter) to read its evidence here.",
    source: "Source",
    inferred: "Inferred",
    originTitle: "Where each ability came from (the article’s summary, in its order)",
    originCaption: "Ability → the training stage the article credits it to, with the article’s sentence. Abilities after the summary come from the article’s sections on code, GPT-4 and WebGPT.",
    ability: "Ability",
    origin: "Origin",
    claim: "The article says",
    taxTitle: "The alignment tax",
    taxCaption: "In-context learning along the GPT-3.5 line: it falls from code-davinci-002 to text-davinci-002 (supervised instruction tuning), is partly recovered by text-davinci-003 (RLHF), and is traded away by ChatGPT for modelling dialogue history.",
    emergenceTitle: "Emergent abilities: the scale at which each appeared",
    emergenceCaption: "Each row of Table 1 of Wei et al. (2022): the smallest model at which the ability rose above chance, by parameters (log scale). Filled: few-shot prompting; hollow: augmented prompting. The Scaling page draws the same thresholds over parameter and compute growth.",
    emergenceLink: "See the thresholds on the Scaling page",
    limitsTitle: "What GPT-3.5 still cannot do",
    limitsCaption: "From the article’s last section.",
    models: "Model",
    level: "State"
  },
  zh: {
    title: "哪个模型能做什么,每项能力从何而来",
    intro: "原文的核心:能力来自不同的训练阶段。语言生成、世界知识和上下文学习来自预训练;遵循指令来自扩大指令微调;复杂推理(思维链)很可能来自代码训练;对话能力来自 RLHF,代价是上下文学习能力。",
    language: "语言",
    matrixTitle: "能力矩阵:GPT-3.5 系列及其近邻",
    matrixCaption: "每个格子:状态(● 具备,◐ 较弱,○ 不具备,↓ 相对父模型退化)以及解锁该能力的训练阶段(颜色与缩写)。将鼠标悬停或用 Tab 键聚焦格子,可查看证据:原文、英文译文与出处。带 * 的格子为推断,没有来源直接说明。",
    state: { present: "具备", weak: "较弱", absent: "不具备", regressed: "退化" },
    stage: { "pre-training": "预训练", "code training": "代码训练", "instruction tuning": "指令微调", RLHF: "RLHF", "browsing fine-tuning": "浏览微调", "multimodal training": "多模态训练" },
    stageShort: { "pre-training": "预训练", "code training": "代码", "instruction tuning": "指令", RLHF: "RLHF", "browsing fine-tuning": "浏览", "multimodal training": "多模态" },
    legendState: "状态",
    legendStage: "解锁该能力的阶段",
    evidence: "证据",
    evidenceHint: "选择一个格子(悬停、点击,或 Tab 后按 Enter),在此查看证据。",
    source: "出处",
    inferred: "推断",
    originTitle: "每项能力从何而来(原文总结,按原文顺序)",
    originCaption: "能力 → 原文认为其来源的训练阶段,附原文句子。总结之后的能力来自原文关于代码、GPT-4 和 WebGPT 的部分。",
    ability: "能力",
    origin: "来源",
    claim: "原文",
    taxTitle: "对齐税",
    taxCaption: "沿 GPT-3.5 路线的上下文学习能力:从 code-davinci-002 到 text-davinci-002(有监督指令微调)下降,text-davinci-003(RLHF)部分恢复,ChatGPT 则以其换取建模对话历史的能力。",
    emergenceTitle: "涌现能力:每项能力出现的规模",
    emergenceCaption: "Wei 等(2022)表 1 的每一行:该能力超过随机水平的最小模型,按参数量(对数坐标)。实心:少样本提示;空心:增强提示。规模页在参数量与计算量增长图上画出了同样的阈值。",
    emergenceLink: "在规模页查看这些阈值",
    limitsTitle: "GPT-3.5 目前不能做什么",
    limitsCaption: "摘自原文最后一节。",
    models: "模型",
    level: "状态"
  }
} as const;

export type Words = (typeof WORDS)["en"];
export const words = (lang: Lang): Words => WORDS[lang] as unknown as Words;

/** The article's last section, verbatim, with an English rendering. Source: the seed article. */
export const LIMITATIONS = [
  {
    zh: "实时改写模型的信念:当模型表达对某事的信念时,如果该信念是错误的,我们可能很难纠正它。例子:ChatGPT 坚持认为 3599 是一个质数,尽管它承认 3599 = 59 * 61。",
    en: "Revising its beliefs on the fly: when the model states a belief that is wrong, it can be hard to correct. Example: ChatGPT insists that 3599 is a prime number, although it agrees that 3599 = 59 × 61."
  },
  {
    zh: "然而,模型信念的强度似乎存在不同的层次。一个例子是即使我告诉它达斯·维达(星球大战电影中的人物)赢得了2020年大选,模型依旧会认为美国现任总统是拜登。",
    en: "Yet its beliefs seem to have different strengths: told that Darth Vader (of Star Wars) won the 2020 election, the model still says the current US president is Biden."
  },
  {
    zh: "形式推理:GPT-3.5系列不能在数学或一阶逻辑等形式严格的系统中进行推理。",
    en: "Formal reasoning: the GPT-3.5 series cannot reason within strict formal systems such as mathematics or first-order logic."
  }
];
