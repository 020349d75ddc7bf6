// The figure registry: every figure of the notebook, defined once (id, title, caption, source line, data columns,
// drawing). The pages, the report and the talk all draw from here, with a preset for the medium and a language.
// To change a figure's words or drawing, change its entry: every page, the report and the talk follow.
import type { CapabilityRow, EmergenceRow, Metric, NotebookData, ReleaseRow } from "../contract.js";
import { dictionaryFor, inLang, type Lang } from "../i18n/index.js";
import { articleTableView } from "../components/article-table.js";
import { capabilityMatrix, matrixHeight } from "../components/capability-matrix.js";
import {
  alignmentTaxChart,
  alignmentTaxHeight,
  emergencePanel,
  emergencePanelHeight,
  emergenceRowsDrawn,
  originTable,
  taxRows
} from "../components/capability-panels.js";
import { growthChart, growthChartHeight, thresholdValue } from "../components/growth-chart.js";
import { LIMITATIONS } from "../components/i18n.js";
import { lineageScaleChart, lineageScaleHeight } from "../components/lineage-scale.js";
import { lineageTree, lineageTreeHeight, treeEdges } from "../components/lineage-tree.js";
import { timelineChart, timelineChartHeight } from "../components/timeline-chart.js";
import { tokensChart, tokensChartHeight } from "../components/tokens-chart.js";
import { trendTable } from "../components/trend-table.js";
import { GPT35_FAMILIES, GPT_PATH, TAX_ABILITIES, TAX_MODELS } from "./story.js";
import {
  defineFigure,
  type Column,
  type FigureDef,
  type FigureState,
  type Text,
  type ThresholdChoice
} from "./types.js";

const t = (en: string, zh: string): Text => ({ en, zh });

/** A capability cell's claim: the article's Chinese (or, for a claim quoted from an English source, its translation), and the English. */
const claimColumns: Column<CapabilityRow>[] = [
  { label: t("Claim (Chinese)", "中文"), value: (d) => d.claim_zh ?? d.claim_translated_zh },
  { label: t("Claim (English)", "英文"), value: (d) => d.claim_en, english: true }
];

/** The thresholds a state asks for. */
export function chosenThresholds(
  emergence: readonly EmergenceRow[],
  state: FigureState,
  fallback: ThresholdChoice = "few-shot"
): EmergenceRow[] {
  const choice = state.thresholds ?? fallback;
  return choice === "none" ? [] : emergence.filter((d) => choice === "all" || d.prompting === choice);
}

const shown = <R extends { id: string }>(rows: readonly R[], state: FigureState) =>
  state.visible ? rows.filter((r) => state.visible!.has(r.id)) : [...rows];

/** For a build (talk mode): the build's models, in its order. */
const built = (releases: readonly ReleaseRow[], state: FigureState) =>
  state.build ? state.build.models.flatMap((id) => releases.filter((r) => r.id === id)) : releases;

function pointColumns(metric: Metric): Column<ReleaseRow>[] {
  return [
    { label: t("Model", "模型"), value: (d) => d.name },
    { label: t("Released", "发布日期"), value: (d) => d.release_date },
    {
      label: t(dictionaryFor("en").common.metricShort[metric], dictionaryFor("zh").common.metricShort[metric]),
      value: (d) => d[metric]
    },
    { label: t("Status", "状态"), value: (d, lang) => dictionaryFor(lang).common.status[d[`${metric}_status`]] },
    { label: t("Estimated by", "估计者"), value: (d) => d[`${metric}_estimated_by`] },
    { label: t("Note", "备注"), value: (d, lang) => inLang(lang, d[`${metric}_note`], d[`${metric}_note_zh`]) },
    { label: t("Source", "出处"), value: (d) => d[`${metric}_source_url`] }
  ];
}

