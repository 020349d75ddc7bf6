// Which models a story draws: its front matter's `period` (article: the source article's models only, as the built-in
// talk retells it; all, or no key: every model), unless its link asks otherwise (?period=all, ?period=article), the
// same rule on /talk, /stories/<name>, /stories/mine and in the offline files.
import { dataForPeriod, periodRequested, type PeriodChoice } from "../views/period.js";
import { StoryError, type Story } from "./parse.js";
import { resolveStory, type StoryData } from "./resolve.js";

/** The period a story is shown in: the link's `?period=` if it reads, else the story's own, else all. */
export const storyPeriod = (story: Pick<Story, "meta">, search: string): PeriodChoice =>
  periodRequested(search, story.meta.period ?? "all");

/** The data a story draws on a page whose query string is `search`. */
export function storyData<D extends Partial<StoryData>>(story: Pick<Story, "meta">, data: D, search: string): D {
  return dataForPeriod(data, storyPeriod(story, search));
}

/**
 * A story's views checked against the data it draws by default (the build's and an opened file's check). A view the
 * whole catalog could show but the story's `period: article` leaves out is named as such, not as an unknown model.
 */
export function resolveStoryInPeriod(story: Story, data: StoryData): void {
  const drawn = storyData(story, data, "");
  try {
    resolveStory(story, drawn);
  } catch (error) {
    if (!(error instanceof StoryError) || drawn === data) throw error;
    resolveStory(story, data); // a view wrong in the whole catalog too throws its own reason
    throw new StoryError(
      error.file,
      error.line,
      `${error.reason}: the story's front matter says period: ${story.meta.period}, which leaves out the models ` +
        "after the article's end (write period: all to show them)"
    );
  }
}
