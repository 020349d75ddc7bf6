// The row contract (in src/ so that the browser may import its vocabularies; the loaders import it from here): the shape of every table the loaders emit and the pages read, and the vocabularies they use.
// One module, no runtime imports, so that the zod schemas (data-loaders/schema.ts), the table builders
// (data-loaders/tables.ts) and the components in the browser all compile against the same declarations.
// A prose field `x` is English; its translations `x_<lang>` are derived by `Translations` (src/i18n/data-text.ts), so
// a language added to LANGS adds its columns here by itself.
import type { TranslatedLang, Translations } from "./i18n/data-text.js";

// ---------------------------------------------------------------------------------------------------------------
// Vocabularies: declared once, read by the schemas (z.enum) and by the components (legends, colours, filters).

export const STATUSES = ["disclosed", "estimate", "undisclosed"] as const;
export const BRANCHES = ["decoder-only", "encoder-only", "encoder-decoder", "other"] as const;
export const DATA_UNITS = ["tokens", "words", "bytes"] as const;
export const ACCESS = ["open-weights", "api", "none"] as const;
export const RELEASE_PRECISIONS = ["day", "month"] as const;
export const LINEAGE_METHODS = [
  "successor",
  "continued pre-training",
  "code training",
  "supervised instruction tuning",
  "RLHF",
  "dialogue RLHF",
  "browsing fine-tuning"
] as const;
export const EVIDENCE = ["documented", "inferred"] as const;
export const STAGES = [
  "pre-training",
  "code training",
  "instruction tuning",
  "RLHF",
  "browsing fine-tuning",
  "multimodal training"
] as const;
export const CAPABILITY_STATES = ["present", "weak", "absent", "regressed"] as const;
export const PROMPTING = ["few-shot", "augmented"] as const;
/**
 * The end of the source article: its last dated claim, GPT-4's release (2023-03-14). Models released after it are the
 * "after" period: drawn apart from what the article claims, and hidden by the article-faithful views.
 */
export const ARTICLE_END = "2023-03-14";
export const PERIODS = ["article", "after"] as const;
/** The period of a release date: within the article's time or after its end. */
export const periodOf = (releaseDate: string): Period => (releaseDate <= ARTICLE_END ? "article" : "after");
/** The measures drawn against release date. */
export const METRICS = ["parameters", "training_compute", "training_tokens"] as const;
/** The measures the trend loader fits. */
export const TREND_METRICS = ["parameters", "training_compute"] as const;

export type Status = (typeof STATUSES)[number];
export type Branch = (typeof BRANCHES)[number];
export type DataUnit = (typeof DATA_UNITS)[number];
export type Access = (typeof ACCESS)[number];
export type ReleasePrecision = (typeof RELEASE_PRECISIONS)[number];
export type LineageMethod = (typeof LINEAGE_METHODS)[number];
export type Evidence = (typeof EVIDENCE)[number];
export type Stage = (typeof STAGES)[number];
export type CapabilityState = (typeof CAPABILITY_STATES)[number];
export type Prompting = (typeof PROMPTING)[number];
export type Metric = (typeof METRICS)[number];
export type Period = (typeof PERIODS)[number];
export type TrendMetric = (typeof TREND_METRICS)[number];

// ---------------------------------------------------------------------------------------------------------------
// Rows

/** One fact flattened into columns: `parameters`, `parameters_status`, `parameters_source`, ... */
/** `_low` and `_high`: an estimate's range (sources README, "Ranges for estimates"), null for other statuses. */
type FactColumns<P extends string> = { [K in P]: number | null } & {
  [K in `${P}_low` | `${P}_high`]: number | null;
} & {
  [K in `${P}_status`]: Status;
} & {
  [K in `${P}_estimated_by` | `${P}_note` | `${P}_source_url`]: string | null;
} & Translations<`${P}_note`> & {
    /** The estimator's confidence category (Epoch AI's) when it gives the range. */
    [K in `${P}_confidence`]: string | null;
  } & {
    [K in `${P}_source`]: string;
  };

