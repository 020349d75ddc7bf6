// Epoch AI's CSV read from text already in memory: the same parser, importer and row accounting as the build's
// streaming loader (load.ts), without node:fs, so the Explore page can import a file the reader opens or drops. The
// result is what epoch.json holds.
import type { EpochLoad, ReleaseRow } from "../../src/contract.js";
import { EpochImporter, type CatalogLike, type EpochImport, type ImportOptions } from "./match.js";
import { EpochCsvParser, type EpochHeader } from "./parse.js";

export const ATTRIBUTION = "Epoch AI, Data on AI Models (CC BY 4.0)";

/** What epoch.json holds for an import of `shown`: its header's columns and problems, and every row accounted for. */
export function epochLoadOf(shown: string, header: EpochHeader, result: EpochImport): EpochLoad {
  // Every skipped row is listed except those outside the language domain: those are counted only.
  return {
    available: true,
    file: shown,
    attribution: ATTRIBUTION,
    columns: header.columns,
    ignored: header.ignored,
    problems: header.problems,
    ...result
  };
}

/**
 * Imports a whole CSV text against the catalog. Throws a SourceError naming the file (and the line and field) for
 * anything that is not Epoch's CSV, as the build does.
 */
export function importEpochText(
  text: string,
  shown: string,
  catalog: CatalogLike,
  options: Partial<ImportOptions> & { asOf: string }
): EpochLoad {
  const importer = new EpochImporter(catalog, { ...options, listNotLanguage: false });
  const parser = new EpochCsvParser(shown, (row) => importer.add(row));
  parser.push(text);
  const header = parser.end();
  return epochLoadOf(shown, header, importer.finish());
}

/** The catalog as the importer needs it, from the site's releases table (what the page has). */
export const catalogOfReleases = (releases: readonly ReleaseRow[]): CatalogLike => ({
  models: releases.map((r) => ({
    id: r.id,
    name: r.name,
    api_name: r.api_name,
    family: r.family,
    organization: r.organization,
    release: { date: r.release_date },
    parameters: { value: r.parameters },
    training_compute: { value: r.training_compute }
  }))
});
