// Reads and validates the curated sources as one catalog: each file against its schema, then across files
// (every reference names a known model, family, ability and source; no lineage cycles). Fails on any problem.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { claim, shownInProblems, type Claim } from "./claims.js";
import { sourcingRuleProblems } from "./rules.js";
import * as schema from "./schema.js";
import { dateProblem } from "./bounds.js";
import { buildAsOf } from "./as-of.js";
import { MAX_JSON_DEPTH, scanJson } from "./json-scan.js";
import { decodeUtf8 } from "./source-text.js";
import { rowLabel, SourceError, validateRows } from "./validation.js";

// (Not `new URL(..., import.meta.url)`: under jsdom, URL is jsdom's and fileURLToPath rejects it.)
export const SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), "sources");
/** The site's pages (src/*.md), which a claim's `shown_in` must name. */
export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "src");

export const SOURCE_FILES = {
  bibliography: "bibliography.json",
  models: "models.json",
  lineage: "lineage.json",
  abilities: "abilities.json",
  capabilities: "capabilities.json",
  emergence: "emergence.json",
  article: "article-table.json",
  milestones: "milestones.json",
  claims: "claims.json"
} as const;

export type SourceName = keyof typeof SOURCE_FILES;
/** The files' parsed JSON, not yet validated. */
export type RawSources = Record<SourceName, unknown>;

export interface Catalog {
  bibliography: schema.BibliographyEntry[];
  models: schema.Model[];
  lineage: schema.LineageEdge[];
  abilities: schema.Ability[];
  capabilities: schema.Capability[];
  emergence: schema.EmergenceRow[];
  article: schema.ArticleRow[];
  milestones: schema.Milestone[];
  claims: Claim[];
}

/**
 * Reads one source file as JSON: UTF-8 (a BOM is dropped), every key once per object, nested no deeper than any
 * curated row needs. Pushes one message per problem, naming the file (and the row and key where there is one).
 */
