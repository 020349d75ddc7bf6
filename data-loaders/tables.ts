// The tables the site reads, built from the validated catalog with Arquero. Each is a flat array of rows
// (one JSON file each, downloadable as CSV), every fact next to its status and source.
import * as aq from "arquero";
import type { Catalog } from "./catalog.js";
import type { Model } from "./schema.js";

type Row = Record<string, unknown>;

function sourceUrls(catalog: Catalog): Map<string, string> {
  return new Map(catalog.bibliography.map((entry) => [entry.id, entry.url]));
}

/** One fact as flat columns: `parameters`, `parameters_status`, `parameters_source`, ... */
function flattenFact(prefix: string, fact: Model["parameters"], urls: Map<string, string>): Row {
  return {
    [prefix]: fact.value,
    [`${prefix}_status`]: fact.status,
    [`${prefix}_estimated_by`]: fact.estimated_by ?? null,
    [`${prefix}_note`]: fact.note ?? null,
    [`${prefix}_source`]: fact.source,
    [`${prefix}_source_url`]: urls.get(fact.source) ?? null
  };
}

export interface ReleaseRow {
  id: string;
  name: string;
  name_zh: string | null;
  api_name: string | null;
  organization: string;
  branch: Model["branch"];
  branch_note: string | null;
  family: string;
  gpt_line: boolean;
  release_date: string;
  release_precision: "day" | "month";
  release_event: string;
  release_source: string;
  release_source_url: string | null;
  parameters: number | null;
  parameters_status: Model["parameters"]["status"];
  parameters_estimated_by: string | null;
  parameters_note: string | null;
  parameters_source: string;
  parameters_source_url: string | null;
  training_data: number | null;
  training_data_unit: Model["training_data"]["unit"];
  training_data_counts: string | null;
  training_data_status: Model["training_data"]["status"];
  training_data_estimated_by: string | null;
  training_data_note: string | null;
  training_data_source: string;
  training_data_source_url: string | null;
  training_tokens: number | null;
  training_tokens_status: Model["training_tokens"]["status"];
  training_tokens_estimated_by: string | null;
  training_tokens_note: string | null;
  training_tokens_source: string;
  training_tokens_source_url: string | null;
  training_compute: number | null;
  training_compute_status: Model["training_compute"]["status"];
  training_compute_estimated_by: string | null;
  training_compute_note: string | null;
  training_compute_source: string;
  training_compute_source_url: string | null;
  access: Model["access"]["value"];
  access_note: string | null;
  access_source: string;
  access_source_url: string | null;
  notes: string | null;
}

/** releases: one row per model, in release order. */
export function releasesTable(catalog: Catalog): ReleaseRow[] {
  const urls = sourceUrls(catalog);
  const rows = catalog.models.map((model) => ({
    id: model.id,
    name: model.name,
    name_zh: model.name_zh ?? null,
    api_name: model.api_name ?? null,
    organization: model.organization,
    branch: model.branch,
    branch_note: model.branch_note ?? null,
    family: model.family,
    gpt_line: model.gpt_line,
    release_date: model.release.date,
    release_precision: model.release.precision,
    release_event: model.release.event,
    release_source: model.release.source,
    release_source_url: urls.get(model.release.source) ?? null,
    ...flattenFact("parameters", model.parameters, urls),
    ...flattenFact("training_data", model.training_data, urls),
    training_data_unit: model.training_data.unit,
    training_data_counts: model.training_data.counts,
    ...flattenFact("training_tokens", model.training_tokens, urls),
    ...flattenFact("training_compute", model.training_compute, urls),
    access: model.access.value,
    access_note: model.access.note ?? null,
    access_source: model.access.source,
    access_source_url: urls.get(model.access.source) ?? null,
    notes: model.notes ?? null
  }));
  return aq.from(rows).orderby("release_date", "id").objects() as unknown as ReleaseRow[];
}

/** sources: the bibliography, with how many facts cite each source. */
export function sourcesTable(catalog: Catalog): Row[] {
  if (catalog.bibliography.length === 0) return []; // Arquero cannot order or join a table without columns
  const citations = new Map<string, number>();
  const count = (id: string) => citations.set(id, (citations.get(id) ?? 0) + 1);
  for (const model of catalog.models)
    for (const fact of [model.release, model.parameters, model.training_data, model.training_tokens, model.training_compute, model.access]) count(fact.source);
  for (const row of [...catalog.lineage, ...catalog.capabilities, ...catalog.emergence, ...catalog.article, ...catalog.abilities, ...catalog.milestones]) count(row.source);
  return aq
    .from(catalog.bibliography.map((entry) => ({ ...entry, citations: citations.get(entry.id) ?? 0 })))
    .orderby("id")
    .objects() as Row[];
}

