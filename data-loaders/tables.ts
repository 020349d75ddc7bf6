// The tables the site reads, built from the validated catalog. Each is a flat array of rows (one JSON file each,
// downloadable as CSV), every fact next to its status and source, typed by the row contract (contract.ts).
// One style throughout: rows are built by looking up what they reference in an index by id; Arquero orders them
// (multi-key sorts, ties broken by id so the output is stable).
import * as aq from "arquero";
import type { Catalog } from "./catalog.js";
import type {
  AbilityRow,
  ArticleTableRow,
  CapabilityRow,
  EmergenceRow,
  LineageRow,
  MilestoneRow,
  ReleaseRow,
  SourceRow
} from "../src/contract.js";
import { periodOf } from "../src/contract.js";
import type { Model } from "./schema.js";
import { translationsOf, type Translations } from "../src/i18n/data-text.js";
import { derivedParents } from "./derived.js";
import { confidenceRange, UNGRADED_CONFIDENCE } from "./ranges.js";

/** Wei et al. give no range for their FLOPs: the README's rule for ungraded estimates gives one. */
function weiRange(flops: number | null) {
  const range = flops === null ? null : confidenceRange(flops, UNGRADED_CONFIDENCE);
  return { threshold_flops_low: range?.low ?? null, threshold_flops_high: range?.high ?? null };
}

/** The rows in the order of the given columns (ascending), by Arquero; the rows keep their types. */
function ordered<T extends object>(rows: T[], ...columns: (keyof T & string)[]): T[] {
  if (!rows.length) return [];
  const table = aq.from(rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]]))));
  return Array.from(table.orderby(...columns).indices(), (i) => rows[i]!);
}

function index<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

const sourceUrls = (catalog: Catalog) => new Map(catalog.bibliography.map((entry) => [entry.id, entry.url]));

/** A model that a row references: validation has checked that it exists. */
function modelOf(models: Map<string, Model>, id: string): Model {
  const model = models.get(id);
  if (!model) throw new Error(`unknown model ${JSON.stringify(id)}: the catalog should have been validated first`);
  return model;
}

/** One fact as flat columns: `parameters`, `parameters_status`, `parameters_source`, ... */
type FactKey = "parameters" | "active_parameters" | "training_data" | "training_tokens" | "training_compute";

function factColumns<P extends FactKey>(prefix: P, fact: NonNullable<Model[P]>, urls: Map<string, string>) {
  return {
    [prefix]: fact.value,
    [`${prefix}_status`]: fact.status,
    [`${prefix}_estimated_by`]: fact.estimated_by ?? null,
    [`${prefix}_low`]: fact.low ?? null,
    [`${prefix}_high`]: fact.high ?? null,
    [`${prefix}_confidence`]: fact.confidence ?? null,
    [`${prefix}_note`]: fact.note ?? null,
    ...translationsOf(fact as Model["parameters"], "note", `${prefix}_note`),
    [`${prefix}_source`]: fact.source,
    [`${prefix}_source_url`]: urls.get(fact.source) ?? null
  } as { [K in P]: number | null } & Record<`${P}_status`, NonNullable<Model[P]>["status"]> &
    Record<`${P}_low` | `${P}_high`, number | null> &
    Record<`${P}_estimated_by` | `${P}_note` | `${P}_source_url` | `${P}_confidence`, string | null> &
    Translations<`${P}_note`> &
    Record<`${P}_source`, string>;
}

/** releases: one row per model, in release order. */
export function releasesTable(catalog: Catalog): ReleaseRow[] {
  const urls = sourceUrls(catalog);
  const bases = derivedParents(catalog.lineage);
  const rows = catalog.models.map(
    (model) =>
      ({
        id: model.id,
        name: model.name,
        ...translationsOf(model, "name"),
        api_name: model.api_name ?? null,
        organization: model.organization,
        branch: model.branch,
        branch_note: model.branch_note ?? null,
        ...translationsOf(model, "branch_note"),
        family: model.family,
        gpt_line: model.gpt_line,
        derived_from: bases.get(model.id) ?? null,
        release_date: model.release.date,
        period: periodOf(model.release.date),
        release_precision: model.release.precision,
        release_event: model.release.event,
        ...translationsOf(model.release, "event", "release_event"),
        release_source: model.release.source,
        release_source_url: urls.get(model.release.source) ?? null,
        ...factColumns("parameters", model.parameters, urls),
        mixture_of_experts: model.active_parameters !== undefined,
        ...factColumns("active_parameters", model.active_parameters ?? model.parameters, urls),
        ...factColumns("training_data", model.training_data, urls),
        training_data_unit: model.training_data.unit,
        training_data_counts: model.training_data.counts,
        ...translationsOf(model.training_data, "counts", "training_data_counts"),
        training_data_partial: model.training_data.partial ?? false,
        ...factColumns("training_tokens", model.training_tokens, urls),
        ...factColumns("training_compute", model.training_compute, urls),
        access: model.access.value,
        access_note: model.access.note ?? null,
        ...translationsOf(model.access, "note", "access_note"),
        access_source: model.access.source,
        access_source_url: urls.get(model.access.source) ?? null,
        notes: model.notes ?? null,
        ...translationsOf(model, "notes")
      }) satisfies ReleaseRow
  );
  return ordered(rows, "release_date", "id");
}