function thresholdNote(data: { emergence: readonly EmergenceRow[] }, state: FigureState, metric: Metric): Text {
  const shownRows = chosenThresholds(data.emergence, state);
  if (!shownRows.length) return t("", "");
  const missing = shownRows.filter((d) => thresholdValue(d, metric) === null);
  return t(
    ` Rules: the scale at which each ability emerged, Wei et al.’s estimates (2022, Table 1; solid: few-shot prompting, dashed: augmented prompting); hover a rule for its row.${missing.length ? ` ${missing.length} row${missing.length > 1 ? "s" : ""} with no single threshold cannot be drawn.` : ""}`,
    `横线：各项能力涌现时的规模，为 Wei 等人（2022，表 1）的估计（实线：少样本提示；虚线：增强提示）；悬停横线可查看该行。${missing.length ? `另有 ${missing.length} 行没有单一阈值，无法画出。` : ""}`
  );
}

function backdropNote(data: { epoch: NotebookData["epoch"] }, state: FigureState): Text {
  if (!state.backdrop || !data.epoch.available) return t("", "");
  return state.widen
    ? t(
        " Grey: language models from Epoch AI, “Data on AI Models” (CC BY 4.0), over Epoch’s whole date range (the date axis is widened to it); all are Epoch’s estimates, and models already in the catalog are not repeated.",
        "灰色点：Epoch AI《Data on AI Models》（CC BY 4.0）中的语言模型，覆盖 Epoch 数据的全部时间范围（日期轴已随之扩展），均为 Epoch 的估计值；本目录已收录的模型不重复画出。"
      )
    : t(
        " Grey: language models from Epoch AI, “Data on AI Models” (CC BY 4.0), within the catalog’s years; all are Epoch’s estimates, and models already in the catalog are not repeated.",
        "灰色点：Epoch AI《Data on AI Models》（CC BY 4.0）中与本目录同期的语言模型，均为 Epoch 的估计值；本目录已收录的模型不重复画出。"
      );
}

/**
 * The date after which no model can be dated: the later of the catalog's date and the build's as-of date (Epoch's
 * table is read when the site is built).
 */
export const dataAsOf = (info: NotebookData["info"]) => [info.data_date, info.as_of].sort().at(-1)!;

const join = (...parts: Text[]): Text => ({ en: parts.map((p) => p.en).join(""), zh: parts.map((p) => p.zh).join("") });

function growthFigure(id: string, metric: "parameters" | "training_compute", title: Text, lead: Text, source: Text) {
  return defineFigure({
    id,
    needs: ["releases", "emergence", "trends", "epoch", "info"],
    kind: "chart",
    title,
    caption: (data, state) => join(lead, thresholdNote(data, state, metric), backdropNote(data, state)),
    source,
    rows: (data, state) => shown(built(data.releases, state), state),
    columns: pointColumns(metric),
    height: (width, preset) => growthChartHeight(width, preset),
    draw: (data, { width, height, preset, lang, state }) => {
      const releases = built(data.releases, state);
      const build = state.build;
      return growthChart(releases, {
        width,
        height,
        preset,
        lang,
        metric,
        scale: state.scale ?? "log",
        thresholds: build ? [] : chosenThresholds(data.emergence, state),
        trends: state.trend === false || build ? [] : data.trends,
        backdrop: state.backdrop && data.epoch.available ? data.epoch.models : [],
        widen: Boolean(state.widen),
        asOf: dataAsOf(data.info),
        selected: state.selected ?? null,
        gptPath: GPT_PATH,
        visible: build ? new Set(build.models.slice(0, build.revealed)) : (state.visible ?? null),
        labelAll: Boolean(build)
      });
    }
  });
}

export const parametersByDate = growthFigure(
  "parameters-by-date",
  "parameters",
  t("Parameters against release date", "参数量随发布日期的增长"),
  t(
    "Each point is a model, coloured by branch; the GPT line outlined and GPT-1 → GPT-2 → GPT-3 connected. Hollow diamonds are outside estimates; × in the top band marks a model whose size is undisclosed, on its release date. Dashed curves: log-linear trends, which follow the filters.",
    "每个点是一个模型，按架构分支着色；GPT 系列带描边，GPT-1 → GPT-2 → GPT-3 相连。空心菱形为外部估计；顶部条带中的 × 表示规模未公开的模型，标在其发布日期。虚线：对数线性趋势，随筛选变化。"
  ),
  t(
    "Each model’s paper or announcement (Data page); Wei et al. 2022, Table 1",
    "各模型的论文或发布公告（见数据页）；Wei 等，2022，表 1"
  )
);