/** releases.json: one row per model, in release order. */
export type ReleaseRow = {
  id: string;
  name: string;
  api_name: string | null;
  organization: string;
  branch: Branch;
  branch_note: string | null;
  family: string;
  gpt_line: boolean;
  /** The base model of a derived model (sources README rule 7): its data, tokens and compute are its own additional training only. */
  derived_from: string | null;
  release_date: string;
  /** "after" when released after the article's end (ARTICLE_END), else "article". */
  period: Period;
  release_precision: ReleasePrecision;
  release_event: string;
  release_source: string;
  release_source_url: string | null;
  training_data_unit: DataUnit | null;
  training_data_counts: string | null;
  /** The training_data value counts only part of the training data (`training_data_counts` says which). */
  training_data_partial: boolean;
  /** The developer says the model is a mixture of experts; then active_parameters is its parameters used per token. */
  mixture_of_experts: boolean;
  access: Access;
  access_note: string | null;
  access_source: string;
  access_source_url: string | null;
  notes: string | null;
} & Translations<"name" | "branch_note" | "training_data_counts" | "access_note" | "notes"> &
  Translations<"release_event", string> &
  FactColumns<"parameters"> &
  /** A dense model's active parameters are its parameters (the same fact); a mixture of experts has its own. */
  FactColumns<"active_parameters"> &
  FactColumns<"training_data"> &
  FactColumns<"training_tokens"> &
  FactColumns<"training_compute">;

/**
 * chart-releases.json: releases.json cut to what the explorer draws (ids, names, dates, groups, and each measure with
 * its range, status and estimator), without notes, sources or citations, which are about 4 KB of a row in full. The
 * Explore page reads it; the Data page, downloads of the catalog, model cards and every chart whose tooltips or CSV
 * carry notes or sources read releases.json.
 */
export const CHART_RELEASE_FIELDS = [
  "id",
  "name",
  "api_name",
  "organization",
  "branch",
  "family",
  "gpt_line",
  "derived_from",
  "release_date",
  "period",
  "release_precision",
  "mixture_of_experts",
  "access",
  "training_data_unit"
] as const satisfies readonly (keyof ReleaseRow)[];
/** The measures chart-releases.json carries, each with the columns of CHART_FACT_SUFFIXES. */
export const CHART_RELEASE_FACTS = [
  "parameters",
  "active_parameters",
  "training_data",
  "training_tokens",
  "training_compute"
] as const;
export const CHART_FACT_SUFFIXES = ["", "_low", "_high", "_status", "_estimated_by"] as const;
/**
 * A fact's source (its URL, else its short citation), written only where the value is undisclosed: the one place a
 * chart names a source (the undisclosed band's tooltip); elsewhere null, which keeps the file a tenth of releases.json.
 */
export const CHART_SOURCE_SUFFIXES = ["_source_url", "_source"] as const;
/** The fields of chart-releases.json translated into every language (short labels: the model's name). */
export const CHART_RELEASE_TRANSLATED = ["name"] as const;
export type ChartReleaseRow = Pick<
  ReleaseRow,
  | (typeof CHART_RELEASE_FIELDS)[number]
  | `${(typeof CHART_RELEASE_FACTS)[number]}${(typeof CHART_FACT_SUFFIXES)[number]}`
  | `${(typeof CHART_RELEASE_TRANSLATED)[number]}_${TranslatedLang}`
> & {
  [K in `${(typeof CHART_RELEASE_FACTS)[number]}${(typeof CHART_SOURCE_SUFFIXES)[number]}`]: string | null;
};
/**
 * chart-releases.json as written: one array per column, a row's values at one index. Keys are not repeated per row,
 * which at 20,000 rows is two thirds of the bytes of the same table as rows.
 */
export type ChartReleaseColumns = { [K in keyof ChartReleaseRow]: ChartReleaseRow[K][] };

/** The rows of chart-releases.json's columns; columns of different lengths are a broken file. */
export function chartReleaseRows(columns: ChartReleaseColumns): ChartReleaseRow[] {
  const names = Object.keys(columns) as (keyof ChartReleaseRow)[];
  const count = columns.id.length;
  const uneven = names.find((name) => columns[name].length !== count);
  if (uneven)
    throw new Error(`chart-releases.json: column ${uneven} has ${columns[uneven].length} rows, id has ${count}`);
  return Array.from(
    { length: count },
    (_, i) => Object.fromEntries(names.map((name) => [name, columns[name][i]])) as ChartReleaseRow
  );
}

/** lineage.json: a parent → child training step, with both ends' names, dates and sizes. */
export interface LineageRow extends Translations<"note"> {
  parent: string;
  child: string;
  method: LineageMethod;
  evidence: Evidence;
  source: string;
  source_url: string | null;
  note: string | null;
  child_announced_first: boolean;
  /** The parent stands in for an unreleased base model (GPT-3 13B for Codex's): drawn apart from a real parent. */
  stand_in: boolean;
  parent_name: string;
  parent_date: string;
  parent_parameters: number | null;
  child_name: string;
  child_date: string;
  child_parameters: number | null;
}

