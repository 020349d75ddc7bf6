import { runLoader } from "../../data-loaders/run-loader.js";
import { readStories } from "../../data-loaders/stories.js";
import { talkData } from "../../scripts/talk-data.js";
await runLoader(() => readStories(talkData()));