export const computeByDate = growthFigure(
  "compute-by-date",
  "training_compute",
  t("Training compute against release date", "训练计算量随发布日期的增长"),
  t(
    "Training compute in FLOP as reported by the developer, or estimated (hollow diamonds; most estimates are Epoch AI's). × in the top band: compute undisclosed.",
    "训练计算量（FLOP），取开发者公布的数字或外部估计（空心菱形，多为 Epoch AI 的估计）。顶部条带中的 ×：计算量未公开。"
  ),
  t(
    "Papers; Epoch AI, Data on AI Models (CC BY 4.0); Wei et al. 2022",
    "各论文；Epoch AI《Data on AI Models》（CC BY 4.0）；Wei 等，2022"
  )
);

/** GPT-3's data as the article gives it and as the paper does, beside its point. */
const tokenNote = (lang: Lang) => ({ id: "gpt-3-175b", text: dictionaryFor(lang).pages.scaling.tokenNote });

export const tokensByDate = defineFigure({
  id: "tokens-by-date",
  needs: ["releases", "info"],
  kind: "chart",
  title: t("Training data against release date, in tokens", "训练数据量（token）随发布日期的增长"),
  caption: () =>
    t(
      "Tokens seen in training, where the developer (or an estimate) states them. Data sizes reported in words (BERT, LaMDA) or bytes (GPT-2’s 40 GB of WebText) are not converted: a conversion would need a guess about the tokenizer; they are on the Data page with their units. Three numbers describe GPT-3’s data: 45 TB of compressed raw Common Crawl before filtering, 570 GB after filtering (the Common Crawl part only), and 300B tokens trained on (Brown et al. 2020, §2.2).",
      "训练中见过的 token 数（开发者公布或外部估计）。以词（BERT、LaMDA）或字节（GPT-2 的 40 GB WebText）报告的数据量不做换算：换算需要对分词器作猜测；它们连同单位列在数据页。GPT-3 的数据有三个数字：过滤前 45 TB 的原始 Common Crawl（压缩），过滤后 570 GB（仅 Common Crawl 部分），以及训练用的 3,000 亿 token（Brown 等，2020，§2.2）。"
    ),
  source: t("Papers and model cards", "各论文与模型卡"),
  rows: (data, state) => shown(data.releases, state),
  columns: pointColumns("training_tokens"),
  height: (width, preset) => growthChartHeight(width, preset),
  draw: (data, { width, height, preset, lang, state }) =>
    growthChart(data.releases, {
      width,
      height,
      preset,
      lang,
      asOf: dataAsOf(data.info),
      metric: "training_tokens",
      scale: state.scale ?? "log",
      selected: state.selected ?? null,
      visible: state.visible ?? null,
      gptPath: GPT_PATH,
      annotations: preset === "slide" ? [] : [tokenNote(lang)]
    })
});

export const parametersVsTokens = defineFigure({
  id: "parameters-vs-tokens",
  needs: ["releases"],
  kind: "chart",
  title: t("Parameters against training tokens", "参数量与训练 token 数"),
  caption: () =>
    t(
      "Log–log. The dashed line is the compute-optimal ratio found by Hoffmann et al. (2022), about 20 training tokens per parameter: GPT-3 (1.7 tokens per parameter) sits far below it, Chinchilla and LLaMA on or above it. Only models that disclose both numbers are drawn; one label per family.",
      "双对数坐标。虚线为 Hoffmann 等（2022）发现的计算最优比例，每个参数约 20 个训练 token：GPT-3（每个参数 1.7 个 token）远在其下，Chinchilla 与 LLaMA 在线上或线上方。只画出两个数字都公开的模型；每个系列标注一个名称。"
    ),
  source: t("Papers; Hoffmann et al. 2022", "各论文；Hoffmann 等，2022"),
  rows: (data, state) => shown(data.releases, state).filter((d) => d.parameters !== null && d.training_tokens !== null),
  columns: [
    { label: t("Model", "模型"), value: (d) => d.name },
    { label: t("Parameters", "参数量"), value: (d) => d.parameters },
    { label: t("Training tokens", "训练 token 数"), value: (d) => d.training_tokens },
    {
      label: t("Tokens per parameter", "每个参数的 token 数"),
      value: (d) => +(d.training_tokens! / d.parameters!).toFixed(2)
    },
    { label: t("Source", "出处"), value: (d) => d.training_tokens_source_url }
  ],
  height: (width, preset) => tokensChartHeight(width, preset),
  draw: (data, { width, height, preset, lang, state }) =>
    tokensChart(data.releases, {
      width,
      height,
      preset,
      lang,
      selected: state.selected ?? null,
      visible: state.visible ?? null
    })
});

