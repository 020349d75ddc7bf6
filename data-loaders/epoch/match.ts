// Epoch rows → imported, matched to a catalog model, or skipped with a counted reason: every row ends up in exactly
// one of the three. Curated facts win: a row naming a catalog model is matched (differences reported), never imported.
// Rows come one at a time (EpochImporter.add), so the streaming loader keeps only the rows it imports.
import { buildAsOf } from "../as-of.js";
import { BOUNDS, dateProblem, EARLIEST_DATE, quantityProblem, type Bound } from "../bounds.js";
import type { EpochRow } from "./parse.js";

/**
 * Epoch's word-to-token ratio. For language models Epoch's "Training dataset size (datapoints)" counts words, which
 * Epoch derives from reported token counts as "tokens x 0.75 = words" (see data/epoch/README.md in the shared copy,
 * and Epoch's own dataset size notes, e.g. GPT-3: "499 billion tokens ... We multiply this by 0.75 to give 374B
 * words"). So tokens = words / 0.75: this undoes Epoch's conversion, with Epoch's ratio, not one of ours.
 */
export const EPOCH_WORDS_PER_TOKEN = 0.75;

/** Relative difference between a curated and an Epoch value above which the two are reported as a conflict. */
export const CONFLICT_TOLERANCE = 0.05;

/** What the importer needs of the curated catalog (schema.Model fits). */
// The rows this module emits are declared in the row contract (src/contract.ts), where the pages read them too.
import type { EpochConflict, EpochImport, ImportedModel } from "../../src/contract.js";
export type { EpochConflict, EpochImport, ImportedModel };

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

export interface ImportOptions {
  /** Epoch names of catalog models that do not match by name (normalized Epoch name → catalog id). */
  aliases?: Record<string, string>;
  tolerance?: number;
  /** The build's as-of date (YYYY-MM-DD, as-of.ts): later publication dates are skipped. */
  asOf: string;
  /**
   * List rows outside the language domain in skippedRows (default true). The loader counts them only, so that its
   * memory grows with the language rows, not with the file.
   */
  listNotLanguage?: boolean;
}

export const SKIP_REASONS = {
  notLanguage: "not a language model (Domain)",
  misshapen: "the record does not fit the header (wrong number of fields)",
  noName: "no model name",
  noDate: "no publication date",
  badDate: "unusable publication date",
  tooEarly: `publication date before ${EARLIEST_DATE} (outside the plausibility bounds)`,
  future: "publication date after the build date",
  duplicate: "duplicate of an earlier row (same name, date and numbers)"
} as const;
export const malformedReason = (column: string) => `malformed number in ${column}`;
/** One reason per column, so the counts say which quantity was off; the bounds are stated in data-loaders/bounds.ts. */
export const implausibleReason = (column: string) => `implausible value in ${column} (outside the plausibility bounds)`;

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
  // Plain ASCII (nearly every name): words of letters, digits and dots, without dots at their ends. The same result
  // as the general path below, in one pass instead of seven (it runs once a row).
  // eslint-disable-next-line no-control-regex -- the ASCII range, control characters included, is the point
  if (/^[\x00-\x7f]*$/.test(name)) {
    const words: string[] = [];
    for (const part of name.toLowerCase().split(/[^a-z0-9.]+/)) {
      let start = 0;
      let end = part.length;
      while (start < end && part.charCodeAt(start) === 46) start++;
      while (end > start && part.charCodeAt(end - 1) === 46) end--;
      if (end > start) words.push(start === 0 && end === part.length ? part : part.slice(start, end));
    }
    return words.join(" ");
  }
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

/** The slug of a normalized name. */
const slugOf = (normalized: string) => normalized.replace(/\.{2,}/g, ".").replace(/ /g, "-");

/** Domain is a comma-separated list ("Multimodal,Language,Vision"): a language model has "Language" in it. */
export const isLanguage = (domain: string) =>
  domain === "Language" || (/language/i.test(domain) && domain.split(",").some((part) => /\blanguage\b/i.test(part)));

