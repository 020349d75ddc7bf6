// Epoch AI's CSV → typed rows. Columns are mapped by name (Epoch has renamed some over time); numbers are parsed;
// a header Epoch would never write (no known column, a required one missing, a column named twice) is an error
// naming the file, and a malformed cell flags its row, for the importer to skip with the reason counted.
import { SourceError } from "../validation.js";
import { CsvTokenizer } from "./csv-tokenizer.js";

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
export const NUMBER_FIELDS = ["parameters", "training_compute", "dataset_size"] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** One data row of the file, fields mapped by name, numbers parsed. */
export interface EpochRow {
  /**
   * Where the row is, counted in CSV records with the header as row 1: the first data row is row 2, as a spreadsheet
   * shows it. Not a line number: quoted fields span several lines, and blank lines are not records.
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
  /** A record that does not fit the header (more or fewer fields): the importer skips the row. */
  misshapen?: boolean;
}

/** What the header said, and the row-level problems found. */
export interface EpochHeader {
  file: string;
  /** For each field, the column name found in this file (null: optional and absent). */
  columns: Record<EpochField, string | null>;
  /** Header columns the importer does not read. */
  ignored: string[];
  /** Row-level problems (malformed numbers, misshapen records), each naming the file, the row and the column. Not fatal. */
  problems: string[];
}

export interface ParsedEpoch extends EpochHeader {
  rows: EpochRow[];
}

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Epoch's Link cell may hold several URLs, one a line: the first one. */
const firstUrl = (value: string | undefined): string | null => {
  const trimmed = text(value);
  // One URL and nothing else (the common case) needs no search.
  if (trimmed === null || (trimmed.startsWith("http") && !/\s/.test(trimmed))) return trimmed;
  return trimmed.match(/https?:\/\/\S+/)?.[0] ?? trimmed;
};

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

/** Row problems listed by name; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 200;

const quote = (value: string | undefined) => JSON.stringify(value?.slice(0, 40));

/**
 * Parses Epoch's CSV incrementally: push() text as it comes, rows are handed to `onRow` one at a time (the parser
 * keeps none), end() returns the header and the problems. Throws a SourceError naming the file when the file is
 * empty, not CSV, has a required column missing (all missing columns at once) or a column named twice, or a quote
 * left open (with its line).
 */
export class EpochCsvParser {
  private readonly tokenizer: CsvTokenizer;
  private header: EpochHeader | null = null;
  /** Index of each field's column in a record. */
  private positions: Partial<Record<EpochField, number>> = {};
  private width = 0;
  private records = 0;
  readonly problems: string[] = [];
  /** Row problems beyond MAX_LISTED_PROBLEMS: counted, not listed, so a broken file does not fill memory with them. */
  private unlisted = 0;

  constructor(
    readonly file: string,
    private readonly onRow: (row: EpochRow) => void
  ) {
    this.tokenizer = new CsvTokenizer(file);
  }

  private readonly record = (fields: string[], line: number, endLine: number) => {
    this.records++;
    if (this.header === null) this.readHeader(fields);
    else this.onRow(this.readRow(fields, line, endLine));
  };

  private started = false;

  push(chunk: string): void {
    if (chunk.includes("\0")) throw new SourceError([`${this.file}: is not a CSV text file (it contains NUL bytes)`]);
    // A byte order mark is not part of the first column's name.
    this.tokenizer.push(this.started ? chunk : chunk.replace(/^\uFEFF/, ""), this.record);
    this.started ||= chunk.length > 0;
  }

  end(): EpochHeader {
    this.tokenizer.end(this.record);
    if (this.header === null)
      throw new SourceError([`${this.file}: is empty (expected Epoch AI's CSV with a header row)`]);
    if (this.unlisted)
      this.problems.push(
        `${this.file}: ${this.unlisted} more row problems like these (only the first ${MAX_LISTED_PROBLEMS} are listed)`
      );
    return this.header;
  }

