// The built-in talk (/talk and the offline talk.html) is a story like any other: stories/gpt-history.md, and
// stories/gpt-history.zh.md for the Chinese talk. This module only names them and picks the one for a language; the
// talk retells the article because its files say `period: article`, applied as for any story (period.ts).
import { DEFAULT_LANG } from "../i18n/lang.js";
import type { Story, StoryLang } from "./parse.js";
import type { StoryData } from "./resolve.js";

/**
 * The built-in talk's story in a language (a story's name is its file's, without `.md`): gpt-history.md in the default
 * language, gpt-history.<lang>.md in each other, so a new language's talk is a new file.
 */
export const builtInTalkName = (lang: StoryLang): string =>
  lang === DEFAULT_LANG ? "gpt-history" : `gpt-history.${lang}`;

/** The built-in talk's story in a language; its absence is the build's error, not an empty deck. */
export function builtInTalk(stories: readonly { name: string; story: Story }[], lang: StoryLang): Story {
  const found = stories.find((s) => s.name === builtInTalkName(lang));
  if (!found) throw new Error(`the talk's story stories/${builtInTalkName(lang)}.md is missing`);
  if (found.story.meta.lang !== lang)
    throw new Error(`${found.story.file}: the ${lang} talk is written with lang: ${found.story.meta.lang}`);
  return found.story;
}

/** What the standalone talk.html carries: the talk's story in each language and the data they draw from. */
export interface TalkFile {
  stories: Record<StoryLang, Story>;
  data: StoryData;
}