export const articleTableFigure = defineFigure({
  id: "article-table",
  needs: ["article"],
  kind: "table",
  title: t("The source article’s table: GPT, GPT-2, GPT-3", "原文的表格：GPT、GPT-2、GPT-3"),
  caption: () =>
    t(
      "As printed in “GPT的前世今生：从gpt1到chatgpt的能力提升”, with the growth from one generation to the next and, beside it, the primary sources’ values. The article’s 45TB for GPT-3 is the raw Common Crawl before filtering.",
      "原文《GPT的前世今生：从gpt1到chatgpt的能力提升》中的表格，附各代之间的增长倍数，并列出一手来源的数值。原文中 GPT-3 的 45TB 是过滤前的原始 Common Crawl。"
    ),
  source: t(
    "The source article; Radford et al. 2018, 2019; Brown et al. 2020",
    "原文；Radford 等，2018、2019；Brown 等，2020"
  ),
  rows: (data) => data.article,
  columns: [
    { label: t("Model", "模型"), value: (d) => d.article_model },
    { label: t("Released (article)", "发布时间（原文）"), value: (d) => d.article_month },
    { label: t("Parameters (article)", "参数量（原文）"), value: (d) => d.article_parameters },
    { label: t("Parameter growth", "参数量增长"), value: (d) => d.parameters_growth },
    { label: t("Data (article, bytes)", "数据量（原文，字节）"), value: (d) => d.article_data_bytes },
    { label: t("Data growth", "数据量增长"), value: (d) => d.data_growth },
    { label: t("Catalog parameters", "目录中的参数量"), value: (d) => d.catalog_parameters },
    { label: t("Catalog training tokens", "目录中的训练 token 数"), value: (d) => d.catalog_training_tokens },
    { label: t("Note", "备注"), value: (d, lang) => inLang(lang, d.note, d.note_zh) }
  ],
  height: (_width, preset) => (preset === "slide" ? 600 : 260),
  draw: (data, { lang }) => articleTableView(data.article, lang)
});

export const trendFits = defineFigure({
  id: "trend-fits",
  needs: ["trends"],
  kind: "table",
  title: t("Trend fits", "趋势拟合"),
  caption: (data) =>
    t(
      data.trends[0]?.method ?? "",
      "对数值取以 10 为底的对数，对发布日期（年）做普通最小二乘回归；翻倍时间 = 12 × log₁₀2 / 斜率（月）。未公开的值不计入，也从不补猜；估计值计入并单独计数。"
    ),
  source: t("Computed from the catalog at build time", "构建时由目录计算"),
  rows: (data) => data.trends,
  columns: [
    { label: t("Measure", "指标"), value: (d, lang) => dictionaryFor(lang).common.metricShort[d.metric] },
    {
      label: t("Population", "模型范围"),
      value: (d, lang) =>
        (dictionaryFor(lang).common.population as Record<string, string>)[d.population] ?? d.population_label
    },
    { label: t("Models", "模型数"), value: (d) => d.n },
    { label: t("Of which estimates", "其中估计值"), value: (d) => d.estimates },
    {
      label: t("Growth per year", "年增长倍数"),
      value: (d) => (d.growth_per_year === null ? null : +d.growth_per_year.toFixed(2))
    },
    {
      label: t("Doubling time (months)", "翻倍时间（月）"),
      value: (d) => (d.doubling_months === null ? null : +d.doubling_months.toFixed(2))
    },
    { label: t("R²", "R²"), value: (d) => (d.r2 === null ? null : +d.r2.toFixed(3)) },
    { label: t("Why no fit", "无法拟合的原因"), value: (d, lang) => inLang(lang, d.reason, d.reason_zh) }
  ],
  height: () => 200,
  draw: (data, { lang }) => trendTable(data.trends, lang)
});