  private readHeader(fields: string[]) {
    const file = this.file;
    const header = fields.map((column) => column.trim());
    const known = new Set<string>(FIELDS.flatMap((field) => EPOCH_COLUMNS[field]));
    if (!header.some((column) => known.has(column)))
      throw new SourceError([
        `${file}: has no header row with Epoch AI's columns (the first row reads ${JSON.stringify(fields.join(",").slice(0, 80))})`
      ]);
    // A column named twice: which one holds the values is a guess (d3-dsv silently took the last).
    const positions = new Map<string, number[]>();
    header.forEach((column, index) => positions.set(column, [...(positions.get(column) ?? []), index + 1]));
    const repeated = [...positions].filter(([, at]) => at.length > 1);
    if (repeated.length)
      throw new SourceError(
        repeated.map(
          ([column, at]) =>
            `${file}: the header names the column ${JSON.stringify(column)} more than once (columns ${at.join(" and ")}); which one holds the data is ambiguous: keep one`
        )
      );

    const columns = {} as Record<EpochField, string | null>;
    const missing: string[] = [];
    for (const field of FIELDS) {
      const names: readonly string[] = EPOCH_COLUMNS[field];
      const found = names.find((name) => positions.has(name)) ?? null;
      columns[field] = found;
      if (found !== null) this.positions[field] = positions.get(found)![0]! - 1;
      else if (!OPTIONAL_FIELDS.includes(field))
        missing.push(
          `${file}: missing required column "${names[0]}" (accepted names: ${names.map((name) => JSON.stringify(name)).join(", ")})`
        );
    }
    if (missing.length) throw new SourceError(missing);
    const used = new Set(Object.values(columns));
    this.width = header.length;
    this.header = { file, columns, ignored: header.filter((column) => !used.has(column)), problems: this.problems };
  }

  private problem(text: string) {
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push(text);
    else this.unlisted++;
  }

  private readRow(fields: string[], line: number, endLine: number): EpochRow {
    const columns = this.header!.columns;
    const at = this.positions;
    const cell = (field: EpochField) => {
      const index = at[field];
      return index === undefined ? undefined : fields[index];
    };
    const row = this.records;
    const name = text(cell("name")) ?? "";
    const where = () => `${this.file}, row ${row} (${JSON.stringify(name)})`; // only for a problem: most rows have none
    const misshapen = fields.length !== this.width;
    // A record of the wrong width that spans lines is a quote left open: it has swallowed the rows after it, which
    // would vanish uncounted. Fatal, with the line the quote opened on.
    if (misshapen && endLine > line)
      throw new SourceError([
        `${this.file}, line ${line}: a quoted field opens in this row and runs to line ${endLine}, swallowing the rows between (the record has ${fields.length} fields, the header ${this.width}): an unbalanced quote "?`
      ]);
    if (misshapen)
      this.problem(
        `${where()}, line ${line}: has ${fields.length} fields where the header has ${this.width} (a stray quote or comma?); the row is skipped`
      );
    const malformed: string[] = [];
    const number = (field: NumberField): number | null => {
      const value = misshapen ? null : parseEpochNumber(cell(field));
      if (value !== "malformed") return value;
      const column = columns[field] as string;
      malformed.push(column);
      this.problem(
        `${where()}: malformed number in "${column}": ${quote(cell(field))} (row counts CSV records, the header is row 1)`
      );
      return null;
    };
    const parsed: EpochRow = {
      row,
      name,
      domain: text(cell("domain")) ?? "",
      organization: text(cell("organization")),
      publication_date: text(cell("publication_date")),
      parameters: number("parameters"),
      training_compute: number("training_compute"),
      dataset_size: number("dataset_size"),
      dataset_size_notes: text(cell("dataset_size_notes")),
      confidence: text(cell("confidence")),
      base_model: text(cell("base_model")),
      link: firstUrl(cell("link")),
      reference: text(cell("reference")),
      malformed
    };
    if (misshapen) parsed.misshapen = true;
    return parsed;
  }
}

/** Parses a whole CSV text (tests, the benchmark): the same parser as the streaming import. */
export function parseEpochCsv(content: string, file: string): ParsedEpoch {
  const rows: EpochRow[] = [];
  const parser = new EpochCsvParser(file, (row) => rows.push(row));
  parser.push(content);
  return { ...parser.end(), rows };
}