/** abilities.json: in the order of the source article's summary, then the rest. */
export interface AbilityRow extends Translations<"name", string>, Translations<"claim"> {
  id: string;
  name: string;
  origin_stage: Stage;
  summary_order: number | null;
  source: string;
  /** The source article's own words (Chinese), where the ability is the article's. */
  article_text: string | null;
  /** In English: the article's words translated, or a claim quoted from an English source. */
  claim: string | null;
  /** Position in the article's order (0-based). */
  order: number;
}

/** capabilities.json: model × ability, long format. */
export interface CapabilityRow
  extends Translations<"ability_name", string>, Translations<"claim">, Translations<"note"> {
  model: string;
  model_name: string;
  model_date: string;
  ability: string;
  /** The ability's name (its id is `ability`). */
  ability_name: string;
  ability_order: number;
  state: CapabilityState;
  stage: Stage | null;
  /** No source speaks to this cell: the state is the catalog's inference (drawn with *). */
  inferred: boolean;
  /** The source article's own words (Chinese) when the claim is the article's, else null. */
  article_text: string | null;
  /** The claim in English; its translations (`claim_<lang>`) are null where the article's own words stand instead. */
  claim: string;
  source: string;
  source_url: string | null;
  note: string | null;
}

/** emergence.json: a row of Table 1 of Wei et al. 2022, in the paper's order. */
export interface EmergenceRow extends Translations<"ability", string>, Translations<"note"> {
  order: number;
  ability: string;
  prompting: Prompting;
  family: string | null;
  model: string | null;
  model_name: string | null;
  threshold_parameters: number | null;
  threshold_flops: number | null;
  /** Table 1's FLOPs are Wei et al.'s own estimates. */
  threshold_flops_estimated_by: string | null;
  /** The range of Wei et al.'s estimate: they give none, so the README's rule for ungraded estimates (÷10 to ×10). */
  threshold_flops_low: number | null;
  threshold_flops_high: number | null;
  /** The catalog's compute for the model named, and whether it differs from Wei et al.'s figure by over 2%. */
  catalog_flops: number | null;
  catalog_flops_differs: boolean;
  reference: string | null;
  source: string;
  source_url: string | null;
  note: string | null;
}

interface TrendBase {
  metric: TrendMetric;
  population: string;
  population_label: string;
  /** The models the fit is over (or would be). */
  models: string[];
  n: number;
  estimates: number;
}

/** trends.json: a log-linear fit of one measure over one population of models... */
export interface FittedTrend extends TrendBase, Translations<"reason", null> {
  status: "fitted";
  reason: null;
  slope_log10_per_year: number;
  growth_per_year: number;
  doubling_months: number;
  r2: number;
  start_date: string;
  end_date: string;
  start_value: number;
  end_value: number;
}

/** ...or, with fewer than two points on two dates, no fit and the reason. */
export interface UnfittedTrend extends TrendBase, Translations<"reason", string> {
  status: "not enough points";
  reason: string;
  slope_log10_per_year: null;
  growth_per_year: null;
  doubling_months: null;
  r2: null;
  start_date: null;
  end_date: null;
  start_value: null;
  end_value: null;
}

export type TrendRow = FittedTrend | UnfittedTrend;

/** article.json: the source article's GPT / GPT-2 / GPT-3 table as printed, beside the catalog's values. */
export interface ArticleTableRow extends Translations<"note"> {
  article_model: string;
  model: string;
  article_month: string;
  article_month_text: string;
  article_parameters_text: string;
  article_parameters: number;
  article_data_text: string;
  article_data_bytes: number;
  source: string;
  source_url: string | null;
  note: string | null;
  model_name: string;
  catalog_release_date: string;
  catalog_parameters: number | null;
  catalog_parameters_status: Status;
  catalog_training_data: number | null;
  catalog_training_data_unit: DataUnit | null;
  catalog_training_tokens: number | null;
  parameters_growth: number | null;
  data_growth: number | null;
  /** The same growth computed from the primary sources' values. */
  catalog_parameters_growth: number | null;
  /** null where the catalog's sizes are not comparable (one counts only part of the training data). */
  catalog_data_growth: number | null;
  month_differs: boolean;
  parameters_differ: boolean;
  data_differs: boolean;
}

/** milestones.json: a dated event of the timeline, tied to its model where there is one. */
export interface MilestoneRow extends Translations<"label", string> {
  date: string;
  label: string;
  model: string | null;
  source: string;
  source_url: string | null;
}