export const releaseTimeline = defineFigure({
  id: "release-timeline",
  needs: ["releases", "milestones"],
  kind: "chart",
  title: t("Release timeline, 2017–2023", "发布时间线，2017–2023"),
  caption: (_data, state) =>
    t(
      `One row per model family, grouped by ${(state.lanes ?? "branch") === "branch" ? "architecture branch" : "organization"}; a mark per release date (sizes released together share a mark; hover for the list). Outlined marks are OpenAI’s GPT line. Dashed amber rules: milestones (the Transformer paper, BERT, the GPT-3 API opening, InstructGPT, ChatGPT’s launch, GPT-4), each dated by its source.`,
      `每个模型系列一行，按${(state.lanes ?? "branch") === "branch" ? "架构分支" : "机构"}分组；每个发布日期一个标记（同时发布的多个规模共用一个标记，悬停可见列表）。带描边的是 OpenAI 的 GPT 系列。琥珀色虚线：里程碑（Transformer 论文、BERT、GPT-3 API 开放、InstructGPT、ChatGPT 发布、GPT-4），日期均按其出处。`
    ),
  source: t("Each model’s paper or announcement", "各模型的论文或发布公告"),
  rows: (data) => data.releases,
  columns: [
    { label: t("Model", "模型"), value: (d) => d.name },
    { label: t("Family", "系列"), value: (d) => d.family },
    { label: t("Organization", "机构"), value: (d) => d.organization },
    { label: t("Branch", "架构分支"), value: (d, lang) => dictionaryFor(lang).common.branch[d.branch] },
    { label: t("Released", "发布日期"), value: (d) => d.release_date },
    {
      label: t("Date precision", "日期精度"),
      value: (d, lang) => dictionaryFor(lang).common.precision[d.release_precision]
    },
    { label: t("Source", "出处"), value: (d) => d.release_source_url }
  ],
  height: (width, preset, data, state) => timelineChartHeight(data.releases, state.lanes ?? "branch", preset, width),
  draw: (data, { width, preset, lang, state }) =>
    timelineChart(data.releases, data.milestones, {
      width,
      preset,
      lang,
      lanes: state.lanes ?? "branch",
      selected: state.selected ?? null
    })
});

export const gpt35Tree = defineFigure({
  id: "gpt35-tree",
  needs: ["lineage", "releases"],
  kind: "chart",
  title: t("The GPT-3.5 evolution tree", "GPT-3.5 进化树"),
  caption: () =>
    t(
      "Drawn from the lineage table. Columns are generations, read left to right in time; each edge is labelled with its training method. Solid edges are documented by OpenAI or the papers; dashed (and marked “inferred”) are inferred, mostly from Yao Fu et al. (2022). Click a model, or Tab to it and press Enter, to open its card.",
      "由谱系表画出。每一列是一代，从左到右按时间排列；每条边标注其训练方法。实线由 OpenAI 或论文记载；虚线（标注“推断”）为推断，多出自符尧等（2022）；点线表示替代的父模型，即未发布的基础模型的已发布近亲。点击模型，或用 Tab 键选中后按 Enter，可打开其模型卡。"
    ),
  source: t(
    "OpenAI model index for researchers; Chen et al. 2021; Ouyang et al. 2022; Nakano et al. 2021; Fu et al. 2022",
    "OpenAI 面向研究者的模型索引；Chen 等，2021；Ouyang 等，2022；Nakano 等，2021；符尧等，2022"
  ),
  rows: (data) => treeEdges(data.lineage, data.releases, GPT35_FAMILIES),
  columns: [
    { label: t("Parent", "父模型"), value: (d) => d.parent_name },
    { label: t("Child", "子模型"), value: (d) => d.child_name },
    { label: t("Method", "方法"), value: (d, lang) => dictionaryFor(lang).common.method[d.method] },
    { label: t("Evidence", "证据"), value: (d, lang) => dictionaryFor(lang).common.evidence[d.evidence] },
    { label: t("Source", "出处"), value: (d) => d.source_url },
    { label: t("Note", "备注"), value: (d, lang) => inLang(lang, d.note, d.note_zh) }
  ],
  height: (_width, preset, data) => lineageTreeHeight(data.lineage, data.releases, GPT35_FAMILIES, preset),
  // In print it fills the height it is given (the report grows it into its page).
  draw: (data, { width, height, preset, lang, state }) =>
    lineageTree(data.lineage, data.releases, {
      families: GPT35_FAMILIES,
      width,
      height: preset === "print" ? height : undefined,
      preset,
      lang,
      selected: state.selected ?? null,
      onSelect: state.onSelect
    })
});