/** sources: the bibliography, with how many facts cite each source. */
export function sourcesTable(catalog: Catalog): SourceRow[] {
  const cited = [
    ...catalog.models.flatMap((m) => [
      m.release,
      m.parameters,
      m.training_data,
      m.training_tokens,
      m.training_compute,
      m.access
    ]),
    ...catalog.lineage,
    ...catalog.capabilities,
    ...catalog.emergence,
    ...catalog.article,
    ...catalog.abilities,
    ...catalog.milestones,
    ...catalog.claims
  ].map((row) => row.source);
  const citations = (id: string) => cited.filter((source) => source === id).length;
  const rows = catalog.bibliography.map((entry) => ({ ...entry, citations: citations(entry.id) }) satisfies SourceRow);
  return ordered(rows, "id");
}

/** lineage: parent → child edges with method, evidence and source, and both ends' names and dates. */
export function lineageTable(catalog: Catalog): LineageRow[] {
  const urls = sourceUrls(catalog);
  const models = index(catalog.models, (m) => m.id);
  const rows = catalog.lineage.map((edge) => {
    const parent = modelOf(models, edge.parent);
    const child = modelOf(models, edge.child);
    return {
      parent: edge.parent,
      child: edge.child,
      method: edge.method,
      evidence: edge.evidence,
      source: edge.source,
      source_url: urls.get(edge.source) ?? null,
      note: edge.note ?? null,
      ...translationsOf(edge, "note"),
      child_announced_first: edge.child_announced_first ?? false,
      stand_in: edge.stand_in ?? false,
      parent_name: parent.name,
      parent_date: parent.release.date,
      parent_parameters: parent.parameters.value,
      child_name: child.name,
      child_date: child.release.date,
      child_parameters: child.parameters.value
    } satisfies LineageRow;
  });
  return ordered(rows, "child_date", "parent_date", "child", "parent");
}

/** abilities: in the order of the source article's summary, then the rest in the file's order. */
export function abilitiesTable(catalog: Catalog): AbilityRow[] {
  const listed = catalog.abilities.map((ability, position) => ({
    ability,
    position,
    summary: ability.summary_order ?? Number.MAX_SAFE_INTEGER
  }));
  return ordered(listed, "summary", "position").map(
    ({ ability }, order) =>
      ({
        id: ability.id,
        name: ability.name,
        ...translationsOf(ability, "name"),
        origin_stage: ability.origin_stage,
        summary_order: ability.summary_order,
        source: ability.source,
        article_text: ability.article_text ?? null,
        claim: ability.claim ?? null,
        ...translationsOf(ability, "claim"),
        order
      }) satisfies AbilityRow
  );
}

/** capabilities: long format, model × ability, with both names, the evidence and its source. */
export function capabilitiesTable(catalog: Catalog): CapabilityRow[] {
  const urls = sourceUrls(catalog);
  const models = index(catalog.models, (m) => m.id);
  const abilities = index(abilitiesTable(catalog), (a) => a.id);
  const rows = catalog.capabilities.map((cell) => {
    const model = modelOf(models, cell.model);
    const ability = abilities.get(cell.ability);
    if (!ability)
      throw new Error(`unknown ability ${JSON.stringify(cell.ability)}: the catalog should have been validated first`);
    return {
      model: cell.model,
      model_name: model.name,
      model_date: model.release.date,
      ability: cell.ability,
      ability_name: ability.name,
      ...translationsOf(ability, "name", "ability_name"),
      ability_order: ability.order,
      state: cell.state,
      stage: cell.stage,
      inferred: cell.inferred,
      article_text: cell.article_text ?? null,
      claim: cell.claim,
      ...translationsOf(cell, "claim"),
      source: cell.source,
      source_url: urls.get(cell.source) ?? null,
      note: cell.note ?? null,
      ...translationsOf(cell, "note")
    } satisfies CapabilityRow;
  });
  return ordered(rows, "model_date", "model", "ability_order");
}

