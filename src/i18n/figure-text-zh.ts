// Each figure's title and caption in Chinese, keyed by figure id: the same figures as figure-text-en.ts (a figure
// missing or extra is a compile error), and under `report` as the printed report draws them. Numbers as the source
// article writes them (1,750 亿, 3,000 亿 token); terms as it names them (涌现能力, 指令微调, 上下文学习, 对齐税).
import type { FigureTexts, ScalingCaptionArgs, TimelineCaptionArgs } from "./figure-text-en.js";

const thresholdNote = (thresholds: ScalingCaptionArgs["thresholds"]) => {
  if (!thresholds) return "";
  const n = thresholds.undrawable.length;
  return `横线：Wei 等 2022 年论文表 1 中的涌现能力阈值（实线：少样本提示；虚线：增强提示）；将鼠标悬停在横线上可查看对应的行。${n ? `有 ${n} 行没有单一阈值（${thresholds.undrawable.join("；")}），无法画出。` : ""}`;
};
const backdropCredit = (backdrop: boolean) =>
  backdrop ? "灰色背景：来自 Epoch AI“Data on AI Models”（CC BY 4.0）的语言模型，全部为 Epoch AI 的估计值；已在目录中的模型不重复画出。" : "";

export const figureTextZh: FigureTexts = {
  overview: {
    title: "语言模型的参数量，2017–2023 年",
    caption: "对数坐标。GPT 路线加了轮廓，GPT-1 → GPT-2 → GPT-3 连成一线；顶部条带中的 ×：OpenAI 未公开规模的模型，位于其发布日期。横线：Wei 等（2022）的少样本涌现阈值。详见规模页。"
  },
  "parameters-by-date": {
    title: "参数量与发布日期",
    caption: ({ thresholds, backdrop }: ScalingCaptionArgs) =>
      `每个点代表一个模型，按分支着色；GPT 路线加了轮廓，GPT-1 → GPT-2 → GPT-3 连成一线。菱形为外部估计值（空心）；顶部条带中的 × 表示规模未公开的模型，位于其发布日期。${thresholdNote(thresholds)}来源：各模型的论文或公告（见数据页）。${backdropCredit(backdrop)}`,
    report: {
      title: "参数量与发布日期",
      caption: "对数坐标。GPT 路线加了轮廓，GPT-1 → GPT-2 → GPT-3 连成一线；空心菱形为外部估计值；× 表示规模未公开，位于其发布日期。横线：少样本涌现阈值（Wei 等 2022 年论文表 1）。虚线：对数线性趋势及其翻倍时间。",
      source: "各模型的论文或公告；Wei 等，2022"
    }
  },
  "compute-by-date": {
    title: "训练计算量与发布日期",
    caption: ({ thresholds, backdrop }: ScalingCaptionArgs) =>
      `训练计算量（次浮点运算），取自开发者公布的数字或估计值（空心菱形；估计值大多来自 Epoch AI）。${thresholdNote(thresholds)}${backdropCredit(backdrop)}`,
    report: {
      title: "训练计算量与发布日期",
      caption: "训练计算量（次浮点运算），为公布值或估计值（空心菱形；估计值大多来自 Epoch AI），并以次浮点运算标出少样本涌现阈值。",
      source: "各论文；Epoch AI，Data on AI Models（CC BY 4.0）；Wei 等，2022"
    }
  },
  "tokens-by-date": {
    title: "训练数据量与发布日期（以 token 计）",
    caption:
      "训练中见过的 token 数，仅限开发者（或估计者）给出的模型。以词（BERT、LaMDA）或字节（GPT-2 的 40 GB WebText）报告的数据量不在此换算：换算需要对分词器作出猜测。它们连同单位列在数据页中。描述 GPT-3 数据的有三个数字：过滤前 45 TB 压缩的原始 Common Crawl，过滤后 570 GB（仅 Common Crawl 部分），以及训练所用的 3,000 亿 token，取自 Common Crawl、WebText2、Books1、Books2 和 Wikipedia（Brown 等，2020，§2.2）。",
    report: {
      title: "训练数据量与发布日期（以 token 计）",
      caption: "训练所用的 token 数（如有公布）。GPT-3：过滤前 45 TB 原始 Common Crawl，过滤后 570 GB，训练 token 3,000 亿。以词或字节报告的数据量未作换算。",
      source: "各论文和模型卡片"
    }
  },
  "parameters-vs-tokens": {
    title: "参数量与训练 token 数",
    caption:
      "双对数坐标。虚线是 Hoffmann 等（2022）得出的计算最优比例，约每个参数 20 个训练 token：GPT-3（每个参数 1.7 个 token）远在其下方，Chinchilla 和 LLaMA 在线上或上方。只画出两个数字都已公开的模型。",
    report: {
      title: "参数量与训练 token 数",
      caption: "双对数坐标，附 Chinchilla 的计算最优比例：每个参数约 20 个 token。",
      source: "各论文；Hoffmann 等，2022"
    }
  },
  "article-table": {
    title: "原文的表格：GPT、GPT-2、GPT-3",
    caption: "照录自“GPT的前世今生：从gpt1到chatgpt的能力提升”。原文中 GPT-3 的 45TB 是过滤前的原始 Common Crawl；GPT-1 的“约 5GB”我们没有找到一手来源。",
    report: {
      title: "原文的表格：GPT、GPT-2、GPT-3",
      caption: "照录自中文原文，附各代之间的增长，以及一手来源中与原文不同的值。",
      source: "“GPT的前世今生：从gpt1到chatgpt的能力提升”；Radford 等，2018、2019；Brown 等，2020"
    }
  },
  "trend-fits": {
    title: "趋势拟合",
    caption: "构建时根据目录计算的拟合结果。",
    report: {
      title: "趋势拟合",
      caption: "log₁₀（数值）对发布日期（以年计）的普通最小二乘拟合；翻倍时间 = 12 × log₁₀(2) / 斜率（月）。未公开的值不计入，也不填补；估计值计入并单独计数。",
      source: "构建时根据目录计算"
    }
  },
  "release-timeline": {
    title: "发布时间线，2017–2023 年",
    caption: ({ lanes }: TimelineCaptionArgs) =>
      `每个模型系列一行，按${lanes === "branch" ? "架构分支" : "机构"}分组；每个发布日期一个标记（同时发布的不同规模共用一个标记，悬停可查看列表）。加轮廓的标记是 OpenAI 的 GPT 路线。琥珀色虚线：里程碑（Transformer 论文、BERT、GPT-3 API 开放、InstructGPT、ChatGPT 于 2022 年 11 月 30 日发布、GPT-4 于 2023 年 3 月 14 日发布），日期均以其来源为准。`,
    report: {
      title: "发布时间线，2017–2023 年",
      caption: "每个模型系列一行，按分支分组，并标出这段历史的里程碑。",
      source: "各模型的论文或公告"
    }
  },
  "gpt35-tree": {
    title: "GPT-3.5 进化树",
    caption:
      "根据谱系表绘制。每一列是一代模型，从左到右按时间排列；每条边都标有其训练方法。实线边有 OpenAI 或论文的文献记载；虚线边（并标注“推断”）为推断，大多来自 Yao Fu 等（2022）。每条边的来源见下方数据。点击一个模型，或用 Tab 键聚焦后按 Enter，即可打开其卡片。",
    report: {
      title: "GPT-3.5 进化树",
      caption: "每条边标有其训练方法；有文献记载的为实线，推断的为虚线。",
      source: "OpenAI 面向研究者的模型索引；Chen 等，2021；Ouyang 等，2022；Nakano 等，2021；Fu 等，2022"
    }
  },
  "lineage-scale": {
    title: "发布日期 × 参数量上的谱系",
    caption:
      "同样的边，按发布日期和参数量（对数坐标）放置。从 text-davinci-001 开始，OpenAI 不再公开模型规模：这些模型位于顶部条带中，仅按日期放置，而不放在猜测的规模上（很多人以为是 1,750 亿，OpenAI 从未这样说过）。",
    report: {
      title: "发布日期 × 参数量上的谱系",
      caption: "同样的边画在规模坐标上；规模未公开的模型仅按日期放在顶部条带中。",
      source: "同图 8"
    }
  },
  "capability-matrix": {
    title: "能力矩阵：GPT-3.5 系列及其近邻",
    caption:
      "每个格子：状态（● 具备，◐ 较弱，○ 不具备，↓ 相对父模型退化）以及解锁该能力的训练阶段（颜色与缩写）。将鼠标悬停或用 Tab 键聚焦格子，可查看证据：原文、英文译文与出处。带 * 的格子为推断，没有来源直接说明。",
    report: {
      title: "能力矩阵",
      caption: "符号表示状态（● 具备，◐ 较弱，○ 不具备，↓ 退化），颜色和缩写表示解锁每项能力的训练阶段；* 为推断。",
      source: "中文原文；Fu 等，2022；OpenAI，2023；Nakano 等，2021"
    }
  },
  "alignment-tax": {
    title: "对齐税",
    caption:
      "沿 GPT-3.5 路线的上下文学习能力：从 code-davinci-002 到 text-davinci-002（有监督指令微调）下降，text-davinci-003（RLHF）部分恢复，ChatGPT 则以其换取建模对话历史的能力。",
    report: {
      title: "对齐税",
      caption: "上下文学习能力从 code-davinci-002 到 text-davinci-002 下降，text-davinci-003 部分恢复，ChatGPT 则以其换取对话能力。",
      source: "中文原文；Fu 等，2022"
    }
  },
  "ability-origins": {
    title: "每项能力从何而来（原文总结，按原文顺序）",
    caption: "能力 → 原文认为其来源的训练阶段，附原文句子。总结之后的能力来自原文关于代码、GPT-4 和 WebGPT 的部分。"
  },
  "emergence-thresholds": {
    title: "涌现能力：每项能力出现的规模",
    caption:
      "Wei 等（2022）表 1 的每一行：该能力超过随机水平的最小模型，按参数量（对数坐标）。实心：少样本提示；空心：增强提示。规模页在参数量与计算量增长图上画出了同样的阈值。",
    report: {
      title: "涌现能力：每项能力出现的规模",
      caption: "Wei 等（2022）表 1 中有单一阈值的每一行，按参数量排列；实心：少样本提示，空心：增强提示。",
      source: "Wei 等，2022，“Emergent Abilities of Large Language Models”（TMLR）"
    }
  }
};