export const lineageScale = defineFigure({
  id: "lineage-scale",
  needs: ["lineage", "releases"],
  kind: "chart",
  title: t("The lineage on release date × parameters", "谱系：发布日期 × 参数量"),
  caption: () =>
    t(
      "The same edges, placed by release date and parameter count (log scale), drawn as arcs. From text-davinci-001 on, OpenAI no longer disclosed sizes: those models sit in the band at the top, by date only, rather than at a guessed size (many assume 175B; OpenAI never said).",
      "同样的边，按发布日期与参数量（对数坐标）放置，画成弧线。从 text-davinci-001 起 OpenAI 不再公开规模：这些模型只按日期放在顶部条带中，而不是放在猜测的规模上（许多人以为是 1,750 亿；OpenAI 从未说过）。"
    ),
  source: t("As the evolution tree", "同进化树"),
  rows: (data) => treeEdges(data.lineage, data.releases, GPT35_FAMILIES),
  columns: [
    { label: t("Parent", "父模型"), value: (d) => d.parent_name },
    { label: t("Parent parameters", "父模型参数量"), value: (d) => d.parent_parameters },
    { label: t("Child", "子模型"), value: (d) => d.child_name },
    { label: t("Child parameters", "子模型参数量"), value: (d) => d.child_parameters },
    { label: t("Method", "方法"), value: (d, lang) => dictionaryFor(lang).common.method[d.method] },
    { label: t("Evidence", "证据"), value: (d, lang) => dictionaryFor(lang).common.evidence[d.evidence] }
  ],
  height: (width, preset) => lineageScaleHeight(width, preset),
  // In print it fills the height it is given (the report grows it into its page).
  draw: (data, { width, height, preset, lang, state }) =>
    lineageScaleChart(data.lineage, data.releases, {
      families: GPT35_FAMILIES,
      width,
      height: preset === "print" ? height : undefined,
      preset,
      lang,
      selected: state.selected ?? null
    })
});