/** sources.json: the bibliography, with how many facts cite each source. */
export interface SourceRow {
  id: string;
  title: string;
  url: string;
  publisher: string;
  year: number;
  citations: number;
}

/** The claims ledger's vocabularies (claims.json): what a claim is, and the verdict against the primary sources. */
export const CLAIM_KINDS = ["fact", "estimate", "interpretation", "opinion"] as const;
export const CLAIM_VERDICTS = ["confirmed", "corrected", "unverifiable", "interpretation"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

/** claims.json: a claim of the source article in the article's order, its verdict, its source, and where it is drawn. */
export interface ClaimRow extends Translations<"claim" | "corrected_value" | "note"> {
  id: string;
  section: string;
  /** 1-based paragraph of the article. */
  paragraph: number;
  /** The article's own words (Chinese). */
  article_text: string;
  /** The article's words in English; `claim_<lang>` null where readers read the article's own words. */
  claim: string;
  kind: ClaimKind;
  verdict: ClaimVerdict;
  corrected_value: string | null;
  note: string | null;
  /** A bibliography id. */
  source: string;
  /** "/page#figure-id", or null. */
  shown_in: string | null;
  order: number;
  source_title: string | null;
  source_url: string | null;
  /** The page part of shown_in ("/scaling"), and the figure part ("parameters-by-date"). */
  shown_page: string | null;
  shown_figure: string | null;
}

/** build-info.json */
export interface BuildInfo {
  /** The date of the last change to the curated sources (YYYY-MM-DD). */
  data_date: string;
  /** The build's as-of date (YYYY-MM-DD): nothing is drawn as released after it. */
  as_of: string;
  models: number;
  sources: number;
  /** The earliest and latest release dates in the catalog (YYYY-MM-DD): the years a citation of it gives. */
  first_release: string | null;
  latest_release: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// The Epoch AI import (epoch.json)

/**
 * An Epoch system as a flat row, in the spirit of the releases table. Every value is Epoch's: status is "estimate"
 * and estimated_by "Epoch AI" for the whole row, because these are Epoch's compiled figures. Epoch's own grade of its
 * figures is kept verbatim in `confidence`. A null number means Epoch has none.
 */
export interface ImportedModel {
  id: string;
  name: string;
  organization: string | null;
  release_date: string;
  parameters: number | null;
  training_compute: number | null;
  /**
   * Epoch's word count converted back to tokens with Epoch's 0.75 words per token. This is the size of the training
   * dataset, not the tokens seen in training (GPT-3: 499B here, 300B trained on in the curated catalog).
   */
  training_tokens: number | null;
  /** Epoch's "Training dataset size" as published (words for language models). */
  training_words: number | null;
  confidence: string | null;
  status: "estimate";
  estimated_by: "Epoch AI";
  source: "epoch-ai";
  base_model: string | null;
  domain: string;
  link: string | null;
  /** Where the row came from in the file (CSV record number, header = row 1). */
  row: number;
}

export interface EpochConflict {
  model: string;
  epochName: string;
  field: "parameters" | "training_compute";
  curated: number;
  epoch: number;
  /** (epoch - curated) / curated */
  difference: number;
}

export interface EpochImport {
  models: ImportedModel[];
  matched: { epochName: string; catalogId: string; row: number; via: "alias" | "name" }[];
  conflicts: EpochConflict[];
  skipped: Record<string, number>;
  skippedRows: { row: number; name: string; reason: string }[];
  counts: { read: number; language: number; imported: number; matched: number; skipped: number };
}

export type EpochLoad =
  | { available: false; reason: string; attribution: string }
  | ({
      available: true;
      file: string;
      attribution: string;
      columns: Record<string, string | null>;
      ignored: string[];
      problems: string[];
    } & EpochImport);

/** Whether epoch.json holds a backdrop, known without fetching it (epoch-status.json). */
export interface EpochStatus {
  available: boolean;
  reason: string | null;
  attribution: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Everything a page can load, by loader name (src/data/NAME.json).

export interface NotebookData {
  releases: ReleaseRow[];
  lineage: LineageRow[];
  abilities: AbilityRow[];
  capabilities: CapabilityRow[];
  emergence: EmergenceRow[];
  trends: TrendRow[];
  article: ArticleTableRow[];
  milestones: MilestoneRow[];
  sources: SourceRow[];
  info: BuildInfo;
  epoch: EpochLoad;
}