/** Epoch dates are YYYY-MM-DD (a time after it is tolerated); the date must exist. */
export function parseEpochDate(value: string | null): string | null {
  const match = value?.trim().match(/^((\d{4})-(\d{2})-(\d{2}))(?:[ T][\d:.Z+-]*)?$/);
  if (!match?.[1]) return null;
  // Without a Date object (this runs once a row): the day must exist in its month.
  const year = Number(match[2]);
  const month = Number(match[3]);
  const day = Number(match[4]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days ? match[1] : null;
}

/**
 * Epoch's quantities against the plausibility bounds. A dataset size of 0 is Epoch's way of saying "no dataset"
 * (FunSearch): kept. Parameters need not be whole (Epoch writes some as fractions of its own estimates).
 */
const EPOCH_BOUNDS: Record<"parameters" | "training_compute" | "dataset_size", Bound> = {
  parameters: BOUNDS.parameters,
  training_compute: BOUNDS.training_compute,
  dataset_size: BOUNDS.dataset_words
};

/**
 * A copy of a string that does not keep the chunk it was cut from alive. V8 keeps a substring as a view into its
 * parent (the 1 MiB chunk of the file): one kept row a chunk would keep the whole file in memory.
 */
function own<T extends string | null>(value: T): T {
  return (value === null ? null : (" " + value).slice(1)) as T;
}

/** Imports rows one at a time; finish() checks every row was accounted for and returns the result. */
export class EpochImporter {
  private readonly tolerance: number;
  private readonly today: string;
  private readonly listNotLanguage: boolean;
  private readonly byId: Map<string, CatalogModelLike>;
  private readonly keys = new Map<string, string | null>();
  private readonly aliases: Map<string, string>;
  /**
   * Ids taken, in one map (at 200,000 rows each lookup of a new string costs more than anything else here): a
   * catalog id or a "-dup-" id maps to null; an imported model's base slug to the model (or models) imported under it,
   * which is where an exact duplicate (same name, hence same slug) would be.
   */
  private readonly taken = new Map<string, ImportedModel | ImportedModel[] | null>();
  private readonly result: EpochImport = {
    models: [],
    matched: [],
    conflicts: [],
    skipped: {},
    skippedRows: [],
    counts: { read: 0, language: 0, imported: 0, matched: 0, skipped: 0 }
  };

  constructor(catalog: CatalogLike, options: ImportOptions) {
    this.tolerance = options.tolerance ?? CONFLICT_TOLERANCE;
    this.today = options.asOf;
    this.listNotLanguage = options.listNotLanguage ?? true;
    this.byId = new Map(catalog.models.map((model) => [model.id, model]));
    // Catalog keys: each model's name, api_name and id, normalized. A key two models share would match either: dropped.
    for (const model of catalog.models)
      for (const key of new Set(
        [model.name, model.api_name, model.id].filter((v): v is string => Boolean(v)).map(normalizeName)
      )) {
        const other = this.keys.get(key);
        this.keys.set(key, other === undefined || other === model.id ? model.id : null);
      }
    this.aliases = new Map(
      Object.entries(options.aliases ?? EPOCH_ALIASES).map(([name, id]) => [normalizeName(name), id])
    );
    for (const model of catalog.models) this.taken.set(model.id, null);
  }

  private skip(row: EpochRow, reason: string) {
    const { result } = this;
    result.skipped[reason] = (result.skipped[reason] ?? 0) + 1;
    result.counts.skipped++;
    if (reason !== SKIP_REASONS.notLanguage || this.listNotLanguage)
      result.skippedRows.push({ row: row.row, name: own(row.name), reason });
  }

  add(row: EpochRow): void {
    const { result } = this;
    result.counts.read++;
    if (row.misshapen) return this.skip(row, SKIP_REASONS.misshapen);
    if (!isLanguage(row.domain)) return this.skip(row, SKIP_REASONS.notLanguage);
    result.counts.language++;
    if (row.malformed.length) return this.skip(row, malformedReason(row.malformed[0] as string));
    if (!row.name) return this.skip(row, SKIP_REASONS.noName);
    for (const field of ["parameters", "training_compute", "dataset_size"] as const) {
      const value = row[field];
      if (value === null || (field === "dataset_size" && value === 0)) continue;
      if (quantityProblem(value, EPOCH_BOUNDS[field]) !== null)
        return this.skip(row, implausibleReason(EPOCH_FIELD_COLUMNS[field]));
    }
    // A name of no Latin letters or digits ("文心") normalizes to nothing: it matches no catalog model.
    const key = normalizeName(row.name);
    const aliasId = key ? this.aliases.get(key) : undefined;
    const catalogId =
      aliasId !== undefined && this.byId.has(aliasId) ? aliasId : key ? (this.keys.get(key) ?? null) : null;
    const curated = catalogId === null ? undefined : this.byId.get(catalogId);
    if (curated) {
      // Curated facts win: the row is not imported; where the numbers disagree, say so.
      result.matched.push({
        epochName: own(row.name),
        catalogId: curated.id,
        row: row.row,
        via: catalogId === aliasId ? "alias" : "name"
      });
      result.counts.matched++;
      const compare = (field: EpochConflict["field"], mine: number | null | undefined, theirs: number | null) => {
        if (mine == null || theirs === null) return;
        const difference = (theirs - mine) / mine;
        if (Math.abs(difference) > this.tolerance)
          result.conflicts.push({
            model: curated.id,
            epochName: own(row.name),
            field,
            curated: mine,
            epoch: theirs,
            difference
          });
      };
      compare("parameters", curated.parameters.value, row.parameters);
      compare("training_compute", curated.training_compute?.value, row.training_compute);
      return;
    }

    if (row.publication_date === null) return this.skip(row, SKIP_REASONS.noDate);
    const date = parseEpochDate(row.publication_date);
    if (date === null) return this.skip(row, SKIP_REASONS.badDate);
    const dateIssue = dateProblem(date, this.today);
    if (dateIssue) return this.skip(row, date > this.today ? SKIP_REASONS.future : SKIP_REASONS.tooEarly);
    const base = `epoch-${slugOf(key) || `row-${row.row}`}`;
    const taken = this.taken.get(base);
    const group = taken === undefined || taken === null ? [] : Array.isArray(taken) ? taken : [taken];
    for (const other of group)
      if (
        other.release_date === date &&
        other.parameters === row.parameters &&
        other.training_compute === row.training_compute &&
        other.training_words === row.dataset_size &&
        normalizeName(other.name) === key
      )
        return this.skip(row, SKIP_REASONS.duplicate);
    // A second model with the same slug gets "-dup-2" (a bare "-2" would read as a version: Phi-2, Claude 2).
    let id = base;
    if (taken !== undefined) {
      for (let n = 2; this.taken.has(id); n++) id = `${base}-dup-${n}`;
      this.taken.set(id, null);
    }
    const words = row.dataset_size;
    result.models.push({
      id,
      name: own(row.name),
      organization: own(row.organization),
      release_date: date,
      parameters: row.parameters,
      training_compute: row.training_compute,
      training_tokens: words === null ? null : Math.round(words / EPOCH_WORDS_PER_TOKEN),
      training_words: words,
      confidence: own(row.confidence),
      status: "estimate",
      estimated_by: "Epoch AI",
      source: "epoch-ai",
      base_model: own(row.base_model),
      domain: own(row.domain),
      link: own(row.link),
      row: row.row
    });
    // base was free, or a catalog or "-dup-" id: now it also holds the models imported under it (one, mostly).
    const model = result.models[result.models.length - 1]!;
    this.taken.set(base, group.length ? [...group, model] : model);
    result.counts.imported++;
  }

  finish(): EpochImport {
    const { result } = this;
    const { counts } = result;
    if (counts.imported + counts.matched + counts.skipped !== counts.read)
      throw new Error(
        `importEpoch lost rows: ${counts.imported} imported + ${counts.matched} matched + ${counts.skipped} skipped ≠ ${counts.read} read`
      );
    const outside = (result.skipped[SKIP_REASONS.notLanguage] ?? 0) + (result.skipped[SKIP_REASONS.misshapen] ?? 0);
    if (counts.read - outside !== counts.language)
      throw new Error(`importEpoch miscounted language rows: ${counts.language} of ${counts.read}`);
    return result;
  }
}

/** The column names of the number fields, for skip reasons (Epoch's current names). */
const EPOCH_FIELD_COLUMNS = {
  parameters: "Parameters",
  training_compute: "Training compute (FLOP)",
  dataset_size: "Training dataset size"
} as const;

/** Imports a list of rows (tests, the benchmark); the loader streams rows into an EpochImporter instead. */
export function importEpoch(
  rows: Iterable<EpochRow>,
  catalog: CatalogLike,
  options: Partial<ImportOptions> = {}
): EpochImport {
  const importer = new EpochImporter(catalog, { ...options, asOf: options.asOf ?? buildAsOf() });
  for (const row of rows) importer.add(row);
  return importer.finish();
}
