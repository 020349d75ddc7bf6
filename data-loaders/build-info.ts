// When the data was last changed (the date a report prints as "data as of"), and how much of it there is.
import { execFileSync } from "node:child_process";
import { statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SOURCES_DIR, type Catalog } from "./catalog.js";
import { buildAsOf } from "./as-of.js";
import type { BuildInfo } from "../src/contract.js";
import { maxOf } from "../src/components/number-extent.js";

/** The date of the last commit that touched the curated sources; without git, the newest file's date. */
export function dataDate(dir: string = SOURCES_DIR): string {
  try {
    const date = execFileSync("git", ["log", "-1", "--format=%cs", "--", "."], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout: fall through.
  }
  const newest = maxOf(readdirSync(dir).map((file) => statSync(join(dir, file)).mtimeMs));
  return new Date(newest).toISOString().slice(0, 10);
}

/** Every model's release date, earliest first. */
function releaseDates(catalog: Catalog): string[] {
  return catalog.models.map((m) => m.release.date).sort();
}

/** What the pages print about the build: `as_of` is the build's date (as-of.ts), `data_date` the sources' own. */
export function buildInfo(catalog: Catalog, asOf: string = buildAsOf()): BuildInfo {
  return {
    data_date: dataDate(),
    as_of: asOf,
    models: catalog.models.length,
    sources: catalog.bibliography.length,
    first_release: releaseDates(catalog)[0] ?? null,
    latest_release: releaseDates(catalog).at(-1) ?? null
  };
}