export const capabilityMatrixFigure = defineFigure({
  id: "capability-matrix",
  needs: ["capabilities"],
  kind: "chart",
  title: t("Capability matrix: the GPT-3.5 family and its neighbours", "能力矩阵：GPT-3.5 系列及其近邻"),
  caption: () =>
    t(
      "Each cell: the state (● present, ◐ weak, ○ absent, ↓ regressed against its parent) and the stage that unlocked the ability (colour and abbreviation). Hover a cell, or Tab to it, to read the evidence: the article’s words, an English rendering and the source. Cells marked * are inferred where no source speaks to them.",
      "每个格子：状态（● 具备，◐ 较弱，○ 不具备，↓ 相对父模型退化）以及解锁该能力的训练阶段（颜色与缩写）。将鼠标悬停或用 Tab 键聚焦格子，可查看证据：原文、英文译文与出处。带 * 的格子为推断，没有来源直接说明。"
    ),
  source: t(
    "The Chinese source article; Fu et al. 2022; OpenAI 2023; Nakano et al. 2021",
    "原文；符尧等，2022；OpenAI，2023；Nakano 等，2021"
  ),
  rows: (data) => data.capabilities,
  columns: [
    { label: t("Model", "模型"), value: (d) => d.model_name },
    { label: t("Ability", "能力"), value: (d, lang) => inLang(lang, d.ability_en, d.ability_zh) },
    { label: t("State", "状态"), value: (d, lang) => dictionaryFor(lang).capability.state[d.state] },
    {
      label: t("Stage", "阶段"),
      value: (d, lang) => (d.stage === null ? null : dictionaryFor(lang).capability.stage[d.stage])
    },
    { label: t("Inferred", "推断"), value: (d, lang) => dictionaryFor(lang).common.yesNo[d.inferred ? "yes" : "no"] },
    ...claimColumns,
    { label: t("Source", "出处"), value: (d) => d.source_url },
    { label: t("Note", "备注"), value: (d, lang) => inLang(lang, d.note, d.note_zh) }
  ],
  height: (width, preset, data, _state) => matrixHeight(data.capabilities, width, preset),
  // In print it fills the height it is given (the report grows it into its page); on a slide its rows keep their size.
  draw: (data, { width, height, preset, lang, state }) =>
    capabilityMatrix(data.capabilities, {
      width,
      height: preset === "print" ? height : undefined,
      preset,
      lang,
      selected: state.selectedCell ?? null,
      onSelect: state.onSelectCell
    })
});

export const alignmentTax = defineFigure({
  id: "alignment-tax",
  needs: ["capabilities"],
  kind: "chart",
  title: t("The alignment tax", "对齐税"),
  caption: () =>
    t(
      "In-context learning along the GPT-3.5 line: it falls from code-davinci-002 to text-davinci-002 (supervised instruction tuning), is partly recovered by text-davinci-003 (RLHF), and is traded away by ChatGPT for modelling dialogue history.",
      "沿 GPT-3.5 路线的上下文学习能力：从 code-davinci-002 到 text-davinci-002（有监督指令微调）下降，text-davinci-003（RLHF）部分恢复，ChatGPT 则以其换取建模对话历史的能力。"
    ),
  source: t("The Chinese source article; Fu et al. 2022", "原文；符尧等，2022"),
  rows: (data) => taxRows(data.capabilities, { models: TAX_MODELS, abilities: TAX_ABILITIES }),
  columns: [
    { label: t("Model", "模型"), value: (d) => d.model_name },
    { label: t("Ability", "能力"), value: (d, lang) => inLang(lang, d.ability_en, d.ability_zh) },
    { label: t("State", "状态"), value: (d, lang) => dictionaryFor(lang).capability.state[d.state] },
    ...claimColumns,
    { label: t("Source", "出处"), value: (d) => d.source_url }
  ],
  height: (width, preset) => alignmentTaxHeight(width, preset),
  draw: (data, { width, height, preset, lang }) =>
    alignmentTaxChart(data.capabilities, {
      models: TAX_MODELS,
      abilities: TAX_ABILITIES,
      width,
      height,
      preset,
      lang
    })
});

export const abilityOrigins = defineFigure({
  id: "ability-origins",
  needs: ["abilities"],
  kind: "table",
  title: t(
    "Where each ability came from (the article’s summary, in its order)",
    "每项能力从何而来（原文总结，按原文顺序）"
  ),
  caption: () =>
    t(
      "Ability → the training stage the article credits it to, with the article’s sentence. Abilities after the summary come from the article’s sections on code, GPT-4 and WebGPT.",
      "能力 → 原文认为其来源的训练阶段，附原文句子。总结之后的能力来自原文关于代码、GPT-4 和 WebGPT 的部分。"
    ),
  source: t("The Chinese source article", "原文"),
  rows: (data) => data.abilities,
  columns: [
    { label: t("Order", "顺序"), value: (d) => d.summary_order },
    { label: t("Ability", "能力"), value: (d, lang) => inLang(lang, d.name_en, d.name_zh) },
    { label: t("Origin", "来源"), value: (d, lang) => dictionaryFor(lang).capability.stage[d.origin_stage] },
    { label: t("Claim (Chinese)", "原文"), value: (d) => d.claim_zh },
    { label: t("Claim (English)", "英文译文"), value: (d) => d.claim_en, english: true }
  ],
  height: () => 600,
  draw: (data, { lang }) => originTable(data.abilities, lang)
});

