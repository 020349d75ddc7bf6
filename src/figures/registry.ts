// The figure registry: every figure of the notebook, defined once (id, title, caption, source line, data columns,
// drawing). The pages, the report and the talk all draw from here, with a preset for the medium and a language.
// To change a figure's words or drawing, change its entry: every page, the report and the talk follow. The Scaling
// page's four charts are named views of the explore figure (src/figures/explore-presets.ts), built by one factory
// (presetFigure) and drawn by the explore chart with their layers.
import type { CapabilityRow, EmergenceRow, ImportedModel, Metric, NotebookData, ReleaseRow } from "../contract.js";
import {
  ARTICLE_LANG,
  type Dictionary,
  dictionaryFor,
  textIn,
  type Lang,
  punctuation,
  rulesFor
} from "../i18n/index.js";
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
import { drawableDate, lookHeight } from "../components/explore/look.js";
import { thresholdValue } from "../components/explore/thresholds.js";
import { undisclosedRows } from "../components/explore/undisclosed.js";
import { METRIC_OF } from "../components/explore/data.js";
import { LIMITATIONS } from "../components/i18n.js";
import { lineageScaleChart, lineageScaleHeight } from "../components/lineage-scale.js";
import { lineageTree, lineageTreeHeight, treeEdges } from "../components/lineage-tree.js";
import { timelineChart, timelineChartHeight } from "../components/timeline-chart.js";
import { trendTable } from "../components/trend-table.js";
import { CANVAS_MIN } from "../components/explore/backdrop-canvas.js";
import { exploreChart, exploreChartHeight, type ExploreChartOptions } from "../components/explore/chart.js";
import { groupLabel } from "../components/explore/layout.js";
import { DEFAULT_SPEC, exploreModel, type ExplorePoint } from "../components/explore/model.js";
import { drawnOn, type ColorBy, type Measure } from "../components/explore/data.js";
import { GPT35_FAMILIES, GPT_PATH, TAX_ABILITIES, TAX_MODELS } from "./story.js";
import {
  keepsPresetLook,
  NAMED_PRESETS,
  presetLookChanges,
  type LookChange,
  type PresetLayers,
  type PresetName,
  type ScalingPresetName
} from "./explore-presets.js";
import {
  defineFigure,
  LANGS,
  type Column,
  type FigureDef,
  type FigureState,
  type Preset,
  type Text,
  type ThresholdChoice
} from "./types.js";
import { h } from "../components/dom.js";
import { minOf } from "../components/number-extent.js";
import { exploreShown, exploreShownWords } from "./explore-shown.js";

/** Words in every language, picked from each language's dictionary. */
const text = (pick: (words: Dictionary) => string): Text =>
  Object.fromEntries(LANGS.map((lang) => [lang, pick(dictionaryFor(lang))])) as Text;
const NO_TEXT = text(() => "");
/** A figure's title, caption or source line (the dictionaries' `figures` section, by figure id). */
type WordedFigure = keyof Dictionary["figures"];
const figureText = (id: WordedFigure, slot: "title" | "source" | "caption" | "hint") =>
  text((d) => {
    const words = d.figures[id] as { title: string; source: string; caption: unknown; hint?: unknown };
    return typeof words[slot] === "string" ? (words[slot] as string) : "";
  });
/** A data column's header. */
const column = (key: keyof Dictionary["columns"]) => text((d) => d.columns[key]);

