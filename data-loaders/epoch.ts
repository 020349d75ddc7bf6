// Imports Epoch AI's table of ML systems ("All ML Systems", CC BY 4.0: cite "Epoch AI, Data on AI Models") as extra
// language-model rows next to the curated catalog, without duplicating a curated model and without losing a row:
// every row of the file ends up imported, matched to a catalog model, or skipped with a counted reason.
//
// The file is optional. loadEpoch() looks for it in $EPOCH_CSV, then in the drop folder data/epoch/ (git-ignored);
// without it the notebook reports `available: false` and carries on with the curated catalog alone.
import { csvParse, type DSVRowArray } from "d3-dsv";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "./catalog.js";
import { SourceError } from "./validation.js";

export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Where a copy of Epoch's CSV can be dropped (git-ignored: the data is theirs, not ours). */
export const DROP_FOLDER = join(REPO_ROOT, "data", "epoch");
export const ATTRIBUTION = "Epoch AI, Data on AI Models (CC BY 4.0)";

/**
 * Epoch's word-to-token ratio. For language models Epoch's "Training dataset size (datapoints)" counts words, which
 * Epoch derives from reported token counts as "tokens x 0.75 = words" (see data/epoch/README.md in the shared copy,
 * and Epoch's own dataset size notes, e.g. GPT-3: "499 billion tokens ... We multiply this by 0.75 to give 374B
 * words"). So tokens = words / 0.75: this undoes Epoch's conversion, with Epoch's ratio, not one of ours.
 */
export const EPOCH_WORDS_PER_TOKEN = 0.75;

/** Relative difference between a curated and an Epoch value above which the two are reported as a conflict. */
export const CONFLICT_TOLERANCE = 0.05;

/**
 * The columns the importer reads, each with the names Epoch has used for it over time (the first one found wins).
 * Everything else in the header is ignored. All are required but those in OPTIONAL_FIELDS.
 */
export const EPOCH_COLUMNS = {
  name: ["Model", "System"],
  domain: ["Domain"],
  organization: ["Organization"],
  publication_date: ["Publication date"],
  parameters: ["Parameters"],
  training_compute: ["Training compute (FLOP)"],
  dataset_size: ["Training dataset size (datapoints)", "Training dataset size (total)"],
  confidence: ["Confidence"],
  base_model: ["Base model"],
  dataset_size_notes: ["Dataset size notes"],
  link: ["Link"],
  reference: ["Reference"]
} as const satisfies Record<string, readonly string[]>;

