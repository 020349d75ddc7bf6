// The tables of the frozen story fixture (tests/fixtures/story/), built as the loaders build them: what the figure
// and component tests draw. Not the live catalog: adding a model to the catalog changes no figure test.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalog } from "../../data-loaders/catalog.js";
import * as tables from "../../data-loaders/tables.js";
import { trendsTable } from "../../data-loaders/trends.js";
import type { NotebookData } from "../../src/contract.js";

// (Not `new URL(..., import.meta.url)`: under jsdom, URL is jsdom's and fileURLToPath rejects it.)
/** The frozen fixture's as-of date: every figure drawn from it is drawn as of this day, whatever the clock says. */
export const STORY_AS_OF = "2026-11-28";
export const STORY_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "story");

export function storyData(): NotebookData {
  const catalog = loadCatalog(STORY_DIR, STORY_AS_OF);
  return {
    releases: tables.releasesTable(catalog),
    lineage: tables.lineageTable(catalog),
    abilities: tables.abilitiesTable(catalog),
    capabilities: tables.capabilitiesTable(catalog),
    emergence: tables.emergenceTable(catalog),
    trends: trendsTable(catalog),
    article: tables.articleTable(catalog),
    milestones: tables.milestonesTable(catalog),
    sources: tables.sourcesTable(catalog),
    info: {
      data_date: "2026-11-28",
      as_of: STORY_AS_OF,
      models: catalog.models.length,
      sources: catalog.bibliography.length,
      first_release: "2017-06-12",
      latest_release: "2023-03-14"
    },
    epoch: {
      available: false,
      reason: "no import in the fixture",
      attribution: "Epoch AI, Data on AI Models (CC BY 4.0)"
    }
  };
}
