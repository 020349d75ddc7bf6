import { runLoader } from "../../data-loaders/run-loader.js";
import { bundleStory } from "../../scripts/export-stories.js";
await runLoader(() => bundleStory()); // the offline story's script and stylesheet, for "Download .html" (src/compose/html.ts)