export type EpochField = keyof typeof EPOCH_COLUMNS;
const FIELDS = Object.keys(EPOCH_COLUMNS) as EpochField[];
export const OPTIONAL_FIELDS: readonly EpochField[] = ["base_model", "dataset_size_notes", "link", "reference"];
const NUMBER_FIELDS = ["parameters", "training_compute", "dataset_size"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** One data row of the file, fields mapped by name, numbers parsed. */
export interface EpochRow {
  /**
   * Where the row is, counted in CSV records with the header as row 1: the first data row is row 2, as a spreadsheet
   * shows it. Not a line number: quoted fields span several lines.
   */
  row: number;
  name: string;
  domain: string;
  organization: string | null;
  publication_date: string | null;
  parameters: number | null;
  training_compute: number | null;
  /** Epoch's "datapoints": words for language models. */
  dataset_size: number | null;
  dataset_size_notes: string | null;
  confidence: string | null;
  base_model: string | null;
  link: string | null;
  reference: string | null;
  /** Columns (as named in the file) whose value is not a number: the importer skips the row. */
  malformed: string[];
}

export interface ParsedEpoch {
  file: string;
  rows: EpochRow[];
  /** For each field, the column name found in this file (null: optional and absent). */
  columns: Record<EpochField, string | null>;
  /** Header columns the importer does not read. */
  ignored: string[];
  /** Row-level problems (malformed numbers), each naming the file, the row and the column. Not fatal. */
  problems: string[];
}

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Epoch's Link cell may hold several URLs, one a line: the first one. */
const firstUrl = (value: string | undefined): string | null => value?.match(/https?:\/\/\S+/)?.[0] ?? text(value);

/**
 * Epoch writes numbers as floats ("175000000000.0", "2.1e+25"); empty means unknown. Anything else (text, a
 * thousands separator, a negative number) is malformed. Zero is kept: Epoch writes a dataset size of 0.0 for a
 * system trained on no dataset (FunSearch).
 */
export function parseEpochNumber(value: string | undefined): number | null | "malformed" {
  const trimmed = value?.trim() ?? "";
  if (!trimmed) return null;
  if (!/^\+?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return "malformed";
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : "malformed";
}

/**
 * Parses Epoch's CSV. Throws a SourceError naming the file when it is empty, not CSV, or lacks a required column
 * (all missing columns at once); a malformed number only flags its row, reported in `problems`.
 */
export function parseEpochCsv(text_: string, file: string): ParsedEpoch {
  const content = text_.replace(/^\uFEFF/, "");
  if (!content.trim()) throw new SourceError([`${file}: is empty (expected Epoch AI's CSV with a header row)`]);
  if (content.includes("\0")) throw new SourceError([`${file}: is not a CSV text file (it contains NUL bytes)`]);
  let parsed: DSVRowArray<string>;
  try {
    parsed = csvParse(content);
  } catch (error) {
    throw new SourceError([`${file}: is not valid CSV (${(error as Error).message})`]);
  }
  const header = parsed.columns.map((column) => column.trim());
  const headerSet = new Set(header);
  const known = new Set<string>(FIELDS.flatMap((field) => EPOCH_COLUMNS[field]));
  if (!header.some((column) => known.has(column)))
    throw new SourceError([
      `${file}: has no header row with Epoch AI's columns (the first row reads ${JSON.stringify(content.split(/\r?\n/, 1)[0]?.slice(0, 80))})`
    ]);

  const columns = {} as Record<EpochField, string | null>;
  const missing: string[] = [];
  for (const field of FIELDS) {
    const names: readonly string[] = EPOCH_COLUMNS[field];
    const found = names.find((name) => headerSet.has(name)) ?? null;
    columns[field] = found;
    if (!found && !OPTIONAL_FIELDS.includes(field))
      missing.push(`${file}: missing required column "${names[0]}" (accepted names: ${names.map((name) => JSON.stringify(name)).join(", ")})`);
  }
  if (missing.length) throw new SourceError(missing);
  const used = new Set(Object.values(columns));
  const ignored = header.filter((column) => !used.has(column));

  // d3-dsv keys rows by the untrimmed header; map trimmed names back to them.
  const key = new Map(parsed.columns.map((column) => [column.trim(), column]));
  const problems: string[] = [];
  const rows = parsed.map((record, index): EpochRow => {
    const cell = (field: EpochField) => {
      const column = columns[field];
      return column === null ? undefined : record[key.get(column) ?? column];
    };
    const row = index + 2;
    const name = text(cell("name")) ?? "";
    const malformed: string[] = [];
    const numbers = {} as Record<NumberField, number | null>;
    for (const field of NUMBER_FIELDS) {
      const value = parseEpochNumber(cell(field));
      if (value === "malformed") {
        const column = columns[field] as string;
        malformed.push(column);
        problems.push(`${file}, row ${row} (${JSON.stringify(name)}): malformed number in "${column}": ${JSON.stringify(cell(field)?.slice(0, 40))} (row counts CSV records, the header is row 1)`);
        numbers[field] = null;
      } else numbers[field] = value;
    }
    return {
      row,
      name,
      domain: text(cell("domain")) ?? "",
      organization: text(cell("organization")),
      publication_date: text(cell("publication_date")),
      ...numbers,
      dataset_size_notes: text(cell("dataset_size_notes")),
      confidence: text(cell("confidence")),
      base_model: text(cell("base_model")),
      link: firstUrl(cell("link")),
      reference: text(cell("reference")),
      malformed
    };
  });
  return { file, rows, columns, ignored, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Import

/** What the importer needs of the curated catalog (schema.Model fits). */
export interface CatalogModelLike {
  id: string;
  name: string;
  api_name?: string | null;
  family: string;
  organization: string;
  release: { date: string };
  parameters: { value: number | null };
  training_compute?: { value: number | null };
}
export interface CatalogLike {
  models: CatalogModelLike[];
}

/**
 * An Epoch system as a flat row, in the spirit of the releases table. Every value is Epoch's: status is "estimate"
 * and estimated_by "Epoch AI" for the whole row, because these are Epoch's compiled figures (compute is almost always
 * Epoch's own calculation, and even "Confident" values are Epoch's reading of a paper, not checked by us against the
 * developer's disclosure). Epoch's own grade of its figures is kept verbatim in `confidence`. A null number means
 * Epoch has none. A curated model with a developer-disclosed value is never replaced by these rows (see matching).
 */
export interface ImportedModel {
  id: string;
  name: string;
  organization: string | null;
  release_date: string;
  parameters: number | null;
  training_compute: number | null;
  /**
   * Epoch's word count converted back to tokens: training_words / EPOCH_WORDS_PER_TOKEN. This is the size of the
   * training dataset, not the tokens seen in training (GPT-3: 499B here, 300B trained on in the curated catalog); and
   * some recent multimodal rows already give tokens in the word column (Llama 4: "30 trillion tokens"), which this
   * overstates by 1/0.75. Compare with care.
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

export interface ImportOptions {
  /** Epoch names of catalog models that do not match by name (normalized Epoch name → catalog id). */
  aliases?: Record<string, string>;
  tolerance?: number;
}

export const SKIP_REASONS = {
  notLanguage: "not a language model (Domain)",
  noName: "no model name",
  noDate: "no publication date",
  badDate: "unusable publication date",
  duplicate: "duplicate of an earlier row (same name, date and numbers)"
} as const;
export const malformedReason = (column: string) => `malformed number in ${column}`;

/**
 * Epoch names of catalog models whose names differ beyond normalization (checked against the 2025-08 snapshot by
 * grepping each catalog model; the catalog models absent from Epoch are: transformer-base, GPT-2 small/medium/large,
 * the code-/text-davinci API models but 003, WebGPT, BERT Base, LaMDA 68B, Gopher 7.1B, PaLM 8B/62B, LLaMA 7B/13B/33B).
 */
export const EPOCH_ALIASES: Record<string, string> = {
  "GPT-3 175B (davinci)": "gpt-3-175b",
  "GPT-2 (1.5B)": "gpt-2-xl",
  // Epoch's "Transformer" is the big model: 213M parameters.
  Transformer: "transformer-big",
  Codex: "codex-12b",
  "Flan-T5 11B": "flan-t5-xxl",
  // Epoch's LaMDA is the 137B dialogue model of 2022-01 (the 68B LaMDA-PT of the FLAN paper is not in Epoch).
  LaMDA: "lamda-137b",
  Chinchilla: "chinchilla-70b",
  // Epoch's "GPT-3.5", dated 2022-11-28, is text-davinci-003 (its parameter notes say so).
  "GPT-3.5": "text-davinci-003"
};

const GREEK: Record<string, string> = { α: "alpha", β: "beta", Σ: "sigma", σ: "sigma", π: "pi", µ: "mu", μ: "mu" };

/** Lowercase ASCII words separated by single spaces: "BLOOM-176B" and "BLOOM 176B" both give "bloom 176b". */
export function normalizeName(name: string): string {
  return name
    .replace(/[αβΣσπµμ]/g, (letter) => ` ${GREEK[letter] ?? ""} `)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, " ")
    .replace(/(^|\s)\.+|\.+(?=\s|$)/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

const slug = (name: string) => normalizeName(name).replace(/\.{2,}/g, ".").replace(/ /g, "-");

/** Domain is a comma-separated list ("Multimodal,Language,Vision"): a language model has "Language" in it. */
export const isLanguage = (domain: string) => domain.split(",").some((part) => /\blanguage\b/i.test(part));

/** Epoch dates are YYYY-MM-DD (a time after it is tolerated); the date must exist. */
export function parseEpochDate(value: string | null): string | null {
  const match = value?.trim().match(/^(\d{4}-\d{2}-\d{2})(?:[ T][\d:.Z+-]*)?$/);
  if (!match?.[1]) return null;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === match[1] ? match[1] : null;
}

export function importEpoch(rows: readonly EpochRow[], catalog: CatalogLike, options: ImportOptions = {}): EpochImport {
  const tolerance = options.tolerance ?? CONFLICT_TOLERANCE;
  const byId = new Map(catalog.models.map((model) => [model.id, model]));

  // Catalog keys: each model's name, api_name and id, normalized. A key two models share would match either: dropped.
  const keys = new Map<string, string | null>();
  for (const model of catalog.models)
    for (const key of new Set([model.name, model.api_name, model.id].filter((v): v is string => Boolean(v)).map(normalizeName))) {
      const other = keys.get(key);
      keys.set(key, other === undefined || other === model.id ? model.id : null);
    }
  const aliases = new Map(Object.entries(options.aliases ?? EPOCH_ALIASES).map(([name, id]) => [normalizeName(name), id]));

  const result: EpochImport = {
    models: [],
    matched: [],
    conflicts: [],
    skipped: {},
    skippedRows: [],
    counts: { read: rows.length, language: 0, imported: 0, matched: 0, skipped: 0 }
  };
  const skip = (row: EpochRow, reason: string) => {
    result.skipped[reason] = (result.skipped[reason] ?? 0) + 1;
    result.skippedRows.push({ row: row.row, name: row.name, reason });
  };
  const usedIds = new Set(catalog.models.map((model) => model.id));
  const seen = new Map<string, number>();

  for (const row of rows) {
    if (!isLanguage(row.domain)) {
      skip(row, SKIP_REASONS.notLanguage);
      continue;
    }
    result.counts.language++;
    if (row.malformed.length) {
      skip(row, malformedReason(row.malformed[0] as string));
      continue;
    }
    if (!row.name) {
      skip(row, SKIP_REASONS.noName);
      continue;
    }
    // A name of no Latin letters or digits ("文心") normalizes to nothing: it matches no catalog model.
    const key = normalizeName(row.name);
    const aliasId = key ? aliases.get(key) : undefined;
    const catalogId = aliasId !== undefined && byId.has(aliasId) ? aliasId : key ? (keys.get(key) ?? null) : null;
    const curated = catalogId === null ? undefined : byId.get(catalogId);
    if (curated) {
      // Curated facts win: the row is not imported; where the numbers disagree, say so.
      result.matched.push({ epochName: row.name, catalogId: curated.id, row: row.row, via: catalogId === aliasId ? "alias" : "name" });
      const compare = (field: EpochConflict["field"], mine: number | null | undefined, theirs: number | null) => {
        if (mine == null || theirs === null) return;
        const difference = (theirs - mine) / mine;
        if (Math.abs(difference) > tolerance)
          result.conflicts.push({ model: curated.id, epochName: row.name, field, curated: mine, epoch: theirs, difference });
      };
      compare("parameters", curated.parameters.value, row.parameters);
      compare("training_compute", curated.training_compute?.value, row.training_compute);
      continue;
    }

    if (row.publication_date === null) {
      skip(row, SKIP_REASONS.noDate);
      continue;
    }
    const date = parseEpochDate(row.publication_date);
    if (date === null) {
      skip(row, SKIP_REASONS.badDate);
      continue;
    }
    const identity = JSON.stringify([key, date, row.parameters, row.training_compute, row.dataset_size]);
    if (seen.has(identity)) {
      skip(row, SKIP_REASONS.duplicate);
      continue;
    }
    seen.set(identity, row.row);

    const base = `epoch-${slug(row.name) || `row-${row.row}`}`;
    // A second model with the same slug gets "-dup-2" (a bare "-2" would read as a version: Phi-2, Claude 2).
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-dup-${n}`;
    usedIds.add(id);
    const words = row.dataset_size;
    result.models.push({
      id,
      name: row.name,
      organization: row.organization,
      release_date: date,
      parameters: row.parameters,
      training_compute: row.training_compute,
      training_tokens: words === null ? null : Math.round(words / EPOCH_WORDS_PER_TOKEN),
      training_words: words,
      confidence: row.confidence,
      status: "estimate",
      estimated_by: "Epoch AI",
      source: "epoch-ai",
      base_model: row.base_model,
      domain: row.domain,
      link: row.link,
      row: row.row
    });
  }

  const { counts } = result;
  counts.imported = result.models.length;
  counts.matched = result.matched.length;
  counts.skipped = result.skippedRows.length;
  if (counts.imported + counts.matched + counts.skipped !== counts.read)
    throw new Error(`importEpoch lost rows: ${counts.imported} imported + ${counts.matched} matched + ${counts.skipped} skipped ≠ ${counts.read} read`);
  if (counts.read - (result.skipped[SKIP_REASONS.notLanguage] ?? 0) !== counts.language)
    throw new Error(`importEpoch miscounted language rows: ${counts.language} of ${counts.read}`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

export type EpochLoad =
  | { available: false; reason: string; attribution: string }
  | ({ available: true; file: string; attribution: string; columns: ParsedEpoch["columns"]; ignored: string[]; problems: string[] } & EpochImport);

/** Finds Epoch's CSV: $EPOCH_CSV (relative to cwd), else the first .csv of data/epoch/; null with the reason if none. */
export function findEpochCsv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): { path: string } | { path: null; reason: string } {
  const fromEnv = env.EPOCH_CSV?.trim();
  if (fromEnv) return { path: resolve(cwd, fromEnv) };
  if (!existsSync(DROP_FOLDER))
    return { path: null, reason: `EPOCH_CSV is not set and the drop folder ${relative(cwd, DROP_FOLDER) || DROP_FOLDER} does not exist` };
  const csv = readdirSync(DROP_FOLDER)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .sort();
  if (!csv[0]) return { path: null, reason: `EPOCH_CSV is not set and the drop folder ${relative(cwd, DROP_FOLDER) || DROP_FOLDER} has no .csv file` };
  return { path: join(DROP_FOLDER, csv[0]) };
}

/**
 * Reads, parses and imports Epoch's CSV against the curated catalog, logging a summary to stderr. A file named by
 * EPOCH_CSV that cannot be read is an error (it was asked for); no file at all is `available: false`.
 */
export function loadEpoch(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): EpochLoad {
  const found = findEpochCsv(env, cwd);
  if (found.path === null) return { available: false, reason: found.reason, attribution: ATTRIBUTION };
  const shown = relative(cwd, found.path) || found.path;
  let content: string;
  try {
    content = readFileSync(found.path, "utf8");
  } catch (error) {
    throw new SourceError([`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  const parsed = parseEpochCsv(content, shown);
  const result = importEpoch(parsed.rows, loadCatalog());
  const { counts } = result;
  console.error(
    `epoch: ${shown}: ${counts.read} rows read, ${counts.language} language, ${counts.imported} imported, ${counts.matched} matched to the catalog, ` +
      `${counts.skipped} skipped (${Object.entries(result.skipped)
        .map(([reason, n]) => `${reason}: ${n}`)
        .join("; ")}), ${result.conflicts.length} conflicts with curated values`
  );
  for (const problem of parsed.problems) console.error(`epoch: ${problem}`);
  // The site gets every skipped row listed except the ~900 outside the language domain: those are counted only.
  const skippedRows = result.skippedRows.filter((row) => row.reason !== SKIP_REASONS.notLanguage);
  return { available: true, file: shown, attribution: ATTRIBUTION, columns: parsed.columns, ignored: parsed.ignored, problems: parsed.problems, ...result, skippedRows };
}
