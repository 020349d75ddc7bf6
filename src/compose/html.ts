// "Download .html" in the editor: the browser's story as one self-contained file that runs from file:// with no
// network, the same page as `npm run export` writes (reports/<name>.html): the story deck's script and stylesheet
// (bundled at build time by esbuild, scripts/export-stories.ts's bundleStory, and served by src/data/story-player.json),
// then the story and its data inlined as JSON by the same function (src/talk/offline-html.ts).
import { rulesFor } from "../i18n/index.js";
import { storyDrawsBackdrop } from "../stories/backdrop.js";
import type { StoryData } from "../stories/resolve.js";
import { talkHtml } from "../talk/offline-html.js";
import { composeToStory, type ComposeStory } from "./model.js";

/** Where the page serves the story player (a FileAttachment's URL, given by /stories/mine). */
let playerUrl: string | null = null;
export const setStoryPlayer = (url: string) => void (playerUrl = url);

/** The story as the offline page: the player's code and style, the story, and the data its views draw. */
export async function composeHtml(story: ComposeStory, data: StoryData): Promise<string> {
  if (!playerUrl) throw new Error("the page did not say where the story player is");
  const response = await fetch(playerUrl);
  if (!response.ok) throw new Error(`${playerUrl}: ${response.status} ${response.statusText}`);
  const { script, style } = (await response.json()) as { script: string; style: string };
  const parsed = composeToStory(story, `${story.id}.md`);
  // The Epoch backdrop (tens of megabytes from a large export) only when one of the story's views draws it.
  const epoch = storyDrawsBackdrop(parsed, data.releases)
    ? data.epoch
    : { available: false as const, reason: "not drawn by this story", attribution: data.epoch.attribution };
  const html = talkHtml({ script, style, data: { story: parsed, data: { ...data, epoch } } });
  return html.replace('<html lang="en">', `<html lang="${rulesFor(parsed.meta.lang).tag}">`);
}
