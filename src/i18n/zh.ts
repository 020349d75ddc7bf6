// The notebook's interface strings in Chinese. Declared as `Dictionary`: a key missing or extra against the English
// dictionary is a compile error. Written as Chinese: full-width punctuation (，：；（）“”), a space between Chinese
// and Latin letters or digits (as the source article writes “2018 年 6 月”, “GPT-3 的”), and the article's own
// terms: 预训练, 上下文学习, 思维链, 指令微调, 基于人类反馈的强化学习（RLHF）, 涌现能力, 对齐税. Model names unchanged.
// One rendering per term (data-loaders/sources/GLOSSARY.md) and the house style (STYLE-zh.md beside it), both
// checked by tests/unit/glossary.test.ts.
import type { Dictionary } from "./dictionary.js";

export const zh: Dictionary = {
  site: {
    title: "GPT 规模演进笔记",
    navLabel: "页面",
    /** The pager at the foot of each page. */
    pager: { previous: "上一页", next: "下一页" },
    onThisPage: "本页内容",
    pages: {
      index: "GPT 规模演进笔记",
      scaling: "规模",
      explore: "探索",
      timeline: "时间线与谱系",
      capabilities: "能力",
      data: "数据",
      article: "原文核查",
      talk: "演讲模式",
      report: "报告"
    },
    footer: {
      data: (dataLink: string) =>
        `数据：整理自一手来源（论文、模型卡、开发者公告），每项事实的来源都列在${dataLink}页中该事实旁边。`,
      dataLink: "数据",
      thresholds: "涌现阈值：Wei 等，2022，《Emergent Abilities of Large Language Models》（TMLR）。",
      claims:
        "能力论断：中文文章《GPT的前世今生：从gpt1到chatgpt的能力提升》，以及符尧等，2022，《How does GPT Obtain its Ability?》。",
      backdrop: "导入的背景数据（如显示）：Epoch AI，《Data on AI Models》（CC BY 4.0）。"
    }
  },

  languageSwitch: {
    label: "Language · 语言"
  },

  common: {
    modelPicker: {
      placeholder: "输入模型名称",
      chosen: "已突出显示的模型",
      remove: (name: string) => `移除 ${name}`,
      matches: (shown: number, total: number) =>
        shown < total
          ? `列出 ${total.toLocaleString("en")} 个匹配模型中的 ${shown} 个：继续输入以缩小范围`
          : `${total} 个匹配模型：用方向键移动，按 Enter 突出显示`,
      none: "没有匹配的模型"
    },
    results: (n: number) => `${n} 个结果`,
    precision: { day: "日", month: "月" },
    yesNo: { yes: "是", no: "否" },
    status: { disclosed: "已公开", estimate: "估计值", undisclosed: "未公开" },
    estimateBy: (who: string) => `${who} 的估计`,
    estimatedShort: (who: string) => `${who} 估计`,
    undisclosed: "未公开",
    none: "无",
    source: "来源",
    branch: {
      "decoder-only": "仅解码器",
      "encoder-only": "仅编码器",
      "encoder-decoder": "编码器-解码器",
      other: "其他"
    },
    metric: { parameters: "参数量", training_compute: "训练计算量（FLOP）", training_tokens: "训练 token 数" },
    metricShort: { parameters: "参数量", training_compute: "训练计算量", training_tokens: "训练 token 数" },
    dataUnit: { tokens: "token", words: "词", bytes: "字节" },
    access: { "open-weights": "开放权重", api: "API", none: "未开放" },
    filterWords: {
      branch: "架构分支",
      organization: "机构",
      access: "开放方式",
      years: "年份",
      one: (dimension: string, values: string) => `${dimension}：${values}`,
      valueSeparator: "、",
      filterSeparator: "；",
      allBut: (names: string) => `${names}以外的全部`,
      range: (from: number, to: number) => (from === to ? `${from} 年` : `${from}–${to} 年`),
      summary: (shown: string, filters: string) => `${shown}（${filters}）`
    },
    evidence: { documented: "有文献记载", inferred: "推断" },
    method: {
      successor: "后继",
      "continued pre-training": "继续预训练",
      "code training": "代码训练",
      "supervised instruction tuning": "有监督指令微调",
      RLHF: "RLHF",
      "dialogue RLHF": "对话 RLHF",
      "browsing fine-tuning": "浏览微调"
    },
    prompting: { "few-shot": "少样本提示", augmented: "增强提示" },
    population: {
      "gpt-flagships":
        "GPT 旗舰模型：每一代 GPT 中有已公开或估计数值的最大模型（GPT-1、GPT-2、GPT-3；GPT-4 只计入训练计算量，因其规模未公开）",
      all: "目录中原文时期（至 2023 年 3 月的 GPT-4）所有已公开或有估计值的模型"
    },
    rows: (n: number) => `${n} 行`
  },

  figure: {
    svg: "SVG",
    png: "PNG",
    csv: "CSV",
    json: "JSON",
    download: (title: string, format: string) => `将“${title}”下载为 ${format}`,
    downloadData: (title: string) => `将“${title}”的数据下载为 CSV`,
    downloadTable: (name: string, format: string) => `将 ${name} 下载为 ${format}`,
    data: (n: number) => `图表背后的数据（${n} 行）`,
    source: "来源：",
    dataAsOf: (date: string) => `数据截至 ${date}。`,
    creditDate: (_iso: string, spelled: string) => spelled,
    /** The download's image size: the label of the choice, and each size. */
    size: "图片尺寸",
    sizes: {
      shown: "与页面相同",
      "a4-column": "A4 半栏（85 毫米）",
      "letter-column": "Letter 半栏（3.5 英寸）",
      "a4-full": "A4 通栏（170 毫米）",
      slide: "16:9 幻灯片（1920×1080）",
      "slide-4x3": "4:3 幻灯片（1440×1080）",
      square: "方形社交卡片（1080×1080）",
      social: "2:1 社交卡片（2160×1080）"
    },
    /** The download's colours: the label of the choice, and each theme. */
    theme: "图片配色",
    themes: { light: "浅色", dark: "深色", transparent: "透明背景" },
    figureNumber: (n: number) => `图 ${n}`,
    drawFailed: (reason: string) => `此图无法绘制：${reason}`,
    openInExplore: "在探索页打开",
    openInExploreLabel: (title: string) => `在探索页打开：${title}`
  },

  /** Every figure's words by figure id (src/figures/registry.ts): title, caption, source line. */
  figures: {
    "parameters-by-date": {
      title: "参数量随发布日期的增长",
      caption:
        "每个点是一个模型，按架构分支着色；GPT 系列带描边，GPT-1 → GPT-2 → GPT-3 相连。空心菱形为外部估计；顶部条带中的 × 表示规模未公开的模型，标在其发布日期。虚线：对数线性趋势，随筛选变化。",
      source: "各模型的论文或发布公告（见数据页）；Wei 等，2022，表 1"
    },
    "compute-by-date": {
      title: "训练计算量随发布日期的增长",
      caption:
        "训练计算量（FLOP），取开发者公布的数字或外部估计（空心菱形，多为 Epoch AI 的估计）。顶部条带中的 ×：计算量未公开。",
      source: "各论文；Epoch AI《Data on AI Models》（CC BY 4.0）；Wei 等，2022"
    },
    "tokens-by-date": {
      title: "训练数据量（token）随发布日期的增长",
      caption:
        "训练中见过的 token 数（开发者公布或外部估计）。以词（BERT、LaMDA）或字节（GPT-2 的 40 GB WebText）报告的数据量不做换算：换算需要对分词器作猜测；它们连同单位列在数据页。GPT-3 的数据有三个数字：过滤前 45 TB 的原始 Common Crawl（压缩），过滤后 570 GB（仅 Common Crawl 部分），以及训练用的 3,000 亿个 token（Brown 等，2020，§2.2）。",
      source: "各论文与模型卡"
    },
    "parameters-vs-tokens": {
      title: "参数量与训练 token 数",
      caption:
        "双对数坐标。虚线为 Hoffmann 等（2022）发现的计算最优比例，每个参数约 20 个训练 token：GPT-3（每个参数 1.7 个 token）远在其下，Chinchilla 与 LLaMA 在线上或线上方。只画出两个数字都公开的模型；每个系列标注一个名称。",
      source: "各论文；Hoffmann 等，2022"
    },
    "article-table": {
      title: "原文的表格：GPT、GPT-2、GPT-3",
      caption:
        "原文《GPT的前世今生：从gpt1到chatgpt的能力提升》中的表格，附各代之间的增长倍数，并列出一手来源的数值。原文中 GPT-3 的 45TB 是过滤前的原始 Common Crawl。",
      source: "原文；Radford 等，2018、2019；Brown 等，2020"
    },
    "explore-scatter": {
      title: "任意两项指标的对照",
      caption:
        "实心点为已公开的值，空心点为估计值，每个估计值都画出其上下限范围：取自其来源；来源未给出时，按本笔记自定的倍数换算 Epoch AI 的置信度等级（“确信”为除以 3 至乘以 3，“较可能”为除以 10 至乘以 10，“推测性”为除以 30 至乘以 30），这是本笔记的规则，并非 Epoch 给出的上下限。虚线为在坐标轴尺度上的最小二乘拟合，90% 区间由对模型做 1,000 次自助重抽样得出。派生模型的训练 token 数与训练计算量只计其自身的追加训练，因此不画出。",
      source: "本目录（论文、模型卡、公告；估计值注明估计者）"
    },
    "trend-fits": {
      title: "趋势拟合",
      caption:
        "对数值取以 10 为底的对数，对发布日期（年）做普通最小二乘回归；翻倍时间 = 12 × log₁₀2 / 斜率（月）。未公开的值不计入，也从不补猜；估计值计入并单独计数。",
      source: "构建时由目录计算"
    },
    "release-timeline": {
      title: "发布时间线",
      titleFrom: (year: number) => `发布时间线（${year} 年起）`,
      caption: (lanes: "branch" | "organization", after: boolean) =>
        `每个模型系列一行，按${lanes === "branch" ? "架构分支" : "机构"}分组；每个发布日期一个标记（同时发布的多个规模共用一个标记）。带描边的是 OpenAI 的 GPT 系列。琥珀色虚线：里程碑（Transformer 论文、BERT、GPT-3 API 开放、InstructGPT、ChatGPT 发布、GPT-4${after ? "；原文之后的部分以阴影区分：开放的混合专家模型、开放权重达到前沿、推理模型" : ""}），日期均按其来源。`,
      hint: "悬停在标记上可查看它所代表的模型。",
      source: "各模型的论文或发布公告"
    },
    "gpt35-tree": {
      title: "GPT-3.5 进化树",
      caption:
        "由谱系表画出。每一列是一代，从左到右按时间排列；每条边标注其训练方法。实线由 OpenAI 或论文记载；虚线（标注“推断”）为推断，多出自符尧等（2022）；点线表示替代的父模型，即未发布的基础模型的已发布近亲。",
      hint: "点击模型，或用 Tab 键选中后按 Enter，可打开其模型卡。",
      source: "OpenAI 面向研究者的模型索引；Chen 等，2021；Ouyang 等，2022；Nakano 等，2021；符尧等，2022"
    },
    "lineage-scale": {
      title: "谱系：发布日期 × 参数量",
      caption:
        "同样的边，按发布日期与参数量（对数坐标）放置，画成弧线。从 text-davinci-001 起 OpenAI 不再公开规模：这些模型只按日期放在顶部条带中，而不是放在猜测的规模上（许多人以为是 1,750 亿；OpenAI 从未说过）。",
      source: "同进化树"
    },
    "capability-matrix": {
      title: "能力矩阵：GPT-3.5 系列及其近邻",
      caption:
        "每个格子：状态（● 具备，◐ 较弱，○ 不具备，↓ 相对父模型退化）以及解锁该能力的训练阶段（颜色与缩写）。带 * 的格子为推断，没有来源直接说明。",
      hint: "将鼠标悬停或用 Tab 键聚焦格子，可查看证据：原文、英文译文与来源。",
      source: "原文；符尧等，2022；OpenAI，2023；Nakano 等，2021"
    },
    "alignment-tax": {
      title: "对齐税",
      caption:
        "沿 GPT-3.5 路线的上下文学习能力：从 code-davinci-002 到 text-davinci-002（有监督指令微调）下降，text-davinci-003（RLHF）部分恢复，ChatGPT 则以其换取建模对话历史的能力。",
      source: "原文；符尧等，2022"
    },
    "ability-origins": {
      title: "每项能力从何而来（原文总结，按原文顺序）",
      caption: "能力 → 原文认为它出自的训练阶段，附原文句子。总结之后的能力来自原文关于代码、GPT-4 和 WebGPT 的部分。",
      source: "原文"
    },
    "emergence-thresholds": {
      title: "涌现能力：每项能力出现的规模",
      caption:
        "Wei 等（2022）表 1 中有单一阈值的每一行：该能力超过随机水平的最小模型，按参数量（对数坐标），为 Wei 等的估计。实心：少样本提示；空心：增强提示。规模页在参数量与计算量增长图上画出了同样的阈值。",
      source: "Wei 等，2022，《Emergent Abilities of Large Language Models》（TMLR），表 1"
    },
    limitations: {
      title: "GPT-3.5 目前不能做什么",
      caption: "摘自原文最后一节，附英文译文。",
      source: "原文最后一节"
    }
  },

  /** Notes a growth chart's caption adds for what it draws: thresholds, the Epoch backdrop. */
  figureNotes: {
    derivedLeftOut:
      "微调、指令微调和 RLHF 得到的模型不在图中：它们的 token 数与训练计算量只计自身的追加训练（数据来源说明，规则 7），画出来会像小模型；图中画的是它们的基础模型，谱系把每个模型连到其基础模型。",
    thresholds: (missing: number) =>
      `横线：各项能力涌现时的规模，为 Wei 等（2022，表 1）的估计（实线：少样本提示；虚线：增强提示）。${missing ? `另有 ${missing} 行没有单一阈值，无法画出。` : ""}`,
    thresholdsHint: "悬停横线可查看该行。",
    backdropWidened:
      "灰色点：Epoch AI《Data on AI Models》（CC BY 4.0）中的语言模型，覆盖 Epoch 数据的全部时间范围（日期轴已随之扩展），均为 Epoch 的估计值；本目录已收录的模型不重复画出。",
    backdropInFrame:
      "灰色点：Epoch AI《Data on AI Models》（CC BY 4.0）中与本目录同期的语言模型，均为 Epoch 的估计值；本目录已收录的模型不重复画出。"
  },

  /** Data columns of the figures: download headers and the "Data behind this chart" tables. */
  columns: {
    ability: "能力",
    branch: "分支",
    catalogParameters: "目录中的参数量",
    catalogTrainingTokens: "目录中的训练 token 数",
    child: "子模型",
    childParameters: "子模型参数量",
    claimArticle: "原文",
    claimChinese: "中文",
    claimEnglish: "英文",
    claimEnglishRendering: "英文译文",
    dataArticleBytes: "预训练数据量（原文，字节）",
    dataGrowth: "数据量增长",
    datePrecision: "日期精度",
    doublingTimeMonths: "翻倍时间（月）",
    english: "英文",
    estimatedBy: "估计者",
    evidence: "证据",
    family: "系列",
    growthPerYear: "每年增长倍数",
    inferred: "推断",
    measure: "指标",
    method: "方法",
    model: "模型",
    modelFamily: "模型系列",
    models: "模型数",
    note: "备注",
    ofWhichEstimates: "其中估计值",
    order: "顺序",
    organization: "机构",
    origin: "由来",
    parameterGrowth: "参数量增长",
    parameters: "参数量",
    parametersArticle: "参数量（原文）",
    parent: "父模型",
    parentParameters: "父模型参数量",
    population: "模型集合",
    prompting: "提示方式",
    r2: "R²",
    reference: "参考",
    released: "发布时间",
    releasedArticle: "发布时间（原文）",
    source: "来源",
    stage: "阶段",
    state: "状态",
    status: "状态",
    theArticle: "原文",
    thresholdFlop: "阈值（FLOP）",
    thresholdParameters: "阈值（参数量）",
    tokensPerParameter: "每个参数的 token 数",
    trainingTokens: "训练 token 数",
    whyNoFit: "无法拟合的原因"
  },

  controls: {
    groupChart: "图表控件",
    groupTimeline: "时间线控件",
    scale: "坐标尺度",
    scaleChoice: { log: "对数", linear: "线性" },
    thresholds: "涌现阈值",
    thresholdChoice: { all: "全部", "few-shot": "仅少样本提示", augmented: "仅增强提示", none: "不显示" },
    trendLines: "趋势线",
    backdrop: "Epoch AI 背景数据",
    widenDates: "日期：Epoch AI 数据的全部范围",
    highlightModel: "突出显示模型",
    branch: "分支",
    organization: "机构",
    fromYear: "起始年份",
    toYear: "结束年份",
    lanesBy: "分组依据",
    lanesChoice: { branch: "分支", organization: "机构" },
    modelCardFor: "查看模型卡",
    chooseModel: "（选择一个模型）",
    searchPlaceholder: "名称、机构、系列、分支……"
  },

  pages: {
    index: {
      heading: "从 Transformer 到 GPT-4",
      lede: (models: number) =>
        `从 2017 年到 2023 年的 GPT-4（即原文所涵盖的时期），大语言模型如何增长，它们的能力又从何而来：GPT 路线从 GPT-1 经 GPT-3、Codex、InstructGPT、text-davinci-002/003 和 ChatGPT 到 GPT-4，并与仅编码器（BERT）和编码器-解码器（T5）两个分支以及涌现能力阈值背后的模型相对照。共 ${models} 个模型，原文之后发布的模型单独标出；每个数字都注明来源，每个未知值都标为未知。`,
      cards: {
        scaling: "对数坐标上的参数量、训练计算量和训练数据，附趋势、翻倍时间以及各项能力涌现时的规模（Wei 等，2022）。",
        timeline:
          "2017 年以来的每一次发布（原文之后的部分单独标出），GPT-3.5 进化树及其每一步训练和证据，以及每个模型的卡片。",
        capabilities: "哪个模型能做什么，哪个训练阶段解锁了它，以及对齐税。提供 English 与中文。",
        data: "每项事实及其状态和来源，可搜索、可排序；每张表都可下载为 CSV 和 JSON。",
        article: "原文的每一条论断，逐条对照一手来源：确认、更正或无法核实，并链接到画出它的图表。",
        talk: "用于投影的十张幻灯片：支持翻页笔按键，参数量图表每按一次添加一个模型，演讲者视图（P）显示备注、下一张幻灯片和计时器。",
        report: "每张图表连同图注、来源和数据日期，按打印排版；npm run export 将其导出为 PDF。"
      },
      howToRead: "这本笔记展示什么，以及如何阅读",
      points: {
        sourcedTitle: "注明来源。",
        sourced:
          "每项事实都注明来源：论文、模型卡或开发者公告。他人的估计值（主要是 Epoch AI 对计算量的估计）画成空心，并注明是谁的估计。",
        unknownTitle: "未知即未知。",
        unknown:
          "OpenAI 没有公开 text-davinci-001/002/003、ChatGPT 和 GPT-4 的规模。它们按发布日期画在标为“未公开”的条带中，绝不画在猜测的规模上。",
        articleTitle: "原文。",
        article:
          "能力矩阵依据中文文章《GPT的前世今生：从gpt1到chatgpt的能力提升》，原文沿袭符尧等（2022）的分析，把 ChatGPT 的每项能力追溯到一个训练阶段。",
        offlineTitle: "可离线使用。",
        offline: "构建后的网站不从其他主机加载任何内容：字体、代码和数据全部在本地。"
      }
    },
    scaling: {
      heading: "模型增长有多快",
      lede: (models: number, dataLink: string) =>
        `${models} 个语言模型（2017 年以来，原文之后自 GPT-4 起以阴影区分）的参数量、训练计算量和训练数据，采用对数坐标，并标出 Wei 等（2022）观察到能力涌现时的规模。每个点都链接到${dataLink}页中的来源；未公开的值标为未公开，绝不猜测。`,
      filterSummary: (shown: number, total: number) => `显示 ${total} 个模型中的 ${shown} 个`,
      noMatch: "：没有符合筛选条件的模型",
      overBackdrop: (n: number) => `，背景为 Epoch AI 的 ${n} 个模型`,
      backdropMissing: "（Epoch AI 背景数据已关闭：构建时未提供 Epoch 数据表的副本；见 README。）",
      tokenNote: "GPT-3：45 TB 原始 Common Crawl → 过滤后 570 GB → 3,000 亿训练 token",
      method: "方法",
      methodText:
        "趋势线是 log₁₀（数值）对发布日期（以年计）的普通最小二乘拟合，由 trends 数据加载器计算；翻倍时间为 12 × log₁₀2 / 斜率（月）。未公开的值不计入，也不填补；估计值计入。两个模型集合：GPT 旗舰模型（每一代 GPT 中有已公开或估计数值的最大模型，每一代用同一条规则：参数量趋势用 GPT-1、GPT-2 和 GPT-3，由于 GPT-4 对规模保密，参数量趋势止于 2020 年；计算量趋势用 GPT-1 至 GPT-4，其中 GPT-2 和 GPT-4 的训练计算量为 Epoch AI 的估计值），以及目录中所有已公开或有估计值的模型。"
    },
    timeline: {
      heading: "GPT 如何变成 ChatGPT",
      lede: "每个模型何时出现，哪个模型由哪个模型训练而来，用的是什么方法：从 Transformer（2017 年 6 月）到 GPT-4（2023 年 3 月），即原文所涵盖的时期，以及此后单独标出的发布。",
      treeHeading: "GPT-3.5 进化树",
      scaleHeading: "规模坐标上的谱系"
    },
    capabilities: {
      heading: "哪个模型能做什么，每项能力从何而来",
      lede: "原文的核心：能力来自不同的训练阶段。语言生成、世界知识和上下文学习来自预训练；遵循指令来自扩大指令微调；使用思维链进行复杂推理很可能来自代码训练；对话能力来自 RLHF，代价是上下文学习能力。",
      limitsHeading: "GPT-3.5 目前不能做什么",
      limitsCaption: "摘自原文最后一节。",
      emergenceLink: "在规模页查看这些阈值"
    },
    data: {
      heading: "数据",
      lede: "本笔记中的每项事实，连同其状态和来源。未公开的值标为未公开；估计值注明是谁的估计。整理的来源文件位于 data-loaders/sources/，每次构建都会校验。",
      modelsHeading: "模型",
      modelsSummary: (shown: number, total: number) => `${total} 个模型中的 ${shown} 个。↗ 打开该项事实的来源。`,
      notesPointer: "每项事实的状态和备注（作者后来的更正、原始与过滤后的规模、谁的估计）见下方，每个模型一行。",
      modelsHint: "点击列标题排序；展开下方的模型即可阅读其备注。",
      searchLabel: "搜索模型",
      searchPlaceholder: "名称、机构、系列、架构分支……",
      notesHeading: "每项事实的备注",
      notesSummary: (model: string, noted: number, total: number) =>
        `${model}：${total} 项事实中有 ${noted} 项附有备注`,
      undisclosedFact: "未公开。",
      factHead: (value: string, status: string) => `${value}，${status}。`,
      noNote: "无备注。",
      notesShown: (shown: number, total: number) =>
        `仅列出找到的 ${total.toLocaleString("en")} 个模型中前 ${shown.toLocaleString("en")} 个的备注：可搜索以缩小范围，或显示更多。`,
      notesMore: (count: number) => `再显示 ${count.toLocaleString("en")} 个`,
      sourceLink: (title: string) => `来源：${title}`,
      aboutModel: "关于该模型",
      estimatedShort: (who: string) => `（${who} 的估计）`,
      sourceAria: (title: string) => `来源：${title}`,
      tablesHeading: "数据表",
      tablesLede: "数据加载器输出的每张表，即本站内置的文件（_file/data/*.json），以及 CSV 版本。",
      tableTitle: (name: string, rows: number) => `${name}（${rows} 行）`,
      tableDescription: {
        releases:
          "每个模型一行：每项事实及其状态、估计者、备注和来源。估计值的 _low 与 _high 列是其上下限：取自其来源；来源未给出时，按本笔记自定的倍数换算 _confidence 列中 Epoch AI 的置信度等级（“确信”为除以 3 至乘以 3，“较可能”为除以 10 至乘以 10，“推测性”为除以 30 至乘以 30），这是本笔记的规则，并非 Epoch 给出的上下限。",
        lineage: "父模型 → 子模型的边：方法、证据（有文献记载或推断）、来源。",
        capabilities: "模型 × 能力：状态、解锁该能力的阶段、原文的中文论断及英文译文、来源。",
        abilities: "各项能力，按原文总结的顺序，附其出自的训练阶段。",
        emergence: "Wei 等 2022 年论文《Emergent Abilities of Large Language Models》（TMLR）的表 1。",
        article: "原文中的 GPT / GPT-2 / GPT-3 表格（照原样），旁附目录中的值。",
        claims: "原文的每条论断，逐字照录，附对照一手来源得出的结论（见“原文核查”页）。",
        milestones: "时间线上有日期的事件，各附来源。",
        trends: "参数量和计算量的对数线性趋势拟合，附翻倍时间。",
        sources: "参考文献：引用过的每个来源，以及引用它的事实数。"
      },
      sourcesHeading: "来源",
      sourcesNote:
        "原文（来源键 seed-article）是一篇中文博客文章《GPT的前世今生：从gpt1到chatgpt的能力提升》，其大部分内容译自符尧等（2022）；它关于每项能力从何而来的论断构成了能力矩阵。每张图表下的“图表背后的数据”给出该图表所画的数据行。",
      row: "行"
    }
  },

  tables: {
    models: {
      name: "模型",
      organization: "机构",
      branch: "分支",
      release_date: "发布时间",
      parameters: "参数量",
      training_data: "训练数据（按报告）",
      training_tokens: "训练 token 数",
      training_compute: "训练计算量",
      access: "开放方式"
    },
    bibliography: {
      id: "键",
      title: "标题",
      publisher: "发布者",
      year: "年份",
      citations: "引用它的事实数",
      url: "链接"
    },
    article: {
      model: "模型",
      released: "发布时间（原文）",
      parameters: "参数量（原文）",
      growth: "增长",
      data: "预训练数据量（原文）",
      catalog: "一手来源的值及其备注",
      caption:
        "原文的表格（模型 / 发布时间 / 参数量 / 预训练数据量），附每一代之间的增长；最后一列给出每一行在一手来源中的值和备注，⚑ 标出与原文不同之处。",
      releasedOn: (date: string) => `发布于 ${date}`,
      parametersValue: (value: string) => `参数量 ${value}`,
      dataValue: (value: string) => `数据 ${value}`,
      dataUndisclosed: "数据量未公开",
      trainingTokensValue: (value: string) => `训练 token ${value}`,
      agrees: (values: string) => `一致：${values}。`,
      differs: (what: string, values: string) => `⚑ ${what}不同：${values}。`,
      differsWhat: { month: "发布月份", parameters: "参数量", data: "数据量" },
      sourcesGrowth: (article: string, sources: string) => `${article}（一手来源：${sources}）`
    },
    trend: {
      measure: "指标",
      population: "模型集合",
      models: "模型数（估计值）",
      span: "时间跨度",
      growthPerYear: "每年增长倍数",
      doublingTime: "翻倍时间",
      r2: "R²",
      spanValue: (from: string, to: string) => `${from} 至 ${to}`,
      doublingValue: (months: string) => `${months} 个月`,
      noTrend: (reason: string) => `无趋势：${reason}`,
      noPoints: "没有模型有已公开或估计的数值",
      onePoint: "只有一个模型有已公开或估计的数值：趋势至少需要两个点",
      oneDate: (n: number) => `有数值的 ${n} 个模型发布于同一天：趋势需要两个日期`
    }
  },

  modelCard: {
    factStatus: { disclosed: "开发者已公开", undisclosed: "开发者未公开" },
    statusLine: (status: string) => `状态：${status}。`,
    outsideSource: "外部来源",
    prompt: "在进化树中选择一个模型（点击，或用 Tab 键聚焦后按 Enter），或在上方列表中选择，即可查看其卡片。",
    organization: "机构",
    released: "发布时间",
    apiName: "API 名称",
    parameters: "参数量",
    activeParameters: "激活参数量（混合专家）",
    trainingData: "训练数据",
    trainingTokens: "训练 token 数",
    trainingCompute: "训练计算量",
    trainedFrom: "训练自",
    trainedInto: "训练出",
    abilitiesGained: "获得的能力",
    abilitiesLost: "失去或减弱的能力",
    notes: "备注",
    undisclosed: "未公开",
    estimateBy: (who: string) => `${who} 的估计`,
    noneInCatalog: "目录中没有",
    noneRecorded: "与父模型相比没有记录",
    sourceLink: "来源",
    sourceLabel: (url: string) => `来源：${url}`,
    edge: (model: string, method: string, evidence: string) => `${model}：${method}（${evidence}）`,
    abilityChange: (ability: string, state: string, stage: string | null) =>
      `${ability}（${state}${stage ? `，来自${stage}` : ""}）`
  },

  charts: {
    period: {
      after: "原文之后",
      range: "估计值的区间（下限至上限）"
    },
    growth: {
      valueWithExact: (_short: string, exact: string) => exact,
      metric: { parameters: "参数量", training_compute: "训练计算量（FLOP）", training_tokens: "训练 token 数" },
      scale: { log: "对数坐标", linear: "线性坐标" },
      date: "发布日期",
      undisclosed: (what: string) => `${what}未公开（按发布日期标出）`,
      branch: {
        "decoder-only": "仅解码器",
        "encoder-only": "仅编码器",
        "encoder-decoder": "编码器-解码器",
        other: "其他"
      },
      estimate: "外部估计",
      undisclosedMark: "未公开",
      gptLine: "GPT 系列（描边）",
      fewShot: "涌现阈值（少样本）",
      augmented: "涌现阈值（增强提示）",
      trendGpt: (months: string) => `趋势（GPT 旗舰）：每 ${months} 个月翻一番`,
      trendAll: (months: string) => `趋势（全部模型）：每 ${months} 个月翻一番`,
      trendGptOnLine: (months: string) => `GPT 旗舰：每 ${months} 个月翻一番`,
      trendAllOnLine: (months: string) => `全部模型：每 ${months} 个月翻一番`,
      trendGptOnLineShort: (months: string) => `GPT 旗舰：${months} 个月翻番`,
      trendAllOnLineShort: (months: string) => `全部模型：${months} 个月翻番`,
      trendGptOnLineShortest: (months: string) => `GPT：${months} 个月翻番`,
      trendAllOnLineShortest: (months: string) => `全部：${months} 个月翻番`,
      backdrop: "Epoch AI 收录的模型（估计值）",
      promptingName: { "few-shot": "少样本提示", augmented: "增强提示" },
      emerges: "涌现于",
      weiEstimate: "Wei 等的估计",
      catalogDiffers: (model: string, flop: string) => `本目录中 ${model} 的数字与此不同：${flop}。`,
      status: { disclosed: "已公开", estimate: "估计：", undisclosed: "未公开" },
      released: "发布",
      source: "来源",
      chart: (metric: string, n: number, scale: string) => `${n} 个语言模型的${metric}随发布日期的变化（${scale}）`
    },
    timeline: {
      date: "发布日期",
      branch: {
        "decoder-only": "仅解码器",
        "encoder-only": "仅编码器",
        "encoder-decoder": "编码器-解码器",
        other: "其他"
      },
      gpt: "GPT 系列（描边）",
      milestone: "里程碑",
      ariaMilestones: (families: number, milestones: string) => `${families} 个模型系列；${milestones}。`,
      aria: (n: number, byBranch: boolean) => `${n} 个语言模型的发布时间线，${byBranch ? "按架构分支" : "按机构"}分组`
    },
    tree: {
      aria: (models: number, steps: number) => `GPT-3.5 进化树：${models} 个模型，${steps} 个训练步骤，按时间从左到右`,
      edge: (parent: string, child: string, method: string, evidence: string) =>
        `${parent} → ${child}：${method}（${evidence}）`
    },
    lineageScale: {
      band: "规模未公开：仅按日期放置",
      key: { undisclosed: "规模未公开：仅按日期", documented: "训练步骤：有文献记载", inferred: "训练步骤：推断" },
      date: "发布日期",
      y: "参数量（对数坐标）",
      aria: (models: number, undisclosed: number) =>
        `${models} 个 GPT 模型的谱系，按发布日期和参数量排布；其中 ${undisclosed} 个规模未公开，画在上方的条带中`,
      ariaUndisclosed: (names: string) => `规模未公开：${names}。`
    },
    tokens: {
      x: "参数量（对数坐标）",
      y: "训练 token 数（对数坐标）",
      reference: "Chinchilla 最优：每个参数约 20 个 token",
      estimate: "外部估计",
      gpt: "GPT 系列（描边）",
      branch: {
        "decoder-only": "仅解码器",
        "encoder-only": "仅编码器",
        "encoder-decoder": "编码器-解码器",
        other: "其他"
      },
      tooltip: (model: string, parameters: string, tokens: string, ratio: string, source: string) =>
        `${model}\n参数量：${parameters}\n训练 token 数：${tokens}\n每个参数的 token 数：${ratio}\n来源：${source}`,
      aria: (n: number) => `${n} 个模型的参数量与训练 token 数（双对数坐标），附 Chinchilla 每参数 20 个 token 的参考线`
    }
  },

  capability: {
    title: "哪个模型能做什么，每项能力从何而来",
    intro:
      "原文的核心：能力来自不同的训练阶段。语言生成、世界知识和上下文学习来自预训练；遵循指令来自扩大指令微调；使用思维链进行复杂推理很可能来自代码训练；对话能力来自 RLHF，代价是上下文学习能力。",
    language: "语言",
    matrixTitle: "能力矩阵：GPT-3.5 系列及其近邻",
    matrixCaption:
      "每个格子：状态（● 具备，◐ 较弱，○ 不具备，↓ 相对父模型退化）以及解锁该能力的训练阶段（颜色与缩写）。将鼠标悬停或用 Tab 键聚焦格子，可查看证据：原文、英文译文与来源。带 * 的格子为推断，没有来源直接说明。",
    state: { present: "具备", weak: "较弱", absent: "不具备", regressed: "退化" },
    stage: {
      "pre-training": "预训练",
      "code training": "代码训练",
      "instruction tuning": "指令微调",
      RLHF: "RLHF",
      "browsing fine-tuning": "浏览微调",
      "multimodal training": "多模态训练"
    },
    stageShort: {
      "pre-training": "预训练",
      "code training": "代码",
      "instruction tuning": "指令",
      RLHF: "RLHF",
      "browsing fine-tuning": "浏览",
      "multimodal training": "多模态"
    },
    paler: "浅色",
    evidence: "证据",
    evidenceHint: "选择一个格子（悬停、点击，或 Tab 后按 Enter），在此查看证据。",
    source: "来源",
    inferred: "推断",
    ability: "能力",
    origin: "由来",
    claim: "原文",
    taxTitle: "对齐税",
    taxCaption:
      "沿 GPT-3.5 路线的上下文学习能力：从 code-davinci-002 到 text-davinci-002（有监督指令微调）下降，text-davinci-003（RLHF）部分恢复，ChatGPT 则以其换取建模对话历史的能力。",
    emergenceTitle: "涌现能力：每项能力出现的规模",
    emergenceAria: (n: number, from: string, to: string) =>
      `Wei 等 2022 年列出的 ${n} 项涌现能力，参数量从 ${from} 到 ${to}。`,
    emergenceAxis: "涌现时的参数量（对数坐标）",
    emergenceLink: "在规模页查看这些阈值",
    models: "模型",
    level: "状态"
  },

  article: {
    heading: "原文核查",
    lede: "原文《GPT的前世今生：从gpt1到chatgpt的能力提升》中的每一条事实性或分析性论断，按原文顺序排列：原文句子，以及对照一手来源（论文、开发者的博客文章、模型卡）得出的结论。凡有更正，都写明更正内容及其来源；论断在图表中画出的，附有指向该图表的链接。结论依据 data-loaders/sources/README.md 中写明的规则，本站每个数字都遵循同样的规则。",
    searchLabel: "搜索论断",
    searchPlaceholder: "中文或英文、模型名、数字……",
    verdictLabel: "结论",
    verdict: {
      confirmed: { text: "属实", hint: "一手来源的说法相同" },
      corrected: { text: "已更正", hint: "一手来源的说法不同，附更正" },
      unverifiable: { text: "无法核实", hint: "我们能查到的一手来源都没有这样说" },
      interpretation: { text: "解读", hint: "属于分析或观点，不是可核查的事实" }
    },
    kind: { fact: "事实", estimate: "估计", interpretation: "解读", opinion: "观点" },
    legendItem: (symbol: string, name: string, hint: string) => `${symbol} ${name}：${hint}。`,
    summary: (shown: number, total: number, counts: string) => `共 ${total} 条论断，显示 ${shown} 条：${counts}。`,
    count: (n: number, verdict: string) => `${verdict} ${n} 条`,
    noMatch: "没有论断符合所选的搜索词和结论。",
    correction: "更正：",
    source: "来源：",
    drawnIn: "图表：",
    figureOnPage: (figure: string, page: string) => `${figure}（${page}页）`
  },

  stories: {
    heading: "文稿",
    lede: "以 Markdown 文件写在 stories/ 目录中的演讲和报告：每篇既是投影用的幻灯片，也是可打印的报告。",
    slides: "幻灯片",
    report: "报告",
    presenter: "演讲者视图",
    item: (lang: string) => `（${lang}）`,
    counts: (models: number, sources: number) => `${models} 个模型 · ${sources} 个来源 · GPT 规模演进笔记`,
    figure: (n: number) => `图 ${n}。`,
    source: "来源：",
    byline: (author: string, date: string) => [author, date].filter(Boolean).join(" · "),
    sourceItem: (title: string, publisher: string, year: number, address: string) =>
      `《${title}》，${publisher}，${year} 年。${address}`,
    notFound: (name: string) => `没有名为“${name}”的文稿。`
  },

  compose: {
    myTalk: "我的演讲",
    myReport: "我的报告",
    untitled: "未命名文稿",
    copyOf: (title: string) => `${title}（副本）`,
    add: {
      button: { talk: "加入我的演讲", report: "加入我的报告" },
      label: {
        talk: (title: string) => `加入我的演讲：${title}`,
        report: (title: string) => `加入我的报告：${title}`
      },
      added: {
        talk: (story: string, n: number) => `已加入“${story}”，为第 ${n} 张幻灯片。`,
        report: (story: string, n: number) => `已加入“${story}”，为第 ${n} 节。`
      },
      open: "打开我的文稿",
      noView: "此图暂时不能加入文稿。",
      withoutBackdrop:
        "文稿的视图不带背景数据（既没有 Epoch AI 的数据表，也没有在本浏览器中打开的数据表）：文稿中的此视图不含背景数据。"
    },
    storage: {
      unavailable: (detail: string) => `此浏览器不允许页面保存文稿（${detail}）：修改不会保存。`,
      corrupt: (detail: string) =>
        `无法读取此浏览器中保存的文稿（${detail}）。原内容已另存于其他键名下；现从空白开始。`,
      full: (detail: string) => `浏览器拒绝保存（${detail}）：最后一次修改未保存。`
    },
    heading: "我的文稿",
    lede: "保存在此浏览器中的演讲和报告：在任一图上用“加入我的演讲”添加视图，在此编辑、演示、打印，并下载为 Markdown。",
    repository: "笔记自带的文稿",
    stories: "此浏览器中的文稿",
    none: "还没有文稿。新建一篇、复制内置演讲，或在任一页面上加入一张图。",
    storyItem: (title: string, slides: number) => `${title}（${slides} 张幻灯片）`,
    newStory: "新建文稿",
    duplicate: "复制",
    deleteStory: "删除此文稿……",
    fromBuiltin: (language: string) => `复制内置演讲（${language}）`,
    settings: "此文稿",
    title: "标题",
    author: "作者",
    lang: "语言",
    duration: "时长（分钟）",
    paper: "纸张",
    paperName: { a4: "A4", letter: "Letter" },
    period: "显示的模型",
    periodName: { article: "原文涵盖的（至 GPT-4）", all: "目录中的全部" },
    present: "演示",
    presenter: "演讲者视图",
    print: "打印为报告",
    printSlides: "幻灯片 PDF",
    download: "下载 .md",
    downloadPptx: "下载 .pptx",
    downloadHtml: "下载 .html",
    preparing: (file: string) => `正在生成 ${file}……`,
    downloaded: (file: string) => `已下载 ${file}。`,
    exportFailed: (file: string, reason: string) => `无法生成 ${file}：${reason}`,
    open: "打开 .md……",
    drop: "或将 .md 文件拖放到此页面。",
    slidesHeading: "幻灯片",
    keys: "在幻灯片上：Alt+↑ 和 Alt+↓ 移动，Delete 删除；Ctrl+Z 撤销，Ctrl+Y 重做。",
    slideLabel: (n: number, total: number, title: string) => `第 ${n} 张，共 ${total} 张：${title}`,
    hiddenMark: "已隐藏",
    slideTitle: "幻灯片标题",
    body: "文字和视图（Markdown）",
    notes: "演讲备注",
    up: (n: number) => `将第 ${n} 张上移`,
    down: (n: number) => `将第 ${n} 张下移`,
    hide: (n: number) => `隐藏第 ${n} 张`,
    show: (n: number) => `显示第 ${n} 张`,
    remove: (n: number) => `删除第 ${n} 张`,
    upText: "↑",
    downText: "↓",
    hideText: "隐藏",
    showText: "显示",
    removeText: "删除",
    addText: "添加文字幻灯片",
    newSlideTitle: "新幻灯片",
    undo: "撤销",
    redo: "重做",
    done: {
      moved: (n: number) => `已移到第 ${n} 位。`,
      deleted: (title: string) => `已删除“${title}”。按 Ctrl+Z 撤销。`,
      hidden: (title: string) => `“${title}”已隐藏：不演示、不打印、不下载。`,
      shown: (title: string) => `“${title}”已重新显示。`,
      added: "已添加文字幻灯片。",
      undone: "已撤销。",
      redone: "已重做。",
      saved: "已保存在此浏览器中。",
      opened: (title: string) => `已打开“${title}”。`,
      created: (title: string) => `已新建“${title}”。`,
      deletedStory: (title: string) => `已删除文稿“${title}”。`
    },
    invalid: (where: string, reason: string) => `未修改：${where}：${reason}`,
    slideWhere: (n: number) => `第 ${n} 张幻灯片`,
    slideText: (n: number, line: number) => `第 ${n} 张幻灯片文字的第 ${line} 行`,
    nothingShown: "所有幻灯片都已隐藏：请先显示至少一张，再下载或演示。",
    noStory: "没有打开的文稿。",
    back: "返回编辑器",
    confirm: {
      deleteStory: (title: string) => `从此浏览器中删除“${title}”？删除后无法恢复。`,
      open: (file: string, title: string, slides: number) =>
        `“${file}”是“${title}”，共 ${slides} 张幻灯片。用它替换当前文稿，还是两者都保留？`,
      replace: "替换当前文稿",
      asNew: "作为新文稿打开",
      delete: "删除",
      cancel: "取消"
    },
    offlineBackdrop: "此视图需要 Epoch AI 背景数据，而这个离线文件不含该数据",
    openFailed: (message: string) => `此文件不是文稿：${message}`
  },

  talk: {
    deck: {
      label: "演讲模式",
      presenterLabel: "演讲模式：演讲者视图",
      roleDescription: "幻灯片",
      hints: "→ 下一页 · ← 上一页 · P 演讲者视图 · O 总览 · F 全屏",
      position: (slide: number, total: number) => `${slide} / ${total}`,
      step: (step: number, steps: number) => `第 ${step} 步，共 ${steps} 步`,
      overview: "全部幻灯片：方向键移动，Enter 打开，Esc 关闭",
      overviewItem: (slide: number, title: string) => `${slide}. ${title}`,
      reorderHint: "拖动或按 Alt+←/→ 移动，Ctrl+Z 撤销"
    },
    presenter: {
      position: (position: string) => `幻灯片 ${position}`,
      documentTitle: (title: string) => `演讲者视图：${title}`,
      next: "下一张",
      nextStep: (step: number, steps: number) => `下一步：第 ${step} 步，共 ${steps} 步`,
      nextSlide: (slide: number) => `下一张：第 ${slide} 张幻灯片`,
      end: "演讲结束",
      notes: "备注",
      timer: "已用时间",
      reset: "重置计时",
      countdown: "剩余时间",
      remaining: (time: string) => `剩余 ${time}`,
      over: (time: string) => `超时 ${time}`,
      clock: "时钟"
    },
    notesPosition: (slide: number, total: number, title: string) => `第 ${slide} 张，共 ${total} 张：${title}`
  },

  explore: {
    heading: "探索",
    lede: "任选两项指标，按想比较的属性给模型着色，筛选模型，并按时期拟合趋势。每个估计值都画出其范围；链接保存整个视图。",
    measure: {
      date: "发布日期",
      parameters: "参数量",
      active_parameters: "激活参数量",
      compute: "训练计算量（FLOP）",
      tokens: "训练 token 数",
      tokens_per_parameter: "每个参数的训练 token 数"
    },
    colorBy: {
      branch: "分支",
      organization: "机构",
      access: "开放程度",
      status: "状态",
      family: "系列"
    },
    fitChoice: { none: "不拟合", all: "全部模型一条", group: "每个颜色分组一条" },
    lineChoice: { none: "无", gpt: "GPT 主线" },
    scaleChoice: { log: "对数", linear: "线性" },
    other: "其他",
    allModels: "全部模型",
    estimateMark: "估计值（空心），含其范围",
    highlightMark: "突出显示",
    largeNote: (models: number) =>
      `画出的模型超过 ${models} 个时，只画出突出显示模型的范围；超过 500 个模型的拟合用较少的自助重抽样（至少 200 次）。`,
    backdropNote:
      "灰点为 Epoch AI 收录的语言模型（Epoch AI，《Data on AI Models》，CC BY 4.0），均为不带范围的估计值，不参与拟合；其 token 数为训练数据集的规模，而非训练时实际使用的 token 数。",
    thresholdMark: "涌现阈值（Wei 等，2022；点线）",
    chart: (y: string, x: string, n: number) => `${y}对${x}：画出 ${n} 个模型`,
    era: (from: string | null, to: string | null) =>
      from === null && to === null
        ? ""
        : from === null
          ? `${to} 之前`
          : to === null
            ? `${from} 起`
            : `${from} 至 ${to}`,
    doubling: (value: string, low: string, high: string) => `每 ${value} 个月翻一番（90%：${low}–${high}）`,
    slope: (value: string, low: string, high: string) => `斜率 ${value}（90%：${low}–${high}）`,
    never: "不翻倍",
    notDrawn: {
      undisclosed: (n: number) => `${n} 个未画出：有值未公开`,
      banded: (n: number) => `${n} 个数值未公开：以 × 标在图上方条带中的发布日期处`,
      unknown: (n: number) => `${n} 个未画出：本目录中没有该值`,
      derived: (n: number) => `${n} 个派生模型未画出（其训练 token 数与训练计算量只计追加训练）`
    },
    shown: {
      measure: {
        date: "发布日期",
        parameters: "参数量",
        active_parameters: "激活参数量",
        compute: "训练计算量",
        tokens: "训练 token 数",
        tokens_per_parameter: "每个参数的训练 token 数"
      },
      or: "或",
      banded: (n: number, measures: string) => `${n} 个未公开${measures}：以 × 标在图上方的条带中`,
      undisclosed: (n: number, measures: string, names: string) => `${n} 个未画出，${measures}未公开：${names}`,
      unknown: (n: number, measures: string, names: string) => `${n} 个未画出，本目录中没有${measures}：${names}`,
      derived: (n: number) => `${n} 个派生模型未画出（其训练 token 数与训练计算量只计追加训练）`,
      more: (names: string, n: number) => `${names}，另有 ${n} 个`,
      separator: "\u00a0· "
    },
    controls: {
      group: "探索控件",
      x: "横轴",
      y: "纵轴",
      xscale: "横轴尺度",
      yscale: "纵轴尺度",
      color: "着色依据",
      fit: "趋势线",
      breaks: "时期分界（日期，以逗号分隔）",
      from: "起始年份",
      to: "结束年份",
      branch: "分支",
      organization: "机构",
      access: "开放程度",
      highlight: "突出显示模型",
      line: "突出显示一条主线",
      thresholds: "涌现阈值",
      backdrop: "Epoch AI 背景数据（灰色）",
      backdropUnavailable: (importHeading: string) =>
        `不可用：本站构建时未提供 Epoch AI 数据表的副本。可在下方“${importHeading}”中打开一份，在此绘制。`,
      storyFrame: "保持叙事的坐标范围（坐标轴覆盖全部模型，而非仅显示的模型）"
    },
    fitTable: {
      heading: "本视图的趋势拟合",
      group: "分组",
      era: "时期",
      models: "模型数",
      estimate: "翻倍时间（月）或斜率",
      interval: "90% 区间",
      none: "未画拟合线：请在上方选择趋势线（拟合至少需要四个模型）。"
    },
    presetChanges: {
      color: (to: string, from: string) => `按${to}着色（原图按${from}）`,
      fit: (to: string) => `趋势线：${to}`,
      line: (to: string, from: string) => `突出显示的主线：${to}（原图为${from}）`,
      breaks: (dates: string) => `拟合在 ${dates} 处分为时期`,
      sentence: (changes: string) => `相对原图的改动：${changes}。`
    },
    presets: {
      heading: "命名视图与常见问题",
      openClosed: "开放与封闭模型的训练计算量",
      tokensCompute: "2020 年以后训练 token 数对训练计算量",
      chinchilla: "Chinchilla 比例：每个参数的 token 数随时间的变化",
      gptLine: "GPT 主线的参数量，分时期，以 Epoch AI 的模型为背景"
    },
    share: {
      heading: "分享与嵌入",
      copyLink: "复制链接",
      copied: "链接已复制",
      copyFailed: "复制失败：请选中地址栏后复制",
      copiedWithoutImport: "链接已复制，但不含导入的数据表：打开链接的人看到的视图中没有这份数据表。",
      importNotInLink: "导入的数据表不在链接和嵌入代码中：打开它们的人看到的视图中没有这份数据表。",
      importNotInAddress: "背景数据是在浏览器中打开的数据表，不在此链接中：打开链接看到的视图中没有这份数据表",
      embedText: "要在网页中嵌入此视图，请复制以下代码：",
      embedTitle: "GPT 规模演进笔记：探索",
      openFull: "打开完整视图"
    },
    importCsv: {
      heading: "使用你自己的 Epoch AI 数据表",
      text: "打开 Epoch AI“Data on AI Models”的导出文件（CSV，两种格式均可），或拖放到此处：文件在本浏览器中按构建时的规则读取，并作为背景绘制，不会上传。",
      choose: "打开 Epoch AI CSV 文件",
      reading: (file: string) => `正在读取 ${file}……`,
      counts: (file: string, read: number, imported: number, matched: number, skipped: number) =>
        `${file}：读取 ${Number(read).toLocaleString("en-US")} 行 = 导入 ${Number(imported).toLocaleString("en-US")} + 与目录匹配 ${Number(matched).toLocaleString("en-US")} + 跳过 ${Number(skipped).toLocaleString("en-US")}；导入的模型绘为背景。`,
      failed: (file: string) => `${file} 未能导入：`
    },
    columns: {
      group: "颜色分组",
      xMeasure: "横轴指标",
      xValue: "横轴值",
      xLow: "横轴下限",
      xHigh: "横轴上限",
      xStatus: "横轴状态",
      yMeasure: "纵轴指标",
      yValue: "纵轴值",
      yLow: "纵轴下限",
      yHigh: "纵轴上限",
      yStatus: "纵轴状态",
      estimatedBy: "估计者"
    }
  },
  report: {
    title: "GPT 规模演进笔记：报告",
    cover: {
      subtitle: (from: number, to: number) => `大语言模型如何增长（${from}–${to} 年），以及 ChatGPT 的能力从何而来`,
      counts: (models: number, sources: number) =>
        `${models} 个语言模型，${sources} 个来源。每个数字都注明来源；未公开的值标为未公开。`,
      dataAsOf: (date: string) => `数据截至 ${date}`,
      built: (date: string) => `构建于 ${date}`
    },
    part: (n: number, title: string) => `第 ${n} 部分：${title}`,
    intro: {
      scaling: (
        table: string,
        parameters: string,
        compute: string,
        tokens: string,
        perParameter: string,
        trends: string
      ) =>
        `模型如何增长，对照原文自己的表格（${table}）：参数量（${parameters}）、训练计算量（${compute}）与训练数据量（${tokens}、${perParameter}）随发布日期的变化（对数坐标），以及各项能力涌现时的规模和拟合的趋势（${trends}）。`,
      timeline: (releases: string, tree: string, scale: string) =>
        `GPT 如何演变为 ChatGPT：每一次发布（${releases}）、GPT-3.5 进化树，含每一步训练及其证据（${tree}），以及同一组边在日期与规模坐标上的位置（${scale}）。`,
      capabilities: (matrix: string, emergence: string, origins: string, tax: string, limits: string) =>
        `哪个模型能做什么（${matrix}）、各项能力在什么规模涌现（${emergence}）、ChatGPT 的每项能力来自哪个训练阶段（${origins}）、对齐税（${tax}），以及 GPT-3.5 仍然做不到的事（${limits}）。`
    },
    contents: "目录",
    sources: "参考文献",
    pageFooter: (page: string, total: string) => `GPT 规模演进笔记 · 第 ${page} 页，共 ${total} 页`,
    howToCite: "引用方式",
    citation: (date: string, years: string) =>
      `GPT 规模演进笔记：大语言模型时间线与规模笔记，${years}。数据截至 ${date}。取自一手来源；涌现阈值取自 Wei 等（2022）；能力判断取自中文文章《GPT的前世今生：从gpt1到chatgpt的能力提升》及符尧等（2022）。`
  }
};
