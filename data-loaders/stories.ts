// The stories of the repository (stories/*.md at its root): each parsed and every view checked against the catalog,
// so a story that names an unknown page, figure, model or value fails the build with its file, line and reason.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseStory, type Story } from "../src/stories/parse.js";
import { resolveStoryInPeriod } from "../src/stories/period.js";
import type { StoryData } from "../src/stories/resolve.js";

export const STORIES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "stories");

/** A story's name is its file's, without `.md`: `gpt-history.zh.md` is `/stories/gpt-history.zh`. */
const STORY_FILE = /^([a-z0-9][a-z0-9.-]*)\.md$/;

export interface NamedStory {
  name: string;
  story: Story;
}

/** The names of the stories in a directory, sorted; a Markdown file with another kind of name is an error. */
export function storyNames(dir = STORIES_DIR): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
  const bad = files.find((f) => !STORY_FILE.test(f));
  if (bad) throw new Error(`${join("stories", bad)}: a story's file name is lower-case letters, digits, "-" and "."`);
  return files.map((f) => STORY_FILE.exec(f)![1]!).sort();
}

/** Every story, parsed and checked against the data it draws (its front matter's `period`). */
export function readStories(data: StoryData, dir = STORIES_DIR): NamedStory[] {
  return storyNames(dir).map((name) => {
    const story = parseStory(readFileSync(join(dir, `${name}.md`), "utf8"), `stories/${name}.md`);
    resolveStoryInPeriod(story, data);
    return { name, story };
  });
}