function modelNames(catalog: Catalog) {
  return aq.from(catalog.models.map((model) => ({ id: model.id, name: model.name, date: model.release.date, parameters: model.parameters.value })));
}

/** lineage: parent → child edges with method, evidence and source, and both ends' names and dates. */
export function lineageTable(catalog: Catalog): Row[] {
  // Arquero cannot join a table without columns: no edges, no rows (the page draws an empty tree with a note).
  if (catalog.lineage.length === 0) return [];
  const urls = sourceUrls(catalog);
  const names = modelNames(catalog);
  const edges = aq.from(catalog.lineage.map((edge) => ({ ...edge, note: edge.note ?? null, source_url: urls.get(edge.source) ?? null })));
  return edges
    .join_left(names.rename({ id: "parent", name: "parent_name", date: "parent_date", parameters: "parent_parameters" }), "parent")
    .join_left(names.rename({ id: "child", name: "child_name", date: "child_date", parameters: "child_parameters" }), "child")
    .orderby("child_date", "parent_date", "child", "parent")
    .objects() as Row[];
}

/** abilities: in the order of the source article's summary, then the rest. */
export function abilitiesTable(catalog: Catalog): Row[] {
  return catalog.abilities
    .map((ability, index) => ({ ...ability, claim_zh: ability.claim_zh ?? null, claim_en: ability.claim_en ?? null, listed: index }))
    .sort((a, b) => (a.summary_order ?? 1e9) - (b.summary_order ?? 1e9) || a.listed - b.listed)
    .map(({ listed, ...ability }, order) => ({ ...ability, order }));
}

/** capabilities: long format, model × ability, with both names, the evidence and its source. */
export function capabilitiesTable(catalog: Catalog): Row[] {
  if (catalog.capabilities.length === 0) return []; // Arquero cannot order or join a table without columns
  const urls = sourceUrls(catalog);
  const abilities = aq.from(abilitiesTable(catalog).map((a) => ({ ability: a.id, ability_en: a.name_en, ability_zh: a.name_zh, ability_order: a.order })));
  const models = modelNames(catalog).rename({ id: "model", name: "model_name", date: "model_date" }).select("model", "model_name", "model_date");
  return aq
    .from(catalog.capabilities.map((cell) => ({ ...cell, claim_zh: cell.claim_zh ?? null, note: cell.note ?? null, source_url: urls.get(cell.source) ?? null })))
    .join_left(models, "model")
    .join_left(abilities, "ability")
    .orderby("model_date", "model", "ability_order")
    .objects() as Row[];
}

/** emergence: Table 1 of Wei et al. 2022, in the paper's order. */
export function emergenceTable(catalog: Catalog): Row[] {
  const urls = sourceUrls(catalog);
  const names = new Map(catalog.models.map((model) => [model.id, model.name]));
  return catalog.emergence.map((row, order) => ({
    order,
    ...row,
    note: row.note ?? null,
    model_name: row.model === null ? null : (names.get(row.model) ?? null),
    source_url: urls.get(row.source) ?? null
  }));
}

/**
 * article: the source article's GPT / GPT-2 / GPT-3 table as it states it, beside the catalog's values, with the
 * growth factor from the row before and a flag wherever the article and the catalog differ.
 */
export function articleTable(catalog: Catalog): Row[] {
  const urls = sourceUrls(catalog);
  const models = new Map(catalog.models.map((model) => [model.id, model]));
  return catalog.article.map((row, index, rows) => {
    const model = models.get(row.model)!;
    const previous = index > 0 ? rows[index - 1] : undefined;
    const catalogBytes = model.training_data.unit === "bytes" ? model.training_data.value : null;
    return {
      ...row,
      note: row.note ?? null,
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
      month_differs: !model.release.date.startsWith(row.article_month),
      parameters_differ: model.parameters.value === null || Math.abs(model.parameters.value / row.article_parameters - 1) > 0.005,
      data_differs: catalogBytes === null || Math.abs(catalogBytes / row.article_data_bytes - 1) > 0.005
    };
  });
}

/** milestones: dated events for the timeline, each tied to its model (same date) where there is one. */
export function milestonesTable(catalog: Catalog): Row[] {
  if (catalog.milestones.length === 0) return []; // Arquero cannot order or join a table without columns
  const urls = sourceUrls(catalog);
  return aq
    .from(catalog.milestones.map((m) => ({ ...m, source_url: urls.get(m.source) ?? null })))
    .orderby("date")
    .objects() as Row[];
}