/** A capability cell's claim: the article's Chinese (or, for a claim quoted from an English source, its translation), and the English. */
const claimColumns: Column<CapabilityRow>[] = [
  { label: column("claimChinese"), value: (d) => d.article_text ?? textIn(ARTICLE_LANG, d, "claim") },
  { label: column("claimEnglish"), value: (d) => d.claim, english: true }
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

/**
 * The catalog models the explorer shows, once per set of visible ids: one change asks for them six times (the
 * height, the drawing, the caption's notes, the rows), and the same array lets the explorer's caches match by
 * identity. Shared: nothing may change it.
 */
const shownCache = new WeakMap<ReadonlySet<string>, { rows: readonly ReleaseRow[]; shown: readonly ReleaseRow[] }>();
function shownReleases(releases: readonly ReleaseRow[], state: FigureState): readonly ReleaseRow[] {
  if (!state.visible) return releases;
  const cached = shownCache.get(state.visible);
  if (cached?.rows === releases) return cached.shown;
  const rows = releases.filter((r) => state.visible!.has(r.id));
  shownCache.set(state.visible, { rows: releases, shown: rows });
  return rows;
}

/** For a build (talk mode): the build's models, in its order. */
const built = (releases: readonly ReleaseRow[], state: FigureState) =>
  state.build ? state.build.models.flatMap((id) => releases.filter((r) => r.id === id)) : releases;

function pointColumns(metric: Metric): Column<ReleaseRow>[] {
  return [
    { label: column("model"), value: (d) => d.name },
    { label: column("released"), value: (d) => d.release_date },
    {
      label: text((d) => d.common.metricShort[metric]),
      value: (d) => d[metric]
    },
    { label: column("status"), value: (d, lang) => dictionaryFor(lang).common.status[d[`${metric}_status`]] },
    { label: column("estimatedBy"), value: (d) => d[`${metric}_estimated_by`] },
    { label: column("note"), value: (d, lang) => textIn(lang, d, `${metric}_note`) },
    { label: column("source"), value: (d) => d[`${metric}_source_url`] }
  ];
}

function thresholdNote(data: { emergence: readonly EmergenceRow[] }, state: FigureState, metric: Metric): Text {
  const shownRows = chosenThresholds(data.emergence, state);
  if (!shownRows.length) return NO_TEXT;
  const missing = shownRows.filter((d) => thresholdValue(d, metric) === null).length;
  return text((d) => d.figureNotes.thresholds(missing));
}

function backdropNote(data: { epoch: NotebookData["epoch"] }, state: FigureState): Text {
  if (!state.backdrop || !data.epoch.available) return NO_TEXT;
  return state.widen ? text((d) => d.figureNotes.backdropWidened) : text((d) => d.figureNotes.backdropInFrame);
}

/**
 * The date after which no model can be dated: the later of the catalog's date and the build's as-of date (Epoch's
 * table is read when the site is built).
 */
export const dataAsOf = (info: NotebookData["info"]) => [info.data_date, info.as_of].sort().at(-1)!;

const join = (...parts: Text[]): Text =>
  Object.fromEntries(LANGS.map((lang) => [lang, parts.map((p) => p[lang]).join("")])) as Text;

/** The caption's word on the derived models a measure's chart leaves out. */
const derivedNote = (metric: Metric): Text =>
  metric === "parameters" ? NO_TEXT : text((d) => d.figureNotes.derivedLeftOut);

/**
 * The models a preset's view draws. A derived model's tokens and compute are its own additional training only
 * (sources README, rule 7): drawn beside pre-training runs they would read as tiny models, so the tokens and compute
 * charts draw pre-trained models and reach the rest through the lineage; every model has its parameters.
 */
const drawnFor = (name: ScalingPresetName, releases: readonly ReleaseRow[]): readonly ReleaseRow[] => {
  const { x, y } = presetSpec(name);
  return releases.filter((r) => drawnOn(r, x) && drawnOn(r, y));
};

/** GPT-3's data as the article gives it and as the paper does, beside its point. */
const tokenNote = (lang: Lang) => ({ id: "gpt-3-175b", text: dictionaryFor(lang).pages.scaling.tokenNote });

/** The tables a Scaling preset draws from: what its layers follow. */
const presetNeeds = (layers: PresetLayers) =>
  [
    "releases",
    "info",
    ...(layers.thresholds ? ["emergence"] : []),
    ...(layers.trends ? ["trends"] : []),
    ...(layers.backdrop ? ["epoch"] : [])
  ] as ScalingNeeds[];
type ScalingNeeds = "releases" | "emergence" | "trends" | "epoch" | "info";
type ScalingData = Pick<NotebookData, ScalingNeeds>;

/** The explorer's spec of a preset's view (the rest default). */
const presetSpec = (name: PresetName) => {
  const { x, y, xscale, yscale, color, fit, breaks, highlight, line } = {
    ...DEFAULT_SPEC,
    ...NAMED_PRESETS[name].view
  };
  return { x, y, xscale, yscale, color, fit, breaks, highlight, line };
};

/**
 * A Scaling preset's chart options: its view, the page's state over it (scale, thresholds, trends, backdrop, the
 * selection, the filter, a talk's build), and its layers resolved against the data.
 */
function scalingOptions(
  name: ScalingPresetName,
  data: ScalingData,
  state: FigureState,
  size: { width: number; height?: number; preset: Preset; lang: Lang }
): ExploreChartOptions {
  const layers: PresetLayers = NAMED_PRESETS[name].layers;
  const build = layers.build ? state.build : undefined;
  const growth = layers.look === "growth";
  return {
    ...presetSpec(name),
    yscale: growth ? (state.scale ?? "log") : "log",
    ...size,
    thresholds: layers.thresholds && !build ? chosenThresholds(data.emergence, state) : [],
    backdrop: layers.backdrop && state.backdrop && data.epoch.available ? data.epoch.models : [],
    layers: {
      look: layers.look,
      trends: layers.trends && state.trend !== false && !build ? data.trends : [],
      gptPath: GPT_PATH,
      widen: Boolean(state.widen),
      asOf: growth ? dataAsOf(data.info) : "",
      selected: state.selected ?? null,
      visible: build ? new Set(build.models.slice(0, build.revealed)) : (state.visible ?? null),
      labelAll: Boolean(build),
      annotations: layers.gpt3TokenNote && size.preset !== "slide" ? [tokenNote(size.lang)] : []
    }
  };
}

/** The columns of a parameters-against-tokens view's download. */
const tokensColumns: Column<ReleaseRow>[] = [
  { label: column("model"), value: (d) => d.name },
  { label: column("parameters"), value: (d) => d.parameters },
  { label: column("trainingTokens"), value: (d) => d.training_tokens },
  {
    label: column("tokensPerParameter"),
    value: (d) => +(d.training_tokens! / d.parameters!).toFixed(2)
  },
  { label: column("source"), value: (d) => d.training_tokens_source_url }
];

/** The rows a preset draws (its data download): the growth look's measure, or both of the tokens look's. */
function presetRows(name: ScalingPresetName, data: Pick<ScalingData, "releases">, state: FigureState) {
  const { layers } = NAMED_PRESETS[name];
  const drawn = drawnFor(name, data.releases);
  if (layers.look === "tokens")
    return shown(drawn, state).filter((d) => d.parameters !== null && d.training_tokens !== null);
  return shown(layers.build ? built(drawn, state) : drawn, state);
}

/**
 * A Scaling chart: its named preset (src/figures/explore-presets.ts) drawn by the explore chart with the preset's
 * layers. The words are the figure's own (the dictionaries' `figures` section, by id); the caption adds what the
 * state draws (the derived models left out, the thresholds without a value, the backdrop's credit); the page links
 * to the same view on /explore.
 */
/**
 * An explorer chart's column download is 4:5: on a square 85 mm column its band of undisclosed sizes, a legend of up
 * to eight entries and the credit leave the plot under half the canvas.
 */
const EXPLORE_COLUMN_ASPECT = 1.25;

function presetFigure<const Id extends ScalingPresetName>(id: Id) {
  const layers: PresetLayers = NAMED_PRESETS[id].layers;
  const metric = METRIC_OF[presetSpec(id).y]!;
  const lead = figureText(id, "caption");
  return defineFigure({
    id,
    needs: presetNeeds(layers),
    kind: "chart",
    columnAspect: EXPLORE_COLUMN_ASPECT,
    title: figureText(id, "title"),
    caption: (data: ScalingData, state) =>
      join(
        lead,
        derivedNote(metric),
        layers.thresholds ? thresholdNote(data, state, metric) : NO_TEXT,
        layers.backdrop ? backdropNote(data, state) : NO_TEXT
      ),
    source: figureText(id, "source"),
    // Where its rules are drawn, how to read one: the page's hint, not the caption (which prints).
    hint: (data: ScalingData, state) =>
      layers.thresholds && chosenThresholds(data.emergence, state).length
        ? text((d) => d.figureNotes.thresholdsHint)
        : NO_TEXT,
    explore: (state) => presetLink(id, state),
    shownWords: (data: ScalingData, state, lang) => shownWords(data.releases, state, presetSpec(id), lang),
    rows: (data: ScalingData, state) => presetRows(id, data, state),
    columns: layers.look === "tokens" ? tokensColumns : pointColumns(metric),
    // Its band's rows and the legend's entries are the data's: the height is the layout's (cached for the drawing);
    // before the width is measured, the look's own height (its band's rows are added as it draws).
    roughHeight: (width, preset) => lookHeight(layers.look, width, preset),
    height: (width, preset, data: ScalingData, state, lang = "en") =>
      exploreChartHeight(
        layers.build ? built(data.releases, state) : data.releases,
        scalingOptions(id, data, state, { width, preset, lang })
      ),
    draw: (data: ScalingData, { width, height, preset, lang, state }) =>
      exploreChart(
        layers.build ? built(data.releases, state) : data.releases,
        scalingOptions(id, data, state, { width, height, preset, lang })
      )
  });
}

/** The Explore page's link to a Scaling chart's view: its preset, with the page's scale, thresholds, model, backdrop. */
function presetLink(name: ScalingPresetName, state: FigureState): string {
  const layers: PresetLayers = NAMED_PRESETS[name].layers;
  const query = new URLSearchParams({ preset: name });
  if (layers.look === "growth" && state.scale === "linear") query.set("yscale", "linear");
  if (layers.thresholds && state.thresholds && state.thresholds !== "few-shot")
    query.set("thresholds", state.thresholds);
  // The page's model is ringed there too (the explorer's first highlight), over the backdrop if it is on.
  if (state.selected) query.set("highlight", state.selected);
  if (layers.backdrop && state.backdrop) query.set("backdrop", "on");
  return `?${query}`;
}

export const parametersByDate = presetFigure("parameters-by-date");

export const computeByDate = presetFigure("compute-by-date");

export const tokensByDate = presetFigure("tokens-by-date");

export const parametersVsTokens = presetFigure("parameters-vs-tokens");

export const articleTableFigure = defineFigure({
  id: "article-table",
  needs: ["article"],
  kind: "table",
  title: figureText("article-table", "title"),
  caption: () => figureText("article-table", "caption"),
  source: figureText("article-table", "source"),
  rows: (data) => data.article,
  columns: [
    { label: column("model"), value: (d) => d.article_model },
    { label: column("releasedArticle"), value: (d) => d.article_month },
    { label: column("parametersArticle"), value: (d) => d.article_parameters },
    { label: column("parameterGrowth"), value: (d) => d.parameters_growth },
    { label: column("dataArticleBytes"), value: (d) => d.article_data_bytes },
    { label: column("dataGrowth"), value: (d) => d.data_growth },
    { label: column("catalogParameters"), value: (d) => d.catalog_parameters },
    { label: column("catalogTrainingTokens"), value: (d) => d.catalog_training_tokens },
    { label: column("note"), value: (d, lang) => textIn(lang, d, "note") }
  ],
  height: (_width, preset) => (preset === "slide" ? 600 : 260),
  draw: (data, { lang }) => articleTableView(data.article, lang)
});

export const trendFits = defineFigure({
  id: "trend-fits",
  needs: ["trends"],
  kind: "table",
  title: figureText("trend-fits", "title"),
  caption: () => figureText("trend-fits", "caption"),
  source: figureText("trend-fits", "source"),
  rows: (data) => data.trends,
  columns: [
    { label: column("measure"), value: (d, lang) => dictionaryFor(lang).common.metricShort[d.metric] },
    {
      label: column("population"),
      value: (d, lang) =>
        (dictionaryFor(lang).common.population as Record<string, string>)[d.population] ?? d.population_label
    },
    { label: column("models"), value: (d) => d.n },
    { label: column("ofWhichEstimates"), value: (d) => d.estimates },
    {
      label: column("growthPerYear"),
      value: (d) => (d.growth_per_year === null ? null : +d.growth_per_year.toFixed(2))
    },
    {
      label: column("doublingTimeMonths"),
      value: (d) => (d.doubling_months === null ? null : +d.doubling_months.toFixed(2))
    },
    { label: column("r2"), value: (d) => (d.r2 === null ? null : +d.r2.toFixed(3)) },
    { label: column("whyNoFit"), value: (d, lang) => textIn(lang, d, "reason") }
  ],
  height: () => 200,
  draw: (data, { lang }) => trendTable(data.trends, lang)
});

export const releaseTimeline = defineFigure({
  id: "release-timeline",
  needs: ["releases", "milestones"],
  kind: "chart",
  title: figureText("release-timeline", "title"),
  // "From 2017" only where 2017 is drawn: the year of the first release the view shows.
  viewTitle: (state, data) => {
    const first = minOf(shownReleases(data.releases, state).map((r) => Number(r.release_date.slice(0, 4))));
    return first === Infinity ? null : text((d) => d.figures["release-timeline"].titleFrom(first));
  },
  hint: figureText("release-timeline", "hint"),
  caption: (data, state) =>
    text((d) =>
      d.figures["release-timeline"].caption(
        state.lanes ?? "branch",
        data.releases.some((r) => r.period === "after")
      )
    ),
  source: figureText("release-timeline", "source"),
  // A view's filter (its visible set) is drawn, not hidden in place: the lanes, rows, dates and legend are what it
  // keeps, and a download of the view draws and names what the view shows.
  rows: (data, state) => shown(data.releases, state),
  columns: [
    { label: column("model"), value: (d) => d.name },
    { label: column("family"), value: (d) => d.family },
    { label: column("organization"), value: (d) => d.organization },
    { label: column("branch"), value: (d, lang) => dictionaryFor(lang).common.branch[d.branch] },
    { label: column("released"), value: (d) => d.release_date },
    {
      label: column("datePrecision"),
      value: (d, lang) => dictionaryFor(lang).common.precision[d.release_precision]
    },
    { label: column("source"), value: (d) => d.release_source_url }
  ],
  height: (width, preset, data, state) =>
    timelineChartHeight(shownReleases(data.releases, state), state.lanes ?? "branch", preset, width),
  draw: (data, { width, height, preset, lang, state }) =>
    timelineChart(shownReleases(data.releases, state), data.milestones, {
      width,
      height,
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
  title: figureText("gpt35-tree", "title"),
  caption: () => figureText("gpt35-tree", "caption"),
  hint: figureText("gpt35-tree", "hint"),
  source: figureText("gpt35-tree", "source"),
  rows: (data) => treeEdges(data.lineage, data.releases, GPT35_FAMILIES),
  columns: [
    { label: column("parent"), value: (d) => d.parent_name },
    { label: column("child"), value: (d) => d.child_name },
    { label: column("method"), value: (d, lang) => dictionaryFor(lang).common.method[d.method] },
    { label: column("evidence"), value: (d, lang) => dictionaryFor(lang).common.evidence[d.evidence] },
    { label: column("source"), value: (d) => d.source_url },
    { label: column("note"), value: (d, lang) => textIn(lang, d, "note") }
  ],
  height: (_width, preset, data) => lineageTreeHeight(data.lineage, data.releases, GPT35_FAMILIES, preset),
  // In print and in a download it fills the height it is given (the report's page, the canvas); a slide keeps its rows.
  draw: (data, { width, height, preset, lang, state }) =>
    lineageTree(data.lineage, data.releases, {
      families: GPT35_FAMILIES,
      width,
      height: preset === "print" || preset === "download" ? height : undefined,
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
  title: figureText("lineage-scale", "title"),
  caption: () => figureText("lineage-scale", "caption"),
  source: figureText("lineage-scale", "source"),
  rows: (data) => treeEdges(data.lineage, data.releases, GPT35_FAMILIES),
  columns: [
    { label: column("parent"), value: (d) => d.parent_name },
    { label: column("parentParameters"), value: (d) => d.parent_parameters },
    { label: column("child"), value: (d) => d.child_name },
    { label: column("childParameters"), value: (d) => d.child_parameters },
    { label: column("method"), value: (d, lang) => dictionaryFor(lang).common.method[d.method] },
    { label: column("evidence"), value: (d, lang) => dictionaryFor(lang).common.evidence[d.evidence] }
  ],
  height: (width, preset) => lineageScaleHeight(width, preset),
  // It fills the height it is given: the report's page, a slide's box, a download's canvas.
  draw: (data, { width, height, preset, lang, state }) =>
    lineageScaleChart(data.lineage, data.releases, {
      families: GPT35_FAMILIES,
      width,
      height,
      preset,
      lang,
      selected: state.selected ?? null
    })
});

export const capabilityMatrixFigure = defineFigure({
  id: "capability-matrix",
  needs: ["capabilities"],
  kind: "chart",
  title: figureText("capability-matrix", "title"),
  caption: () => figureText("capability-matrix", "caption"),
  hint: figureText("capability-matrix", "hint"),
  source: figureText("capability-matrix", "source"),
  rows: (data) => data.capabilities,
  columns: [
    { label: column("model"), value: (d) => d.model_name },
    { label: column("ability"), value: (d, lang) => textIn(lang, d, "ability_name") },
    { label: column("state"), value: (d, lang) => dictionaryFor(lang).capability.state[d.state] },
    {
      label: column("stage"),
      value: (d, lang) => (d.stage === null ? null : dictionaryFor(lang).capability.stage[d.stage])
    },
    { label: column("inferred"), value: (d, lang) => dictionaryFor(lang).common.yesNo[d.inferred ? "yes" : "no"] },
    ...claimColumns,
    { label: column("source"), value: (d) => d.source_url },
    { label: column("note"), value: (d, lang) => textIn(lang, d, "note") }
  ],
  height: (width, preset, data, _state) => matrixHeight(data.capabilities, width, preset),
  // In print it fills the height it is given (the report grows it into its page), and on a download's fixed canvas
  // (a square card would else be blank under its legend); on a talk's slide its rows keep their size.
  draw: (data, { width, height, preset, lang, state, fillCanvas }) =>
    capabilityMatrix(data.capabilities, {
      width,
      height: preset === "print" || fillCanvas ? height : undefined,
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
  title: figureText("alignment-tax", "title"),
  caption: () => figureText("alignment-tax", "caption"),
  source: figureText("alignment-tax", "source"),
  rows: (data) => taxRows(data.capabilities, { models: TAX_MODELS, abilities: TAX_ABILITIES }),
  columns: [
    { label: column("model"), value: (d) => d.model_name },
    { label: column("ability"), value: (d, lang) => textIn(lang, d, "ability_name") },
    { label: column("state"), value: (d, lang) => dictionaryFor(lang).capability.state[d.state] },
    ...claimColumns,
    { label: column("source"), value: (d) => d.source_url }
  ],
  height: (width, preset, data) =>
    alignmentTaxHeight(data.capabilities, { models: TAX_MODELS, abilities: TAX_ABILITIES }, width, preset),
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
  title: figureText("ability-origins", "title"),
  caption: () => figureText("ability-origins", "caption"),
  source: figureText("ability-origins", "source"),
  rows: (data) => data.abilities,
  columns: [
    { label: column("order"), value: (d) => d.summary_order },
    { label: column("ability"), value: (d, lang) => textIn(lang, d, "name") },
    { label: column("origin"), value: (d, lang) => dictionaryFor(lang).capability.stage[d.origin_stage] },
    { label: column("claimArticle"), value: (d) => d.article_text },
    { label: column("claimEnglishRendering"), value: (d) => d.claim, english: true }
  ],
  height: () => 600,
  draw: (data, { lang }) => originTable(data.abilities, lang)
});

export const emergenceThresholds = defineFigure({
  id: "emergence-thresholds",
  needs: ["emergence"],
  kind: "chart",
  title: figureText("emergence-thresholds", "title"),
  caption: () => figureText("emergence-thresholds", "caption"),
  source: figureText("emergence-thresholds", "source"),
  rows: (data, state) => emergenceRowsDrawn(chosenThresholds(data.emergence, state, "all")),
  columns: [
    { label: column("ability"), value: (d, lang) => textIn(lang, d, "ability") },
    { label: column("prompting"), value: (d, lang) => dictionaryFor(lang).common.prompting[d.prompting] },
    { label: column("modelFamily"), value: (d) => d.family },
    { label: column("thresholdParameters"), value: (d) => d.threshold_parameters },
    { label: column("thresholdFlop"), value: (d) => d.threshold_flops },
    { label: column("reference"), value: (d) => d.reference }
  ],
  height: (width, preset, data, state) =>
    emergencePanelHeight(chosenThresholds(data.emergence, state, "all"), preset, width),
  draw: (data, { width, height, preset, lang, state }) =>
    emergencePanel(chosenThresholds(data.emergence, state, "all"), { width, height, preset, lang })
});

export const limitations = defineFigure({
  id: "limitations",
  needs: [],
  kind: "table",
  title: figureText("limitations", "title"),
  caption: () => figureText("limitations", "caption"),
  source: figureText("limitations", "source"),
  rows: () => [...LIMITATIONS],
  columns: [
    { label: column("theArticle"), value: (d) => d.zh },
    { label: column("english"), value: (d) => d.en, english: true }
  ],
  height: () => 320,
  draw: (_data, { lang }) => {
    // The article's own words; readers who do not read its Chinese get the English rendering beneath.
    const english = (item: (typeof LIMITATIONS)[number]) =>
      !rulesFor(lang).readsTheArticle && h("div", { className: "claim-en", textContent: item.en });
    return h(
      "ul",
      { className: "limitations" },
      ...LIMITATIONS.map((item) => h("li", {}, h("span", { lang: "zh-CN", textContent: item.zh }), english(item)))
    );
  }
});

/** The Explore page's spec for a state (the default view when the state says nothing). */
const exploreSpecOf = (state: FigureState) => state.explore ?? DEFAULT_SPEC;
interface ExploreRow {
  point: ExplorePoint;
  color: ColorBy;
  measures: { x: Measure; y: Measure };
}
/** The rows of the last view of each list of points: a change asks for them twice (the count, the table). */
const exploreRowsCache = new WeakMap<readonly ExplorePoint[], { key: string; rows: ExploreRow[] }>();
function exploreRows(releases: readonly ReleaseRow[], state: FigureState): ExploreRow[] {
  const { color, x, y } = exploreSpecOf(state);
  const { points } = exploreModel(shownReleases(releases, state), exploreSpecOf(state));
  const key = `${color}|${x}|${y}`;
  const cached = exploreRowsCache.get(points);
  if (cached?.key === key) return cached.rows;
  const rows = points.map((point) => ({ point, color, measures: { x, y } }));
  exploreRowsCache.set(points, { key, rows });
  return rows;
}
/** An axis value for the download: a date as written, a number in full. */
const axisCell = (value: number | null, measure: Measure) =>
  value === null ? null : measure === "date" ? new Date(value).toISOString().slice(0, 10) : value;
const exploreAxisColumns = (axis: "x" | "y"): Column<ExploreRow>[] => {
  const c = (key: "Measure" | "Value" | "Low" | "High" | "Status") => text((d) => d.explore.columns[`${axis}${key}`]);
  return [
    { label: c("Measure"), value: (d, lang) => dictionaryFor(lang).explore.measure[d.measures[axis]] },
    { label: c("Value"), value: (d) => axisCell(d.point[axis].value, d.measures[axis]) },
    { label: c("Low"), value: (d) => axisCell(d.point[axis].low, d.measures[axis]) },
    { label: c("High"), value: (d) => axisCell(d.point[axis].high, d.measures[axis]) },
    {
      label: c("Status"),
      value: (d, lang) => dictionaryFor(lang).common.status[d.point[axis].estimate ? "estimate" : "disclosed"]
    }
  ];
};

/** What an explorer view shows of the catalog, in words; null where its filters keep every model. */
function shownWords(releases: readonly ReleaseRow[], state: FigureState, axes: { x: Measure; y: Measure }, lang: Lang) {
  const shown = exploreShown(releases, state, axes);
  return shown.shown === shown.total ? null : exploreShownWords(shown, lang);
}

/** The models a view does not draw, and why (never guessed): the caption says how many. */
function notDrawnNote(releases: readonly ReleaseRow[], state: FigureState): Text {
  const spec = exploreSpecOf(state);
  const { notDrawn } = exploreModel(shownReleases(releases, state), { ...spec, fit: "none" });
  // On a date view the undisclosed are drawn, as undisclosed, in the band above the plot (explore/undisclosed.ts).
  const banded = undisclosedRows(shownReleases(releases, state), spec.x, spec.y).length === notDrawn.undisclosed;
  const note = (lang: Lang) => {
    const d = dictionaryFor(lang);
    const parts = (["undisclosed", "unknown", "derived"] as const)
      .filter((reason) => notDrawn[reason] > 0)
      .map((reason) =>
        (reason === "undisclosed" && banded ? d.explore.notDrawn.banded : d.explore.notDrawn[reason])(notDrawn[reason])
      );
    const { list, stop } = punctuation(lang);
    return parts.length ? `${rulesFor(lang).wordSpace}${parts.join(list)}${stop.trim()}` : "";
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, note(lang)])) as Text;
}

/** Above CANVAS_MIN drawn models, what the chart leaves out (ranges but the highlighted) and the fits' fewer rounds. */
function largeCatalogNote(releases: readonly ReleaseRow[], state: FigureState): Text {
  const { points } = exploreModel(shownReleases(releases, state), { ...exploreSpecOf(state), fit: "none" });
  if (points.length <= CANVAS_MIN) return NO_TEXT;
  return Object.fromEntries(LANGS.map((lang) => [lang, dictionaryFor(lang).explore.largeNote(CANVAS_MIN)])) as Text;
}

export const exploreScatter = defineFigure({
  id: "explore-scatter",
  needs: ["releases", "emergence", "trends", "epoch", "info"],
  kind: "chart",
  columnAspect: EXPLORE_COLUMN_ASPECT,
  title: figureText("explore-scatter", "title"),
  viewTitle: (state) => presetTitle(state.explore?.preset ?? null),
  caption: (data, state) =>
    join(
      // A Scaling chart's preset is described by that chart's own caption, then by what the view changed from it.
      figureText(scalingStartOf(state) ?? "explore-scatter", "caption"),
      presetChangesNote(state),
      notDrawnNote(data.releases, state),
      largeCatalogNote(data.releases, state),
      exploreBackdrop(data, state).length ? text((d) => d.explore.backdropNote) : NO_TEXT
    ),
  source: figureText("explore-scatter", "source"),
  rows: (data, state) => exploreRows(data.releases, state),
  shownWords: (data, state, lang) => shownWords(data.releases, state, exploreSpecOf(state), lang),
  modelOf: (row) => row.point.id,
  columns: [
    { label: column("model"), value: (d) => d.point.name },
    { label: column("released"), value: (d) => d.point.row.release_date },
    { label: column("organization"), value: (d) => d.point.row.organization },
    { label: text((d) => d.explore.columns.group), value: (d, lang) => groupLabel(d.point.group, d.color, lang) },
    ...exploreAxisColumns("x"),
    ...exploreAxisColumns("y"),
    {
      label: text((d) => d.explore.columns.estimatedBy),
      value: (d) => [d.point.x.estimatedBy, d.point.y.estimatedBy].filter(Boolean).join("; ") || null
    }
  ],
  height: (width, preset, data, state) =>
    exploreChartHeight(shownReleases(data.releases, state), exploreOptions(data, state, { width, preset })),
  draw: (data, { width, height, preset, lang, state }) =>
    exploreChart(shownReleases(data.releases, state), exploreOptions(data, state, { width, height, preset, lang }))
});

/**
 * A named view's title, as the Explore page's list of named views gives it: a Scaling chart's own title, or the
 * question's words. A section added to a talk or report from that view is titled with it, not "any measure…".
 */
export const presetTitle = (name: PresetName | null): Text | null =>
  !name
    ? null
    : name in NAMED_PRESETS && NAMED_PRESETS[name].layers
      ? figureText(name as ScalingPresetName, "title")
      : text((d) => d.explore.presets[name as Exclude<PresetName, ScalingPresetName>]);

/**
 * The Scaling chart a view started from: its preset is kept while the axes are the preset's (src/views/explore-state.ts),
 * whatever its colour, fit, line or eras.
 */
const scalingStartOf = (state: FigureState): ScalingPresetName | null => {
  const preset = state.explore?.preset;
  return preset && NAMED_PRESETS[preset].layers ? (preset as ScalingPresetName) : null;
};

/** What a view changed from the Scaling chart it started from, as one sentence ("" while it is that chart). */
function presetChangesNote(state: FigureState): Text {
  const preset = scalingStartOf(state);
  const changes = preset ? presetLookChanges(preset, state.explore!) : [];
  if (!changes.length) return NO_TEXT;
  const note = (lang: Lang) => {
    const d = dictionaryFor(lang).explore;
    const phrase = (change: LookChange) =>
      change.key === "color"
        ? d.presetChanges.color(d.colorBy[change.to], d.colorBy[change.from])
        : change.key === "fit"
          ? d.presetChanges.fit(d.fitChoice[change.to])
          : change.key === "line"
            ? d.presetChanges.line(d.lineChoice[change.to], d.lineChoice[change.from])
            : d.presetChanges.breaks(change.dates.join(punctuation(lang).enumeration));
    return `${rulesFor(lang).wordSpace}${d.presetChanges.sentence(changes.map(phrase).join(punctuation(lang).list))}`;
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, note(lang)])) as Text;
}

/** The Scaling chart a view's preset draws, if any: while the view keeps the preset's look, it is that chart. */
const scalingPresetOf = (state: FigureState): ScalingPresetName | null => {
  const preset = scalingStartOf(state);
  return preset && keepsPresetLook(preset, state.explore!) ? preset : null;
};

/** The last filtered backdrop of each model list: an update asks for it several times (caption, height, drawing). */
const backdropCache = new WeakMap<readonly ImportedModel[], { key: string; models: ImportedModel[] }>();

/** The backdrop models a view draws: Epoch's, when asked for and fetched, over the view's years, on a real date. */
function exploreBackdrop(data: Pick<NotebookData, "epoch" | "info">, state: FigureState) {
  const years = state.explore?.backdrop;
  if (!years || !data.epoch.available) return [];
  const asOf = dataAsOf(data.info);
  const key = `${years.from}|${years.to}|${asOf}`;
  const cached = backdropCache.get(data.epoch.models);
  if (cached?.key === key) return cached.models;
  const models = data.epoch.models.filter((m) => {
    const year = Number(m.release_date.slice(0, 4));
    return year >= years.from && year <= years.to && drawableDate(m.release_date, asOf) !== null;
  });
  backdropCache.set(data.epoch.models, { key, models });
  return models;
}

function exploreOptions(
  data: Pick<NotebookData, "releases" | "emergence" | "trends" | "epoch" | "info">,
  state: FigureState,
  size: { width: number; height?: number; preset: Preset; lang?: Lang }
): ExploreChartOptions {
  const thresholds = chosenThresholds(data.emergence, { thresholds: state.explore?.thresholds ?? "none" });
  const backdrop = exploreBackdrop(data, state);
  const preset = scalingPresetOf(state);
  // A Scaling chart's preset draws its layers over the view, as on the Scaling page (the filters leave out rows).
  if (preset) {
    const { yscale, thresholds: choice, highlight } = state.explore!;
    const scaling = { scale: yscale, thresholds: choice ?? "none", trend: true, selected: highlight[0] ?? null };
    // The story's frame toggle holds here too: on, the axes are every catalog model's; off, they fit what is shown.
    const frameRows = state.explore!.frame ? data.releases : null;
    return { ...scalingOptions(preset, data, scaling, { lang: "en", ...size }), backdrop, frameRows };
  }
  // A Scaling preset whose colour, fit or line was changed is still its view's starting state: its layers stay.
  const layers: PresetLayers | null = state.explore?.preset ? NAMED_PRESETS[state.explore.preset].layers : null;
  return {
    ...exploreSpecOf(state),
    ...size,
    thresholds,
    backdrop,
    frameRows: state.explore?.frame ? data.releases : null,
    trends: layers?.trends ? data.trends : [],
    annotations: layers?.gpt3TokenNote && size.preset !== "slide" ? [tokenNote(size.lang ?? "en")] : []
  };
}

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

/** A figure's id: one of the registry's, checked by tsc wherever a figure is named. */
export type FigureId = (typeof FIGURES)[number]["id"];

export type AnyFigure = FigureDef<any, any>;
/** A figure by its id: the report's, and the explorer's scatter (a story can show an /explore link). */
export const figureById = (id: string): AnyFigure | undefined =>
  ([...FIGURES, exploreScatter] as readonly AnyFigure[]).find((f) => f.id === id);
