// Finding and streaming Epoch AI's CSV. The file is optional: loadEpoch() looks for it in $EPOCH_CSV, then in the
// drop folder (data/epoch/, git-ignored); without it the notebook reports `available: false` and carries on with the
// curated catalog alone. Everything that locates the file is a parameter, so tests never read the developer's disk.
import { buildAsOf } from "../as-of.js";
import type { EpochLoad, EpochStatus } from "../../src/contract.js";
import { createReadStream, existsSync, readdirSync, statSync, type Stats } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../catalog.js";
import { Utf8StreamDecoder } from "../source-text.js";
import { SourceError } from "../validation.js";
import { EpochImporter, type CatalogLike, type ImportOptions } from "./match.js";
import { EpochCsvParser, type EpochHeader } from "./parse.js";
import { ATTRIBUTION, epochLoadOf } from "./import-text.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Where a copy of Epoch's CSV can be dropped (git-ignored: the data is theirs, not ours). */
export const DROP_FOLDER = join(REPO_ROOT, "data", "epoch");
export { ATTRIBUTION };

/**
 * The largest file the importer reads: Epoch's whole table is about 4 MB (1,900 rows), and 200,000 rows of it would be
 * about 450 MB. A larger file is refused before a byte is read (it is not Epoch's table, or not one we can chart).
 */
export const MAX_EPOCH_FILE_BYTES = 512 * 1024 * 1024;

/** What epoch.json holds: declared in the row contract (src/contract.ts). */
export type { EpochLoad };

export interface LocateOptions {
  /** Where EPOCH_CSV is read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** What a relative EPOCH_CSV, and the paths in messages, are relative to (default process.cwd()). */
  cwd?: string;
  /** The drop folder searched when EPOCH_CSV is not set (default data/epoch/ of the repository). */
  dropFolder?: string;
}

export interface LoadOptions extends LocateOptions, Partial<ImportOptions> {
  /** The curated catalog to match against (default: loadCatalog()). */
  catalog?: CatalogLike;
  /** Where the summary goes (default console.error). */
  log?: (line: string) => void;
  /** Override of MAX_EPOCH_FILE_BYTES (tests). */
  maxBytes?: number;
}

export type FoundEpochCsv = { path: string; note?: string } | { path: null; reason: string };

/**
 * Finds Epoch's CSV: $EPOCH_CSV (relative to cwd), else the drop folder's .csv file; null with the reason if none.
 * With several .csv files in the drop folder, the most recently modified is used (a newer snapshot dropped beside an
 * older one) and `note` names them all and the one used, for the build log.
 */
export function findEpochCsv(options: LocateOptions = {}): FoundEpochCsv {
  const { env = process.env, cwd = process.cwd(), dropFolder = DROP_FOLDER } = options;
  const fromEnv = env.EPOCH_CSV?.trim();
  if (fromEnv) return { path: resolve(cwd, fromEnv) };
  const shown = relative(cwd, dropFolder) || dropFolder;
  if (!existsSync(dropFolder))
    return { path: null, reason: `EPOCH_CSV is not set and the drop folder ${shown} does not exist` };
  const csv = readdirSync(dropFolder)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .map((name) => ({ name, stat: statSync(join(dropFolder, name), { throwIfNoEntry: false }) }))
    .filter((file) => file.stat?.isFile())
    .map(({ name, stat }) => ({ name, modified: stat!.mtimeMs }))
    // Newest first; equal times by name, so the choice never depends on the order the folder lists them in.
    .sort((a, b) => b.modified - a.modified || a.name.localeCompare(b.name));
  if (!csv[0]) return { path: null, reason: `EPOCH_CSV is not set and the drop folder ${shown} has no .csv file` };
  const path = join(dropFolder, csv[0].name);
  if (csv.length === 1) return { path };
  const names = csv.map((file) => file.name).join(", ");
  return {
    path,
    note: `the drop folder ${shown} has ${csv.length} .csv files (${names}): using ${csv[0].name}, the most recently modified; remove the others or set EPOCH_CSV to choose`
  };
}

/** What a path that is not a regular file is, for the message. */
function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO), which would block the build";
  if (info.isDirectory()) return "a directory";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

/**
 * Whether the backdrop is there, without reading it (epoch-status.json): the Scaling page fetches epoch.json, which a
 * large export makes tens of megabytes, only once the backdrop is turned on.
 */
export function epochStatus(options: LocateOptions = {}): EpochStatus {
  const found = findEpochCsv(options);
  return found.path === null
    ? { available: false, reason: found.reason, attribution: ATTRIBUTION }
    : { available: true, reason: null, attribution: ATTRIBUTION };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const cannotRead = (shown: string, error: unknown) =>
  new SourceError([`${shown}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);

/**
 * Streams a file through the UTF-8 check and the CSV parser, handing each row to `onRow`: memory holds one chunk
 * and whatever `onRow` keeps. Throws a SourceError naming the file for anything that is not Epoch's CSV.
 */
export async function streamEpochCsv(
  path: string,
  shown: string,
  onRow: ConstructorParameters<typeof EpochCsvParser>[1],
  maxBytes = MAX_EPOCH_FILE_BYTES
): Promise<EpochHeader> {
  let size: number;
  try {
    const info = statSync(path);
    // A FIFO would block the build forever waiting for a writer; a directory or device is not a CSV either.
    if (!info.isFile())
      throw new SourceError([
        `${shown}: is not a regular file (${fileKind(info)}); EPOCH_CSV must name Epoch AI's CSV file itself`
      ]);
    size = info.size;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw cannotRead(shown, error);
  }
  if (size > maxBytes)
    throw new SourceError([
      `${shown}: is ${megabytes(size)}, above the importer's limit of ${megabytes(maxBytes)} (Epoch AI's whole table is about 4 MB): is this the right file?`
    ]);
  const decoder = new Utf8StreamDecoder(shown);
  const parser = new EpochCsvParser(shown, onRow);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }))
      parser.push(decoder.push(chunk as Buffer));
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw cannotRead(shown, error);
  }
  parser.push(decoder.end());
  return parser.end();
}

/**
 * Finds, streams and imports Epoch's CSV against the curated catalog, logging a summary. A file named by EPOCH_CSV
 * that cannot be read is an error (it was asked for); no file at all is `available: false`.
 */
export async function loadEpoch(options: LoadOptions = {}): Promise<EpochLoad> {
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? ((line: string) => console.error(line));
  const found = findEpochCsv(options);
  if (found.path === null) return { available: false, reason: found.reason, attribution: ATTRIBUTION };
  const shown = relative(cwd, found.path) || found.path;
  if ("note" in found && found.note) log(`epoch: ${found.note}`);
  const asOf = options.asOf ?? buildAsOf();
  const importer = new EpochImporter(options.catalog ?? loadCatalog(undefined, asOf), {
    ...options,
    asOf,
    listNotLanguage: false
  });
  const header = await streamEpochCsv(found.path, shown, (row) => importer.add(row), options.maxBytes);
  const result = importer.finish();
  const { counts } = result;
  log(
    `epoch: ${shown}: ${counts.read} rows read, ${counts.language} language, ${counts.imported} imported, ${counts.matched} matched to the catalog, ` +
      `${counts.skipped} skipped (${Object.entries(result.skipped)
        .map(([reason, n]) => `${reason}: ${n}`)
        .join("; ")}), ${result.conflicts.length} conflicts with curated values`
  );
  for (const problem of header.problems) log(`epoch: ${problem}`);
  return epochLoadOf(shown, header, result);
}
