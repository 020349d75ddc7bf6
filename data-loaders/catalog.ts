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
import { jsonSyntaxError, lineAndColumn, MAX_JSON_DEPTH, scanJson } from "./json-scan.js";
import { decodeUtf8 } from "./source-text.js";
import { bibliographyProblems, claimProblems, nameProblems, quantityProblems, textProblems } from "./plausibility.js";
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
 * Where and why JSON.parse refused the text, as an editor shows it: line and column, what was expected, and the text
 * there. V8 gives a character position for most errors and none for some ("Unexpected token"), so the place comes from
 * walking the grammar (json-scan.ts), V8's position being the fallback.
 */
function syntaxMessage(text: string, v8Message: string): string {
  const found = jsonSyntaxError(text);
  const v8Position = Number(v8Message.match(/at position (\d+)/)?.[1] ?? Number.NaN);
  const offset = found?.offset ?? (Number.isNaN(v8Position) ? null : v8Position);
  // V8 quotes the whole text in some messages ('Unexpected token 'N', "[NaN]" is not valid JSON'): keep its first clause.
  const reason = found?.reason ?? v8Message.replace(/, "[^]*" is not valid JSON$/, "");
  if (offset === null) return `is not valid JSON (${reason})`;
  const { line, column } = lineAndColumn(text, offset);
  const lineText = text.split("\n")[line - 1] ?? "";
  const near = lineText.slice(Math.max(0, column - 21), column + 20).trim();
  return `is not valid JSON at line ${line}, column ${column} (${reason})${near ? `, near ${JSON.stringify(near)}` : ""}`;
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
    for (const problem of error.problems) problems.push(problem);
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
  if (text.trim() === "") {
    problems.push(`${shown}: is empty; it must be a JSON array of rows`);
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push(`${shown}: ${syntaxMessage(text, (error as Error).message)}`);
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

/** What the checks share: where a file is shown, the problems found so far, and each parsed row's label. */
interface Checking {
  raw: RawSources;
  file: (name: SourceName) => string;
  problems: string[];
  label: (row: object) => string;
}

/** Files other files refer into: with no rows, every reference would fail, so that is reported once instead. */
const REFERENCED: Partial<Record<SourceName, string>> = {
  bibliography: "source",
  models: "model",
  abilities: "ability"
};

/** Each file against its row schema, with its cross-field text checks. */
function parseSources(raw: RawSources, file: (name: SourceName) => string, problems: string[]) {
  const labels = new WeakMap<object, string>();
  const rows = <S extends import("zod").ZodType>(name: SourceName, rowSchema: S) => {
    const label = (index: number) => rowLabel(file(name), index, (raw[name] as unknown[])[index]);
    for (const problem of textProblems(SOURCE_FILES[name], raw[name], label)) problems.push(problem);
    return validateRows(file(name), raw[name], rowSchema, problems, labels);
  };
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
  for (const [name, what] of Object.entries(REFERENCED) as [SourceName, string][])
    if (Array.isArray(raw[name]) && (raw[name] as unknown[]).length === 0)
      problems.push(
        `${file(name)}: has no rows; the catalog needs at least one ${what} (its other files refer to them)`
      );
  return { catalog, label: (row: object) => labels.get(row) ?? "(unknown row)" };
}

function duplicateProblems(catalog: Catalog, { file, problems }: Checking): void {
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
}

/**
 * Names a reference may use: taken from every row, valid or not, so one bad row is reported once and not again as a
 * dangling reference from every row that names it. null when the file has no rows (not an array, or empty): that is
 * reported once, and references into it are not checked.
 */
function namesIn(raw: RawSources, name: SourceName, key: string): Set<string> | null {
  const rows = raw[name];
  if (!Array.isArray(rows) || rows.length === 0) return null;
  return new Set(
    (rows as Record<string, unknown>[]).map((row) => row?.[key]).filter((v): v is string => typeof v === "string")
  );
}

/** Every reference names a known source, model, family and ability; dates lie between 2015 and the build date. */
function referenceProblems(catalog: Catalog, checking: Checking, today: string): void {
  const { raw, problems, label } = checking;
  const sources = namesIn(raw, "bibliography", "id");
  const modelIds = namesIn(raw, "models", "id");
  const families = namesIn(raw, "models", "family");
  const abilities = namesIn(raw, "abilities", "id");
  const known = (set: Set<string> | null, row: object, field: string, value: string | null, what: string) => {
    if (set !== null && value !== null && !set.has(value))
      problems.push(`${label(row)}, field "${field}": ${JSON.stringify(value)} is not a known ${what}`);
  };
  for (const name of Object.keys(SOURCE_FILES) as SourceName[]) {
    if (name === "bibliography") continue;
    for (const row of catalog[name])
      for (const { path, id } of sourceReferences(row))
        known(sources, row, path, id as string, `source in ${SOURCE_FILES.bibliography}`);
  }
  for (const edge of catalog.lineage) {
    known(modelIds, edge, "parent", edge.parent, "model id");
    known(modelIds, edge, "child", edge.child, "model id");
  }
  for (const cell of catalog.capabilities) {
    known(modelIds, cell, "model", cell.model, "model id");
    known(abilities, cell, "ability", cell.ability, `ability id in ${SOURCE_FILES.abilities}`);
  }
  for (const row of catalog.emergence) {
    known(families, row, "family", row.family, "model family");
    known(modelIds, row, "model", row.model, "model id");
  }
  for (const row of catalog.article) known(modelIds, row, "model", row.model, "model id");
  for (const row of catalog.milestones) known(modelIds, row, "model", row.model, "model id");
  // Dates between 2015-01-01 and the build date (bounds.ts): a 2099 milestone would stretch the timeline to 2099.
  const checkDate = (row: object, field: string, date: string) => {
    const problem = dateProblem(date, today);
    if (problem) problems.push(`${label(row)}, field "${field}": ${date} ${problem}`);
  };
  for (const model of catalog.models) checkDate(model, "release.date", model.release.date);
  for (const row of catalog.milestones) checkDate(row, "date", row.date);
  for (const row of catalog.article) checkDate(row, "article_month", `${row.article_month}-01`);
}

/** What rows say about each other: lineage order and cycles, whole capability rows, families and dates that agree. */
function consistencyProblems(catalog: Catalog, { file, problems, label }: Checking): void {
  const models = new Map(catalog.models.map((model) => [model.id, model]));
  for (const edge of catalog.lineage) {
    const parent = models.get(edge.parent);
    const child = models.get(edge.child);
    if (parent && child && child.release.date < parent.release.date && !edge.child_announced_first)
      problems.push(
        `${label(edge)}, field "child": ${edge.child} (${child.release.date}) is dated before its parent ${edge.parent} (${parent.release.date}); if that is right, set child_announced_first and say why in the note`
      );
  }
  const cycle = findCycle(catalog.lineage);
  if (cycle) problems.push(`${file("lineage")}: the edges form a cycle: ${cycle.join(" → ")}`);
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
    const model = row.model === null ? undefined : models.get(row.model);
    if (model && model.family !== row.family)
      problems.push(
        `${label(row)}, field "family": ${JSON.stringify(row.family)} is not the family of ${model.id} (${model.family})`
      );
  }
  for (const row of catalog.milestones) {
    const model = row.model === null ? undefined : models.get(row.model);
    if (model && model.release.date !== row.date)
      problems.push(
        `${label(row)}, field "date": ${row.date} is not the release date of ${model.id} (${model.release.date})`
      );
  }
}

export function validateCatalog(raw: RawSources, options: ValidateOptions): Catalog {
  const folder = options.folder ?? relative(process.cwd(), SOURCES_DIR);
  const file = (name: SourceName) => join(folder, SOURCE_FILES[name]);
  const problems: string[] = [];
  const { catalog, label } = parseSources(raw, file, problems);
  const checking: Checking = { raw, file, problems, label };
  duplicateProblems(catalog, checking);
  referenceProblems(catalog, checking, options.asOf);
  consistencyProblems(catalog, checking);
  const found = [
    nameProblems(catalog.models, label),
    quantityProblems(catalog.models, label),
    claimProblems(catalog.claims, label),
    bibliographyProblems(catalog.bibliography, options.asOf, label),
    sourcingRuleProblems(catalog, label),
    shownInProblems(catalog.claims, options.pagesDir ?? PAGES_DIR, label)
  ];
  // A loop, not push(...list): a list as long as a 20,000-row catalog's problems would be too many arguments.
  for (const list of found) for (const problem of list) problems.push(problem);
  if (problems.length) throw new SourceError(problems);
  return catalog;
}

/** Reads and validates the sources in `dir` as of the build's date (the loaders' entry: as-of.ts). */
export function loadCatalog(dir: string = SOURCES_DIR, asOf: string = buildAsOf()): Catalog {
  return validateCatalog(readSources(dir), { folder: relative(process.cwd(), dir), asOf });
}
