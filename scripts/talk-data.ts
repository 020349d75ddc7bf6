// The talk's data, computed in Node from the catalog by the same table builders as the site's loaders
// (src/data/*.json.ts): what talk.md reads with FileAttachment, inlined into the standalone talk.html with the
// talk's stories.
import { buildInfo } from "../data-loaders/build-info.js";
import { loadCatalog } from "../data-loaders/catalog.js";
import {
  articleTable,
  capabilitiesTable,
  emergenceTable,
  lineageTable,
  milestonesTable,
  releasesTable,
  sourcesTable
} from "../data-loaders/tables.js";
import { trendsTable } from "../data-loaders/trends.js";
import { readStories } from "../data-loaders/stories.js";
import type { StoryData } from "../src/stories/resolve.js";
import { builtInTalk, type TalkFile } from "../src/stories/talk.js";
import { LANGS } from "../src/i18n/lang.js";

export function talkData(catalog = loadCatalog()): StoryData {
  return {
    releases: releasesTable(catalog),
    lineage: lineageTable(catalog),
    capabilities: capabilitiesTable(catalog),
    emergence: emergenceTable(catalog),
    milestones: milestonesTable(catalog),
    article: articleTable(catalog),
    sources: sourcesTable(catalog),
    trends: trendsTable(catalog),
    // The standalone deck draws the curated catalog only: the Epoch backdrop is a page option, not part of the talk.
    epoch: {
      available: false,
      reason: "not part of the standalone talk",
      attribution: "Epoch AI, Data on AI Models (CC BY 4.0)"
    },
    info: buildInfo(catalog)
  };
}

/** What the standalone talk.html carries: the built-in talk's stories (checked against the data) and the data. */
export function talkFile(data: StoryData = talkData()): TalkFile {
  const stories = readStories(data);
  return {
    stories: Object.fromEntries(LANGS.map((lang) => [lang, builtInTalk(stories, lang)])) as TalkFile["stories"],
    data
  };
}