function readJsonSource(path: string, shown: string, problems: string[]): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push(`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, shown);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
  const scanned = scanJson(text);
  const tooDeep = scanned.find((problem) => problem.kind === "too deep");
  if (tooDeep) {
    problems.push(
      `${shown}, line ${tooDeep.line}: is nested more than ${MAX_JSON_DEPTH} levels deep (a curated row needs three); not read further`
    );
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8 says where as a character position: give the line and column a reader's editor shows.
    const message = (error as Error).message;
    const position = Number(message.match(/at position (\d+)/)?.[1] ?? Number.NaN);
    const before = Number.isNaN(position) ? null : text.slice(0, position).split("\n");
    const where = before ? ` at line ${before.length}, column ${before.at(-1)!.length + 1}` : "";
    problems.push(`${shown}: is not valid JSON${where} (${message})`);
    return undefined;
  }
  const duplicates = scanned.filter((problem) => problem.kind === "duplicate key");
  for (const { row, path: inside, key, line } of duplicates) {
    const where = row === null ? shown : rowLabel(shown, row, Array.isArray(parsed) ? parsed[row] : undefined);
    const field = inside ? `${inside}.${key}` : key;
    problems.push(
      `${where}, field "${field}" (line ${line}): the key is written more than once in the same object (JSON would keep only the last); keep one`
    );
  }
  return duplicates.length ? undefined : parsed;
}

export function readSources(dir: string = SOURCES_DIR): RawSources {
  const problems: string[] = [];
  const raw = {} as RawSources;
  for (const [name, file] of Object.entries(SOURCE_FILES) as [SourceName, string][]) {
    const path = join(dir, file);
    raw[name] = readJsonSource(path, relative(process.cwd(), path) || path, problems);
  }
  if (problems.length) throw new SourceError(problems);
  return raw;
}

/** Every value of a key named `source` anywhere in a row. */
function sourceReferences(row: unknown, path: string[] = []): { path: string; id: unknown }[] {
  if (!row || typeof row !== "object") return [];
  return Object.entries(row).flatMap(([key, value]) =>
    key === "source" ? [{ path: [...path, key].join("."), id: value }] : sourceReferences(value, [...path, key])
  );
}

function duplicates<T>(rows: T[], key: (row: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) (seen.has(key(row)) ? repeated : seen).add(key(row));
  return [...repeated];
}

/** Edges that close a cycle in the parent → child graph (none in a valid lineage). */
export function findCycle(edges: { parent: string; child: string }[]): string[] | null {
  const children = new Map<string, string[]>();
  for (const { parent, child } of edges) children.set(parent, [...(children.get(parent) ?? []), child]);
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  function visit(node: string): string[] | null {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "visiting");
    stack.push(node);
    for (const child of children.get(node) ?? []) {
      const cycle = visit(child);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  }
  for (const node of children.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

export interface ValidateOptions {
  /** The build's as-of date (YYYY-MM-DD, as-of.ts): a later date is a typo, nothing is released in the future. */
  asOf: string;
  /** The folder named in messages. */
  folder?: string;
  /** Where the site's pages are, for claims' `shown_in`. */
  pagesDir?: string;
}

export function validateCatalog(raw: RawSources, options: ValidateOptions): Catalog {
  const today = options.asOf;
  const folder = options.folder ?? relative(process.cwd(), SOURCES_DIR);
  const file = (name: SourceName) => join(folder, SOURCE_FILES[name]);
  const problems: string[] = [];
  const labels = new WeakMap<object, string>();
  const rows = <S extends import("zod").ZodType>(name: SourceName, rowSchema: S) =>
    validateRows(file(name), raw[name], rowSchema, problems, labels);
  const catalog: Catalog = {
    bibliography: rows("bibliography", schema.bibliographyEntry),
    models: rows("models", schema.model),
    lineage: rows("lineage", schema.lineageEdge),
    abilities: rows("abilities", schema.ability),
    capabilities: rows("capabilities", schema.capability),
    emergence: rows("emergence", schema.emergenceRow),
    article: rows("article", schema.articleRow),
    milestones: rows("milestones", schema.milestone),
    claims: rows("claims", claim)
  };
  const label = (row: object) => labels.get(row) ?? "(unknown row)";

  for (const id of duplicates(catalog.bibliography, (entry) => entry.id))
    problems.push(`${file("bibliography")}: the id ${JSON.stringify(id)} is used by more than one source`);
  for (const id of duplicates(catalog.models, (model) => model.id))
    problems.push(`${file("models")}: the id ${JSON.stringify(id)} is used by more than one model`);
  for (const id of duplicates(catalog.abilities, (ability) => ability.id))
    problems.push(`${file("abilities")}: the id ${JSON.stringify(id)} is used by more than one ability`);
  for (const pair of duplicates(catalog.lineage, (edge) => `${edge.parent} → ${edge.child}`))
    problems.push(`${file("lineage")}: the edge ${pair} is listed more than once`);
  for (const id of duplicates(catalog.claims, (row) => row.id))
    problems.push(`${file("claims")}: the id ${JSON.stringify(id)} is used by more than one claim`);
  for (const pair of duplicates(catalog.capabilities, (cell) => `${cell.model} × ${cell.ability}`))
    problems.push(`${file("capabilities")}: the cell ${pair} is listed more than once`);

  // Names a reference may use: taken from every row, valid or not, so one bad row is reported once and not
  // again as a dangling reference from every row that names it.
  const namesIn = (name: SourceName, key: string) =>
    new Set(
      (Array.isArray(raw[name]) ? (raw[name] as Record<string, unknown>[]) : [])
        .map((row) => row?.[key])
        .filter((v): v is string => typeof v === "string")
    );
  const sources = namesIn("bibliography", "id");
  const modelIds = namesIn("models", "id");
  const families = namesIn("models", "family");
  const abilities = namesIn("abilities", "id");
  const models = new Map(catalog.models.map((model) => [model.id, model]));
  const known = (
    set: { has(key: string): boolean },
    row: object,
    field: string,
    value: string | null,
    what: string
  ) => {
    if (value !== null && !set.has(value))
      problems.push(`${label(row)}, field "${field}": ${JSON.stringify(value)} is not a known ${what}`);
  };

  for (const name of Object.keys(SOURCE_FILES) as SourceName[]) {
    if (name === "bibliography") continue;
    for (const row of catalog[name])
      for (const { path, id } of sourceReferences(row))
        known(sources, row, path, id as string, `source in ${SOURCE_FILES.bibliography}`);
  }
  // Dates between 2015-01-01 and the build date (bounds.ts): a 2099 milestone would stretch the timeline to 2099.
  const checkDate = (row: object, field: string, date: string) => {
    const problem = dateProblem(date, today);
    if (problem) problems.push(`${label(row)}, field "${field}": ${date} ${problem}`);
  };
  for (const model of catalog.models) checkDate(model, "release.date", model.release.date);
  for (const row of catalog.milestones) checkDate(row, "date", row.date);
  for (const row of catalog.article) checkDate(row, "article_month", `${row.article_month}-01`);
  for (const edge of catalog.lineage) {
    known(modelIds, edge, "parent", edge.parent, "model id");
    known(modelIds, edge, "child", edge.child, "model id");
    const parent = models.get(edge.parent);
    const child = models.get(edge.child);
    if (parent && child && child.release.date < parent.release.date && !edge.child_announced_first)
      problems.push(
        `${label(edge)}, field "child": ${edge.child} (${child.release.date}) is dated before its parent ${edge.parent} (${parent.release.date}); if that is right, set child_announced_first and say why in the note`
      );
  }
  const cycle = findCycle(catalog.lineage);
  if (cycle) problems.push(`${file("lineage")}: the edges form a cycle: ${cycle.join(" → ")}`);
  for (const cell of catalog.capabilities) {
    known(modelIds, cell, "model", cell.model, "model id");
    known(abilities, cell, "ability", cell.ability, `ability id in ${SOURCE_FILES.abilities}`);
  }
  // A model with capability cells has one for every ability: a missing cell would show as a blank, read as "no".
  // Checked only when the cells themselves are valid, so one bad cell is not reported again as a missing one.
  if (!problems.some((problem) => problem.startsWith(file("capabilities")))) {
    const cells = new Set(catalog.capabilities.map((cell) => `${cell.model} × ${cell.ability}`));
    for (const model of new Set(catalog.capabilities.map((cell) => cell.model)))
      for (const ability of catalog.abilities)
        if (!cells.has(`${model} × ${ability.id}`))
          problems.push(
            `${file("capabilities")}: no cell for model ${JSON.stringify(model)} × ability ${JSON.stringify(ability.id)} (the model has cells for other abilities: add this one, with state "absent" if it lacks the ability)`
          );
  }
  for (const row of catalog.emergence) {
    known(families, row, "family", row.family, "model family");
    known(modelIds, row, "model", row.model, "model id");
    const model = row.model === null ? undefined : models.get(row.model);
    if (model && model.family !== row.family)
      problems.push(
        `${label(row)}, field "family": ${JSON.stringify(row.family)} is not the family of ${model.id} (${model.family})`
      );
  }
  for (const row of catalog.article) known(modelIds, row, "model", row.model, "model id");
  for (const row of catalog.milestones) {
    known(modelIds, row, "model", row.model, "model id");
    const model = row.model === null ? undefined : models.get(row.model);
    if (model && model.release.date !== row.date)
      problems.push(
        `${label(row)}, field "date": ${row.date} is not the release date of ${model.id} (${model.release.date})`
      );
  }

  problems.push(...sourcingRuleProblems(catalog, label));
  problems.push(...shownInProblems(catalog.claims, options.pagesDir ?? PAGES_DIR, label));

  if (problems.length) throw new SourceError(problems);
  return catalog;
}

/** Reads and validates the sources in `dir` as of the build's date (the loaders' entry: as-of.ts). */
export function loadCatalog(dir: string = SOURCES_DIR, asOf: string = buildAsOf()): Catalog {
  return validateCatalog(readSources(dir), { folder: relative(process.cwd(), dir), asOf });
}
