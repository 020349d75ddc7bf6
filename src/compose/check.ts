// Whether an edited slide is still a story the build would take: the slide alone, parsed by the stories' parser and
// its views checked against the data its period draws. The error names the slide and the line of its text, as the
// editor shows it.
import { StoryError, type StoryMeta } from "../stories/parse.js";
import { parseStory } from "../stories/parse.js";
import { resolveStoryInPeriod } from "../stories/period.js";
import type { StoryData } from "../stories/resolve.js";
import type { Dictionary } from "../i18n/index.js";
import { serializeMeta, slideMarkdown, storyMarkdown } from "./serialize.js";
import type { ComposeSlide } from "./model.js";

/** Why the slide cannot be kept as it is, in the editor's words, or null. */
export function slideProblem(
  meta: StoryMeta,
  slide: Pick<ComposeSlide, "title" | "body" | "notes">,
  n: number,
  data: StoryData,
  words: Dictionary["compose"]
): string | null {
  const text = storyMarkdown(meta, [slideMarkdown(slide.title || " ", slide.body, slide.notes)]);
  try {
    resolveStoryInPeriod(parseStory(text, "slide.md"), data);
    return null;
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    // The body starts after the front matter, a blank line, the title and a blank line (leading blank lines of
    // the body are not written).
    const lead = slide.body.split("\n").findIndex((l) => l.trim() !== "");
    const line = error.line - (serializeMeta(meta).split("\n").length + 3) + Math.max(0, lead);
    const bodyLines = slide.body.split("\n").length;
    const where = line >= 1 && line <= bodyLines ? words.slideText(n, line) : words.slideWhere(n);
    return words.invalid(where, error.reason);
  }
}