/** emergence: Table 1 of Wei et al. 2022, in the paper's order. */
export function emergenceTable(catalog: Catalog): EmergenceRow[] {
  const urls = sourceUrls(catalog);
  const models = index(catalog.models, (m) => m.id);
  return catalog.emergence.map((row, order) => {
    const model = row.model === null ? undefined : modelOf(models, row.model);
    const catalogFlops = model?.training_compute.value ?? null;
    return {
      order,
      ability: row.ability,
      ...translationsOf(row, "ability"),
      prompting: row.prompting,
      family: row.family,
      model: row.model,
      model_name: model?.name ?? null,
      threshold_parameters: row.threshold_parameters,
      threshold_flops: row.threshold_flops,
      // Table 1's FLOPs are Wei et al.'s own estimates; where the catalog's figure for the model differs, say so.
      threshold_flops_estimated_by: row.threshold_flops === null ? null : "Wei et al. (2022)",
      ...weiRange(row.threshold_flops),
      catalog_flops: catalogFlops,
      catalog_flops_differs:
        catalogFlops !== null &&
        row.threshold_flops !== null &&
        Math.abs(catalogFlops / row.threshold_flops - 1) > 0.02,
      reference: row.reference,
      source: row.source,
      source_url: urls.get(row.source) ?? null,
      note: row.note ?? null,
      ...translationsOf(row, "note")
    } satisfies EmergenceRow;
  });
}

/**
 * article: the source article's GPT / GPT-2 / GPT-3 table as it states it, beside the catalog's values, with the
 * growth factor from the row before and a flag wherever the article and the catalog differ.
 */
export function articleTable(catalog: Catalog): ArticleTableRow[] {
  const urls = sourceUrls(catalog);
  const models = index(catalog.models, (m) => m.id);
  return catalog.article.map((row, position, rows) => {
    const model = modelOf(models, row.model);
    const previous = position > 0 ? rows[position - 1] : undefined;
    const catalogBytes = model.training_data.unit === "bytes" ? model.training_data.value : null;
    // A growth factor compares whole data sets only: GPT-3's 570 GB is its Common Crawl part (training_data.partial).
    const comparable =
      !model.training_data.partial && !(previous && modelOf(models, previous.model).training_data.partial);
    const previousModel = previous ? modelOf(models, previous.model) : undefined;
    const previousBytes = previousModel?.training_data.unit === "bytes" ? previousModel.training_data.value : null;
    return {
      ...row,
      note: row.note ?? null,
      ...translationsOf(row, "note"),
      source_url: urls.get(row.source) ?? null,
      model_name: model.name,
      catalog_release_date: model.release.date,
      catalog_parameters: model.parameters.value,
      catalog_parameters_status: model.parameters.status,
      catalog_training_data: model.training_data.value,
      catalog_training_data_unit: model.training_data.unit,
      catalog_training_tokens: model.training_tokens.value,
      parameters_growth: previous ? row.article_parameters / previous.article_parameters : null,
      data_growth: previous ? row.article_data_bytes / previous.article_data_bytes : null,
      // The same growth from the catalog's values, where they are comparable (not for GPT-3's partial 570 GB).
      catalog_parameters_growth:
        previousModel?.parameters.value && model.parameters.value
          ? model.parameters.value / previousModel.parameters.value
          : null,
      catalog_data_growth: comparable && previousBytes && catalogBytes ? catalogBytes / previousBytes : null,
      month_differs: !model.release.date.startsWith(row.article_month),
      parameters_differ:
        model.parameters.value === null || Math.abs(model.parameters.value / row.article_parameters - 1) > 0.005,
      data_differs: catalogBytes === null || Math.abs(catalogBytes / row.article_data_bytes - 1) > 0.005
    } satisfies ArticleTableRow;
  });
}

/** milestones: dated events for the timeline, each tied to its model (same date) where there is one. */
export function milestonesTable(catalog: Catalog): MilestoneRow[] {
  const urls = sourceUrls(catalog);
  const rows = catalog.milestones.map((m) => ({ ...m, source_url: urls.get(m.source) ?? null }) satisfies MilestoneRow);
  return ordered(rows, "date", "label");
}