export const emergenceThresholds = defineFigure({
  id: "emergence-thresholds",
  needs: ["emergence"],
  kind: "chart",
  title: t("Emergent abilities: the scale at which each appeared", "涌现能力：每项能力出现的规模"),
  caption: () =>
    t(
      "Each row of Table 1 of Wei et al. (2022) with a single threshold: the smallest model at which the ability rose above chance, by parameters (log scale), as Wei et al. estimate it. Filled: few-shot prompting; hollow: augmented prompting. The Scaling page draws the same thresholds over parameter and compute growth.",
      "Wei 等（2022）表 1 中有单一阈值的每一行：该能力超过随机水平的最小模型，按参数量（对数坐标），为 Wei 等人的估计。实心：少样本提示；空心：增强提示。规模页在参数量与计算量增长图上画出了同样的阈值。"
    ),
  source: t(
    "Wei et al. 2022, “Emergent Abilities of Large Language Models” (TMLR), Table 1",
    "Wei 等，2022，《Emergent Abilities of Large Language Models》（TMLR），表 1"
  ),
  rows: (data, state) => emergenceRowsDrawn(chosenThresholds(data.emergence, state, "all")),
  columns: [
    { label: t("Ability", "能力"), value: (d, lang) => inLang(lang, d.ability, d.ability_zh) },
    { label: t("Prompting", "提示方式"), value: (d, lang) => dictionaryFor(lang).common.prompting[d.prompting] },
    { label: t("Family", "模型系列"), value: (d) => d.family },
    { label: t("Threshold (parameters)", "阈值（参数量）"), value: (d) => d.threshold_parameters },
    { label: t("Threshold (FLOP)", "阈值（FLOP）"), value: (d) => d.threshold_flops },
    { label: t("Reference", "参考"), value: (d) => d.reference }
  ],
  height: (_width, preset, data, state) => emergencePanelHeight(chosenThresholds(data.emergence, state, "all"), preset),
  draw: (data, { width, preset, lang, state }) =>
    emergencePanel(chosenThresholds(data.emergence, state, "all"), { width, preset, lang })
});

export const limitations = defineFigure({
  id: "limitations",
  needs: [],
  kind: "table",
  title: t("What GPT-3.5 still cannot do", "GPT-3.5 目前不能做什么"),
  caption: () =>
    t("From the article’s last section, verbatim, with an English rendering.", "摘自原文最后一节，附英文译文。"),
  source: t("The Chinese source article, last section", "原文最后一节"),
  rows: () => [...LIMITATIONS],
  columns: [
    { label: t("The article", "原文"), value: (d) => d.zh },
    { label: t("English", "英文"), value: (d) => d.en, english: true }
  ],
  height: () => 320,
  draw: (_data, { lang }) => {
    const list = document.createElement("ul");
    list.className = "limitations";
    for (const item of LIMITATIONS) {
      const li = document.createElement("li");
      const zh = document.createElement("span");
      zh.lang = "zh-CN";
      zh.textContent = item.zh;
      li.append(zh);
      if (lang === "en") {
        const en = document.createElement("div");
        en.className = "claim-en";
        en.textContent = item.en;
        li.append(en);
      }
      list.append(li);
    }
    return list;
  }
});

/** Every figure, in the report's order. */
export const FIGURES = [
  articleTableFigure,
  parametersByDate,
  computeByDate,
  tokensByDate,
  parametersVsTokens,
  trendFits,
  releaseTimeline,
  gpt35Tree,
  lineageScale,
  capabilityMatrixFigure,
  emergenceThresholds,
  abilityOrigins,
  alignmentTax,
  limitations
] as const;

export type AnyFigure = FigureDef<any, any>;
export const figureById = (id: string): AnyFigure | undefined =>
  (FIGURES as readonly AnyFigure[]).find((f) => f.id === id);
