// The Explore page's Epoch CSV import, as one browser module (bundled by browser-bundle.ts into the file attachment
// epoch-import.js; Framework's pages cannot import files outside src/). The build's own parser, importer and UTF-8
// checks; no node:fs, no arquero. A failure comes back as its problems: the SourceError class does not cross bundles.
import type { EpochLoad, ReleaseRow } from "../../src/contract.js";
import { decodeUtf8Bytes } from "../utf8.js";
import { SourceError } from "../validation.js";
import { catalogOfReleases, importEpochText } from "./import-text.js";

export type EpochFileResult = { ok: true; epoch: EpochLoad } | { ok: false; problems: string[] };

/** Reads a file's bytes as Epoch's CSV against the catalog, as the build would with the same as-of date. */
export function importEpochFile(
  bytes: Uint8Array,
  file: string,
  releases: readonly ReleaseRow[],
  asOf: string
): EpochFileResult {
  try {
    const epoch = importEpochText(decodeUtf8Bytes(bytes, file), file, catalogOfReleases(releases), { asOf });
    return { ok: true, epoch };
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, problems: error.problems };
    return { ok: false, problems: [`${file}: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
